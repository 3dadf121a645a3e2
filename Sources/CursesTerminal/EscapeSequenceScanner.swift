/// Finds where an escape sequence that ncurses did not recognise ends, so that the whole of it
/// can be dropped instead of typed into a field. Pure: fed one character at a time.
///
/// The rules are ECMA-48's (§5.4): after CSI (ESC [) come parameter bytes 0x30–0x3F, then
/// intermediate bytes 0x20–0x2F, then one final byte 0x40–0x7E. After SS3 (ESC O) comes one
/// final byte, with modifier digits before it in old xterms (ESC O 5 A). Two exceptions: the
/// Linux console's F1–F5 are ESC [ [ A … E, one byte longer than ECMA-48 says; an X10 mouse
/// report, ESC [ M, carries three raw bytes after its final M.
struct EscapeSequenceScanner: Sendable {
    /// What the character just fed means.
    enum Step: Equatable, Sendable {
        /// The sequence goes on: feed the next character.
        case more
        /// That character ended the sequence.
        case complete
        /// That character cannot belong to the sequence: the sequence ended before it, and it is
        /// input of its own (to be read again).
        case malformed
    }

    private enum State {
        /// Nothing yet: the character after ESC.
        case start
        /// After ESC [.
        case csiStart
        /// Among a CSI's parameter bytes.
        case csiParameters
        /// Among a CSI's intermediate bytes.
        case csiIntermediates
        /// After ESC [ [ (Linux console F1–F5).
        case linuxFunctionKey
        /// After ESC [ M: this many raw bytes to go.
        case mouseReport(Int)
        /// After ESC O.
        case ss3
        /// Done.
        case finished
    }

    private var state = State.start

    /// Whether `character`, read right after ESC, begins a sequence this scanner follows
    /// (CSI or SS3).
    static func introduces(_ character: UInt32) -> Bool {
        character == 0x5B || character == 0x4F  // [ O
    }

    /// Feeds the next character of the sequence; the first is the one after ESC (`[` or `O`).
    mutating func feed(_ character: UInt32) -> Step {
        let parameter = (0x30...0x3F).contains(character)
        let intermediate = (0x20...0x2F).contains(character)
        let final = (0x40...0x7E).contains(character)
        switch state {
        case .start:
            switch character {
            case 0x5B: state = .csiStart
            case 0x4F: state = .ss3
            default: return finish(.malformed)
            }
            return .more
        case .csiStart:
            if character == 0x5B {  // [
                state = .linuxFunctionKey
                return .more
            }
            if character == 0x4D {  // M
                state = .mouseReport(3)
                return .more
            }
            return csi(parameter: parameter, intermediate: intermediate, final: final)
        case .csiParameters:
            return csi(parameter: parameter, intermediate: intermediate, final: final)
        case .csiIntermediates:
            if intermediate { return .more }
            return finish(final ? .complete : .malformed)
        case .linuxFunctionKey:
            return finish(final ? .complete : .malformed)
        case .mouseReport(let left):
            if left > 1 {
                state = .mouseReport(left - 1)
                return .more
            }
            return finish(.complete)
        case .ss3:
            if parameter { return .more }
            return finish(final ? .complete : .malformed)
        case .finished:
            return .malformed
        }
    }

    private mutating func csi(parameter: Bool, intermediate: Bool, final: Bool) -> Step {
        if parameter {
            state = .csiParameters
            return .more
        }
        if intermediate {
            state = .csiIntermediates
            return .more
        }
        return finish(final ? .complete : .malformed)
    }

    private mutating func finish(_ step: Step) -> Step {
        state = .finished
        return step
    }
}
