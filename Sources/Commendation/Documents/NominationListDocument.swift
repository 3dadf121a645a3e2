import VietnameseText

/// A list of nominations (Danh sách đề nghị khen thưởng), standalone or attached to a
/// proposal: STT, name, position and unit (or address), award, optionally the ballot, note.
public struct NominationListInput: Sendable, Hashable {
    /// The header; nil for a list attached to another document (it starts with its title).
    public var header: DocumentHeader?
    /// The title, printed in capitals ("Danh sách đề nghị khen thưởng năm 2026").
    public var title: String
    /// What the list is attached to, printed in parentheses under the title ("Kèm theo Tờ
    /// trình số 01/TTr-HĐTĐKT ngày 12 tháng 11 năm 2026 của …"); nil for none.
    public var attachedTo: String?
    /// The rows, numbered in this order.
    public var lines: [NominationLine]
    /// Whether the ballot column ("Số phiếu đồng ý / tỷ lệ") is shown.
    public var showsBallot: Bool
    /// Who signs the list; nil for none.
    public var signer: DocumentSigner?

    /// A list. `showsBallot` defaults to whether any line has a ballot.
    public init(header: DocumentHeader? = nil, title: String, attachedTo: String? = nil, lines: [NominationLine],
                showsBallot: Bool? = nil, signer: DocumentSigner? = nil) {
        self.header = header
        self.title = title.nfc
        self.attachedTo = attachedTo?.nfc
        self.lines = lines
        self.showsBallot = showsBallot ?? lines.contains { $0.ballot != nil }
        self.signer = signer
    }
}

extension NominationListInput {
    /// The list as a document tree.
    public var paper: Paper {
        let input = self
        var writer = PaperBuilder()
        if let header = input.header { writer.header(header) }
        writer.listTitle(input.title, attachedTo: input.attachedTo)
        writer.table(NominationTables.proposal(input.lines, ballot: input.showsBallot))
        writer.paragraph("Tổng số: " + NomineeWords.countsOrNone(of: input.lines) + ".", .italic, indent: 0)
        if let signer = input.signer { writer.closing(recipients: [], signer: signer) }
        return writer.paper("Danh sách đề nghị khen thưởng")
    }
}

extension NomineeWords {
    /// `counts(of:)`, or "0" for no lines.
    static func countsOrNone(of lines: [NominationLine]) -> String {
        lines.isEmpty ? "0" : counts(of: lines)
    }
}

/// The tables of nomination lists.
enum NominationTables {
    static let nameHeader = "Họ và tên / Tên tập thể"
    static let detailHeader = "Chức vụ – đơn vị / Địa chỉ"
    static let awardHeader = "Danh hiệu / Hình thức khen thưởng"

    /// The proposal list: STT, name, detail, award, [ballot], note.
    static func proposal(_ lines: [NominationLine], ballot: Bool) -> PaperTable {
        var columns = [PaperTable.Column("STT", .center, minWidth: 3), PaperTable.Column(nameHeader, minWidth: 10),
                       PaperTable.Column(detailHeader, minWidth: 10), PaperTable.Column(awardHeader, minWidth: 10)]
        if ballot { columns.append(PaperTable.Column("Số phiếu đồng ý / tỷ lệ", .center, minWidth: 7)) }
        columns.append(PaperTable.Column("Ghi chú", minWidth: 6))
        let rows = lines.enumerated().map { offset, line -> PaperTable.Row in
            var cells = [PaperCell.number(offset + 1), PaperCell(line.name), PaperCell(line.detail), PaperCell(line.award)]
            if ballot { cells.append(PaperCell(line.ballot?.text ?? "")) }
            cells.append(PaperCell(line.note))
            return PaperTable.Row(cells)
        }
        return PaperTable(columns: columns, rows: rows)
    }

    /// The proposal list as CSV; the ballot as three columns of numbers.
    static func proposalCSV(_ lines: [NominationLine], ballot: Bool) -> String {
        var header = ["STT", nameHeader, detailHeader, awardHeader]
        if ballot { header += ["Số phiếu đồng ý", "Tổng số", "Tỷ lệ (%)"] }
        header.append("Ghi chú")
        let records = lines.enumerated().map { offset, line -> [String] in
            var cells = ["\(offset + 1)", line.name, line.detail, line.award]
            if ballot {
                cells += line.ballot.map { ["\($0.agree)", "\($0.base)", $0.percentText] } ?? ["", "", ""]
            }
            cells.append(line.note)
            return cells
        }
        return CSVText.document([header] + records)
    }

    /// The list attached to a decision: STT, name, detail, award, số sổ vàng, money, a note
    /// column when a line has one (why no money follows), and a total row (left out of CSV).
    static func decision(_ lines: [NominationLine]) -> PaperTable {
        let notes = lines.contains { !$0.note.isEmpty }
        var columns = [PaperTable.Column("STT", .center, minWidth: 3), PaperTable.Column(nameHeader, minWidth: 10),
                       PaperTable.Column(detailHeader, minWidth: 10), PaperTable.Column(awardHeader, minWidth: 10),
                       PaperTable.Column("Số sổ vàng", .center, minWidth: 7),
                       PaperTable.Column("Số tiền (đồng)", .right, minWidth: 9)]
        if notes { columns.append(PaperTable.Column("Ghi chú", minWidth: 10)) }
        var rows = lines.enumerated().map { offset, line in
            PaperTable.Row([.number(offset + 1), PaperCell(line.name), PaperCell(line.detail), PaperCell(line.award),
                            PaperCell(line.honourRollNumber ?? ""), line.amount.map(PaperCell.money) ?? PaperCell("")]
                           + (notes ? [PaperCell(line.note)] : []))
        }
        let total = lines.compactMap(\.amount).reduce(0, +)
        rows.append(PaperTable.Row([PaperCell(""), PaperCell("Tổng cộng"), PaperCell(""), PaperCell(""), PaperCell(""), .money(total)]
                                   + (notes ? [PaperCell("")] : []), emphasized: true))
        return PaperTable(columns: columns, rows: rows)
    }

    /// The decision's list as CSV: money in plain digits, a note column, no total row.
    static func decisionCSV(_ lines: [NominationLine]) -> String {
        let header = ["STT", nameHeader, detailHeader, awardHeader, "Số sổ vàng", "Số tiền (đồng)", "Ghi chú"]
        let records = lines.enumerated().map { offset, line in
            ["\(offset + 1)", line.name, line.detail, line.award, line.honourRollNumber ?? "",
             line.amount.map { String($0) } ?? "", line.note]
        }
        return CSVText.document([header] + records)
    }
}
