import Commendation

/// A worksheet as tdkt lays one out: cells by row and column (both from 0), merged ranges,
/// column widths, the rows frozen at the top, the filtered range, what repeats on every
/// printed page and how the page is turned.
struct Worksheet {
    /// A cell's content.
    enum Content {
        /// Text, with emphasis per run.
        case text([TextRun])
        /// A number.
        case number(Double)
    }

    /// A cell: its content and style.
    struct Cell {
        var content: Content
        var style: CellStyle
    }

    /// A rectangle of cells, corners included.
    struct Range: Hashable {
        var top: Int, left: Int, bottom: Int, right: Int

        /// "A1:C4".
        var reference: String { Worksheet.reference(row: top, column: left) + ":" + Worksheet.reference(row: bottom, column: right) }
    }

    /// The sheet's name (at most 31 characters, none of `[]:*?/\`).
    var name: String
    var cells: [Int: [Int: Cell]] = [:]
    var merges: [Range] = []
    /// Column widths in characters.
    var columnWidths: [Double] = []
    /// Row heights in points, for the rows that are not the default height.
    var rowHeights: [Int: Double] = [:]
    /// How many rows stay at the top when scrolling (0: none).
    var frozenRows = 0
    /// The range with filter buttons (its first row is the header).
    var autoFilter: Range?
    /// The rows printed again at the top of every page (the table's header).
    var printTitles: ClosedRange<Int>?
    /// Whether the page is printed in landscape.
    var landscape = false

    /// The number of rows used.
    var rowCount: Int { (cells.keys.max() ?? -1) + 1 }

    /// Puts a cell.
    mutating func put(_ content: Content, row: Int, column: Int, style: CellStyle) {
        cells[row, default: [:]][column] = Cell(content: content, style: style)
    }

    /// Merges a range, and styles the cells it covers like its first (borders show on all).
    mutating func merge(_ range: Range) {
        guard range.bottom > range.top || range.right > range.left else { return }
        merges.append(range)
        let style = cells[range.top]?[range.left]?.style ?? CellStyle()
        for row in range.top...range.bottom {
            for column in range.left...range.right where !(row == range.top && column == range.left) {
                cells[row, default: [:]][column] = Cell(content: .text([]), style: style)
            }
        }
    }

    /// "A", "B", …, "Z", "AA", …
    static func columnName(_ column: Int) -> String {
        var column = column + 1
        var name = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            column = (column - 1) / 26
        }
        return name
    }

    /// "B3" for row 2, column 1.
    static func reference(row: Int, column: Int) -> String { columnName(column) + String(row + 1) }
}

/// How a cell looks: font, alignment, border, fill and number format.
struct CellStyle: Hashable {
    enum Horizontal: String { case general, left, center, right }
    enum NumberFormat: Hashable {
        /// As typed.
        case general
        /// A whole number.
        case integer
        /// Money: thousands grouped.
        case money
        /// One decimal.
        case decimal
        /// A date, dd/mm/yyyy.
        case date
    }

    var bold = false
    var italic = false
    /// Points.
    var size = 12.0
    var horizontal = Horizontal.general
    var verticalCenter = true
    var wrap = false
    var border = false
    var shaded = false
    var numberFormat = NumberFormat.general
}
