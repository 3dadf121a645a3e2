#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The built `tdkt` in a real terminal (tmux): what the clerk sees, in Vietnamese.
@Suite(.serialized) final class DeskInTmuxTests {
    private let folder: String
    private let store: String
    private let tdkt: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = folder + "/tdkt.sqlite"
        tdkt = try builtTDKT()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The shell command that runs the desk, then reports its exit status and the terminal modes.
    private func deskCommand() -> String {
        "'\(tdkt)' --store '\(store)'; echo \"EXIT=$?\"; stty -a | tr ' ' '\\n' | grep -x -- '-*echo' | sed 's/^/MODE=/'; sleep 60"
    }

    private let environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    @Test func enterANominationSaveQuitReopenAndSeeItPending() throws {
        let session = try TmuxSession(deskCommand(), environment: environment)
        #expect(try session.waitFor("Chào mừng đến với tdkt"), "\(session.lastScreen)")
        try session.press("Enter")  // load the demo ward
        #expect(try session.waitFor("Đã nạp dữ liệu mẫu"))
        try session.type("1")
        #expect(try session.waitFor("Đề nghị khen thưởng mới"))
        try session.press("Enter")
        #expect(try session.waitFor("+ Tạo mới: Cá nhân"))
        try session.press("Enter")
        try session.type("Nguyễn")
        try session.press("Tab")
        try session.type("Thị Hồng")
        try session.press("Tab")
        try session.type("Nhung")
        try session.press("Tab", "Right", "Tab")
        try session.type("09/03/1990")
        try session.press("Tab", "Tab", "Tab", "Tab", "Tab", "Right")  // ID, phone, position, unit → award: Lao động tiên tiến
        try session.press("Tab", "Tab", "Tab", "Tab", "Tab", "Right", "Right")  // kind, year, movement, on saving → rating: tốt
        // discipline, investigation, complaint: Không; productive work, law-abiding, the spirit of the movement: Đạt.
        try session.press("Tab", "Right", "Tab", "Right", "Tab", "Right", "Tab", "Right", "Tab", "Right", "Tab", "Right")
        #expect(try session.waitFor("Kết quả: ĐỦ ĐIỀU KIỆN"), "\(session.lastScreen)")
        try session.press("F2")
        #expect(try session.waitFor("Đã lưu đề nghị 2026-LDTT-0006") || session.lastScreen.contains("Đã lưu đề nghị"),
                "\(session.lastScreen)")
        try session.press("F10")
        #expect(try session.waitFor("EXIT=0"), "\(session.lastScreen)")

