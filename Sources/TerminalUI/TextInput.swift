import VietnameseText

/// The contents of a one-line text field: NFC text and a cursor counted in graphemes, so that
/// one Backspace removes one letter with all its marks.
///
/// Two kinds of typing are handled beyond plain letters:
/// - the built-in Telex / VNI (`handle(_:composer:)`): the word before the cursor is recomposed
///   from the keys typed for it, so that tones and marks land where they belong;
/// - input methods that type decomposed text and correct it by Backspace-and-retype: marks
///   typed as separate code points are taken back one by one by Backspace, so that nothing is
///   left doubled and no letter is eaten.
public struct TextInput: Hashable, Sendable {
    /// The text, always NFC.
    public private(set) var text: String
    /// The insertion point, in graphemes from the start.
    public private(set) var cursor: Int
    /// Longest text accepted, in graphemes; nil for no limit.
    public var maxLength: Int?
    /// The word the built-in input method is composing: where it starts, where it ends (the
    /// cursor, while composing goes on) and the keys typed for it.
    private var composition: Composition?
    /// Combining marks typed as their own code points right before the cursor (an input
    /// method in decomposed mode), in the order typed; Backspace takes them back one at a
    /// time, last typed first.
    private var typedMarks: [Unicode.Scalar] = []

    private struct Composition: Hashable, Sendable {
        var start: Int
        var end: Int
        var keys: String
        /// True when the keys began as those of a word already in the text (not typed now).
        var continuesExistingWord = false
    }

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
        composition = nil
        typedMarks = []
    }

    /// Inserts `typed` at the cursor. A combining mark joins the letter before it; the result
    /// is recomposed to NFC and the cursor stays after what was typed. Control characters and
    /// bidirectional overrides (a paste can carry them) are left out: a field never holds them.
    public mutating func insert(_ typed: String) {
        var typed = typed
        if typed.unicodeScalars.contains(where: \.isTextControl) {
            typed = String(String.UnicodeScalarView(typed.unicodeScalars.filter { !$0.isTextControl }))
            if typed.isEmpty { return }
        }
        let prefix = String(text.prefix(cursor))
        let suffix = String(text.dropFirst(cursor))
        let newPrefix = (prefix + typed).nfc
        let combined = (newPrefix + suffix).nfc
        if let maxLength, combined.count > maxLength { return }
        text = combined
        cursor = min(newPrefix.count, text.count)
    }

    /// Handles an editing key; returns true when the key was for the field. With a
    /// `composer`, letters (and VNI digits) go through the built-in input method.
    public mutating func handle(_ key: KeyEvent, composer: VietnameseComposer? = nil) -> Bool {
        if case .character(let c) = key {
            type(c, composer: composer)
            return true
        }
        composition = nil
        var marks = typedMarks
        typedMarks = []
        switch key {
        case .backspace:
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            if let mark = marks.popLast() {
                // Take back the last mark typed (Unicode may have reordered the marks), not
                // the whole letter.
                var scalars = Array(String(text[index]).nfd.unicodeScalars)
                if scalars.count > 1, let position = scalars.lastIndex(of: mark), position > 0 {
                    scalars.remove(at: position)
                    var letter = String.UnicodeScalarView()
                    letter.append(contentsOf: scalars)
                    text.replaceSubrange(index...index, with: String(letter).nfc)
                    typedMarks = marks
                    return true
                }
            }
            text.remove(at: index)
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

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private mutating func type(_ c: Character, composer: VietnameseComposer?) {
        if c.unicodeScalars.contains(where: \.isTextControl) { return }
        if c.unicodeScalars.allSatisfy(Self.isMark) {
            composition = nil
            let before = text
            insert(String(c))
            if text != before { typedMarks += c.unicodeScalars }
            return
        }
        typedMarks = []
        let characters = Array(text)
        let wordStarted = cursor > 0 && characters[cursor - 1].isLetter
        guard let composer, composer.isWordKey(c, wordStarted: wordStarted || composition?.end == cursor) else {
            composition = nil
            insert(String(c))
            return
        }
        var current: Composition
        if let composition, composition.end == cursor {
            current = composition
        } else {
            var start = cursor
            while start > 0, characters[start - 1].isLetter || (composer.kind == .vni && characters[start - 1].isNumber) { start -= 1 }
            let word = String(characters[start..<cursor])
            if let keys = composer.keys(for: word), !keys.isEmpty {
                current = Composition(start: start, end: cursor, keys: keys, continuesExistingWord: true)
            } else {
                current = Composition(start: cursor, end: cursor, keys: "")
            }
        }
        current.keys.append(c)
        guard let composed = composer.composition(current.keys) else {
            if current.continuesExistingWord {
                // The existing word and this key cannot make a Vietnamese word: keep the word
                // as it is and put the key after it (never turn the word back into keys).
                composition = nil
                insert(String(c))
                return
            }
            replaceWord(from: current, with: current.keys, characters: characters)
            return
        }
        replaceWord(from: current, with: composed, characters: characters)
    }

    private mutating func replaceWord(from composing: Composition, with word: String, characters: [Character]) {
        var current = composing
        let prefix = String(characters[0..<current.start])
        let suffix = String(characters[cursor...])
        let combined = (prefix + word + suffix).nfc
        if let maxLength, combined.count > maxLength { return }
        text = combined
        cursor = min(text.count, current.start + word.count)
        current.end = cursor
        composition = current
    }

    /// The part of the text to show in `width` columns so that the cursor is visible, and the
    /// cursor's column within it. Text hidden before the first column shows as "…" there, and
    /// text hidden after the last as "…" in the last column (unless the cursor stands on it):
    /// a field never looks whole when it is not.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let characters = Array(text)
        func columns(_ from: Int, _ to: Int) -> Int {
            characters[from..<to].reduce(0) { $0 + DisplayWidth.of($1) }
        }
        // Scrolled: one column goes to the "…" that says so.
        var start = 0
        while columns(start, cursor) > width - 1 - (start > 0 ? 1 : 0) { start += 1 }
        let lead = start > 0 ? "…" : ""
        let room = width - lead.count
        var shown: [Character] = []
        var used = 0
        var end = start
        while end < characters.count, used + DisplayWidth.of(characters[end]) <= room {
            used += DisplayWidth.of(characters[end])
            shown.append(characters[end])
            end += 1
        }
        let cursorColumn = lead.count + columns(start, cursor)
        // Cut on the right: the last column says so, when it is not where the cursor stands.
        if end < characters.count {
            var trimmed = shown, trimmedUsed = used
            while let last = trimmed.last, trimmedUsed + 1 > room {
                trimmed.removeLast()
                trimmedUsed -= DisplayWidth.of(last)
            }
            if lead.count + trimmedUsed > cursorColumn {
                return (lead + String(trimmed) + "…", cursorColumn)
            }
        }
        return (lead + String(shown), cursorColumn)
    }
}
