/// Keeps one window of rows fetched from the store, so that drawing a page costs one query
/// and moving within it costs none.
struct WindowCache<Row> {
    private(set) var start = 0
    private(set) var rows: [Row] = []
    /// Rows fetched per query beyond what is asked, so that small moves stay in the window.
    let margin: Int

    /// A window reading `margin` rows beyond each side of what is asked.
    init(margin: Int = 32) {
        self.margin = margin
    }

    /// The rows of `range`, fetching `range` widened by the margin when it is not all cached.
    mutating func rows(in range: Range<Int>, fetch: (Int, Int) -> [Row]) -> ArraySlice<Row> {
        if range.lowerBound < start || range.upperBound > start + rows.count {
            // No margin before the first row: what would be read there does not exist.
            start = max(0, range.lowerBound - margin)
            rows = fetch(start, range.upperBound + margin - start)
        }
        let lower = max(0, range.lowerBound - start)
        let upper = min(rows.count, range.upperBound - start)
        return lower < upper ? rows[lower..<upper] : []
    }

    /// Forgets the cached rows (the data or the filter changed).
    mutating func invalidate() {
        start = 0
        rows = []
    }
}
