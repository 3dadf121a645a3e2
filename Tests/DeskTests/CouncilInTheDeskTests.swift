import WardServices
import Commendation
import CommendationStore
import Desk
import Foundation
import Testing
import TerminalUI

/// The council's work in the desk, as a clerk does it: attendance and ballots in a session,
/// outcomes refused without quorum, a decision from the pending review, the honour roll, the
/// documents written with F9, and the pending review's groups, marks, sort and filter.
@Suite struct CouncilInTheDeskTests {
    /// Opens session PH-2026-02 (the first in the council's list).
    private func openSession(_ pilot: Pilot) {
        pilot.type("5")
        pilot.press(.enter)
    }

    @Test func aSessionRunsFromAttendanceToOutcomes() throws {
        let pilot = try Pilot("council-session", size: Size(width: 100, height: 30))
        openSession(pilot)
        #expect(pilot.titleBar.contains("Phiên họp PH-2026-02"))
        #expect(pilot.screen.contains("Chưa đủ người dự họp: 0/14 có mặt = 0\u{00A0}%; cần ≥ 80\u{00A0}%"))
        // Without quorum the outcomes are refused, and nothing moves.
        pilot.press(.function(5))
        #expect(pilot.statusBar.contains("chưa đủ số thành viên dự họp"), "\(pilot.statusBar)")
        #expect(try pilot.store.nomination(id: "2026-LDTT-0003")?.nomination.status == .onAgenda)

        pilot.press(.tab)
        #expect(pilot.screen.contains("Dự họp"))
        pilot.press(.enter)
        for _ in 1...10 { pilot.press(.down, .enter) }  // 11 present
        #expect(pilot.screen.contains("Chưa đủ người dự họp: 11/14 có mặt = 78,6\u{00A0}%; cần ≥ 80\u{00A0}%"))
        pilot.press(.down, .enter)  // the 12th
        #expect(pilot.screen.contains("Đủ người dự họp: 12/14 có mặt = 85,7\u{00A0}%; cần ≥ 80\u{00A0}%"))
        pilot.press(.enter)  // present → written opinion: still counted for votes, not for quorum
        #expect(pilot.screen.contains("Chưa đủ người dự họp: 11/14"))
        pilot.press(.enter, .enter)  // → absent → present
        #expect(pilot.screen.contains("Đủ người dự họp: 12/14"))

        pilot.press(.tab)
        pilot.press(.enter)  // the ballot on Trần Thị Hương: Trần Hữu Nghĩa is of her household
        #expect(pilot.screen.contains("Biểu quyết: Trần Thị Hương"))
        #expect(pilot.screen.contains("11 người được biểu quyết (13 không vướng xung đột)."))
        #expect(pilot.screen.contains("Không biểu quyết vì liên quan: Trần Hữu Nghĩa (cùng hộ gia đình)"))
        pilot.press(.function(2))
        #expect(pilot.screen.contains("11/11 = 100\u{00A0}%; cần > 50\u{00A0}% ✓"))
        pilot.press(.down, .enter)
        #expect(pilot.screen.contains("Biểu quyết: Hộ ông Nịnh Văn Dũng"))
        pilot.press(.function(2))
        pilot.press(.function(5))
        #expect(pilot.screen.contains("Ghi kết quả của 2 hồ sơ?"), "\(pilot.screen)")
        pilot.press(.enter)
        #expect(try pilot.store.nomination(id: "2026-LDTT-0003")?.nomination.status == .recommended)
        #expect(try pilot.store.firstBrokenAuditRow() == nil)
    }

