import VietnameseText

/// One cell of a table row: text and, optionally, a colour role.
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The text.
    public var text: String
    /// A role for the text; `nil` uses the row's style.
    public var role: ColorRole?
    /// When the row's first cell spans the whole row (a group's heading), in bold.
    public var spansRow = false
    /// Creates a cell.
    public init(_ text: String, role: ColorRole? = nil) {
        self.text = text
        self.role = role
    }
    /// A heading cell that spans the row ("▾ Quá hạn (2)").
    public static func heading(_ text: String, role: ColorRole = .frame) -> TableCell {
        var cell = TableCell(text, role: role)
        cell.spansRow = true
        return cell
    }
    /// Creates a plain cell.
    public init(stringLiteral value: String) { self.init(value) }
}

/// Rows for a table, fetched a window at a time so that a table over a million rows costs
/// only the rows on screen.
public protocol TableDataSource: AnyObject {
    /// How many rows there are.
    var rowCount: Int { get }
    /// The rows in `range` (already clamped to `0..<rowCount`), each a cell per column.
    func rows(in range: Range<Int>) -> [[TableCell]]
}

/// A column of a table.
public struct TableColumn: Hashable, Sendable {
    /// How wide a column is.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share of the space left after the fixed columns, at least `minimum`.
        case flexible(weight: Int, minimum: Int)
    }
    /// Heading.
    public var title: String
    /// Width rule.
    public var width: Width
    /// Align the text right (numbers).
    public var alignRight: Bool
    /// Creates a column.
    public init(_ title: String, _ width: Width, alignRight: Bool = false) {
        self.title = title
        self.width = width
        self.alignRight = alignRight
    }
}

/// A scrolling table with a header row and one selected row.
public final class TableView {
    /// The columns.
    public var columns: [TableColumn]
    /// Where the rows come from.
    public var dataSource: TableDataSource
    /// Index of the selected row.
    public private(set) var selection = 0
    /// Index of the first row on screen.
    public private(set) var top = 0
    /// Rows that fit on screen, known after the first draw.
    public private(set) var pageSize = 10
    /// Text shown when there are no rows.
    public var emptyText = ""
    /// Where the table was drawn last (for clicks).
    private var drawnRect: Rect?
    /// A folded search; the first match in each cell is highlighted.
    public var highlight = ""

    /// How the selected row shows.
    public enum SelectionStyle: String, Sendable, CustomStringConvertible {
        /// The whole row in reverse video: clearest, rewrites the two rows on every move.
        case bar
        /// A "›" in a two-column gutter on the left: two cells change per move, for slow
        /// connections.
        case marker
        /// "bar" or "marker".
        public var description: String { rawValue }
    }
    /// How the selected row shows (a setting).
    public var selectionStyle: SelectionStyle = .bar

    /// A table over `dataSource`.
    public init(columns: [TableColumn], dataSource: TableDataSource) {
        self.columns = columns
        self.dataSource = dataSource
    }

