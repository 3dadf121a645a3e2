import Commendation
import VietnameseText

/// Writes the blocks of a `Paper` in Markdown or plain text, one after the other. In Markdown every
/// block is its own paragraph (a blank line between them, list items and table rows kept
/// together); in plain text blocks follow each other and `gap()` leaves a blank line.
struct DocumentWriter {
    /// The page width of plain text.
    static let width = 80
    /// The width of the left header column in plain text (the right one takes the rest).
    static let leftColumn = 36

    let markdown: Bool
    private(set) var lines: [String] = []
    private var lastBlockIsListItem = false

    init(format: DocumentFormat) {
        markdown = format == .markdown
    }

    /// The document: lines joined by LF, ending with one LF, in NFC.
    var text: String {
        var lines = lines
        while lines.last == "" { lines.removeLast() }
        return (lines.joined(separator: "\n") + "\n").nfc
    }

    // MARK: Blocks

    /// Starts a Markdown block (a blank line after the previous one).
    private mutating func beginBlock(listItem: Bool = false) {
        if markdown, !lines.isEmpty, lines.last != "", !(listItem && lastBlockIsListItem) {
            lines.append("")
        }
        lastBlockIsListItem = listItem
    }

    /// A blank line in plain text (Markdown separates blocks anyway).
    mutating func gap() {
        if !markdown, lines.last != "" { lines.append("") }
        lastBlockIsListItem = false
    }

    /// A paragraph; plain text wraps it with a first-line indent of `indent` columns.
    mutating func paragraph(_ runs: [TextRun], indent: Int = 4) {
        beginBlock()
        if markdown {
            lines.append(MarkdownText.render(runs))
        } else {
            lines += TextLayout.wrap(runs.map(\.text).joined(), width: Self.width, firstIndent: indent)
        }
    }

    /// A centered line (a title); in Markdown a paragraph of its own.
    mutating func centered(_ runs: [TextRun]) {
        beginBlock()
        if markdown {
            lines.append(MarkdownText.render(runs))
        } else {
            lines += TextLayout.wrap(runs.map(\.text).joined(), width: Self.width).map {
                TextLayout.centered($0, width: Self.width)
            }
        }
    }

    /// A short rule under a title (plain text only).
    mutating func titleRule(_ length: Int = 16) {
        if !markdown { lines.append(TextLayout.centered(TextLayout.rule(length), width: Self.width)) }
    }

    /// A list item: "1." or "-" then the text; plain text hangs the wrapped lines under the
    /// text. In Markdown consecutive items form one list.
    mutating func item(_ marker: String, _ runs: [TextRun], indent: Int = 4) {
        beginBlock(listItem: true)
        if markdown {
            lines.append(marker + " " + MarkdownText.render(runs))
        } else {
            let prefix = String(repeating: " ", count: indent) + marker + " "
            var wrapped = TextLayout.wrap(runs.map(\.text).joined(), width: Self.width - prefix.displayWidth)
            wrapped = wrapped.enumerated().map { offset, line in
                offset == 0 ? prefix + line : String(repeating: " ", count: prefix.displayWidth) + line
            }
            lines += wrapped.map(TextLayout.trimmingTrailingSpaces)
        }
    }

    /// A table.
    mutating func table(_ table: PaperTable) {
        beginBlock()
        lines += markdown ? table.markdownLines() : table.plainLines(maxWidth: Self.width)
    }

    /// Two columns of styled lines side by side: centered halves in plain text (the left one
    /// `leftWidth` wide), a two-column pipe table in Markdown whose first row is the header.
    mutating func columns(left: [TextRun], right: [TextRun], leftWidth: Int = Self.leftColumn,
                          leftAlignment: PaperTable.Alignment = .center) {
        beginBlock()
        let rows = max(left.count, right.count)
        let l = left + Array(repeating: TextRun(""), count: rows - left.count)
        let r = right + Array(repeating: TextRun(""), count: rows - right.count)
        if markdown {
            let cellsL = l.map(MarkdownText.render), cellsR = r.map(MarkdownText.render)
            let widthL = max(3, cellsL.map(\.displayWidth).max() ?? 3)
            let widthR = max(3, cellsR.map(\.displayWidth).max() ?? 3)
            for row in 0..<rows {
                lines.append(TextLayout.trimmingTrailingSpaces(
                    "| " + TextLayout.leftAligned(cellsL[row], width: widthL) + " | "
                        + TextLayout.leftAligned(cellsR[row], width: widthR) + " |"))
                if row == 0 {
                    let leftRule = leftAlignment == .left ? ":" + String(repeating: "-", count: widthL) + " "
                        : ":" + String(repeating: "-", count: widthL) + ":"
                    lines.append("|" + leftRule + "|:" + String(repeating: "-", count: widthR) + ":|")
                }
            }
        } else {
            let rightWidth = Self.width - leftWidth
            let leftLines = l.flatMap { TextLayout.wrap($0.text, width: leftWidth - 1, indent: $0.text.hasPrefix("- ") ? 2 : 0) }
            let rightLines = r.flatMap { TextLayout.wrap($0.text, width: rightWidth) }
            for row in 0..<max(leftLines.count, rightLines.count) {
                let text = row < leftLines.count ? leftLines[row] : ""
                let cell = leftAlignment == .left ? TextLayout.leftAligned(text, width: leftWidth)
                    : TextLayout.centeredCell(text, width: leftWidth)
                let right = row < rightLines.count ? TextLayout.centered(rightLines[row], width: rightWidth) : ""
                lines.append(TextLayout.trimmingTrailingSpaces(cell + right))
            }
        }
    }

    /// Lines added as they are (already laid out).
    mutating func raw(_ more: [String]) {
        beginBlock()
        lines += more
    }
}