    /// F7 lists the received nominations (read a window at a time from the store), typing
    /// narrows them by name or by id, and Enter puts the one chosen on the agenda.
    @Test func f7PutsAReceivedNominationOnTheAgenda() throws {
        let pilot = try Pilot("council-agenda", size: Size(width: 100, height: 30))
        openSession(pilot)
        pilot.press(.function(7))
        #expect(pilot.screen.contains("Đưa vào phiên họp PH-2026-02"), "\(pilot.screen)")
        for name in ["Hộ ông Nguyễn Văn Hùng", "Hoàng Thị Lan", "Đỗ Ngọc Linh", "Hoàng Văn Nam", "Nguyễn Thị Thủy"] {
            #expect(pilot.dialogText.contains(name), "\(name)")
        }
        pilot.type("hoang")
        #expect(pilot.dialogText.contains("Hoàng Thị Lan"))
        #expect(pilot.dialogText.contains("Hoàng Văn Nam"))
        #expect(!pilot.dialogText.contains("Đỗ Ngọc Linh"))
        for _ in 0..<5 { pilot.press(.backspace) }
        pilot.type("ldtt-0004")
        #expect(pilot.dialogText.contains("Hoàng Văn Nam"))
        #expect(!pilot.dialogText.contains("Hoàng Thị Lan"))
        pilot.press(.enter)
        #expect(pilot.dialogText.isEmpty, "\(pilot.dialogText)")
        #expect(try pilot.store.nomination(id: "2026-LDTT-0004")?.nomination.status == .onAgenda, "\(pilot.screen)")
        #expect(try pilot.store.nomination(id: "2026-LDTT-0001")?.nomination.status == .received)
    }

    @Test func aDecisionFromThePendingReviewGrowsTheHonourRoll() throws {
        let pilot = try Pilot("council-decision", size: Size(width: 100, height: 30))
        pilot.type("3")
        #expect(pilot.screen.contains("▾ Đã đề nghị – chờ quyết định (1)"))
        pilot.press(.character("/"))
        pilot.type("dang van quy")
        pilot.press(.enter)
        #expect(pilot.screen.contains("Tìm: dang van quy"))
        #expect(pilot.screen.contains("2 hồ sơ"))
        // The overdue CSTĐCS and the LĐTT of the same teacher, both recommended.
        pilot.press(.character(" "), .character(" "))
        #expect(pilot.screen.contains("đã đánh dấu 2"))
        pilot.press(.function(5))
        #expect(pilot.screen.contains("Xử lý 2 hồ sơ đã đánh dấu"))
        pilot.type("ra quyet")
        pilot.press(.enter)
        #expect(pilot.screen.contains("Quyết định khen thưởng (2 hồ sơ)"))
        // The money as the date sets it: the base salary used, with its decree, and the total.
        #expect(pilot.screen.contains("Tổng tiền thưởng    2.530.000 đ"), "\(pilot.screen)")
        #expect(pilot.screen.contains("Lương cơ sở         2.530.000 đ (NĐ 161/2026/NĐ-CP)"), "\(pilot.screen)")
        pilot.press(.home)
        pilot.type("125")
        pilot.press(.function(2))
        #expect(pilot.statusBar.contains("Đã lưu quyết định 125/QĐ-UBND: 2 khen thưởng"), "\(pilot.statusBar)")
        let decision = try #require(try pilot.store.decisions().first { $0.number == "125/QĐ-UBND" })
        // One period, one payment: Đặng Văn Quý's CSTĐCS at the base of 29/11/2026.
        #expect(decision.total == 2_530_000)
        #expect(decision.signer == "Phạm Quang Khải")

        pilot.press(.escape)
        pilot.press(.escape)
        pilot.type("6")
        #expect(pilot.titleBar.contains("Sổ vàng năm 2026"))
        #expect(pilot.screen.contains("2 khen thưởng · tổng 2.530.000 đ"))
        #expect(pilot.screen.contains("125/QĐ-UBND 29/11/2026"))
        // Enter: the nominee's history, with the decision.
        pilot.press(.enter)
        #expect(pilot.screen.contains("Đặng Văn Quý"))
        #expect(pilot.screen.contains("125/QĐ-UBND"))
    }

