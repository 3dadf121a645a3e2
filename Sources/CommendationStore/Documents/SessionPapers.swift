import Commendation
import Foundation
import VietnameseText

/// What a document is written from: the store's record plus what the clerk may add on the
/// command line or in the export dialog (a number, a date, a posting period).
public struct PaperRequest: Sendable, Hashable {
    /// The council session (biên bản, tờ trình, danh sách, dự thảo quyết định); nil: the
    /// latest session with an agenda.
    public var sessionID: String?
    /// An issued decision to print ("125/QĐ-UBND"); nil: a draft from the session.
    public var decisionNumber: String?
    /// The year (niêm yết); nil: the session's year, or this year.
    public var year: Int?
    /// The document's number when the clerk already has one ("01").
    public var number: String?
    /// The document's date; nil leaves the date line blank for the chair's signature day
    /// (biên bản: the session's day).
    public var date: CivilDate?
    /// The first day of the public posting (niêm yết); nil: `today`.
    public var postedFrom: CivilDate?
    /// Today, for defaults.
    public var today: CivilDate

    /// A request; every part but `today` is optional.
    public init(sessionID: String? = nil, decisionNumber: String? = nil, year: Int? = nil, number: String? = nil,
                date: CivilDate? = nil, postedFrom: CivilDate? = nil, today: CivilDate) {
        self.sessionID = sessionID
        self.decisionNumber = decisionNumber
        self.year = year
        self.number = number
        self.date = date
        self.postedFrom = postedFrom
        self.today = today
    }
}

/// Why a document cannot be written from the record.
public enum PaperProblem: Error, Sendable, Hashable {
    /// No council session in the store (or none with that id).
    case noSession(String?)
    /// No decision with that number.
    case noDecision(String)
    /// The session recommended nothing (tờ trình, danh sách, dự thảo quyết định).
    case nothingRecommended(session: String)
    /// Nothing for the chair to decide: every recommendation of the session is decided or
    /// is for a higher level.
    case nothingToDecide(session: String)
    /// No household is proposed for Gia đình văn hóa that year.
    case noHouseholds(year: Int)
    /// The ward has no name in the store.
    case noWard
    /// The session's chair or secretary is absent and nobody present was named to stand in.
    case officers(session: String, SessionOfficers.Problem)
    /// The award's list is not posted for comment before a decision (its rulebook has no
    /// posting period).
    case noPostingPeriod(award: String, year: Int)

    /// What to tell the clerk.
    public var message: LocalizedText {
        switch self {
        case .noSession(let id?):
            return LocalizedText(vi: "Không có phiên họp \(id).", en: "There is no session \(id).")
        case .noSession(nil):
            return LocalizedText(vi: "Chưa có phiên họp nào của Hội đồng.", en: "The council has no session yet.")
        case .noDecision(let number):
            return LocalizedText(vi: "Không có quyết định số \(number).", en: "There is no decision \(number).")
        case .nothingRecommended(let id):
            return LocalizedText(vi: "Phiên họp \(id) chưa đề nghị khen thưởng hồ sơ nào (chưa ghi kết quả biểu quyết?).",
                                 en: "Session \(id) has recommended nothing yet (outcomes not recorded?).")
        case .nothingToDecide(let id):
            return LocalizedText(vi: "Phiên họp \(id) không còn đề nghị nào chờ Chủ tịch UBND quyết định.",
                                 en: "Session \(id) leaves nothing for the chair to decide.")
        case .noHouseholds(let year):
            return LocalizedText(vi: "Năm \(year) chưa có hộ nào được đề nghị «Gia đình văn hóa» (đã tiếp nhận).",
                                 en: "No household is proposed for Gia đình văn hóa in \(year) (received).")
        case .noWard:
            return LocalizedText(vi: "Kho chưa có tên phường, xã (ward.name).", en: "The store has no ward name (ward.name).")
        case .officers(let session, .needsStandIn(let office, let holder)):
            let who = office == .chair ? ("Chủ tịch Hội đồng", "The council's chair") : ("Thư ký Hội đồng", "The council's secretary")
            let name = holder.map { " " + $0.name.fullName } ?? ""
            return LocalizedText(
                vi: "\(who.0)\(name) không có mặt ở phiên \(session): hãy chọn một thành viên có mặt làm \(office == .chair ? "chủ trì" : "thư ký") thay "
                    + "(bàn làm việc: Hội đồng → phiên họp → F9 hỏi người thay).",
                en: "\(who.1)\(name) was not present at session \(session): choose a present member to stand in "
                    + "(the desk: Council → the session → F9 asks who).")
        case .officers(let session, .standInAbsent(let office, let member)):
            return LocalizedText(
                vi: "\(member.name.fullName), người được chọn làm \(office == .chair ? "chủ trì" : "thư ký") thay ở phiên \(session), không có mặt.",
                en: "\(member.name.fullName), named to stand in as \(office == .chair ? "chair" : "secretary") at session \(session), was not present.")
        case .noPostingPeriod(let award, let year):
            return LocalizedText(vi: "Theo quy định áp dụng cho năm \(year), danh sách «\(award)» không niêm yết lấy ý kiến.",
                                 en: "Under the rules for \(year), the list of “\(award)” is not posted for comment.")
        }
    }
}