        let reopened = try TmuxSession(deskCommand(), environment: environment)
        #expect(try reopened.waitFor("Trình đơn chính"))
        #expect(!reopened.lastScreen.contains("Chào mừng"))
        try reopened.type("3")
        #expect(try reopened.waitFor("Nguyễn Thị Hồng Nhung"), "\(reopened.lastScreen)")
        #expect(reopened.lastScreen.contains("2026-LDTT-0006"), "\(reopened.lastScreen)")
        try reopened.press("F10")
        #expect(try reopened.waitFor("EXIT=0"))
    }

    @Test func ctrlCFromTheFormLeavesTheTerminalSane() throws {
        let session = try TmuxSession(deskCommand(), width: 80, height: 24, environment: environment)
        #expect(try session.waitFor("Chào mừng đến với tdkt"))
        try session.press("Right", "Enter")  // start empty
        try session.type("1")
        #expect(try session.waitFor("Đề nghị khen thưởng mới"))
        try session.press("Enter", "Enter")
        try session.type("Trần")
        try session.press("C-c")
        #expect(try session.waitFor("Thoát tdkt?"))
        try session.press("Right", "Enter")
        #expect(try session.waitFor("EXIT=0"), "\(session.lastScreen)")
        #expect(try session.waitFor("MODE="))
        #expect(session.lastScreen.contains("MODE=echo"), "\(session.lastScreen)")
        #expect(!session.lastScreen.contains("MODE=-echo"))
    }

    @Test func resizeBelowTheMinimumShowsANoticeAndComesBack() throws {
        let session = try TmuxSession(deskCommand(), width: 100, height: 30, environment: environment)
        #expect(try session.waitFor("Chào mừng đến với tdkt"))
        try session.press("Right", "Enter")
        #expect(try session.waitFor("Trình đơn chính"))
        try session.resize(60, 20)
        #expect(try session.waitFor("Cửa sổ quá nhỏ"), "\(session.lastScreen)")
        try session.resize(80, 24)
        #expect(try session.waitFor("Trình đơn chính"))
        try session.press("F10")
        #expect(try session.waitFor("EXIT=0"))
    }

    /// A finished session leaves no tmux server behind (one with an interactive bash in its pane
    /// outlived `kill-server`).
    @Test func aSessionLeavesNoServerBehind() throws {
        var pid: pid_t = 0
        do {
            let session = try TmuxSession("exec bash --norc --noprofile -i", width: 80, height: 24, environment: environment)
            pid = session.serverPID
            #expect(pid > 0)
            #expect(kill(pid, 0) == 0)
        }
        usleep(100_000)
        // Gone, or a zombie waiting for init to reap it (tmux daemonises): not running.
        let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.split(separator: ")").last?
            .split(separator: " ").first.map(String.init)
        #expect(state == nil || state == "Z", "the tmux server \(pid) outlived its session (state \(state ?? "?"))")
    }

    @Test func ctrlZSuspendsAndFgRestoresTheScreen() throws {
        let shell = environment.merging(["PS1": "tdkt-test$ "]) { $1 }
        let session = try TmuxSession("exec bash --norc --noprofile -i", width: 80, height: 24, environment: shell)
        #expect(try session.waitFor("tdkt-test$"))
        try session.type("'\(tdkt)' --store '\(store)'")
        try session.press("Enter")
        #expect(try session.waitFor("Chào mừng đến với tdkt"))
        try session.press("Right", "Enter")
        try session.type("3")
        #expect(try session.waitFor("Không có hồ sơ nào đang chờ xử lý"))
        try session.press("C-z")
        #expect(try session.waitFor("Stopped"), "\(session.lastScreen)")
        try session.type("fg")
        try session.press("Enter")
        #expect(try session.waitFor("Không có hồ sơ nào đang chờ xử lý"), "\(session.lastScreen)")
        #expect(!session.lastScreen.contains("Stopped"))
        try session.press("F10")
        try session.type("echo \"EXIT=$?\"")
        try session.press("Enter")
        #expect(try session.waitFor("EXIT=0"), "\(session.lastScreen)")
    }

    @Test func typingWithTheBuiltInTelexShowsVietnamese() throws {
        let session = try TmuxSession(deskCommand(), width: 80, height: 24, environment: environment)
        #expect(try session.waitFor("Chào mừng đến với tdkt"))
        try session.press("Right", "Enter")
        try session.type("1")
        #expect(try session.waitFor("Đề nghị khen thưởng mới"))
        try session.press("Enter", "Enter", "C-t")
        #expect(try session.waitFor("Gõ: Telex"))
        try session.type("Nguyeenx")
        try session.press("Tab")
        try session.type("Thij Hoongf")
        try session.press("Tab")
        try session.type("Nhung")
        // The keys arrive faster than the desk draws: wait for the last word before looking.
        #expect(try session.waitFor("Nhung"), "\(session.lastScreen)")
        #expect(session.lastScreen.contains("Nguyễn"), "\(session.lastScreen)")
        #expect(session.lastScreen.contains("Thị Hồng"), "\(session.lastScreen)")
        try session.press("C-t")
        #expect(try session.waitFor("Gõ: tắt"))
        try session.press("F10")
        #expect(try session.waitFor("Thoát tdkt?"))
        try session.press("Right", "Enter")
        #expect(try session.waitFor("EXIT=0"))
    }

    @Test func aResizeStormWhileTypingLosesNothing() throws {
        let session = try TmuxSession(deskCommand(), width: 100, height: 30, environment: environment)
        #expect(try session.waitFor("Chào mừng đến với tdkt"))
        try session.press("Right", "Enter")
        try session.type("1")
        #expect(try session.waitFor("Đề nghị khen thưởng mới"))
        try session.press("Enter", "Enter")
        let sizes = [(60, 20), (120, 40), (80, 24), (79, 23), (200, 50), (81, 25), (100, 30)]
        for (index, letter) in "Phạm".enumerated() {
            let (width, height) = sizes[index % sizes.count]
            try session.resize(width, height)
            try session.type(String(letter))
        }
        for (width, height) in sizes { try session.resize(width, height) }
        try session.resize(100, 30)
        #expect(try session.waitFor("Phạm"), "\(session.lastScreen)")
        #expect(session.lastScreen.contains("Họ *"))
        try session.press("F10")
        #expect(try session.waitFor("Thoát tdkt?"))
        try session.press("Right", "Enter")
        #expect(try session.waitFor("EXIT=0"))
    }

    @Test(arguments: ["TERM", "HUP"])
    func aSignalRestoresTheTerminalAndKeepsWhatWasSaved(signal: String) throws {
        // The inner shell prints its process id and becomes tdkt (exec), in the foreground.
        let pidFile = folder + "/tdkt.pid"
        let command = "sh -c 'echo $$ > \"\(pidFile)\"; exec \"\(tdkt)\" --store \"\(store)\"'; echo \"EXIT=$?\"; "
            + "stty -a | tr ' ' '\\n' | grep -x -- '-*echo' | sed 's/^/MODE=/'; sleep 60"
        let session = try TmuxSession(command, width: 80, height: 24, environment: environment)
        #expect(try session.waitFor("Chào mừng đến với tdkt"))
        let pid = try #require(Int32((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
        try session.press("Enter")  // load the demo ward (saved)
        #expect(try session.waitFor("Đã nạp dữ liệu mẫu"))
        try session.type("1")
        #expect(try session.waitFor("Đề nghị khen thưởng mới"))
        kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
        #expect(try session.waitFor("EXIT="), "\(session.lastScreen)")
        #expect(try session.waitFor("MODE="))
        #expect(session.lastScreen.contains("MODE=echo"), "\(session.lastScreen)")
        // What was saved before the signal is there.
        let pending = try runCommand([tdkt, "pending", "--store", store, "--format", "json"])
        #expect(pending.status == 0)
        #expect(pending.output.contains("\"count\" : 13"))
    }

    @Test func theLinuxConsoleAndNoColorWork() throws {
        var plain = environment
        plain["TERM"] = "linux"
        plain["NO_COLOR"] = "1"
        let session = try TmuxSession("TERM=linux " + deskCommand(), width: 80, height: 24, environment: plain)
        #expect(try session.waitFor("Chào mừng đến với tdkt"), "\(session.lastScreen)")
        try session.press("Right", "Enter")
        #expect(try session.waitFor("Trình đơn chính"))
        try session.type("3")
        #expect(try session.waitFor("Khen thưởng chờ xử lý"))
        try session.press("F10")
        #expect(try session.waitFor("EXIT=0"))
    }
}
