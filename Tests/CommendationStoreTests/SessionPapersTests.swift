import Commendation
import CommendationStore
import Foundation
import Papers
import Testing

/// The documents assembled from the demo ward's record: what each one says about the
/// sessions, ballots, decisions and households in the store.
@Suite struct SessionPapersTests {
    private static let today = CivilDate(year: 2026, month: 11, day: 29)!

    private func books() throws -> (Int) -> Rulebook? {
        let set = try rulebooks()
        return { set.rulebook(forYear: $0) }
    }

    private func paper(_ store: Store, _ kind: DocumentKind, _ request: PaperRequest,
                       format: DocumentFormat = .plainText) throws -> String {
        try store.documentInput(kind, request, rules: try wardRules(try books())).text(format)
    }

    @Test func theMinutesOfTheFirstSessionSayWhoCameAndHowEachBallotWent() throws {
        try withStore(demo: true) { store, _ in
            let text = try paper(store, .minutes, PaperRequest(sessionID: "PH-2026-01", today: Self.today), format: .markdown)
            #expect(text.contains("*Đầm Hà, ngày 10 tháng 11 năm 2026*"))
            #expect(text.contains("Số:\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/BB-HĐTĐKT"))
            #expect(text.contains("Thành viên Hội đồng: 14 người; có mặt 12; vắng mặt có ý kiến bằng văn bản 2"))
            #expect(text.contains("**12/14 có mặt = 85,7 %; cần ≥ 80 %** — đủ điều kiện xét khen thưởng."))
            #expect(text.contains("Chủ trì: Ông Phạm Quang Khải – Chủ tịch UBND phường, Chủ tịch Hội đồng."))
            #expect(text.contains("Kết quả bỏ phiếu: đồng ý 12, không đồng ý 1, không biểu quyết 1 (12/14 = 85,7 %; cần ≥ 80 %)."))
            #expect(text.contains("hình thức “Chiến sĩ thi đua cơ sở”"))
            // A person's line names the unit once, not the residential group too.
            #expect(text.contains("**2. Đặng Văn Quý** – Giáo viên Toán, Tổ trưởng chuyên môn Trường THCS Đầm Hà: đề nghị"))
            #expect(!text.contains("Khu phố Tân Hải"))
        }
    }

