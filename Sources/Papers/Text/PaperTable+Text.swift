import Commendation
import VietnameseText

/// A table drawn as text two ways: a plain-text grid sized by display width and a Markdown
/// pipe table (CSV: `PaperTable+CSV`).
extension PaperTable {
    // MARK: Plain text

    /// Column widths for a grid at most `maxWidth` columns wide: the natural widths when
    /// they fit, otherwise the widest columns narrowed one column at a time down to their
    /// minimum (or their longest word, if that is wider and still fits).
    func widths(maxWidth: Int) -> [Int] {
        let available = maxWidth - (3 * columns.count + 1)
        var widths = columns.indices.map { index in
            ([columns[index].header] + rows.map { text($0, index) }).map(\.displayWidth).max() ?? 1
        }
        let floors = columns.indices.map { index -> Int in
            let longestWord = ([columns[index].header] + rows.map { text($0, index) })
                .flatMap { $0.split(separator: " ") }.map { String($0).displayWidth }.max() ?? 1
            return min(widths[index], max(columns[index].minWidth, min(longestWord, 16)))
        }
        while widths.reduce(0, +) > available {
            guard let widest = columns.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] }) else {
                break
            }
            widths[widest] -= 1
        }
        return widths
    }

    /// The grid, cells wrapped at spaces within their column.
    ///
    ///     +-----+------------------+
    ///     | STT | Họ và tên        |
    ///     +-----+------------------+
    ///     |  1  | Nguyễn Thị Hồng  |
    ///     |     | Nhung            |
    ///     +-----+------------------+
    func plainLines(maxWidth: Int) -> [String] {
        let widths = widths(maxWidth: maxWidth)
        let border = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+"
        var lines = [border]
        func draw(_ cells: [String], header: Bool) {
            let wrapped = columns.indices.map { TextLayout.wrap(index(cells, $0), width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            for line in 0..<height {
                let parts = columns.indices.map { column -> String in
                    let text = line < wrapped[column].count ? wrapped[column][line] : ""
                    let alignment = header ? .center : columns[column].alignment
                    switch alignment {
                    case .left: return TextLayout.leftAligned(text, width: widths[column])
                    case .center: return TextLayout.centeredCell(text, width: widths[column])
                    case .right: return TextLayout.rightAligned(text, width: widths[column])
                    }
                }
                lines.append("| " + parts.joined(separator: " | ") + " |")
            }
            lines.append(border)
        }
        draw(columns.map(\.header), header: true)
        for row in rows { draw(row.cells.map(\.text), header: false) }
        return lines
    }

    private func index(_ cells: [String], _ index: Int) -> String {
        index < cells.count ? cells[index] : ""
    }

    // MARK: Markdown

    /// A pipe table, cells escaped and padded to their display width so that the source
    /// lines up in a fixed-width font.
    func markdownLines() -> [String] {
        let header = columns.map { MarkdownText.escaped($0.header) }
        let body = rows.map { row in
            columns.indices.map { index -> String in
                let text = text(row, index)
                return row.emphasized && !text.isEmpty ? MarkdownText.render(TextRun(text, .bold)) : MarkdownText.escaped(text)
            }
        }
        let widths = columns.indices.map { index in
            max(3, ([header[index]] + body.map { $0[index] }).map(\.displayWidth).max() ?? 3)
        }
        func line(_ cells: [String]) -> String {
            "| " + columns.indices.map { index -> String in
                columns[index].alignment == .right
                    ? TextLayout.rightAligned(cells[index], width: widths[index])
                    : TextLayout.leftAligned(cells[index], width: widths[index])
            }.joined(separator: " | ") + " |"
        }
        let rule = "|" + columns.indices.map { index -> String in
            let dashes = String(repeating: "-", count: widths[index])
            switch columns[index].alignment {
            case .left: return ":" + dashes + " "
            case .center: return ":" + dashes + ":"
            case .right: return " " + dashes + ":"
            }
        }.joined(separator: "|") + "|"
        return [line(header), rule] + body.map(line)
    }
}