/// The documents of the council's work, assembled from the store: each turns the record
/// (members, a session's attendance and ballots, decisions, nominees) into a
/// `DocumentInput`.
extension Store {
    /// The ward the store belongs to.
    public func wardIdentity() throws -> WardIdentity {
        guard let name = try setting("ward.name"), !name.isEmpty else { throw PaperProblem.noWard }
        return WardIdentity(name: name)
    }

    /// The session a request means: the one named, else the latest with an agenda.
    public func paperSession(_ request: PaperRequest) throws -> CouncilSession {
        if let id = request.sessionID {
            guard let session = try session(id: id) else { throw PaperProblem.noSession(id) }
            return session
        }
        guard let latest = try sessions().first(where: { $0.agendaCount > 0 }), let session = try session(id: latest.id) else {
            throw PaperProblem.noSession(nil)
        }
        return session
    }

    /// What the document `kind` for `request` is written from: it gives the document as a
    /// tree (for Word, Markdown, text), its list for a spreadsheet, and CSV.
    public func documentInput(_ kind: DocumentKind, _ request: PaperRequest, rules: WardRules) throws -> any DocumentInput {
        let rulebook = rules.rulebook, attendancePercent = rules.attendancePercent
        switch kind {
        case .minutes:
            return try minutesInput(request, rulebook: rulebook, attendancePercent: attendancePercent)
        case .submission:
            return try submissionInput(request, rulebook: rulebook)
        case .nominationList:
            return try nominationListInput(request, rulebook: rulebook)
        case .decision:
            return try decisionInput(request, rulebook: rulebook, baseSalaries: rules.baseSalaries)
        case .posting:
            return try postingInput(request, rulebook: rulebook)
        case .paymentList:
            let decision = try decisionInput(request, rulebook: rulebook, baseSalaries: rules.baseSalaries)
            let preparer = DocumentSigner.inOwnName(title: "Người lập danh sách", name: "")
            return PaymentListInput(decision: decision, preparer: preparer)
        }
    }

    /// What a document of `kind` for `request` is about, for its file name ("PH-2026-02",
    /// "125-QĐ-UBND", "2026").
    public func paperScope(_ kind: DocumentKind, _ request: PaperRequest) throws -> String {
        if kind == .posting { return String(request.year ?? request.today.year) }
        if kind == .decision || kind == .paymentList, let number = request.decisionNumber { return number }
        return try paperSession(request).id
    }

    // MARK: Biên bản

