import Testing
@testable import VietnameseText

/// Text for a terminal: controls and overrides escaped, layout kept.
@Suite struct TerminalTextTests {
    @Test func controlsAreEscaped() {
        #expect(TerminalText.escaped("Lan\u{1B}]0;pwned\u{7}") == "Lan\\x1b]0;pwned\\x07")
        #expect(TerminalText.escaped("A\u{9B}2JB\u{0}C\u{7F}") == "A\\x9b2JB\\x00C\\x7f")
        #expect(TerminalText.escaped("Trần\u{202E}gnàuH\u{2066}x\u{2069}") == "Trần\\u{202e}gnàuH\\u{2066}x\\u{2069}")
        #expect(TerminalText.escaped("a\rb") == "a\\x0db")
    }

    @Test func layoutIsKept() {
        let table = "Tên\tNăm\r\nNguyễn Văn An\t2025\nLê Thị Ba\t2026\n"
        #expect(TerminalText.escaped(table) == table)
        #expect(TerminalText.escaped("") == "")
        #expect(TerminalText.escaped("a\u{200E}b «c»") == "a\u{200E}b «c»")
    }

    @Test func jsonEscapesReadBackAsTheSameString() {
        #expect(TerminalText.escaped("{\"name\": \"Lan\u{9B}x\u{202E}\"}", style: .json) == "{\"name\": \"Lan\\u009bx\\u202e\"}")
        #expect(TerminalText.escape("\u{1B}", style: .json) == "\\u001b")
    }
}
