import VietnameseText

/// The contents of a one-line text field: NFC text and a cursor counted in graphemes, so that
/// one Backspace removes one letter with all its marks.
public struct TextInput: Hashable, Sendable {
    /// The text, always NFC.
    public private(set) var text: String
    /// The insertion point, in graphemes from the start.
    public private(set) var cursor: Int
    /// Longest text accepted, in graphemes; nil for no limit.
    public var maxLength: Int?

    /// A field holding `text`, the cursor at its end.
    public init(_ text: String = "", maxLength: Int? = nil) {
        self.text = text.nfc
        self.cursor = self.text.count
        self.maxLength = maxLength
    }

    /// Replaces the text, cursor at the end.
    public mutating func set(_ newText: String) {
        text = newText.nfc
        cursor = text.count
    }

    /// Inserts `typed` at the cursor. A combining mark joins the letter before it; the result
    /// is recomposed to NFC and the cursor stays after what was typed.
    public mutating func insert(_ typed: String) {
        let prefix = String(text.prefix(cursor))
        let suffix = String(text.dropFirst(cursor))
        let newPrefix = (prefix + typed).nfc
        let combined = (newPrefix + suffix).nfc
        if let maxLength, combined.count > maxLength { return }
        text = combined
        cursor = min(newPrefix.count, text.count)
    }

    /// Handles an editing key; returns true when the key was for the field.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .character(let c):
            insert(String(c))
        case .backspace:
            guard cursor > 0 else { return true }
            let start = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: start)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(text.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .control("u"):
            text.removeFirst(cursor)
            cursor = 0
        case .control("k"):
            text = String(text.prefix(cursor))
        default:
            return false
        }
        return true
    }

    /// The part of the text to show in `width` columns so that the cursor is visible, and the
    /// cursor's column within it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        let characters = Array(text)
        func columns(_ from: Int, _ to: Int) -> Int {
            characters[from..<to].reduce(0) { $0 + DisplayWidth.of($1) }
        }
        while columns(start, cursor) > width - 1 { start += 1 }
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            shown.append(character)
            used += w
        }
        return (shown, columns(start, cursor))
    }
}