    /// The minutes of a session: members and attendance, quorum, every agenda item with a
    /// ballot (votes, arithmetic, outcome, who did not vote and why).
    public func minutesInput(_ request: PaperRequest, rulebook: @escaping (Int) -> Rulebook?,
                             attendancePercent: Double) throws -> MinutesInput {
        let ward = try wardIdentity()
        let session = try paperSession(request)
        let members = try councilMembers().filter { $0.isInTerm(on: session.date) }
        let quorum = try quorum(of: session, requiredPercent: attendancePercent)
        let items = try agenda(of: session, rulebook: rulebook).filter { $0.ballot.record != nil }
        // Never an absent member as chair, secretary or signer: the holders by right if present,
        // else the members the clerk named to stand in (the minutes say so).
        let officers: SessionOfficers
        do { officers = try SessionOfficers(session: session, members: members, standIns: session.standIns) } catch let problem as SessionOfficers.Problem {
            throw PaperProblem.officers(session: session.id, problem)
        }
        return MinutesInput(
            header: ward.councilHeader(number: request.number, symbol: "BB-HĐTĐKT", date: session.date, year: session.date.year),
            subject: "Họp \(ward.council) \(session.title.lowercasedFirstIfTitle) (phiên \(session.id))",
            date: session.date,
            place: try setting("council.meeting-place") ?? "Hội trường \(ward.committee)",
            chair: Self.minutesPerson(officers.chair, standingInFor: "Chủ tịch Hội đồng"),
            secretary: Self.minutesPerson(officers.secretary, standingInFor: "Thư ký Hội đồng"),
            chairSignsAs: officers.chair.standsIn ? "Chủ trì" : "Chủ tịch Hội đồng",
            members: members.map { MinutesAttendee(member: $0, attendance: session.attendance(of: $0.id)) },
            quorum: MinutesQuorum(quorum), mode: session.mode,
            items: try items.map { item in
                let line = try nominationLine(item.listing, rulebook: rulebook)
                return MinutesItem(name: line.name, detail: line.detail, award: line.award, outcome: item.ballot.outcome,
                                   recusals: item.ballot.excluded.map {
                                       MinutesRecusal(name: Self.minutesPerson($0.member).addressed, conflict: $0.conflict)
                                   })
            },
            conclusion: ["Giao Thư ký Hội đồng hoàn thiện hồ sơ, trình Chủ tịch \(ward.committee) quyết định khen thưởng "
                         + "theo thẩm quyền và đề nghị cấp trên khen thưởng theo quy định."])
    }

    private static func minutesPerson(_ member: CouncilMember) -> MinutesPerson {
        MinutesAttendee(member: member, attendance: .present).person
    }

    /// An officer of the session; one who stands in says for whom: "… – Phó Chủ tịch UBND
    /// phường, Phó Chủ tịch Hội đồng, chủ trì thay Chủ tịch Hội đồng Phạm Quang Khải (vắng mặt)".
    private static func minutesPerson(_ holder: SessionOfficers.Holder, standingInFor office: String) -> MinutesPerson {
        var person = minutesPerson(holder.member)
        if holder.standsIn {
            let duty = office == "Chủ tịch Hội đồng" ? "chủ trì" : "làm thư ký"
            let absent = holder.absentHolder.map { " \($0.name.fullName)" } ?? ""
            person.title += ", \(duty) thay \(office)\(absent) (vắng mặt)"
        }
        return person
    }

    // MARK: Tờ trình and danh sách

    /// The nominations a session recommended (whatever happened to them since), in agenda order.
    private func recommended(by session: CouncilSession, rulebook: @escaping (Int) -> Rulebook?) throws -> [AgendaItem] {
        let items = try agenda(of: session, rulebook: rulebook).filter { item in
            item.ballot.outcome?.passed == true
                && ![.draft, .received, .returned, .onAgenda, .notRecommended].contains(item.listing.nomination.status)
        }
        guard !items.isEmpty else { throw PaperProblem.nothingRecommended(session: session.id) }
        return items
    }

