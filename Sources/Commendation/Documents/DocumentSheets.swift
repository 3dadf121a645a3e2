import VietnameseText

// The lists of the documents as a spreadsheet holds them: the same title and header, numbers,
// money and dates as values, the ballot in three columns under one heading.

extension NominationListInput {
    /// The list for a spreadsheet: STT, name, detail, award, the ballot (agreeing votes, the
    /// number counted against, the share) under "Kết quả bỏ phiếu", note.
    public var sheet: Paper? {
        var writer = PaperBuilder()
        if let header { writer.header(header) }
        writer.listTitle(title, attachedTo: attachedTo)
        var columns = [PaperTable.Column("STT", .center, minWidth: 4), PaperTable.Column(NominationTables.nameHeader, minWidth: 14),
                       PaperTable.Column(NominationTables.detailHeader, minWidth: 14),
                       PaperTable.Column(NominationTables.awardHeader, minWidth: 14)]
        var groups = [PaperTable.Group("", span: 1), PaperTable.Group("", span: 1), PaperTable.Group("", span: 1),
                      PaperTable.Group("", span: 1)]
        if showsBallot {
            columns += [PaperTable.Column("Đồng ý", .right, minWidth: 7), PaperTable.Column("Tổng số", .right, minWidth: 7),
                        PaperTable.Column("Tỷ lệ (%)", .right, minWidth: 7)]
            groups.append(PaperTable.Group("Kết quả bỏ phiếu", span: 3))
        }
        columns.append(PaperTable.Column("Ghi chú", minWidth: 12))
        groups.append(PaperTable.Group("", span: 1))
        let rows = lines.enumerated().map { offset, line -> PaperTable.Row in
            var cells = [PaperCell.number(offset + 1), PaperCell(line.name), PaperCell(line.detail), PaperCell(line.award)]
            if showsBallot {
                cells += line.ballot.map {
                    [.number($0.agree), .number($0.base), PaperCell($0.percentText, .decimal(($0.percent * 10).rounded() / 10))]
                } ?? [PaperCell(""), PaperCell(""), PaperCell("")]
            }
            cells.append(PaperCell(line.note))
            return PaperTable.Row(cells)
        }
        writer.table(PaperTable(columns: columns, groups: showsBallot ? groups : [], rows: rows))
        writer.paragraph("Tổng số: " + NomineeWords.countsOrNone(of: lines) + ".", .italic, indent: 0)
        if let signer { writer.closing(recipients: [], signer: signer) }
        return writer.paper("Danh sách đề nghị")
    }
}

extension MinutesInput {
    /// The ballot results for a spreadsheet: STT, name, award, the votes under "Kết quả biểu
    /// quyết", the arithmetic, the outcome, who did not vote.
    public var sheet: Paper? {
        var writer = PaperBuilder()
        writer.header(header)
        writer.listTitle("Kết quả biểu quyết", attachedTo: "Kèm theo Biên bản " + subject.lowercasedFirst)
        let columns = [PaperTable.Column("STT", .center, minWidth: 4), PaperTable.Column(NominationTables.nameHeader, minWidth: 14),
                       PaperTable.Column(NominationTables.awardHeader, minWidth: 14), PaperTable.Column("Đồng ý", .right, minWidth: 7),
                       PaperTable.Column("Không đồng ý", .right, minWidth: 7), PaperTable.Column("Không biểu quyết", .right, minWidth: 7),
                       PaperTable.Column("Cách tính", minWidth: 14), PaperTable.Column("Kết quả", minWidth: 10),
                       PaperTable.Column("Không tham gia biểu quyết", minWidth: 14)]
        let groups = [PaperTable.Group("", span: 1), PaperTable.Group("", span: 1), PaperTable.Group("", span: 1),
                      PaperTable.Group("Kết quả biểu quyết", span: 3), PaperTable.Group("", span: 1), PaperTable.Group("", span: 1),
                      PaperTable.Group("", span: 1)]
        let rows = items.enumerated().map { offset, item in
            PaperTable.Row([.number(offset + 1), PaperCell(item.name), PaperCell(item.award),
                            item.tally.map { .number($0.agree) } ?? PaperCell(""),
                            item.tally.map { .number($0.disagree) } ?? PaperCell(""),
                            item.tally.map { .number($0.abstain) } ?? PaperCell(""),
                            PaperCell(item.explanation), PaperCell(MinutesText.outcome(item.outcome)),
                            PaperCell(item.recusals.map { "\($0.name) (\($0.reason))" }.joined(separator: "; "))])
        }
        writer.table(PaperTable(columns: columns, groups: groups, rows: rows))
        return writer.paper("Kết quả biểu quyết")
    }
}

extension DecisionDraftInput {
    /// The list attached to the decision, for a spreadsheet: the header, the list's title and
    /// reference, the awards with money as numbers and the total, the signer.
    public var sheet: Paper? {
        var writer = PaperBuilder()
        writer.header(header)
        writer.listTitle(listTitle, attachedTo: listReference)
        writer.table(NominationTables.decision(lines))
        writer.closing(recipients: [], signer: signer)
        return writer.paper("Danh sách kèm theo")
    }
}

extension PaymentListInput {
    /// The payment list for a spreadsheet: as printed, amounts as numbers.
    public var sheet: Paper? {
        var sheet = paper
        sheet.name = "Chi tiền thưởng"
        return sheet
    }
}

extension PostingListInput {
    /// The posting list for a spreadsheet: as printed, the number of members as numbers.
    public var sheet: Paper? {
        var sheet = paper
        sheet.name = "Niêm yết"
        return sheet
    }
}

extension String {
    /// The text with its first letter in lower case ("Họp Hội đồng" → "họp Hội đồng").
    var lowercasedFirst: String {
        guard let first else { return self }
        return String(first).lowercased() + dropFirst()
    }
}
