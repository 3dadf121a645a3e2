import WardServices
import Commendation
import TerminalUI

/// The rows of the pending review: each group that has nominations as a heading, then (unless
/// folded) its nominations, read from the store a window at a time. Only the counts are known
/// for the whole list; a frame reads the screenful it draws.
final class PendingRows: TableDataSource {
    /// A row: a group's heading or a nomination.
    enum Row {
        case heading(PendingGroup, count: Int)
        case item(PendingAwards.Item)
    }

    /// One group's place in the list.
    private struct Segment {
        var group: PendingGroup
        var count: Int
        /// Row of the heading.
        var start: Int
        var folded: Bool
        /// Rows it takes, the heading included.
        var length: Int { folded ? 1 : 1 + count }
    }

    private var segments: [Segment] = []
    private var windows: [PendingGroup: WindowCache<PendingAwards.Item>] = [:]
    /// Reads `limit` nominations of a group from `offset`.
    var fetch: (PendingGroup, Int, Int) -> [PendingAwards.Item] = { _, _, _ in [] }
    /// The cells of one row.
    var cells: (Row) -> [TableCell]

    init(cells: @escaping (Row) -> [TableCell]) {
        self.cells = cells
    }

    /// Lays the list out again from the groups' counts (in reading order; groups without
    /// nominations are left out) and forgets every window read.
    func layout(counts: [PendingGroup: Int], folded: Set<PendingGroup>) {
        segments = []
        var start = 0
        for group in PendingGroup.allCases {
            guard let count = counts[group], count > 0 else { continue }
            let segment = Segment(group: group, count: count, start: start, folded: folded.contains(group))
            segments.append(segment)
            start += segment.length
        }
        windows = [:]
    }

    var rowCount: Int { segments.last.map { $0.start + $0.length } ?? 0 }

    /// The row of the first nomination shown, if any.
    var firstItemRow: Int? { segments.first { !$0.folded }.map { $0.start + 1 } }

    /// The row at `index`.
    func row(at index: Int) -> Row? {
        guard let segment = segments.last(where: { $0.start <= index }), index < segment.start + segment.length else { return nil }
        if index == segment.start { return .heading(segment.group, count: segment.count) }
        return items(of: segment.group, in: (index - segment.start - 1)..<(index - segment.start)).first.map(Row.item)
    }

    func rows(in range: Range<Int>) -> [[TableCell]] {
        var result: [[TableCell]] = []
        for segment in segments {
            let overlap = range.clamped(to: segment.start..<(segment.start + segment.length))
            guard !overlap.isEmpty else { continue }
            if overlap.lowerBound == segment.start { result.append(cells(.heading(segment.group, count: segment.count))) }
            let first = max(overlap.lowerBound, segment.start + 1) - segment.start - 1
            let last = overlap.upperBound - segment.start - 1
            if first < last { result += items(of: segment.group, in: first..<last).map { cells(.item($0)) } }
        }
        return result
    }

    private func items(of group: PendingGroup, in range: Range<Int>) -> ArraySlice<PendingAwards.Item> {
        // A pending row costs more to read than a nominee's (the nomination, its nominee and
        // standing): wider windows, read less often (see BENCHMARKS.md). The first window after
        // a layout (a keystroke of the search lays the list out again) is narrow: what the
        // screen shows and a little more; the wide one comes with the first move past it.
        var window = windows[group] ?? WindowCache(margin: 8)
        if window.margin < 128, !window.rows.isEmpty,
           range.lowerBound < window.start || range.upperBound > window.start + window.rows.count {
            window = WindowCache(margin: 128)
        }
        let items = window.rows(in: range) { offset, limit in fetch(group, offset, limit) }
        windows[group] = window
        return items
    }
}
