import TerminalUI

/// Rows held in memory for a table over a short list (a session's agenda, the council's
/// members): the screen sets `rows` whenever it reloads.
final class StaticRows: TableDataSource {
    /// The rows, each a cell per column.
    var rows: [[TableCell]] = []
    var rowCount: Int { rows.count }
    func rows(in range: Range<Int>) -> [[TableCell]] { Array(rows[range.clamped(to: 0..<rows.count)]) }
}
