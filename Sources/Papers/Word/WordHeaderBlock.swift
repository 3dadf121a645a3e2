import Commendation

/// The head of a document (Phụ lục I, ô 1–5) in WordprocessingML: a borderless two-column
/// table — the issuing body with a short rule and the number left, the national title, the
/// motto with a rule as long as it and the place and date right, the number and the date on
/// one line — and the title with its summary and short rule.
enum WordHeaderBlock {
    /// The two header columns, `width` twips wide.
    static func header(_ header: PaperHeader, width: Int) -> String {
        let left = WordLayout.headerLeftColumn, right = width + WordLayout.headerOutdent - WordLayout.headerLeftColumn
        let tight = WordRuns.ParagraphFormat(style: "tdktHeader", alignment: "center")
        var leftTop = ""
        if !header.parentBody.isEmpty {
            leftTop += WordRuns.paragraph(header.parentBody, tight, run: .init(size: WordLayout.bodyNameSize))
        }
        if !header.issuingBody.isEmpty {
            // 13 pt, or 12 pt when 13 would not hold it on one line (the decree allows 12 to 13).
            let points = TimesMetrics.width(header.issuingBody, points: 13, bold: true) <= left ? 13.0 : 12.0
            leftTop += WordRuns.paragraph(header.issuingBody, tight, run: .init(bold: true, size: Int(points * 2)))
            // A rule 2/5 of the issuing body's line (the decree: 1/3 to 1/2).
            let line = min(left, TimesMetrics.width(header.issuingBody, points: points, bold: true))
            leftTop += WordRuns.rule(length: line * 2 / 5, in: left)
        }
        if leftTop.isEmpty { leftTop = WordRuns.paragraph("", tight) }
        var rightTop = WordRuns.paragraph(header.nationalTitle, tight, run: .init(bold: true, size: WordLayout.nationalTitleSize))
        rightTop += WordRuns.paragraph(header.motto, tight, run: .init(bold: true, size: WordLayout.mottoSize))
        rightTop += WordRuns.rule(length: TimesMetrics.width(header.motto, points: 13, bold: true), in: right)
        var numberFormat = tight
        numberFormat.before = 120
        let number = WordRuns.paragraph(header.numberLine ?? "", numberFormat, run: .init(size: WordLayout.bodyNameSize))
        let date = WordRuns.paragraph(header.dateLine, numberFormat, run: .init(italic: true, size: WordLayout.bodySize))
        return WordFrameTable.table(widths: [left, right], rows: [[leftTop, rightTop], [number, date]], indent: -WordLayout.headerOutdent)
    }

    /// The document type, its summary lines and a rule 2/5 of the longest summary line (the
    /// decree: 1/3 to 1/2).
    static func title(type: String, summary: [String], width: Int) -> String {
        var xml = WordRuns.paragraph(type, WordRuns.ParagraphFormat(style: "tdktTitle", before: 360, after: 0, keepNext: true),
                                     run: .init(bold: true))
        for line in summary {
            xml += WordRuns.paragraph(line, WordRuns.ParagraphFormat(style: "tdktTitle", after: 0, keepNext: true),
                                      run: .init(bold: true))
        }
        let longest = summary.map { TimesMetrics.width($0, points: 14, bold: true) }.max()
            ?? TimesMetrics.width(type, points: 14, bold: true)
        xml += WordRuns.rule(length: min(width, longest) * 2 / 5, in: width)
        return xml + WordRuns.paragraph("", WordRuns.ParagraphFormat(before: 0, after: 0, size: 12))
    }
}

/// A borderless table that places blocks side by side (the header, the closing, the
/// signatures): fixed widths, no padding, each row kept on one page.
enum WordFrameTable {
    /// Rows of cells, each cell's content already WordprocessingML paragraphs.
    static func table(widths: [Int], rows: [[String]], indent: Int? = nil) -> String {
        let total = widths.reduce(0, +)
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/>"
        xml += indent.map { "<w:tblInd w:w=\"\($0)\" w:type=\"dxa\"/>" } ?? "<w:jc w:val=\"center\"/>"
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"nil\"/>"
        }.joined() + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
            + "</w:tblGrid>"
        for row in rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (index, content) in row.enumerated() where index < widths.count {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[index])\" w:type=\"dxa\"/></w:tcPr>"
                    + (content.isEmpty ? "<w:p/>" : content) + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }
}
