import Foundation
import Testing

/// The council's path in the built `tdkt` in tmux, at 100×30: a nomination put on a session's
/// agenda from the pending review, attendance, ballots, outcomes, a decision, the honour roll,
/// and the decision written as a document with F9.
@Suite(.serialized) final class CouncilInTmuxTests {
    private let folder: String
    private let tdkt: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-e2e-council-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        tdkt = try builtTDKT()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private let environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    @Test func fromAgendaToBallotsToDecisionToHonourRoll() throws {
        let store = folder + "/tdkt.sqlite"
        _ = try run([tdkt, "demo", "--store", store], capture: true)
        // HOME is the test's folder: documents go into its tdkt-van-ban.
        let session = try TmuxSession("'\(tdkt)' --store '\(store)'; echo \"EXIT=$?\"; sleep 60",
                                      environment: environment.merging(["HOME": folder]) { $1 })
        #expect(try session.waitFor("Trình đơn chính"), "\(session.lastScreen)")

        // The pending review: find Hoàng Thị Lan's LĐTT, mark it, put it on PH-2026-02's agenda.
        try session.type("3")
        // (How many wait for the council depends on today's date: the clocks run.)
        #expect(try session.waitFor("▾ Chờ Hội đồng xét ("), "\(session.lastScreen)")
        try session.type("/hoang thi lan")
        #expect(try session.waitFor("1 hồ sơ"), "\(session.lastScreen)")
        try session.press("Enter", "Space", "F5")
        #expect(try session.waitFor("Xử lý hồ sơ 2026-LDTT-0001"), "\(session.lastScreen)")
        try session.type("dua vao")
        try session.press("Enter")
        #expect(try session.waitFor("PH-2026-02"), "\(session.lastScreen)")
        try session.press("Enter")
        #expect(try session.waitFor("Chờ họp HĐ"), "\(session.lastScreen)")

        // The council: session PH-2026-02, twelve present, three ballots, outcomes.
        try session.press("Escape")
        try session.press("Escape")
        #expect(try session.waitFor("Trình đơn chính"), "\(session.lastScreen)")
        try session.type("5")
        #expect(try session.waitFor("PH-2026-02"), "\(session.lastScreen)")
        try session.press("Enter")
        #expect(try session.waitFor("Chương trình họp (3)"), "\(session.lastScreen)")
        try session.press("Tab", "Enter")
        for _ in 1...11 { try session.press("Down", "Enter") }
        #expect(try session.waitFor("Đủ người dự họp: 12/14 có mặt = 85,7\u{00A0}%; cần ≥ 80\u{00A0}%"), "\(session.lastScreen)")
        try session.press("Tab", "Enter")
        #expect(try session.waitFor("Biểu quyết:"), "\(session.lastScreen)")
        try session.press("F2")
        try session.press("Down", "Enter")
        #expect(try session.waitFor("Biểu quyết:"), "\(session.lastScreen)")
        try session.press("F2")
        try session.press("Down", "Enter")
        #expect(try session.waitFor("Biểu quyết:"), "\(session.lastScreen)")
        try session.press("F2")
        #expect(try session.waitFor("Trạng thái"), "\(session.lastScreen)")
        try session.press("F5")
        #expect(try session.waitFor("Ghi kết quả của 3 hồ sơ?"), "\(session.lastScreen)")
        try session.press("Enter")
        #expect(try session.waitFor("Đã ghi kết quả của 3 hồ sơ."), "\(session.lastScreen)")

        // The decision, from the pending review's "chờ quyết định" group.
        try session.press("Escape")
        try session.press("Escape")
        #expect(try session.waitFor("Trình đơn chính"), "\(session.lastScreen)")
        try session.type("3")
        #expect(try session.waitFor("▾ Đã đề nghị – chờ quyết định (4)"), "\(session.lastScreen)")
        try session.type("/hoang thi lan")
        #expect(try session.waitFor("1 hồ sơ"), "\(session.lastScreen)")
        try session.press("Enter", "F5")
        #expect(try session.waitFor("Xử lý hồ sơ 2026-LDTT-0001"), "\(session.lastScreen)")
        try session.type("ra quyet")
        try session.press("Enter")
        #expect(try session.waitFor("Quyết định khen thưởng (1 hồ sơ)"), "\(session.lastScreen)")
        try session.press("Home")
        try session.type("126")
        try session.press("F2")
        #expect(try session.waitFor("Đã lưu quyết định 126/QĐ-UBND: 1 khen thưởng"), "\(session.lastScreen)")

        // The honour roll of 2026, and the decision as a document.
        try session.press("Escape")
        try session.press("Escape")
        #expect(try session.waitFor("Trình đơn chính"), "\(session.lastScreen)")
        try session.type("6")
        #expect(try session.waitFor("Sổ vàng năm 2026"), "\(session.lastScreen)")
        #expect(try session.waitFor("Hoàng Thị Lan"), "\(session.lastScreen)")
        #expect(session.lastScreen.contains("126/QĐ-UBND"))
        // 0,3 × the base salary of the decision's day (today): 2 530 000 đ since 01/07/2026.
        #expect(session.lastScreen.contains("760.000 đ"))
        try session.press("F9")
        #expect(try session.waitFor("Quyết định khen thưởng và danh sách kèm theo"), "\(session.lastScreen)")
        #expect(session.lastScreen.contains("Giấy khen, giấy chứng nhận"))
        try session.press("Enter")
        #expect(try session.waitFor("Word (.docx)"), "\(session.lastScreen)")
        try session.press("Down")  // Markdown, after Word
        try session.press("Enter")
        #expect(try session.waitFor("Đã ghi"), "\(session.lastScreen)")
        let written = try String(contentsOfFile: folder + "/tdkt-van-ban/quyet-dinh-126-QD-UBND.md", encoding: .utf8)
        #expect(written.contains("Số: 126/QĐ-UBND"))
        #expect(written.contains("Hoàng Thị Lan"))
        try session.press("F10")
        #expect(try session.waitFor("EXIT=0"), "\(session.lastScreen)")
    }
}
