import Commendation
import VietnameseText

/// How wide a table's columns should be, in characters: wide enough for their longest cell up
/// to a cap (longer text wraps), for the longest word of their header, and never below their
/// `minWidth` (a "Ký nhận" column is empty but needs room to sign).
enum ColumnFit {
    /// The widest a column is made before its text wraps.
    static let cap = 36

    /// Each column's width in characters.
    static func characters(_ table: PaperTable) -> [Int] {
        table.columns.indices.map { index in
            let column = table.columns[index]
            let headerWord = column.header.split(separator: " ").map { String($0).displayWidth }.max() ?? 1
            let longest = table.rows.map { table.text($0, index).displayWidth }.max() ?? 0
            return max(column.minWidth, headerWord, min(longest, cap))
        }
    }

    /// Each column's share of `total`, proportional to its width in characters (plus room for
    /// the cell's padding), the rounding left to the widest column so that they add up.
    static func split(_ table: PaperTable, total: Int) -> [Int] {
        let weights = characters(table).map { Double($0 + 2) }
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return [] }
        var widths = weights.map { Int(Double(total) * $0 / sum) }
        if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
            widths[widest] += total - widths.reduce(0, +)
        }
        return widths
    }
}
