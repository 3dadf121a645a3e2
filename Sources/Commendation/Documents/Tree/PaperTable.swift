import VietnameseText

/// A table of a document: columns with their headers, optionally a row of group headings
/// merged over several columns, and rows of cells. Each cell has the text every rendering
/// prints and, for numbers, money and dates, the value a spreadsheet keeps. The header row is
/// repeated on every page a table runs over.
public struct PaperTable: Sendable, Hashable {
    /// How a column's cells are aligned.
    public enum Alignment: String, Sendable, Hashable {
        case left, center, right
    }

    /// A column: its header and alignment; `minWidth` is the fewest characters it is given
    /// when it must shrink (and how wide an empty column such as "Ký nhận" is).
    public struct Column: Sendable, Hashable {
        /// The header.
        public var header: String
        /// How cells are aligned (headers are centered).
        public var alignment: Alignment
        /// The fewest characters the column gets.
        public var minWidth: Int

        /// A column.
        public init(_ header: String, _ alignment: Alignment = .left, minWidth: Int = 4) {
            self.header = header.nfc
            self.alignment = alignment
            self.minWidth = minWidth
        }
    }

    /// A heading over `span` adjacent columns, in a header row above the columns' own
    /// headers; a group of span 1 merges vertically with the column's header instead.
    public struct Group: Sendable, Hashable {
        /// The heading ("Kết quả bỏ phiếu", "Chia ra"); "" over a column that has none.
        public var title: String
        /// How many columns it covers.
        public var span: Int

        /// A group heading.
        public init(_ title: String, span: Int) {
            self.title = title.nfc
            self.span = span
        }
    }

    /// A row; `emphasized` rows (a total) are bold and are not data (left out of CSV and of
    /// a spreadsheet's filter).
    public struct Row: Sendable, Hashable {
        /// The cells, one per column.
        public var cells: [PaperCell]
        /// Whether the row is a total.
        public var emphasized: Bool

        /// A row of cells.
        public init(_ cells: [PaperCell], emphasized: Bool = false) {
            self.cells = cells
            self.emphasized = emphasized
        }

        /// A row of text cells.
        public init(_ cells: [String], emphasized: Bool = false) {
            self.init(cells.map { PaperCell($0) }, emphasized: emphasized)
        }
    }

    /// The columns.
    public var columns: [Column]
    /// Group headings above the column headers; empty for a single header row. Their spans
    /// add up to the number of columns.
    public var groups: [Group]
    /// The rows.
    public var rows: [Row]

    /// A table.
    public init(columns: [Column], groups: [Group] = [], rows: [Row]) {
        self.columns = columns
        self.groups = groups
        self.rows = rows
    }

    /// The text of `row`'s cell in column `index` ("" when missing).
    public func text(_ row: Row, _ index: Int) -> String {
        index < row.cells.count ? row.cells[index].text : ""
    }
}

/// One cell: its text as printed, and the value behind it when a spreadsheet should keep a
/// number or a date rather than text.
public struct PaperCell: Sendable, Hashable {
    /// The text as printed ("710.000", "20/11/2026").
    public var text: String
    /// The value, for numbers, money and dates; nil for text.
    public var value: PaperValue?

    /// A cell.
    public init(_ text: String, _ value: PaperValue? = nil) {
        self.text = text.nfc
        self.value = value
    }

    /// A whole number, printed in figures.
    public static func number(_ number: Int) -> PaperCell { PaperCell(String(number), .number(number)) }

    /// An amount in đồng, printed with dots between thousands ("2.340.000").
    public static func money(_ amount: Int) -> PaperCell { PaperCell(VietnameseNumberWords.figures(amount), .money(amount)) }

    /// A date, printed dd/mm/yyyy.
    public static func date(_ date: CivilDate) -> PaperCell { PaperCell(date.vietnamese, .date(date)) }
}

/// What a spreadsheet cell holds instead of text.
public enum PaperValue: Sendable, Hashable {
    /// A whole number (a count, a number in a list).
    case number(Int)
    /// Money in đồng (grouped by thousands).
    case money(Int)
    /// A number with decimals (a share in per cent).
    case decimal(Double)
    /// A calendar date (shown dd/mm/yyyy).
    case date(CivilDate)
}
