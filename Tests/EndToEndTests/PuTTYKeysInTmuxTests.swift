import Foundation
import Testing

/// The built `tdkt` at 80×24 under TERM=xterm, driven with the byte sequences PuTTY sends
/// (its default function-key mode: F1 = ESC [ 1 1 ~, F3 = ESC [ 1 3 ~, End = ESC [ 4 ~, PgDn =
/// ESC [ 6 ~): the criteria dialog and the help scroll to their ends, F1 works over a dialog,
/// and the session's bar keeps its keys while a message shows.
@Suite(.serialized) final class PuTTYKeysInTmuxTests {
    private let folder: String
    private let tdkt: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-e2e-putty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        tdkt = try builtTDKT()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// PuTTY's sequences (function keys in its default "ESC [ n ~" mode).
    enum PuTTY {
        static let f1 = "\u{1B}[11~", f3 = "\u{1B}[13~", f5 = "\u{1B}[15~"
        static let home = "\u{1B}[1~", end = "\u{1B}[4~", pageUp = "\u{1B}[5~", pageDown = "\u{1B}[6~"
        static let down = "\u{1B}[B", escape = "\u{1B}"
    }

    private func desk() throws -> TmuxSession {
        let store = folder + "/tdkt.sqlite"
        if !FileManager.default.fileExists(atPath: store) { _ = try run([tdkt, "demo", "--store", store], capture: true) }
        let session = try TmuxSession("TERM=xterm '\(tdkt)' --store '\(store)'; echo \"EXIT=$?\"; sleep 60", width: 80, height: 24,
                                      environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": folder])
        #expect(try session.waitFor("Trình đơn chính"), "\(session.lastScreen)")
        return session
    }

    /// Sends one key's bytes, then lets the desk read them (a lone ESC needs its pause).
    private func send(_ session: TmuxSession, _ bytes: String) throws {
        try session.type(bytes)
        usleep(bytes == PuTTY.escape ? 400_000 : 150_000)
    }

    @Test func theCriteriaDialogAndTheHelpScrollToTheirEndsWithPuTTYsKeys() throws {
        let session = try desk()
        try session.type("3")
        #expect(try session.waitFor("Khen thưởng chờ xử lý"))
        try session.type("/2026-GDVH-0001")
        try session.press("Enter", "Enter")
        #expect(try session.waitFor("Đề nghị 2026-GDVH-0001"), "\(session.lastScreen)")
        try send(session, PuTTY.f3)
        #expect(try session.waitFor("Tiêu chí và căn cứ pháp lý"), "\(session.lastScreen)")
        #expect(try session.waitFor("▼"), "\(session.lastScreen)")
        // The last criterion is below the box; End shows it, and where the page stands.
        let first = try session.screen()
        try send(session, PuTTY.end)
        #expect(try session.waitFor("Không trùng với đề nghị khác"), "\(session.lastScreen)")
        #expect(session.lastScreen.contains("▲ "), "\(session.lastScreen)")  // where the page stands
        #expect(session.lastScreen != first)
        #expect(!session.lastScreen.contains("▼"), "\(session.lastScreen)")
        try send(session, PuTTY.home)
        #expect(try session.waitFor("1–"), "\(session.lastScreen)")
        try send(session, PuTTY.pageDown)
        #expect(try session.waitFor("▲"), "\(session.lastScreen)")
        // F1 over the dialog: the dialog's keys, and back.
        try send(session, PuTTY.f1)
        #expect(try session.waitFor("Trang văn bản"), "\(session.lastScreen)")
        try send(session, PuTTY.escape)
        try send(session, PuTTY.escape)
        try send(session, PuTTY.escape)
        #expect(try session.waitFor("Khen thưởng chờ xử lý"), "\(session.lastScreen)")
        // The pending review's help reaches its "Mọi nơi" section.
        try send(session, PuTTY.f1)
        #expect(try session.waitFor("Trợ giúp (F1)"), "\(session.lastScreen)")
        try send(session, PuTTY.end)
        #expect(try session.waitFor("Mọi nơi"), "\(session.lastScreen)")
        #expect(try session.waitFor("Ctrl-T"), "\(session.lastScreen)")
        try session.press("F10")
        #expect(try session.waitFor("EXIT=0"), "\(session.lastScreen)")
    }

    @Test func theSessionsBarKeepsItsKeysWhileAMessageShows() throws {
        let session = try desk()
        try session.type("5")
        #expect(try session.waitFor("Hội đồng Thi đua"))
        try session.press("Enter")
        #expect(try session.waitFor("Phiên họp PH-"), "\(session.lastScreen)")
        // F5 without quorum: refused, with a message longer than the bar's room.
        try send(session, PuTTY.f5)
        #expect(try session.waitFor("chưa đủ số thành viên dự họp"), "\(session.lastScreen)")
        let bar = session.lastScreen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty } ?? ""
        for key in ["Enter", "Tab", "F7", "F9", "F5", "Esc", "F10"] { #expect(bar.contains(key), "\(key): \(bar)") }
        // Everyone present in one key.
        try session.press("Tab", "F6")
        #expect(try session.waitFor("14/14 có mặt"), "\(session.lastScreen)")
        try session.press("F10")
        #expect(try session.waitFor("EXIT=0"), "\(session.lastScreen)")
    }
}
