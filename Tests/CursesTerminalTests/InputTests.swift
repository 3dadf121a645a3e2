import TerminalUI
import Testing
@testable import CursesTerminal

extension CursesTerminalTests {
    @Test func closedInputEndsTheEvents() throws {
        try withTerminal { terminal in
            #expect(terminal.nextEvent() == nil)
        }
    }

    @Test func keysTypedOnAPseudoTerminal() throws {
        let pty = try PseudoTerminal()
        try withTerminal(input: pty.input) { terminal in
            let cases: [(String, TerminalEvent)] = [
                ("ễ", .key(.character("ễ"))),
                ("Đ", .key(.character("Đ"))),
                ("\u{1B}x", .key(.alt("x"))),
                ("\u{1B}", .key(.escape)),
                ("\u{1B}OA", .key(.up)),  // xterm-256color kcuu1
                ("\u{1B}OQ", .key(.function(2))),  // kf2
                ("\u{1B}[Z", .key(.backTab)),  // kcbt
                ("\u{1B}[3~", .key(.delete)),  // kdch1
                ("\u{7F}", .key(.backspace)),
                ("\u{08}", .key(.backspace)),
                ("\u{03}", .key(.control("c"))),
                ("\u{1A}", .key(.control("z"))),
                ("\r", .key(.enter)),
                ("\t", .key(.tab)),
            ]
            for (typed, expected) in cases {
                pty.type(typed)
                #expect(terminal.nextEvent() == expected, "typed \(typed.debugDescription)")
            }
            // Escape followed by an arrow: Esc, then the arrow (pushed back, not lost).
            pty.type("\u{1B}\u{1B}OB")
            #expect(terminal.nextEvent() == .key(.escape))
            #expect(terminal.nextEvent() == .key(.down))

            pty.hangUp()
            #expect(terminal.nextEvent() == nil)
        }
    }
}
