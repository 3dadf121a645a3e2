/// A key as the toolkit sees it, whatever the terminal sent.
public enum KeyEvent: Hashable, Sendable {
    /// A printable grapheme (letters, digits, punctuation, space), NFC.
    case character(Character)
    /// Ctrl plus a letter, given in lower case: `.control("c")` is Ctrl-C.
    case control(Character)
    /// Alt (Meta) plus a printable character.
    case alt(Character)
    /// F1…F12.
    case function(Int)
    /// Arrow keys and the editing block.
    case up, down, left, right, home, end, pageUp, pageDown, insert, delete
    /// Enter / Return.
    case enter
    /// Tab and Shift-Tab.
    case tab, backTab
    /// Backspace, whether the terminal sends DEL (0x7F), BS (0x08) or a key code.
    case backspace
    /// Escape on its own.
    case escape

    /// The name shown to people in the status bar and help: "F2", "Ctrl-C", "Esc", "↑".
    public var displayName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        case .alt(let c): return "Alt-" + String(c)
        case .function(let n): return "F\(n)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .insert: return "Ins"
        case .delete: return "Del"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .escape: return "Esc"
        }
    }

    /// Parses a display name back into a key ("F10", "Ctrl-L", "Shift-Tab", "Esc", "/").
    /// Case-insensitive for named keys. Returns nil for anything else.
    public init?(name: String) {
        let n = name.trimmingSpaces
        let lower = n.lowercased()
        let named: [String: KeyEvent] = [
            "up": .up, "↑": .up, "down": .down, "↓": .down, "left": .left, "←": .left,
            "right": .right, "→": .right, "home": .home, "end": .end, "pgup": .pageUp,
            "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "ins": .insert,
            "insert": .insert, "del": .delete, "delete": .delete, "enter": .enter,
            "return": .enter, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
            "backspace": .backspace, "esc": .escape, "escape": .escape, "space": .character(" "),
        ]
        if let key = named[lower] {
            self = key
        } else if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
        } else if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isASCII, c.isLetter {
            self = .control(c)
        } else if lower.hasPrefix("alt-"), n.count == 5, let c = n.last {
            self = .alt(c)
        } else if n.count == 1, let c = n.first {
            self = .character(c)
        } else {
            return nil
        }
    }

    /// True for keys that type text into a field.
    public var isPrintable: Bool {
        if case .character = self { return true }
        return false
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