    /// The council's tờ trình to the chair: what the session recommended, by award.
    public func submissionInput(_ request: PaperRequest, rulebook: @escaping (Int) -> Rulebook?) throws -> SubmissionInput {
        let ward = try wardIdentity()
        let session = try paperSession(request)
        let lines = try recommended(by: session, rulebook: rulebook).map { try nominationLine($0.listing, ballot: $0.ballot,
                                                                                                  rulebook: rulebook) }
        let chair = try councilMembers().first { $0.role == .chuTich && $0.isInTerm(on: session.date) }
        return SubmissionInput(
            header: ward.councilHeader(number: request.number, symbol: "TTr-HĐTĐKT", date: request.date, year: session.date.year),
            subject: "Về việc đề nghị khen thưởng năm \(session.date.year)",
            addressees: [ward.chair],
            councilMeeting: MeetingReference(council: ward.council, date: session.date),
            submitter: ward.council, decider: ward.chair,
            achievement: "đã có thành tích trong phong trào thi đua năm \(session.date.year)",
            lines: lines,
            recipients: ["Như trên", "Thành viên Hội đồng", "Lưu: VT, VHXH"],
            signer: .onBehalf(of: "Hội đồng", title: "Chủ tịch", name: chair?.name.fullName ?? ""))
    }

    /// The list attached to the tờ trình, with each nomination's ballot.
    public func nominationListInput(_ request: PaperRequest, rulebook: @escaping (Int) -> Rulebook?) throws -> NominationListInput {
        let ward = try wardIdentity()
        let session = try paperSession(request)
        let lines = try recommended(by: session, rulebook: rulebook).map { try nominationLine($0.listing, ballot: $0.ballot,
                                                                                                  rulebook: rulebook) }
        let reference = request.number.map { "số \($0)/TTr-HĐTĐKT" } ?? "số …/TTr-HĐTĐKT"
        let day = request.date.map { " " + AdministrativeDate.long($0) } ?? ""
        return NominationListInput(
            title: "Danh sách đề nghị khen thưởng năm \(session.date.year)",
            attachedTo: "Kèm theo Tờ trình \(reference)\(day) của \(ward.council)",
            lines: lines)
    }

    // MARK: Quyết định

    /// An issued decision (`request.decisionNumber`) as printed, or the draft for what the
    /// session recommended that the chair decides and has not decided yet, with the money of
    /// each award: as issued, or for a draft under the base salary in force on the request's
    /// date (today when it has none), one payment per nominee and period (`PaymentPlan`).
    public func decisionInput(_ request: PaperRequest, rulebook: @escaping (Int) -> Rulebook?,
                              baseSalaries: BaseSalaryTable) throws -> DecisionDraftInput {
        let ward = try wardIdentity()
        var lines: [NominationLine] = []
        let header: DocumentHeader
        let year: Int
        let signer: DocumentSigner
        var proposal: String?
        let plan: PaymentPlan
        if let number = request.decisionNumber?.nfcTrimmed {
            guard let decision = try decisions().first(where: { $0.number == number && $0.issuer == .commune }) else {
                throw PaperProblem.noDecision(number)
            }
            var payments: [Payment] = []
            for award in decision.awards {
                guard let listing = try nomination(id: award.nominationID) else { continue }
                var line = try nominationLine(listing, rulebook: rulebook)
                line.honourRollNumber = "\(award.honourRollNumber)/\(decision.date.year)"
                lines.append(line)
                payments.append(Payment(candidate: PaymentCandidate(listing), multiple: nil, amount: award.amount,
                                        note: award.paymentNote, basis: nil))
            }
            plan = PaymentPlan(baseSalary: decision.baseSalary, payments: payments)
            year = lines.isEmpty ? decision.date.year : (try nomination(id: decision.awards[0].nominationID)?.nomination.year
                                                           ?? decision.date.year)
            header = DocumentHeader(parentBody: "Ủy ban nhân dân", issuingBody: "\(ward.level.capitalizedFirst) \(ward.place)",
                                    numberAndSymbol: decision.number, place: ward.place, date: decision.date)
            signer = Self.signer(title: decision.signerTitle, name: decision.signer)
        } else {
            let session = try paperSession(request)
            let items = try recommended(by: session, rulebook: rulebook).filter { item in
                item.listing.nomination.status == .recommended
                    && rulebook(item.listing.nomination.year)?.award(item.listing.nomination.award)?.decidedBy == .commune
            }
            guard !items.isEmpty else { throw PaperProblem.nothingToDecide(session: session.id) }
            lines = try items.map { try nominationLine($0.listing, rulebook: rulebook) }
            plan = try paymentPlan(nominations: items.map(\.listing.nomination.id), date: request.date ?? request.today,
                                   table: baseSalaries, rulebook: rulebook)
            year = session.date.year
            header = ward.committeeHeader(number: request.number, symbol: "QĐ-UBND", date: request.date, year: year)
            let chair = try councilMembers().first { $0.role == .chuTich && $0.isInTerm(on: session.date) }
            signer = .inOwnName(title: "Chủ tịch", name: chair?.name.fullName ?? "")
            proposal = "\(ward.council) (biên bản họp \(AdministrativeDate.long(session.date)))"
        }
        for (index, payment) in plan.payments.enumerated() where index < lines.count {
            lines[index].amount = payment.amount
            if let note = payment.note, note != .noReward { lines[index].note = Self.paymentNoteText(note, rulebook: rulebook, year: year) }
        }
        let awardNames = lines.map(\.award).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let who = lines.map(\.nomineeType).reduce(into: [NomineeType]()) { if !$0.contains($1) { $0.append($1) } }
            .map(NomineeWords.countNoun).joined(separator: ", ")
        return DecisionDraftInput(
            header: header,
            subject: "Về việc tặng \(Self.awardPhrase(awardNames)) năm \(year)",
            authority: ward.chair,
            proposal: proposal,
            achievement: "đã có thành tích trong phong trào thi đua năm \(year)",
            lines: lines,
            fundingSource: "Quỹ thi đua, khen thưởng của \(ward.level) năm \(year)",
            executors: "Chánh Văn phòng HĐND và \(ward.committeeShort), công chức Văn hóa – Xã hội, "
                + "Thủ trưởng các cơ quan, đơn vị liên quan",
            recipients: ["Như Điều 3", "Lưu: VT, VHXH"],
            signer: signer,
            listTitle: "Danh sách \(who) được khen thưởng năm \(year)",
            issuerName: ward.chair,
            baseSalary: plan.baseSalary)
    }

