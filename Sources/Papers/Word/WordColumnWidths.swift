import Commendation

/// The widths of a table's columns on the page, measured in Times New Roman: each column at
/// least as wide as its longest word (13 pt, bold in the header and in totals) so that no word
/// is cut — "STT", "2.840.000" —, the rest of the width shared in proportion to how much more
/// each column's longest text would need to stand on one line (up to 70 mm), then evenly.
enum WordColumnWidths {
    /// Points of the table's text.
    static let points = 13.0
    /// The widest a column is made for its text to stand on one line (70 mm); longer text wraps.
    static let cap = 3969
    /// Text up to 40 mm long is given its line first, before longer text gets more.
    static let short = 2268

    /// Each column's width in twips; together `total`.
    static func split(_ table: PaperTable, total: Int) -> [Int] {
        let padding = 2 * WordTables.padding + 40
        var minimum: [Int] = [], natural: [Int] = []
        for (index, column) in table.columns.enumerated() {
            var widest = words(column.header).map { TimesMetrics.width($0, points: points, bold: true) }.max() ?? 0
            var longest = 0
            for row in table.rows {
                let text = table.text(row, index)
                widest = max(widest, words(text).map { TimesMetrics.width($0, points: points, bold: row.emphasized) }.max() ?? 0)
                longest = max(longest, TimesMetrics.width(text, points: points, bold: row.emphasized))
            }
            let floor = TimesMetrics.width(String(repeating: "n", count: column.minWidth), points: points)
            minimum.append(max(widest, floor) + padding)
            natural.append(min(max(longest, floor) + padding, max(cap, max(widest, floor) + padding)))
        }
        let least = minimum.reduce(0, +)
        guard least < total else {
            // Too many columns for the page: shrink every one alike.
            return scaled(minimum, to: total)
        }
        // First every column up to its text or 40 mm, then the long ones up to their text.
        var widths = minimum
        for limit in [natural.indices.map { min(natural[$0], max(minimum[$0], short)) }, natural] {
            let wanted = zip(limit, widths).map { max(0, $0 - $1) }
            let more = wanted.reduce(0, +), spare = total - widths.reduce(0, +)
            guard more > 0, spare > 0 else { continue }
            widths = widths.indices.map { widths[$0] + min(wanted[$0], Int(Double(spare) * Double(wanted[$0]) / Double(more))) }
        }
        // What is left when every column stands on one line goes to the widest text columns.
        var left = total - widths.reduce(0, +)
        if left > 0 {
            let share = left / max(1, widths.count)
            widths = widths.map { $0 + share }
            left = total - widths.reduce(0, +)
            if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) { widths[widest] += left }
        }
        return widths
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    private static func scaled(_ widths: [Int], to total: Int) -> [Int] {
        let sum = max(1, widths.reduce(0, +))
        var out = widths.map { $0 * total / sum }
        if let last = out.indices.last { out[last] += total - out.reduce(0, +) }
        return out
    }
}