    @Test func f9WritesTheSessionsDocumentsIntoTheFolder() throws {
        let pilot = try Pilot("council-documents", size: Size(width: 100, height: 30))
        let folder = pilot.folder + "/van-ban"
        try pilot.store.setSetting("documents.folder", to: folder)
        pilot.type("5")
        pilot.press(.down, .enter)  // PH-2026-01
        pilot.press(.function(9))
        #expect(pilot.screen.contains("Xuất văn bản vào \(folder)"))
        #expect(pilot.screen.contains("Biên bản họp Hội đồng"))
        pilot.press(.enter)  // biên bản
        #expect(pilot.screen.contains("Word (.docx), thể thức Nghị định 30/2020"))
        pilot.press(.down, .down, .enter)  // plain text (Word, Markdown, text, Excel, CSV)
        let path = folder + "/bien-ban-PH-2026-01.txt"
        #expect(pilot.statusBar.contains("Đã ghi " + folder), "\(pilot.statusBar)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("12/14 có mặt = 85,7\u{00A0}%; cần ≥ 80\u{00A0}%"))
        // Again, in Word (the default for a document): a Word file, private to the clerk; the text is kept.
        pilot.press(.function(9))
        pilot.press(.enter, .enter)
        let word = folder + "/bien-ban-PH-2026-01.docx"
        #expect(try Data(contentsOf: URL(fileURLWithPath: word)).prefix(2) == Data("PK".utf8))
        #expect((try FileManager.default.attributesOfItem(atPath: word)[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        // A list: Excel is the default.
        pilot.press(.function(9))
        pilot.type("danh sach")
        pilot.press(.enter, .enter)
        #expect(FileManager.default.fileExists(atPath: folder + "/danh-sach-PH-2026-01.xlsx"))
        // The session's list as CSV, with the byte-order mark spreadsheets need.
        pilot.press(.function(9))
        pilot.type("danh sach")
        pilot.press(.enter)
        pilot.press(.down, .down, .down, .down, .enter)  // CSV (Excel, Word, Markdown, text, CSV)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/danh-sach-PH-2026-01.csv")).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    }

    /// The secretary was absent: writing the biên bản asks who kept the minutes, records it, and
    /// the document names the stand-in, never the absent secretary, as the one who signs.
    @Test func f9AsksWhoStoodInForAnAbsentSecretary() throws {
        let pilot = try Pilot("council-stand-in", size: Size(width: 100, height: 30))
        let folder = pilot.folder + "/van-ban"
        try pilot.store.setSetting("documents.folder", to: folder)
        for member in try pilot.store.councilMembers().prefix(12) {
            try pilot.store.setAttendance(.present, member: member.id, session: "PH-2026-02")
        }
        pilot.type("5")
        pilot.press(.enter)  // PH-2026-02
        pilot.press(.function(9))
        pilot.press(.enter)  // biên bản
        pilot.press(.down, .down, .enter)  // plain text
        #expect(pilot.screen.contains("Thư ký Hội đồng vắng mặt — ai làm thư ký thay?"), "\(pilot.screen)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/bien-ban-PH-2026-02.txt"))
        pilot.type("tuan")
        pilot.press(.enter)
        let text = try String(contentsOfFile: folder + "/bien-ban-PH-2026-02.txt", encoding: .utf8)
        #expect(text.contains("Ông Lê Minh Tuấn"))
        #expect(text.contains("thư ký thay Thư ký Hội đồng Nguyễn Thị Ngọc Ánh (vắng mặt)"))
        #expect(try pilot.store.session(id: "PH-2026-02")?.standIns[.secretary] != nil)
    }

    /// After a Gia đình văn hóa decision, the pending review shows the publication clock (15
    /// days) until the clerk records the day the list was published (F7).
    @Test func thePublicationClockRunsUntilTheListIsPublished() throws {
        let pilot = try Pilot("council-publication", size: Size(width: 100, height: 30))
        let store = pilot.store
        let rules = { (year: Int) in try? Shipped.rulebooks().rulebook(forYear: year) ?? nil }
        let members = try store.councilMembers()
        for member in members.prefix(12) { try store.setAttendance(.present, member: member.id, session: "PH-2026-02") }
        try store.setStandIn(.secretary, member: members[5].id, session: "PH-2026-02")
        _ = try store.take(.putOnAgenda, nomination: "2026-GDVH-0001", details: StepDetails(sessionID: "PH-2026-02"), rulebook: rules)
        try store.recordBallot(.counts(Tally(agree: 12, disagree: 0, abstain: 0)), nomination: "2026-GDVH-0001", session: "PH-2026-02")
        _ = try store.recordOutcomes(session: "PH-2026-02", requiredPercent: 80, rulebook: rules)
        let ward = WardRules(rulebook: rules, attendancePercent: 80, baseSalaries: try Shipped.baseSalaries(),
                             calendar: try Shipped.calendar())
        _ = try store.issueDecision(number: "301/QĐ-UBND", date: CivilDate(year: 2026, month: 11, day: 28)!, signer: "Phạm Quang Khải",
                                    signerTitle: "Chủ tịch UBND phường", nominations: ["2026-GDVH-0001"], rules: ward)
        pilot.type("3")
        #expect(pilot.screen.contains("Quyết định 301/QĐ-UBND (1 khen thưởng) chờ công bố danh sách: còn 14 ngày (13/12/2026)"),
                "\(pilot.screen)")
        pilot.press(.function(7))
        #expect(pilot.screen.contains("Công bố danh sách của quyết định 301/QĐ-UBND"))
        pilot.press(.function(2))  // today, 29/11/2026
        #expect(pilot.statusBar.contains("Đã ghi: danh sách của quyết định 301/QĐ-UBND công bố ngày"), "\(pilot.statusBar)")
        #expect(try store.decisions().first { $0.number == "301/QĐ-UBND" }?.publishedOn == CivilDate(year: 2026, month: 11, day: 29))
        #expect(!pilot.screen.contains("chờ công bố danh sách"))
        #expect(try store.pendingPublications().isEmpty)
    }

