import VietnameseText

/// The payment list of a decision (Danh sách chi tiền thưởng), for the accountant: who receives
/// how much for which award, a column to sign on receipt, the total in figures and in words, and
/// the base salary the amounts follow. Made from the same money as the decision
/// (`DecisionDraftInput`), so that the two can never disagree.
public struct PaymentListInput: Sendable, Hashable {
    /// The header of the ward's committee (the decision's own number is cited, not repeated).
    public var header: DocumentHeader
    /// "Danh sách chi tiền thưởng".
    public var title: String
    /// "Kèm theo Quyết định số 125/QĐ-UBND ngày … của Chủ tịch Ủy ban nhân dân phường …".
    public var attachedTo: String
    /// The awards paid, in the decision's order; lines that pay nothing are left out.
    public var lines: [NominationLine]
    /// The awards of the decision that pay nothing, with why (listed under the table).
    public var unpaid: [NominationLine]
    /// The base salary the amounts follow.
    public var baseSalary: AppliedBaseSalary?
    /// Who draws the list up (left) and who approves it (right).
    public var preparer: DocumentSigner
    /// Who approves.
    public var approver: DocumentSigner

    /// The payment list of a decision.
    public init(decision: DecisionDraftInput, preparer: DocumentSigner) {
        let number = "\(decision.header.number ?? "…")/\(decision.header.symbol ?? "QĐ-UBND")"
        header = DocumentHeader(parentBody: decision.header.parentBody, issuingBody: decision.header.issuingBody,
                                number: nil, symbol: nil, place: decision.header.place, date: decision.header.date,
                                year: decision.header.year)
        title = "Danh sách chi tiền thưởng"
        attachedTo = "Kèm theo Quyết định số \(number) \(decision.header.longDate) của \(decision.issuerName)"
        lines = decision.lines.filter { ($0.amount ?? 0) > 0 }
        unpaid = decision.lines.filter { ($0.amount ?? 0) == 0 && !$0.note.isEmpty }
        baseSalary = decision.baseSalary
        self.preparer = preparer
        approver = decision.signer
    }

    /// The total in đồng.
    public var total: Int { lines.compactMap(\.amount).reduce(0, +) }
}

extension PaymentListInput {
    /// The payment list as a document tree.
    public var paper: Paper {
        let input = self
        var writer = PaperBuilder()
        writer.header(input.header)
        writer.listTitle(input.title, attachedTo: input.attachedTo)
        writer.table(PaymentTables.table(input.lines))
        let total = input.total
        writer.paragraph("Tổng số tiền: \(VietnameseNumberWords.figures(total)) đồng (Bằng chữ: \(VietnameseNumberWords.dong(total))).",
                         .bold, indent: 0)
        if let base = input.baseSalary {
            let source = base.isOverride ? "mức do đơn vị cài đặt, thay mức theo quy định" : (base.basis ?? "")
            writer.paragraph("Mức lương cơ sở dùng để tính: \(VietnameseNumberWords.figures(base.amount)) đồng/tháng"
                             + (source.isEmpty ? "." : " (\(source))."), .italic, indent: 0)
        }
        for line in input.unpaid {
            writer.paragraph("\(line.name) — \(line.award): \(line.note).", .italic, indent: 0)
        }
        writer.signatures(left: input.preparer, right: input.approver)
        return writer.paper("Danh sách chi tiền thưởng")
    }
}

/// The payment list's table.
enum PaymentTables {
    static let header = ["STT", NominationTables.nameHeader, NominationTables.awardHeader, "Số tiền (đồng)", "Ký nhận"]

    /// STT, name, award, amount, an empty "Ký nhận" column wide enough to sign in, and the total.
    static func table(_ lines: [NominationLine]) -> PaperTable {
        let columns = [PaperTable.Column("STT", .center, minWidth: 3), PaperTable.Column(NominationTables.nameHeader, minWidth: 14),
                       PaperTable.Column(NominationTables.awardHeader, minWidth: 12),
                       PaperTable.Column("Số tiền (đồng)", .right, minWidth: 10), PaperTable.Column("Ký nhận", minWidth: 14)]
        var rows = lines.enumerated().map { offset, line in
            PaperTable.Row([.number(offset + 1), PaperCell(line.name), PaperCell(line.award),
                            line.amount.map(PaperCell.money) ?? PaperCell(""), PaperCell("")])
        }
        let total = lines.compactMap(\.amount).reduce(0, +)
        rows.append(PaperTable.Row([PaperCell(""), PaperCell("Tổng cộng"), PaperCell(""), .money(total), PaperCell("")],
                                   emphasized: true))
        return PaperTable(columns: columns, rows: rows)
    }

    /// The table as CSV: amounts in plain digits, no total row.
    static func csv(_ lines: [NominationLine]) -> String {
        let records = lines.enumerated().map { offset, line in
            ["\(offset + 1)", line.name, line.award, line.amount.map { String($0) } ?? "", ""]
        }
        return CSVText.document([header] + records)
    }
}
