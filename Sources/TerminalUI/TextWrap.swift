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

    /// Joins `items` with `separator` into lines no wider than `width`, breaking only between
    /// items, so that "chờ QĐ 68" never ends one line as "chờ" and starts the next as "QĐ 68";
    /// the separator is left out where a line breaks. An item wider than a line is wrapped on
    /// its own by `lines(_:width:)`.
    ///
    ///     TextWrap.lines(items: ["quá hạn 3", "nháp 7", "đã trình 0"], separator: " · ", width: 20)
    ///     // ["quá hạn 3 · nháp 7", "đã trình 0"]
    public static func lines(items: [String], separator: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        var line = ""
        for item in items {
            let candidate = line.isEmpty ? item : line + separator + item
            if candidate.displayWidth <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { result.append(line) }
            line = ""
            if item.displayWidth <= width {
                line = item
            } else {
                let pieces = lines(item, width: width)
                result += pieces.dropLast()
                line = pieces.last ?? ""
            }
        }
        if !line.isEmpty || result.isEmpty { result.append(line) }
        return result
    }
}