    /// The biên bản never names an absent member as secretary or signer: without a stand-in it
    /// is refused, with one it says who kept the minutes in whose place, and she signs.
    @Test func anAbsentSecretaryIsReplacedByAPresentMemberAndTheMinutesSaySo() throws {
        try withStore(demo: true) { store, _ in
            let members = try store.councilMembers()
            let secretary = try #require(members.first { $0.role == .thuKy })
            // Places 1–12 present; Lý Văn Phúc and the secretary absent.
            for member in members.prefix(12) { try store.setAttendance(.present, member: member.id, session: "PH-2026-02") }
            let request = PaperRequest(sessionID: "PH-2026-02", today: Self.today)
            #expect(throws: PaperProblem.officers(session: "PH-2026-02", .needsStandIn(.secretary, holder: secretary))) {
                try paper(store, .minutes, request)
            }
            let message = PaperProblem.officers(session: "PH-2026-02", .needsStandIn(.secretary, holder: secretary)).message
            #expect(message.vi.contains("Thư ký Hội đồng Nguyễn Thị Ngọc Ánh không có mặt ở phiên PH-2026-02"))
            // A stand-in who was not present either is refused too.
            let absent = try #require(members.first { $0.name.fullName == "Lý Văn Phúc" })
            try store.setStandIn(.secretary, member: absent.id, session: "PH-2026-02")
            #expect(throws: PaperProblem.officers(session: "PH-2026-02", .standInAbsent(.secretary, member: absent))) {
                try paper(store, .minutes, request)
            }
            let standIn = try #require(members.first { $0.name.fullName == "Lê Minh Tuấn" })
            try store.setStandIn(.secretary, member: standIn.id, session: "PH-2026-02")
            #expect(try store.session(id: "PH-2026-02")?.standIns == [.secretary: standIn.id])
            let text = try paper(store, .minutes, request, format: .markdown)
            #expect(text.contains("Thư ký: Ông Lê Minh Tuấn – Bí thư Đoàn Thanh niên phường, Ủy viên, làm thư ký thay Thư ký Hội đồng "
                                  + "Nguyễn Thị Ngọc Ánh (vắng mặt)."), "\(text)")
            // The signatures: the stand-in on the left, the chair (present) on the right.
            let tail = text.split(separator: "\n").suffix(8).joined(separator: "\n")
            #expect(tail.contains("Lê Minh Tuấn") && tail.contains("Phạm Quang Khải"))
            #expect(!tail.contains("Nguyễn Thị Ngọc Ánh"))
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func anAbsentChairIsReplacedAndSignsAsChairOfTheMeeting() throws {
        try withStore(demo: true) { store, _ in
            let members = try store.councilMembers()
            for member in members.dropFirst() { try store.setAttendance(.present, member: member.id, session: "PH-2026-02") }
            let deputy = try #require(members.first { $0.role == .phoChuTich })
            try store.setStandIn(.chair, member: deputy.id, session: "PH-2026-02")
            let text = try paper(store, .minutes, PaperRequest(sessionID: "PH-2026-02", today: Self.today), format: .markdown)
            #expect(text.contains("chủ trì thay Chủ tịch Hội đồng Phạm Quang Khải (vắng mặt)"))
            #expect(text.contains("CHỦ TRÌ"))
            let tail = text.split(separator: "\n").suffix(8).joined(separator: "\n")
            #expect(tail.contains(deputy.name.fullName) && !tail.contains("Phạm Quang Khải"))
        }
    }

    @Test func membersLeftOutOfABallotAreNamedWithTheReason() throws {
        try withStore(demo: true) { store, _ in
            let ids = try store.councilMembers().map(\.id)
            for id in ids.prefix(12) { try store.setAttendance(.present, member: id, session: "PH-2026-02") }
            try store.setStandIn(.secretary, member: ids[5], session: "PH-2026-02")  // the secretary (14) is absent
            // 12 present, one of them conflicted: 11 may vote.
            try store.recordBallot(.counts(Tally(agree: 10, disagree: 1, abstain: 0)), nomination: "2026-LDTT-0003",
                                   session: "PH-2026-02")
            let text = try paper(store, .minutes, PaperRequest(sessionID: "PH-2026-02", today: Self.today), format: .markdown)
            let recusal = text.split(separator: "\n").first { $0.contains("Không tham gia") }.map(String.init) ?? "∅"
            #expect(recusal.contains("Ông Trần Hữu Nghĩa (cùng hộ gia đình"))
            #expect(text.contains("(10/11 = 90,9 %; cần \\> 50 %)"))
            // Only nominations with a ballot are in the minutes.
            #expect(text.contains("Hội đồng xem xét 1 hồ sơ"))
        }
    }

    @Test func theDraftDecisionCarriesTheMoneyAndAnIssuedOneItsNumbers() throws {
        try withStore(demo: true) { store, _ in
            let request = PaperRequest(sessionID: "PH-2026-01", today: Self.today)
            let draft = try store.decisionInput(request, rulebook: try books(), baseSalaries: try baseSalaries())
            #expect(draft.header.number == nil && draft.header.date == nil)
            #expect(draft.lines.map(\.award) == ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"])
            // One period, one payment, at the base salary of today (no date on the draft).
            #expect(draft.lines.map(\.amount) == [nil, 2_530_000])
            #expect(draft.lines.first?.note.hasPrefix("Không chi tiền thưởng") == true)
            #expect(draft.lines.allSatisfy { $0.honourRollNumber == nil })
            let text = try paper(store, .decision, request, format: .markdown)
            #expect(text.contains("**Về việc tặng danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở năm 2026**"))
            #expect(text.contains("2.530.000 đồng (Bằng chữ: Hai triệu năm trăm ba mươi nghìn đồng)"))
            // The province's Bằng khen is not the chair's to decide.
            #expect(!text.contains("Bằng khen của Chủ tịch UBND tỉnh"))

            let issued = try store.issueDecision(number: "125/QĐ-UBND", date: CivilDate(year: 2026, month: 12, day: 5)!,
                                                 signer: "Phạm Quang Khải", signerTitle: "Chủ tịch UBND phường",
                                                 nominations: ["2026-LDTT-0002", "2026-CSTDCS-0001"], rules: try wardRules(try books()))
            #expect(throws: PaperProblem.nothingToDecide(session: "PH-2026-01")) {
                try store.decisionInput(request, rulebook: try books(), baseSalaries: try baseSalaries())
            }
            let printed = try store.decisionInput(PaperRequest(decisionNumber: "125/QĐ-UBND", today: Self.today), rulebook: try books(),
                                                  baseSalaries: try baseSalaries())
            #expect(printed.header.reference == "125/QĐ-UBND")
            #expect(printed.lines.map(\.honourRollNumber) == issued.awards.map { "\($0.honourRollNumber)/2026" })
            #expect(printed.total == issued.total)
            #expect(printed.signer.authority == ["Chủ tịch"])
            #expect(throws: PaperProblem.noDecision("999/QĐ-UBND")) {
                try store.decisionInput(PaperRequest(decisionNumber: "999/QĐ-UBND", today: Self.today), rulebook: try books(),
                                        baseSalaries: try baseSalaries())
            }
        }
    }

    @Test func theSubmissionAndItsListCountWhatTheSessionRecommended() throws {
        try withStore(demo: true) { store, _ in
            let request = PaperRequest(sessionID: "PH-2026-01", number: "07", date: CivilDate(year: 2026, month: 11, day: 12)!,
                                       today: Self.today)
            let text = try paper(store, .submission, request)
            #expect(text.contains("Số: 07/TTr-HĐTĐKT"))
            #expect(text.contains("ngày 12 tháng 11 năm 2026"))
            #expect(text.contains("1. Lao động tiên tiến: 1 cá nhân;"))
            #expect(text.contains("3. Bằng khen của Chủ tịch UBND tỉnh: 1 cá nhân."))
            #expect(text.contains("TM. HỘI ĐỒNG"))
            let csv = try paper(store, .nominationList, request, format: .csv)
            let rows = csv.split(separator: "\r\n")
            try #require(rows.count == 4, "\(csv)")
            #expect(rows[3].contains("Nguyễn Văn Đạt") && rows[3].contains(",13,14,"))
            let list = try paper(store, .nominationList, request, format: .markdown)
            #expect(list.contains("Kèm theo Tờ trình số 07/TTr-HĐTĐKT ngày 12 tháng 11 năm 2026"))
        }
    }

    @Test func aSessionThatRecommendedNothingHasNoSubmission() throws {
        try withStore(demo: true) { store, _ in
            let request = PaperRequest(sessionID: "PH-2026-02", today: Self.today)
            #expect(throws: PaperProblem.nothingRecommended(session: "PH-2026-02")) { try paper(store, .submission, request) }
            #expect(throws: PaperProblem.noSession("PH-2031-01")) {
                try paper(store, .minutes, PaperRequest(sessionID: "PH-2031-01", today: Self.today))
            }
            // Without a session named, the latest with an agenda.
            let latest = try store.paperSession(PaperRequest(today: Self.today))
            #expect(latest.id == "PH-2026-02")
        }
    }

    @Test func thePostingListHasTheReceivedHouseholdsForTenDays() throws {
        try withStore(demo: true) { store, _ in
            let from = CivilDate(year: 2026, month: 12, day: 1)!
            let input = try store.postingInput(PaperRequest(year: 2026, postedFrom: from, today: Self.today), rulebook: try books())
            #expect(input.households.map(\.head) == ["Nguyễn Văn Hùng"])  // the other one is still a draft
            #expect(input.households.first?.group == "Khu phố Bình Minh")
            #expect(input.postedUntil == CivilDate(year: 2026, month: 12, day: 10)!)
            #expect(input.days == 10)
            #expect(throws: PaperProblem.noHouseholds(year: 2030)) {
                try store.postingInput(PaperRequest(year: 2030, today: Self.today), rulebook: try books())
            }
        }
    }

    @Test func anEmptyStoreSaysWhatIsMissing() throws {
        try withStore { store, _ in
            #expect(throws: PaperProblem.noWard) { try paper(store, .minutes, PaperRequest(today: Self.today)) }
            try store.setSetting("ward.name", to: "Xã Quảng Lợi")
            #expect(throws: PaperProblem.noSession(nil)) { try paper(store, .minutes, PaperRequest(today: Self.today)) }
        }
    }
}
