import TerminalUI
import Testing
@testable import CursesTerminal

/// Key sequences typed on a pseudo-terminal into real ncurses, under terminal types whose
/// terminfo entries know different sequences: whatever TERM says, every sequence of the table
/// is its key, and an unknown one is dropped whole.
extension CursesTerminalTests {
    /// The terminal types checked: xterm (what PuTTY announces) and the Linux console first.
    static let keySequenceTermTypes = ["xterm", "linux", "xterm-256color", "rxvt", "screen", "tmux-256color", "vt220"]

    /// Types `bytes` then "z": the events read until the "z" (at most a few), the "z" left out.
    private func eventsBeforeMarker(_ bytes: String, _ pty: PseudoTerminal, _ terminal: CursesTerminal) -> [TerminalEvent?] {
        pty.type(bytes + "z")
        var events: [TerminalEvent?] = []
        for _ in 0..<8 {
            let event = terminal.nextEvent()
            if event == .key(.character("z")) || event == nil { break }
            events.append(event)
        }
        return events
    }

    @Test(arguments: keySequenceTermTypes)
    func ncursesTakesEveryTableSequence(termType: String) throws {
        let pty = try PseudoTerminal()
        try withTerminal(termType, on: pty) { terminal in
            #expect(terminal.refusedKeySequences.map(\.afterEscape) == [])
        }
    }

    @Test(arguments: keySequenceTermTypes)
    func everyTableSequenceIsItsKey(termType: String) throws {
        let pty = try PseudoTerminal()
        try withTerminal(termType, on: pty) { terminal in
            for sequence in KeySequences.all {
                let events = eventsBeforeMarker(sequence.bytes, pty, terminal)
                // Exactly the key, and nothing of the sequence left over before the next key.
                let expected: [TerminalEvent?] = sequence.key.map { [.key($0)] } ?? []
                #expect(events == expected, "\(termType): ESC \(sequence.afterEscape) (\(sequence.sentBy))")
            }
        }
    }

    @Test(arguments: keySequenceTermTypes)
    func unknownSequencesAreDroppedWhole(termType: String) throws {
        let pty = try PseudoTerminal()
        try withTerminal(termType, on: pty) { terminal in
            for afterEscape in [
                "[99~", "[1;5A", "[1;2P", "[15;6~", "[3;5~", "[200~", "[<0;10;5M", "[?1;2c", "[5^", "[2@", "[a", "[[Z",
                "O5A", "O2R", "Oa", "[ q",
                // Mouse reports with the mouse off (another program left tracking on), SGR and X10.
                "[<0;10;5M", "[<64;1;1m", "[M !!",
            ] {
                let events = eventsBeforeMarker("\u{1B}" + afterEscape, pty, terminal)
                #expect(events == [], "\(termType): ESC \(afterEscape)")
            }
        }
    }

    @Test(arguments: ["xterm", "linux"])
    func keysAroundSequencesSurvive(termType: String) throws {
        let pty = try PseudoTerminal()
        try withTerminal(termType, on: pty) { terminal in
            // The issue: PuTTY's Home, End and F1 with TERM=xterm, between letters.
            pty.type("a\u{1B}[1~b\u{1B}[4~c\u{1B}[11~d")
            var events: [TerminalEvent?] = []
            for _ in 0..<7 { events.append(terminal.nextEvent()) }
            #expect(events == [
                .key(.character("a")), .key(.home), .key(.character("b")), .key(.end), .key(.character("c")),
                .key(.function(1)), .key(.character("d")),
            ])
            // An unknown sequence cut short by the next ESC: dropped, and the next key is read.
            #expect(eventsBeforeMarker("\u{1B}[1;5\u{1B}[4~", pty, terminal) == [.key(.end)])
            // Alt-[ and Alt-O on their own are keys, as is Alt-[ before a control character.
            pty.type("\u{1B}[")
            #expect(terminal.nextEvent() == .key(.alt("[")))
            pty.type("\u{1B}O")
            #expect(terminal.nextEvent() == .key(.alt("O")))
            pty.type("\u{1B}[\r")
            #expect(terminal.nextEvent() == .key(.alt("[")))
            #expect(terminal.nextEvent() == .key(.enter))
            // Alt-x and Esc as before.
            #expect(eventsBeforeMarker("\u{1B}x", pty, terminal) == [.key(.alt("x"))])
            pty.type("\u{1B}")
            #expect(terminal.nextEvent() == .key(.escape))
        }
    }
}
