#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Testing
@testable import CursesTerminal

/// Runs `body` with a real ncurses screen of type `termType` that writes to /dev/null and
/// reads from `input` (/dev/null when nil), 80×24 whatever LINES/COLUMNS say. Shuts the
/// terminal down (`endwin` + `delscreen`) and closes the files afterwards.
func withTerminal(
    _ termType: String = "xterm-256color",
    input: UnsafeMutablePointer<FILE>? = nil,
    _ body: (CursesTerminal) throws -> Void
) throws {
    // Size from terminfo (80×24), not from the environment of whoever runs the tests.
    use_env(false)
    let output = try #require(fopen("/dev/null", "we"))
    defer { fclose(output) }
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
    private var masterOpen = true

    init() throws {
        master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)  // not inherited by programs other tests spawn
        try #require(master >= 0)
        try #require(grantpt(master) == 0)
        try #require(unlockpt(master) == 0)
        let name = String(cString: try #require(ptsname(master)))
        let slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)
        try #require(slave >= 0)
        var settings = termios()
        tcgetattr(slave, &settings)
        cfmakeraw(&settings)
        tcsetattr(slave, TCSANOW, &settings)
        input = try #require(fdopen(slave, "r"))
    }

    /// Types `text` (its UTF-8 bytes) at the keyboard.
    func type(_ text: String) {
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
    }
}
