#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalUI
import Testing
@testable import CursesTerminal

extension CursesTerminalTests {
    /// What ncurses actually sends to the terminal: the bytes written to a temporary file.
    final class CapturedOutput {
        let file: UnsafeMutablePointer<FILE>
        private var consumed = 0

        init() throws {
            file = try #require(tmpfile())
        }

        /// The bytes written since the last call.
        func newBytes() -> [UInt8] {
            fflush(file)
            let fd = fileno(file)
            let total = Int(lseek(fd, 0, SEEK_END))
            var bytes = [UInt8](repeating: 0, count: total - consumed)
            let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(consumed)) }
            consumed = total
            return Array(bytes.prefix(max(0, count)))
        }

        deinit { fclose(file) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard !n.isEmpty, haystack.count >= n.count else { return false }
        return (0...(haystack.count - n.count)).contains { Array(haystack[$0..<($0 + n.count)]) == n }
    }

    @Test func terminalReceivesUTF8AndOnlyTheChanges() throws {
        use_env(false)
        let captured = try CapturedOutput()
        let input = try #require(fopen("/dev/null", "re"))
        defer { fclose(input) }
        let terminal = try CursesTerminal(termType: "xterm-256color", input: input, output: captured.file)
        defer { terminal.shutdown() }
        _ = captured.newBytes()  // initialisation

        var buffer = ScreenBuffer(size: Size(width: 80, height: 24))
        buffer.put("Nguyễn Thị Hồng Nhung", at: Point(x: 3, y: 2))
        buffer.put("漢字", at: Point(x: 3, y: 4))
        terminal.present(buffer)
        let first = captured.newBytes()
        #expect(Self.contains(first, "Nguyễn Thị Hồng Nhung"))
        #expect(Self.contains(first, "漢字"))

        // One letter changed: a few bytes, no clear-screen, the new letter in UTF-8.
        buffer.put("Ngọc", at: Point(x: 3, y: 2))
        terminal.present(buffer)
        let second = captured.newBytes()
        #expect(Self.contains(second, "ọc"))
        #expect(!Self.contains(second, "Nguyễn"))
        #expect(!Self.contains(second, "\u{1B}[2J"))
        #expect(second.count < 40)

        // After invalidate, ncurses clears and repaints everything.
        terminal.invalidate()
        terminal.present(buffer)
        let third = captured.newBytes()
        #expect(Self.contains(third, "\u{1B}[2J"))
        #expect(Self.contains(third, "Ngọcễn Thị Hồng Nhung"))
    }
}
