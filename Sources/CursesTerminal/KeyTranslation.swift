import CNcursesw
import TerminalUI

/// Turns what `wget_wch` reports into toolkit events. Pure: no ncurses state is read or
/// changed here, so every mapping can be tested without a terminal.
enum KeyTranslation {
    /// What one `wget_wch` result means.
    enum Outcome: Hashable, Sendable {
        /// A key the toolkit knows.
        case key(KeyEvent)
        /// The terminal changed size (ncurses has already resized `stdscr`).
        case resize
        /// ESC arrived: a look at the next character decides between Esc and Alt-c.
        case escape
        /// A mouse event is waiting (`getmouse` tells what).
        case mouse
        /// Nothing the toolkit handles (mouse, unmapped key codes, stray controls): read again.
        case ignored
        /// `wget_wch` failed: interrupted (check errno) or input closed.
        case failed
    }

    /// What the character read right after an ESC means.
    enum EscapeFollower: Hashable, Sendable {
        /// ESC then a printable character: Alt (Meta) plus that character.
        case alt(Character)
        /// ESC on its own: nothing followed at once.
        case escapeAlone
        /// ESC followed by something that is not Alt-able (a key code, a control character):
        /// report Esc and put the follower back to be read next.
        case escapeThenPushBack
    }

    /// Translates a `wget_wch` result: `status` is its return value (`OK`, `KEY_CODE_YES`
    /// or `ERR`), `code` the character or key code it stored.
    static func event(status: Int32, code: UInt32) -> Outcome {
        switch status {
        case KEY_CODE_YES:
            return keyCode(Int32(truncatingIfNeeded: code))
        case OK:
            return character(code)
        default:
            return .failed
        }
    }

    /// Decides what an ESC means from the non-blocking read that followed it.
    static func afterEscape(status: Int32, code: UInt32) -> EscapeFollower {
        switch status {
        case OK:
            if let scalar = Unicode.Scalar(code), isPrintable(scalar) {
                return .alt(Character(scalar))
            }
            return .escapeThenPushBack
        case KEY_CODE_YES:
            return .escapeThenPushBack
        default:
            return .escapeAlone
        }
    }

    /// Whether a scalar typed at the keyboard is text (anything but C0, DEL and C1 controls).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory != .control
    }

    /// The codes tdkt gives ncurses (`define_key`) for sequences without a code of their own, in
    /// 0x1000–0x1FFF: above `KEY_MAX` and the codes ncurses numbers itself for a terminal's
    /// extended keys just above it, below 65 536 (ncurses keeps key codes in 16 bits).
    /// A key that types an ASCII character (the keypad's digits) is this plus the character.
    static let typingKeyBase: Int32 = 0x1000
    /// A key tdkt has no use for: read whole, then dropped.
    static let unusedKey: Int32 = 0x1FFF

    /// The code to register for a key of `KeySequences` (nil: a key tdkt drops); `event`
    /// turns it back into the same key.
    static func code(for key: KeyEvent?) -> Int32 {
        switch key {
        case .up?: return KEY_UP
        case .down?: return KEY_DOWN
        case .left?: return KEY_LEFT
        case .right?: return KEY_RIGHT
        case .home?: return KEY_HOME
        case .end?: return KEY_END
        case .pageUp?: return KEY_PPAGE
        case .pageDown?: return KEY_NPAGE
        case .insert?: return KEY_IC
        case .delete?: return KEY_DC
        case .backTab?: return KEY_BTAB
        case .enter?: return KEY_ENTER
        case .backspace?: return KEY_BACKSPACE
        case .function(let n)? where (1...12).contains(n): return tdkt_key_f(Int32(n))
        case .character(let c)?:
            guard let ascii = c.asciiValue, ascii >= 0x20, ascii < 0x7F else { return unusedKey }
            return typingKeyBase + Int32(ascii)
        default:
            return unusedKey
        }
    }

    /// Function and editing keys decoded by ncurses' keypad mode.
    private static func keyCode(_ code: Int32) -> Outcome {
        switch code {
        case KEY_MOUSE: return .mouse
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_IC: return .key(.insert)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_RESIZE: return .resize
        case typingKeyBase + 0x20..<typingKeyBase + 0x7F:
            return .key(.character(Character(Unicode.Scalar(UInt8(code - typingKeyBase)))))
        default:
            let f1 = tdkt_key_f(1)
            if code >= f1, code <= tdkt_key_f(12) {
                return .key(.function(Int(code - f1) + 1))
            }
            return .ignored
        }
    }

    /// A character as typed: controls become named keys, the rest is text.
    private static func character(_ code: UInt32) -> Outcome {
        switch code {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x7F, 0x08: return .key(.backspace)
        case 0x1B: return .escape
        case 0x01...0x1A:
            // 0x01 is Ctrl-A … 0x1A is Ctrl-Z.
            let letter = Character(Unicode.Scalar(UInt8(0x60 + code)))
            return .key(.control(letter))
        default:
            guard let scalar = Unicode.Scalar(code), isPrintable(scalar) else { return .ignored }
            // A combining mark arrives as a scalar of its own; the text field joins it to
            // the letter before it.
            return .key(.character(Character(scalar)))
        }
    }
}