    @Test func thePendingReviewGroupsSortsAndFilters() throws {
        let pilot = try Pilot("council-pending", size: Size(width: 120, height: 40))
        pilot.type("3")
        // The draft Gia đình văn hóa missed its review deadline (25/11): overdue with the CSTĐCS.
        #expect(pilot.screen.contains("13 hồ sơ: quá hạn 2 · thiếu TT 2 · nháp 1 · chờ HĐ 6 · chờ QĐ 1 · đã trình 1"))
        let overdue = try #require(pilot.row(containing: "2026-CSTDCS-0001"))
        #expect(pilot.terminal.screen.rowText(overdue).contains("quá 4 ngày"))
        let review = try #require(pilot.row(containing: "2026-GDVH-0002"))
        #expect(pilot.terminal.screen.rowText(review).contains("quá 2 ngày"))
        #expect(pilot.terminal.screen.rowText(review - 1).contains("▾ Quá hạn (2)"))
        // Enter on a heading folds the group.
        pilot.press(.up, .up, .enter)
        #expect(pilot.screen.contains("▸ Quá hạn (2)"))
        #expect(!pilot.screen.contains("2026-CSTDCS-0001"))
        pilot.press(.enter)
        #expect(pilot.screen.contains("2026-CSTDCS-0001"))
        // F6: by date received (the oldest file first), then by name again.
        pilot.press(.function(6))
        #expect(pilot.screen.contains("xếp theo ngày nhận"))
        // Within each group, the oldest first.
        var ages: [[Int]] = [[]]
        for line in pilot.screen.split(separator: "\n") {
            if line.contains("▾") { ages.append([]) }
            guard line.contains(" 2026-") else { continue }
            // The age column: "25 ngày" not after "quá" or "còn" (the deadline); "—" when not received.
            let words = line.split(separator: " ")
            let age = words.indices.dropFirst().first { words[$0] == "ngày" && !["quá", "còn"].contains(words[max(0, $0 - 2)]) }
                .flatMap { Int(words[$0 - 1]) } ?? -1
            ages[ages.count - 1].append(age)
        }
        #expect(ages.contains { $0.count >= 3 })
        #expect(ages.allSatisfy { $0 == $0.sorted(by: >) }, "\(ages)")
        pilot.press(.function(6))
        #expect(pilot.screen.contains("xếp theo tên"))
        // F4: one award only, the first offered (Lao động tiên tiến).
        pilot.press(.function(4))
        #expect(pilot.screen.contains("Lọc hồ sơ chờ xử lý"))
        let before = pilot.screen
        pilot.focus(field: "Danh hiệu")
        pilot.press(.right)
        #expect(pilot.screen != before)
        pilot.press(.function(2))
        let shown = pilot.screen.split(separator: "\n").filter { $0.contains(" 2026-") }
        #expect(!shown.isEmpty && shown.count < 13, "\(pilot.screen)")
        #expect(shown.allSatisfy { $0.contains("-LDTT-") }, "\(shown)")
        #expect(pilot.screen.contains("Lọc:"))
    }
}
