import CNcursesw
import TerminalUI
import Testing
@testable import CursesTerminal

/// The table of key sequences and the scanner that drops unknown ones, without a terminal.
extension CursesTerminalTests {
    @Test func everyTableKeyTranslatesBackFromItsCode() {
        for sequence in KeySequences.all {
            let code = KeyTranslation.code(for: sequence.key)
            let outcome = KeyTranslation.event(status: KEY_CODE_YES, code: UInt32(code))
            if let key = sequence.key {
                #expect(outcome == .key(key), "\(sequence.afterEscape.debugDescription) (\(sequence.sentBy))")
            } else {
                #expect(outcome == .ignored, "\(sequence.afterEscape.debugDescription) (\(sequence.sentBy))")
            }
        }
    }

    @Test func privateKeyCodesStayClearOfNcursesOwn() {
        // ncurses numbers a terminal's extended keys from KEY_MAX + 1 upward (about 80 for xterm)
        // and keeps codes in 16 bits.
        let codes = KeySequences.all.map { KeyTranslation.code(for: $0.key) }.filter { $0 > KEY_MAX }
        #expect(!codes.isEmpty)
        for code in codes {
            #expect(code >= 0x1000 && code <= 0x1FFF, "code \(code)")
        }
        #expect(KeyTranslation.code(for: .character("7")) == 0x1037)
        #expect(KeyTranslation.code(for: .character("ễ")) == KeyTranslation.unusedKey)
        #expect(KeyTranslation.code(for: .function(13)) == KeyTranslation.unusedKey)
    }

    @Test func theTableHasEachSequenceOnceAndNoneInsideAnother() {
        let all = KeySequences.all.map(\.bytes)
        #expect(Set(all).count == all.count)
        for a in all {
            for b in all where a != b {
                // define_key refuses a sequence that begins another.
                #expect(!b.hasPrefix(a), "\(a.debugDescription) begins \(b.debugDescription)")
            }
        }
    }

    @Test func theIssueSequencesAreInTheTable() {
        let keys = Dictionary(KeySequences.all.map { ($0.afterEscape, $0.key) }, uniquingKeysWith: { a, _ in a })
        #expect(keys["[1~"] == .home)  // PuTTY Home
        #expect(keys["[4~"] == .end)  // PuTTY End
        #expect(keys["[11~"] == .function(1))  // PuTTY F1
        #expect(keys["[7~"] == .home)  // rxvt Home
        #expect(keys["[8~"] == .end)  // rxvt End
        #expect(keys["[[A"] == .function(1))  // Linux console F1
        #expect(keys["OP"] == .function(1))  // xterm F1
        #expect(keys["OH"] == .home && keys["[H"] == .home)  // xterm Home, both cursor modes
    }

    /// Feeds `afterEscape` to a scanner; the steps it answered, one per character.
    private func scan(_ afterEscape: String) -> [EscapeSequenceScanner.Step] {
        var scanner = EscapeSequenceScanner()
        return afterEscape.unicodeScalars.map { scanner.feed($0.value) }
    }

    private func endsAtItsLastCharacter(_ afterEscape: String) -> Bool {
        let steps = scan(afterEscape)
        return steps.last == .complete && steps.dropLast().allSatisfy { $0 == .more }
    }

    @Test func theScannerEndsEveryTableSequenceWhereItEnds() {
        for sequence in KeySequences.all {
            if sequence.afterEscape.hasSuffix("$") {
                // rxvt's Shift keys end in an intermediate byte: ECMA-48 would read on, which is
                // why they are in the table.
                #expect(scan(sequence.afterEscape).allSatisfy { $0 == .more }, "\(sequence.afterEscape)")
            } else {
                #expect(endsAtItsLastCharacter(sequence.afterEscape), "\(sequence.afterEscape.debugDescription)")
            }
        }
    }

    @Test func theScannerEndsUnknownSequencesAtTheirFinalByte() {
        let unknown = [
            "[99~",  // a key no table has
            "[1;5A", "[1;2P", "[15;6~", "[3;3~",  // xterm modifiers
            "[200~", "[201~",  // bracketed paste markers
            "[<0;10;5M", "[<64;1;1m",  // SGR mouse
            "[?1;2c",  // a device attributes reply
            "[5^", "[2@", "[a",  // rxvt Ctrl / Ctrl-Shift / Shift keys
            "[[Z",  // Linux console style, a letter past F5
            "O5A", "O2R", "Oa", "O~",  // SS3 with an old xterm's modifier, rxvt Ctrl-↑
            "[M !!",  // X10 mouse report: three raw bytes after M
            "[ q",  // an intermediate byte before the final
        ]
        for sequence in unknown {
            #expect(endsAtItsLastCharacter(sequence), "\(sequence.debugDescription): \(scan(sequence))")
        }
    }

    @Test func theScannerStopsAtWhatCannotBelongToTheSequence() {
        #expect(scan("[1\r") == [.more, .more, .malformed])  // a control character
        #expect(scan("[1\u{1B}") == [.more, .more, .malformed])  // the next ESC
        #expect(scan("[$1") == [.more, .more, .malformed])  // a parameter after an intermediate
        #expect(scan("O\u{7F}") == [.more, .malformed])  // DEL
        #expect(scan("[ễ") == [.more, .malformed])  // not ASCII
        #expect(scan("x") == [.malformed])  // not CSI or SS3
        #expect(scan("[A") == [.more, .complete])
        // After its end, nothing more belongs to it.
        var scanner = EscapeSequenceScanner()
        _ = scanner.feed(0x4F)
        #expect(scanner.feed(0x50) == .complete)
        #expect(scanner.feed(0x50) == .malformed)
        #expect(EscapeSequenceScanner.introduces(0x5B) && EscapeSequenceScanner.introduces(0x4F))
        #expect(!EscapeSequenceScanner.introduces(0x78))
    }
}