    /// Why an award of a decision carries no money, as its list says.
    static func paymentNoteText(_ note: PaymentNote, rulebook: (Int) -> Rulebook?, year: Int) -> String {
        func name(_ code: String) -> String { rulebook(year)?.award(code)?.name.vi ?? code }
        switch note {
        case .noReward:
            return ""
        case .higherTitlePaid(let award):
            return "Không chi tiền thưởng: cùng năm được thưởng theo danh hiệu \(name(award)) (mức cao hơn)"
        case .earlierTitlePaid(let award, let decision, let amount):
            return "Cùng năm đã nhận \(VietnameseNumberWords.figures(amount)) đồng theo danh hiệu \(name(award)) "
                + "(Quyết định số \(decision)): chỉ chi phần chênh lệch"
        }
    }

    /// "danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở"; a Giấy khen is named without
    /// "danh hiệu".
    static func awardPhrase(_ names: [String]) -> String {
        let titles = names.filter { !$0.lowercased().hasPrefix("giấy khen") }
        let forms = names.filter { $0.lowercased().hasPrefix("giấy khen") }
        var parts: [String] = []
        if !titles.isEmpty { parts.append("danh hiệu " + titles.joined(separator: ", ")) }
        parts += forms
        return parts.joined(separator: " và ")
    }

    /// The signature block for a title as stored ("Chủ tịch UBND phường" → "CHỦ TỊCH";
    /// "Phó Chủ tịch UBND phường" → "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").
    static func signer(title: String, name: String) -> DocumentSigner {
        let office = title.components(separatedBy: " UBND").first?.nfcTrimmed ?? title
        if office.lowercased().hasPrefix("phó") {
            return .deputy(of: "Chủ tịch", title: office, name: name)
        }
        return .inOwnName(title: office.isEmpty ? "Chủ tịch" : office, name: name)
    }

    // MARK: Niêm yết

