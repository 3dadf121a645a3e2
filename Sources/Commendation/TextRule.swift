import VietnameseText

/// What a text field of tdkt may hold: no control characters or bidirectional overrides, and
/// at most so many characters. Every name and text read from the clerk, a CSV file or an
/// exchange file is checked against its rule before it can reach the store.
///
/// Lengths are counted in Unicode scalars of the NFC text: one per Vietnamese letter, whatever
/// its marks; a run of stray combining marks counts each mark.
public struct TextRule: Sendable, Hashable {
    /// Longest text accepted.
    public var maxLength: Int
    /// Whether line breaks and tabs inside the text are read as spaces (free notes, which a
    /// spreadsheet cell may hold on several lines) instead of being refused.
    public var linesJoined: Bool

    /// A rule of `maxLength` characters.
    public init(maxLength: Int, linesJoined: Bool = false) {
        self.maxLength = maxLength
        self.linesJoined = linesJoined
    }

    /// Họ, đệm or tên: 100 characters each.
    public static let namePart = TextRule(maxLength: 100)
    /// The name of a collective, household or residential group, or a whole person's name
    /// written in one column: 200.
    public static let name = TextRule(maxLength: 200)
    /// A position, a unit's name: 200.
    public static let position = TextRule(maxLength: 200)
    /// A movement's name: 300.
    public static let movement = TextRule(maxLength: 300)
    /// A free note, a reason: 2 000, lines joined.
    public static let note = TextRule(maxLength: 2_000, linesJoined: true)
    /// Ids and codes (nominee and nomination ids, initiative and research ids, award codes,
    /// citizen IDs and phone numbers as written): 64.
    public static let identifier = TextRule(maxLength: 64)

    /// `text` as it is kept: NFC, ends trimmed; for a rule that joins lines, every run of
    /// whitespace holding a line break or tab made one space.
    public func normalised(_ text: String) -> String {
        var kept = text.nfcTrimmed
        if linesJoined, kept.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            kept = kept.split(whereSeparator: { $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == " " })
                .joined(separator: " ")
        }
        return kept
    }

    /// `text` as it is kept (`normalised`) and what is wrong with that, if anything
    /// (`problem(in:)`); a plain text no longer than the limit (`isPlainNFC`) is told in one
    /// pass over its bytes, as every name and code of an exchange file is read.
    public func keeping(_ text: String) -> (kept: String, problem: TextProblem?) {
        if text.utf8.count <= maxLength, text.isPlainNFC { return (text, nil) }
        let kept = normalised(text)
        return (kept, problem(in: kept))
    }

    /// What is wrong with `text` (as `normalised` gives it), if anything: a control character
    /// (the first, with its place), or its length past the limit.
    public func problem(in text: String) -> TextProblem? {
        if let control = text.firstTextControl { return .control(control) }
        // A text of no more bytes than the limit has no more scalars either.
        if text.utf8.count > maxLength {
            let length = text.nfc.unicodeScalars.count
            if length > maxLength { return .tooLong(length: length, limit: maxLength) }
        }
        return nil
    }
}

/// Why a text cannot be kept.
public enum TextProblem: Sendable, Hashable {
    /// It holds a control character or a bidirectional override.
    case control(TextControl)
    /// It is `length` characters long, more than `limit`.
    case tooLong(length: Int, limit: Int)

    /// What to tell the clerk: "có ký tự điều khiển U+001B (ESC) ở ký tự thứ 5".
    public var message: LocalizedText {
        switch self {
        case .control(let control):
            let name = control.scalar.codePointName + control.scalar.controlName.map { " (\($0))" }.orEmpty
            return LocalizedText(vi: "có ký tự điều khiển \(name) ở ký tự thứ \(control.column) (không được có trong tên và văn bản)",
                                 en: "holds the control character \(name) at character \(control.column) (not allowed in names and text)")
        case .tooLong(let length, let limit):
            return LocalizedText(vi: "dài \(length) ký tự, quá giới hạn \(limit) ký tự", en: "is \(length) characters long, over the limit of \(limit)")
        }
    }
}

private extension Optional where Wrapped == String {
    var orEmpty: String { self ?? "" }
}
