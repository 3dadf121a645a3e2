import Commendation
import Foundation
import VietnameseText

/// Line-level helpers, all measuring with display width (combining marks take no column).
enum TextLayout {
    /// `text` centered in `width` columns (left padding only; the line is not padded on the
    /// right). Text wider than `width` is returned unchanged.
    static func centered(_ text: String, width: Int) -> String {
        let missing = width - text.displayWidth
        return missing > 1 ? String(repeating: " ", count: missing / 2) + text : text
    }

    /// `text` centered in exactly `width` columns, padded on both sides.
    static func centeredCell(_ text: String, width: Int) -> String {
        let missing = max(0, width - text.displayWidth)
        return String(repeating: " ", count: missing / 2) + text + String(repeating: " ", count: missing - missing / 2)
    }

    /// `text` right-aligned in `width` columns.
    static func rightAligned(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.displayWidth)) + text
    }

    /// `text` left-aligned and padded to `width` columns (never truncated).
    static func leftAligned(_ text: String, width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.displayWidth))
    }

    /// Wraps `text` at spaces into lines of at most `width` columns. The first line starts
    /// with `firstIndent` spaces, the others with `indent`; a word wider than the room is cut
    /// between grapheme clusters. An empty text gives one empty (indented) line.
    static func wrap(_ text: String, width: Int, firstIndent: Int = 0, indent: Int = 0) -> [String] {
        var lines: [String] = []
        var current = String(repeating: " ", count: firstIndent)
        var currentWidth = firstIndent
        var lineHasWord = false
        func room() -> Int { max(1, width - (lines.isEmpty ? firstIndent : indent)) }
        func newLine() {
            lines.append(current)
            current = String(repeating: " ", count: indent)
            currentWidth = indent
            lineHasWord = false
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let wordWidth = word.displayWidth
            if lineHasWord, currentWidth + 1 + wordWidth > width {
                newLine()
            }
            if wordWidth > room() {
                // Cut a word that cannot fit on any line.
                for character in word {
                    let characterWidth = DisplayWidth.of(character)
                    if lineHasWord, currentWidth + characterWidth > width {
                        newLine()
                    }
                    current.append(character)
                    currentWidth += characterWidth
                    lineHasWord = true
                }
                continue
            }
            if lineHasWord {
                current.append(" ")
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
            lineHasWord = true
        }
        lines.append(current)
        return lines.map(trimmingTrailingSpaces)
    }

    /// The line without spaces at its end.
    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Two columns side by side: each line of `left` centered in `leftWidth` columns, each
    /// line of `right` centered in the remaining `rightWidth` columns, top-aligned. Lines too
    /// wide for their column are wrapped first.
    static func sideBySide(left: [String], right: [String], leftWidth: Int, rightWidth: Int) -> [String] {
        let leftLines = left.flatMap { wrap($0, width: leftWidth) }
        let rightLines = right.flatMap { wrap($0, width: rightWidth) }
        return (0..<max(leftLines.count, rightLines.count)).map { row in
            let l = row < leftLines.count ? centeredCell(leftLines[row], width: leftWidth) : String(repeating: " ", count: leftWidth)
            let r = row < rightLines.count ? centered(rightLines[row], width: rightWidth) : ""
            return trimmingTrailingSpaces(l + r)
        }
    }

    /// A short rule of `length` columns ("────────").
    static func rule(_ length: Int) -> String { String(repeating: "─", count: max(1, length)) }
}

/// Markdown escaping and emphasis.
enum MarkdownText {
    /// Characters that could start emphasis, code, links, HTML or break a table cell.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|"]

    /// `text` with Markdown's special characters escaped by a backslash.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A run, escaped and emphasised; spaces at its ends stay outside the markers so that
    /// the emphasis is recognised.
    static func render(_ run: TextRun) -> String {
        let marker: String
        switch run.style {
        case .normal: return escaped(run.text)
        case .bold: marker = "**"
        case .italic: marker = "*"
        case .boldItalic: marker = "***"
        }
        let core = run.text.trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty else { return run.text }
        let leading = run.text.prefix { $0 == " " }
        let trailing = String(run.text.reversed().prefix { $0 == " " })
        return leading + marker + escaped(core) + marker + trailing
    }

    /// Runs rendered one after another.
    static func render(_ runs: [TextRun]) -> String { runs.map(render).joined() }
}
