/// Text that is not JSON: where (line, column in characters, byte in the line) and what was
/// wrong there. Every error of `JSONParser` has a place.
public struct JSONSyntaxError: Error, Sendable, Hashable {
    /// Line of the error, from 1.
    public let line: Int
    /// Column of the error, in characters, from 1.
    public let column: Int
    /// Byte of the error within its line, from 1 (for a byte that is not UTF-8, the only
    /// honest column).
    public let byte: Int
    /// What was wrong, in Vietnamese and English.
    public let reason: LocalizedText

    /// An error at `position`.
    public init(position: JSONPosition, reason: LocalizedText) {
        line = position.line
        column = position.column
        byte = position.byte
        self.reason = reason
    }

    /// The reason in English (the parser's own words).
    public var detail: String { reason.en }

    /// "dòng 4, cột 34" / "line 4, column 34", with the byte when it differs from the column.
    public func place(_ language: Language) -> String {
        let vi = language == .vi
        var text = vi ? "dòng \(line), cột \(column)" : "line \(line), column \(column)"
        if byte != column { text += vi ? " (byte \(byte) của dòng)" : " (byte \(byte) of the line)" }
        return text
    }
}