    /// Column widths for a total of `width` columns (one space between columns).
    public func columnWidths(total width: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { sum, column in
            if case .fixed(let w) = column.width { return sum + w }
            if case .flexible(_, let minimum) = column.width { return sum + minimum }
            return sum
        }
        let weights = columns.reduce(0) { sum, column in
            if case .flexible(let weight, _) = column.width { return sum + weight }
            return sum
        }
        var spare = max(0, width - gaps - fixed)
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let w): return w
            case .flexible(let weight, let minimum):
                return minimum + (weights > 0 ? spare * weight / weights : 0)
            }
        }
        spare = max(0, width - gaps - widths.reduce(0, +))
        if spare > 0, let flex = columns.lastIndex(where: { if case .flexible = $0.width { return true } else { return false } }) {
            widths[flex] += spare
        }
        return widths
    }

    /// Keeps the selection inside the rows (after the data changed).
    public func clampSelection() {
        let count = dataSource.rowCount
        selection = count == 0 ? 0 : min(max(0, selection), count - 1)
        top = min(top, max(0, selection))
    }

    /// Puts the selection on `row`.
    public func select(row: Int) {
        selection = row
        clampSelection()
    }

    /// Draws header and the visible rows.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer, focused: Bool = true) {
        guard rect.height >= 2 else { return }
        drawnRect = rect
        if selectionStyle == .marker, rect.width > 4 {
            // The gutter: the marker stands there; the table takes the rest.
            let body = Rect(x: rect.minX + 2, y: rect.minY, width: rect.width - 2, height: rect.height)
            drawRows(in: body, on: &buffer, focused: focused)
            let row = selection - top
            if dataSource.rowCount > 0, row >= 0, row < pageSize {
                buffer.put("›", at: Point(x: rect.minX, y: rect.minY + 1 + row), style: Style(.selected, [.bold]))
            }
            return
        }
        drawRows(in: rect, on: &buffer, focused: focused)
    }

    private func drawRows(in rect: Rect, on buffer: inout ScreenBuffer, focused: Bool) {
        let widths = columnWidths(total: rect.width)
        var x = rect.minX
        for (column, width) in zip(columns, widths) {
            buffer.put(column.title.padded(toWidth: width), at: Point(x: x, y: rect.minY), style: Style(.frame, [.bold, .underline]), limit: width)
            x += width + 1
        }
        pageSize = max(1, rect.height - 1)
        let count = dataSource.rowCount
        clampSelection()
        if selection < top { top = selection }
        if selection >= top + pageSize { top = selection - pageSize + 1 }
        top = max(0, min(top, max(0, count - pageSize)))
        if count == 0 {
            buffer.put(emptyText, at: Point(x: rect.minX + 1, y: rect.minY + 2), style: Style(.muted), limit: rect.width - 2)
            return
        }
        // Rows hidden above or below: a mark at the header's right end (▲, ▼, or ↕ for both).
        let above = top > 0, below = top + pageSize < count
        if above || below {
            buffer.put(above && below ? "↕" : above ? "▲" : "▼", at: Point(x: rect.maxX - 1, y: rect.minY), style: Style(.frame, [.bold]))
        }
        let rows = dataSource.rows(in: top..<min(count, top + pageSize))
        for (offset, row) in rows.enumerated() {
            let y = rect.minY + 1 + offset
            let selected = top + offset == selection && selectionStyle == .bar
            let rowStyle = selected ? Style(.selected, focused ? [.bold] : []) : Style()
            if selected { buffer.fill(Rect(x: rect.minX, y: y, width: rect.width, height: 1), style: rowStyle) }
            if let first = row.first, first.spansRow {
                let style = selected ? rowStyle : Style(first.role ?? .frame, [.bold])
                buffer.put(first.text.truncated(toWidth: rect.width), at: Point(x: rect.minX, y: y), style: style, limit: rect.width)
                continue
            }
            var x = rect.minX
            for (index, width) in widths.enumerated() {
                let cell = index < row.count ? row[index] : TableCell("")
                let text = cell.text.truncated(toWidth: width)
                let pad = columns[index].alignRight ? width - text.displayWidth : 0
                let style = selected ? rowStyle : Style(cell.role ?? .normal)
                buffer.put(text, at: Point(x: x + pad, y: y), style: style, limit: width - pad)
                if let match = text.graphemeRange(matching: highlight) {
                    let characters = Array(text)
                    let before = String(characters[0..<match.lowerBound]).displayWidth
                    let matched = String(characters[match]).displayWidth
                    let mark = selected ? Style(.selected, [.bold, .underline]) : Style(.highlight, [.bold, .underline])
                    buffer.restyle(Rect(x: x + pad + before, y: y, width: min(matched, max(0, width - pad - before)), height: 1),
                                   style: mark)
                }
                x += width + 1
            }
        }
    }

    /// A click on a row: selects it. Returns the row, or nil when the click is elsewhere.
    public func click(at point: Point) -> Int? {
        guard let rect = drawnRect, rect.contains(point), point.y > rect.minY else { return nil }
        let row = top + point.y - rect.minY - 1
        guard row < dataSource.rowCount else { return nil }
        selection = row
        return row
    }

    /// Moves the selection; true when the action was a movement.
    public func perform(_ action: Action) -> Bool {
        let count = dataSource.rowCount
        switch action {
        case .up: selection -= 1
        case .down: selection += 1
        case .pageUp: selection -= pageSize
        case .pageDown: selection += pageSize
        case .first: selection = 0
        case .last: selection = count - 1
        default: return false
        }
        clampSelection()
        return true
    }
}
