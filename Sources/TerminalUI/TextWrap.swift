import VietnameseText

/// Word wrapping by display width.
public enum TextWrap {
    /// Splits `text` into lines no wider than `width` columns, breaking at spaces; a word wider
    /// than the line is cut with "…".
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if candidate.displayWidth <= width {
                line = candidate
            } else {
                if !line.isEmpty { result.append(line) }
                line = word.displayWidth <= width ? word : word.truncated(toWidth: width)
            }
        }
        if !line.isEmpty || result.isEmpty { result.append(line) }
        return result
    }
}
