import VietnameseText

/// What the minutes of a council session (Biên bản họp Hội đồng Thi đua – Khen thưởng) say.
public struct MinutesInput: Sendable, Hashable {
    /// The header ("UBND PHƯỜNG ĐẦM HÀ" / "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", "BB-HĐTĐKT").
    public var header: DocumentHeader
    /// The subject under "BIÊN BẢN" ("Họp Hội đồng Thi đua – Khen thưởng phường xét khen
    /// thưởng năm 2026").
    public var subject: String
    /// The day of the session.
    public var date: CivilDate
    /// When it began, if recorded.
    public var start: TimeOfDay?
    /// When it ended, if recorded.
    public var end: TimeOfDay?
    /// Where ("Hội trường Ủy ban nhân dân phường Đầm Hà").
    public var place: String
    /// Who chaired.
    public var chair: MinutesPerson
    /// Who kept the minutes.
    public var secretary: MinutesPerson
    /// Above the chair's signature: "Chủ tịch Hội đồng", or "Chủ trì" for a member who
    /// chaired in the chair's absence.
    public var chairSignsAs: String
    /// Every member in term on the session's date, with attendance, in the order to list.
    public var members: [MinutesAttendee]
    /// The quorum line.
    public var quorum: MinutesQuorum
    /// Open or secret ballot.
    public var mode: BallotMode
    /// The nominations considered, in agenda order.
    public var items: [MinutesItem]
    /// Further paragraphs of the conclusion, after the generated summary; may be empty.
    public var conclusion: [String]

    /// Minutes. Text is kept in NFC.
    public init(header: DocumentHeader, subject: String, date: CivilDate, start: TimeOfDay? = nil, end: TimeOfDay? = nil,
                place: String, chair: MinutesPerson, secretary: MinutesPerson, chairSignsAs: String = "Chủ tịch Hội đồng",
                members: [MinutesAttendee], quorum: MinutesQuorum, mode: BallotMode, items: [MinutesItem],
                conclusion: [String] = []) {
        self.header = header
        self.subject = subject.nfc
        self.date = date
        self.start = start
        self.end = end
        self.place = place.nfc
        self.chair = chair
        self.secretary = secretary
        self.chairSignsAs = chairSignsAs.nfc
        self.members = members
        self.quorum = quorum
        self.mode = mode
        self.items = items
        self.conclusion = conclusion.map(\.nfc)
    }
}

/// A time of day: "14 giờ 00 phút".
public struct TimeOfDay: Sendable, Hashable {
    /// 0–23.
    public var hour: Int
    /// 0–59.
    public var minute: Int

    /// A time.
    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// "14 giờ 00 phút".
    public var text: String { "\(hour) giờ " + (minute < 10 ? "0\(minute)" : "\(minute)") + " phút" }
}

/// A person named in the minutes, with their office: "Ông Nguyễn Văn Hải – Chủ tịch UBND phường".
public struct MinutesPerson: Sendable, Hashable {
    /// Full name.
    public var name: String
    /// Office and role, after the dash ("Chủ tịch UBND phường, Chủ tịch Hội đồng"); "" for none.
    public var title: String
    /// Sex, for "Ông" / "Bà"; nil writes the name alone.
    public var sex: Sex?

    /// A person.
    public init(name: String, title: String, sex: Sex?) {
        self.name = name.nfc
        self.title = title.nfc
        self.sex = sex
    }

    /// "Ông Nguyễn Văn Hải", "Bà Phạm Thị Thu".
    public var addressed: String {
        switch sex {
        case .male?: return "Ông " + name
        case .female?: return "Bà " + name
        case nil: return name
        }
    }

    /// "Ông Nguyễn Văn Hải – Chủ tịch UBND phường".
    public var text: String { title.isEmpty ? addressed : "\(addressed) – \(title)" }
}

/// A council member and whether they came.
public struct MinutesAttendee: Sendable, Hashable {
    /// The member.
    public var person: MinutesPerson
    /// Present, absent with a written opinion, absent.
    public var attendance: Attendance

    /// An attendee.
    public init(person: MinutesPerson, attendance: Attendance) {
        self.person = person
        self.attendance = attendance
    }

