/// A table as CSV: the header row and the rows that are not emphasized.
extension PaperTable {
    /// The header row and the rows that are not emphasized, as CSV.
    public func csv() -> String {
        CSVText.document([columns.map(\.header)] + rows.filter { !$0.emphasized }.map { row in
            columns.indices.map { text(row, $0) }
        })
    }
}
