#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Testing
@testable import CursesTerminal

/// Runs `body` with a real ncurses screen of type `termType` that reads from `input`
/// (/dev/null when nil) and writes to /dev/null, 80×24 whatever LINES/COLUMNS say. Shuts the
/// terminal down (`endwin` + `delscreen`) and closes the files afterwards.
func withTerminal(
    _ termType: String = "xterm-256color",
    input: UnsafeMutablePointer<FILE>? = nil,
    _ body: (CursesTerminal) throws -> Void
) throws {
    // Size from terminfo (80×24), not from the environment of whoever runs the tests.
    use_env(false)
    use_tioctl(false)
    let output = try #require(fopen("/dev/null", "we"))
    defer { fclose(output) }
    try withTerminal(termType, input: input, output: output, body)
}

/// Runs `body` with a real ncurses screen of type `termType` on a pseudo-terminal: reading
/// what is typed on `pty`, writing to it, its size (80×24) from the pty — for terminal types
/// whose terminfo entry gives no size (linux).
func withTerminal(_ termType: String, on pty: PseudoTerminal, _ body: (CursesTerminal) throws -> Void) throws {
    // The size from the pty (ioctl), not from LINES/COLUMNS.
    use_env(false)
    use_tioctl(true)
    defer { use_tioctl(false) }
    try withTerminal(termType, input: pty.input, output: pty.output, body)
}

private func withTerminal(
    _ termType: String,
    input: UnsafeMutablePointer<FILE>?,
    output: UnsafeMutablePointer<FILE>,
    _ body: (CursesTerminal) throws -> Void
) throws {
    let nullInput = input == nil ? fopen("/dev/null", "re") : nil
    defer { if let nullInput { fclose(nullInput) } }
    let reader = try #require(input ?? nullInput)
    let terminal = try CursesTerminal(termType: termType, input: reader, output: output)
    defer { terminal.shutdown() }
    try body(terminal)
}

/// A pseudo-terminal whose slave side, in raw mode, is the input of a test terminal; bytes
/// written to the master arrive as if typed.
final class PseudoTerminal {
    /// The master side: what the test writes, the "keyboard".
    let master: Int32
    /// The slave side opened as a `FILE` for ncurses to read.
    let input: UnsafeMutablePointer<FILE>
    /// The slave side opened as a `FILE` for ncurses to write (80×24); what it writes is
    /// discarded.
    let output: UnsafeMutablePointer<FILE>
    private var masterOpen = true

    init() throws {
        master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)  // not inherited by programs other tests spawn
        try #require(master >= 0)
        try #require(grantpt(master) == 0)
        try #require(unlockpt(master) == 0)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        let name = String(cString: try #require(ptsname(master)))
        let slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)
        try #require(slave >= 0)
        var settings = termios()
        tcgetattr(slave, &settings)
        cfmakeraw(&settings)
        tcsetattr(slave, TCSANOW, &settings)
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        input = try #require(fdopen(slave, "r"))
        output = try #require(fdopen(dup(slave), "w"))
    }

    /// Types `text` (its UTF-8 bytes) at the keyboard, after throwing away what the terminal
    /// wrote so far (so that its writes never fill the pty and block).
    func type(_ text: String) {
        var discard = [UInt8](repeating: 0, count: 4096)
        while read(master, &discard, discard.count) > 0 {}
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Closes the keyboard side: reads on the slave fail from now on.
    func hangUp() {
        if masterOpen {
            close(master)
            masterOpen = false
        }
    }

    deinit {
        hangUp()
        fclose(input)
        fclose(output)
    }
}