    /// A council member: the title is "office, role on the council" ("Chủ tịch UB MTTQ
    /// phường, Ủy viên").
    public init(member: CouncilMember, attendance: Attendance) {
        let role = MinutesAttendee.roleName(member.role)
        let title = member.title.isEmpty ? role : "\(member.title), \(role)"
        self.init(person: MinutesPerson(name: member.name.fullName, title: title, sex: member.sex), attendance: attendance)
    }

    /// "Chủ tịch Hội đồng", "Phó Chủ tịch Hội đồng", "Ủy viên", "Thư ký Hội đồng".
    public static func roleName(_ role: CouncilMember.Role) -> String {
        switch role {
        case .chuTich: return "Chủ tịch Hội đồng"
        case .phoChuTich: return "Phó Chủ tịch Hội đồng"
        case .uyVien: return "Ủy viên"
        case .thuKy: return "Thư ký Hội đồng"
        }
    }
}

/// The quorum as the minutes state it: "12/14 có mặt = 85,7 %; cần ≥ 80 %".
public struct MinutesQuorum: Sendable, Hashable {
    /// The arithmetic, as given.
    public var text: String
    /// Whether the session could consider awards.
    public var isReached: Bool

    /// A quorum line.
    public init(text: String, isReached: Bool) {
        self.text = text.nfc
        self.isReached = isReached
    }

    /// The domain's quorum, in Vietnamese.
    public init(_ quorum: Quorum) {
        self.init(text: quorum.explanation.vi, isReached: quorum.isReached)
    }
}

/// One nomination considered in the session and its ballot.
public struct MinutesItem: Sendable, Hashable {
    /// What the council concluded.
    public enum Outcome: String, Sendable, Hashable {
        /// Đề nghị.
        case recommended
        /// Không đề nghị.
        case notRecommended = "not-recommended"
        /// Not voted on (no ballot recorded, or no quorum).
        case notVoted = "not-voted"
    }

    /// The nominee's name.
    public var name: String
    /// Position and unit, or address; "" for none.
    public var detail: String
    /// The award's name ("Chiến sĩ thi đua cơ sở").
    public var award: String
    /// The counted votes; nil when not voted.
    public var tally: Tally?
    /// The arithmetic, as given ("12/14 = 85,7 %; cần ≥ 80 %"); "" for none.
    public var explanation: String
    /// The conclusion.
    public var outcome: Outcome
    /// Members who did not vote on this nomination, with why.
    public var recusals: [MinutesRecusal]

    /// An item. Text is kept in NFC.
    public init(name: String, detail: String = "", award: String, tally: Tally?, explanation: String, outcome: Outcome,
                recusals: [MinutesRecusal] = []) {
        self.name = name.nfc
        self.detail = detail.nfc
        self.award = award.nfc
        self.tally = tally
        self.explanation = explanation.nfc
        self.outcome = outcome
        self.recusals = recusals
    }

    /// An item from the domain's ballot outcome (nil: not voted).
    public init(name: String, detail: String = "", award: String, outcome: BallotOutcome?, recusals: [MinutesRecusal] = []) {
        self.init(name: name, detail: detail, award: award, tally: outcome?.tally, explanation: outcome?.explanation.vi ?? "",
                  outcome: outcome.map { $0.passed ? .recommended : .notRecommended } ?? .notVoted, recusals: recusals)
    }
}

/// A member who did not vote on a nomination, and why ("là người được đề nghị").
public struct MinutesRecusal: Sendable, Hashable {
    /// The member, as named in the minutes ("Ông Trần Văn Bình").
    public var name: String
    /// Why, after the name, in parentheses.
    public var reason: String

    /// A recusal.
    public init(name: String, reason: String) {
        self.name = name.nfc
        self.reason = reason.nfc
    }

    /// A recusal for a conflict of interest found by the domain.
    public init(name: String, conflict: ConflictOfInterest) {
        self.init(name: name, reason: MinutesRecusal.reason(conflict))
    }

    /// "là người được đề nghị", "là thành viên hộ gia đình được đề nghị", "cùng hộ gia đình
    /// với người được đề nghị".
    public static func reason(_ conflict: ConflictOfInterest) -> String {
        switch conflict {
        case .isTheNominee: return "là người được đề nghị"
        case .ofTheNomineesHousehold: return "là thành viên hộ gia đình được đề nghị"
        case .sameHousehold: return "cùng hộ gia đình với người được đề nghị"
        }
    }
}