    /// The households proposed for Gia đình văn hóa in the year, posted publicly for the
    /// rulebook's posting period (10 days) from `postedFrom`.
    public func postingInput(_ request: PaperRequest, rulebook: @escaping (Int) -> Rulebook?) throws -> PostingListInput {
        let ward = try wardIdentity()
        let year = request.year ?? request.today.year
        let code = "gia-dinh-van-hoa"
        let award = rulebook(year)?.award(code)
        let listings = try nominations(year: year, award: code).filter {
            ![.draft, .returned, .notRecommended, .revoked, .provinceRejected].contains($0.nomination.status)
        }
        guard !listings.isEmpty else { throw PaperProblem.noHouseholds(year: year) }
        var groupNames: [String: String] = [:]
        let households = try listings.map { listing -> PostingHousehold in
            let nominee = listing.nominee
            let group = try nominee.groupID.map { id in
                if let name = groupNames[id] { return name }
                let name = try self.nominee(id: id)?.name ?? id
                groupNames[id] = name
                return name
            } ?? ""
            return PostingHousehold(head: nominee.head?.fullName ?? nominee.name, group: group, memberCount: nominee.memberCount)
        }.sorted { ($0.group.sortKeyForGroup, $0.head) < ($1.group.sortKeyForGroup, $1.head) }
        let from = request.postedFrom ?? request.today
        let days = award?.clock?.stages.first?.days ?? 10
        let until = from.adding(days: days - 1) ?? from
        let chair = try councilMembers().first { $0.role == .chuTich && $0.isInTerm(on: from) }
        return PostingListInput(
            header: ward.committeeHeader(number: request.number, symbol: nil, date: request.date ?? from, year: year),
            year: year, postedFrom: from, postedUntil: until,
            postedAt: ["Trụ sở \(ward.committee)", "Nhà văn hóa các khu phố, tổ dân phố"],
            commentsTo: "\(ward.committee) (qua công chức Văn hóa – Xã hội)",
            households: households,
            signer: .onBehalf(of: "Ủy ban nhân dân", title: "Chủ tịch", name: chair?.name.fullName ?? ""))
    }

    // MARK: Lines

    /// One nomination as documents list it: the nominee's name, what they are (position and
    /// unit, or residential group), the award's name.
    func nominationLine(_ listing: NominationListing, ballot: NominationBallot? = nil,
                        rulebook: (Int) -> Rulebook?) throws -> NominationLine {
        let nominee = listing.nominee
        // A person: position and unit (the residential group only without a unit); a
        // household or a collective: its residential group.
        var detail: [String] = []
        let position = nominee.position?.nfcTrimmed ?? ""
        if !position.isEmpty { detail.append(position) }
        if let unit = try nominee.unitID.flatMap({ try self.nominee(id: $0)?.name }) {
            if !position.foldedForSearch.contains(unit.foldedForSearch) { detail.append(unit) }
        } else if let group = try nominee.groupID.flatMap({ try self.nominee(id: $0)?.name }) {
            detail.append(group)
        }
        let award = rulebook(listing.nomination.year)?.award(listing.nomination.award)?.name.vi ?? listing.nomination.award
        let name: String
        switch nominee.type {
        case .household: name = "Hộ " + (nominee.head?.fullName ?? nominee.name)
        default: name = nominee.personName?.fullName ?? nominee.name
        }
        return NominationLine(name: name, nomineeType: nominee.type, detail: detail.joined(separator: ", "), award: award,
                              ballot: ballot?.outcome.map(LineBallot.init))
    }
}

extension String {
    /// A title such as "Phiên họp xét khen thưởng năm 2026" read after "Họp Hội đồng …":
    /// "xét khen thưởng năm 2026" (the words "Phiên họp" dropped, the first letter lowered).
    var lowercasedFirstIfTitle: String {
        var text = self.nfcTrimmed
        for prefix in ["Phiên họp ", "Họp "] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        guard let first = text.first else { return text }
        return String(first).lowercased() + text.dropFirst()
    }

    /// Residential groups in numeric order ("Tổ dân phố 2" before "Tổ dân phố 10").
    var sortKeyForGroup: String {
        let digits = reversed().prefix { $0.isNumber }
        guard !digits.isEmpty else { return foldedForSearch }
        return String(dropLast(digits.count)).foldedForSearch + String(repeating: "0", count: max(0, 6 - digits.count))
            + String(digits.reversed())
    }
}
