import TerminalUI

/// A table's records made into cells only when they are drawn: a list of tens of thousands of
/// nominations keeps its records, and a frame formats the screenful it shows.
final class LazyRows<Record>: TableDataSource {
    /// The records, one per row.
    var records: [Record] = []
    /// The cells of one record.
    var cells: (Record) -> [TableCell]

    init(cells: @escaping (Record) -> [TableCell]) {
        self.cells = cells
    }

    var rowCount: Int { records.count }
    func rows(in range: Range<Int>) -> [[TableCell]] { records[range.clamped(to: 0..<records.count)].map(cells) }
}
