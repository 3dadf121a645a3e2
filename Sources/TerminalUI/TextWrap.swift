import VietnameseText

/// Word wrapping by display width.
public enum TextWrap {
    /// Splits `text` into lines no wider than `width` columns, breaking at spaces; a word wider
    /// than the line (a file's path) is broken across lines, never cut (only a glyph wider
    /// than the whole line is left out).
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if candidate.displayWidth <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { result.append(line) }
            line = ""
            // A word wider than a line: as much of it as fits on each line.
            var piece = ""
            for character in word where DisplayWidth.of(character) <= width {
                if !piece.isEmpty, (piece + String(character)).displayWidth > width {
                    result.append(piece)
                    piece = ""
                }
                piece.append(character)
            }
            line = piece.displayWidth <= width ? piece : ""
        }
        if !line.isEmpty || result.isEmpty { result.append(line) }
        return result
    }
}
