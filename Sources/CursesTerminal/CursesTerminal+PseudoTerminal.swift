#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import TerminalUI

/// A pseudo-terminal for measuring what the backend writes: ncurses draws on its slave side,
/// the measurer reads every byte from its master side.
public final class MeasuringPseudoTerminal {
    /// The master side, non-blocking: what ncurses wrote can be read here.
    public let master: Int32
    /// The ncurses terminal drawing on the slave side.
    public let terminal: CursesTerminal
    private let slaveFile: UnsafeMutablePointer<FILE>
    private let inputFile: UnsafeMutablePointer<FILE>

    /// Opens a pty of `size` and an `xterm-256color` CursesTerminal on it (input from /dev/null).
    public init(size: Size) throws {
        master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw CursesTerminal.OpenError.unknownTerminal("pty")
        }
        let slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw CursesTerminal.OpenError.unknownTerminal("pty") }
        var window = winsize(ws_row: UInt16(size.height), ws_col: UInt16(size.width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &window)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        guard let output = fdopen(slave, "w"), let input = fopen("/dev/null", "re") else {
            throw CursesTerminal.OpenError.unknownTerminal("pty")
        }
        slaveFile = output
        inputFile = input
        terminal = try CursesTerminal(termType: "xterm-256color", input: input, output: output)
    }

    deinit {
        terminal.shutdown()
        fclose(slaveFile)
        fclose(inputFile)
        close(master)
    }

    /// Reads and counts everything written since the last call.
    public func drain() -> Int {
        var total = 0
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            total += count
        }
        return total
    }
}
