import Foundation
import VietnameseText

/// Everything the commands write to standard output and standard error goes through here, so
/// that text from the store or from a file can never send a control sequence to the terminal:
/// `TerminalText.escaped` shows ESC, BEL, C1 controls and bidirectional overrides as `\x1b`,
/// `\u{202e}` (in JSON as `\u001b`, which reads back as the same string), whatever the
/// command and whether or not the output is a terminal (a file written with `>` is read with
/// `cat` later).
enum TerminalOutput {
    /// Text for people on standard output, as it is (no line end added).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.escaped(text).utf8))
    }

    /// A line for people on standard output.
    static func line(_ text: String) {
        write(text + "\n")
    }

    /// JSON on standard output, followed by a line end.
    static func json(_ text: String) {
        FileHandle.standardOutput.write(Data((TerminalText.escaped(text, style: .json) + "\n").utf8))
    }

    /// Text for people on standard error, as it is (no line end added).
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(TerminalText.escaped(text).utf8))
    }

    /// A carriage return on standard error, to write a progress line over the last one.
    static func returnToLineStart() {
        FileHandle.standardError.write(Data("\r".utf8))
    }
}
