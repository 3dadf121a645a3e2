/// What the import's report dialog shows of a dry run's report, taken a line at a time so that
/// a report of any length is never held (`LargeImport`): the whole report when it fits in
/// `shown` lines and its totals; otherwise its errors first ("LỖI" / "ERROR"), then its first
/// rows, as many as `shown` in all, then a line saying how many are left out, then its last
/// line that is not an error (the totals).
struct ImportReportDigest {
    let shown: Int
    /// How many lines were added.
    private(set) var count = 0
    /// The first lines, in order (the whole report when it is short).
    private var head: [String] = []
    /// The first `shown` errors.
    private var errors: [String] = []
    /// The first `shown` lines that are not errors, but for the last of them (`last`).
    private var rows: [String] = []
    /// The last line that is not an error.
    private var last: String?

    init(shown: Int) {
        self.shown = shown
    }

    /// The digest of a whole report.
    init(shown: Int, lines: [String]) {
        self.init(shown: shown)
        lines.forEach { add($0) }
    }

    mutating func add(_ line: String) {
        count += 1
        if head.count <= shown { head.append(line) }
        if line.contains("LỖI") || line.contains("ERROR") {
            if errors.count < shown { errors.append(line) }
            return
        }
        if let previous = last, rows.count < shown { rows.append(previous) }
        last = line
    }

    /// The lines to show; `more` words the count of the lines left out.
    func lines(more: (Int) -> String) -> [String] {
        guard count > shown + 1 else { return head }
        return Array((errors + rows).prefix(shown)) + [more(count - shown - 1), last ?? ""]
    }
}
