import Commendation

/// A document's table in WordprocessingML: thin borders, fixed column widths, the header row
/// (and the group headings above it) repeated at the top of every page, never split across a
/// page, total rows in bold.
enum WordTables {
    /// The cells' left and right padding: 1 mm.
    static let padding = 57

    /// `table`, `width` twips wide.
    static func table(_ table: PaperTable, width: Int) -> String {
        let widths = WordColumnWidths.split(table, total: width)
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }.joined() + "</w:tblBorders>"
        xml += "<w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"\(padding)\" w:type=\"dxa\"/><w:right w:w=\"\(padding)\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>"
        xml += "</w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += headerRows(table, widths: widths)
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for index in table.columns.indices {
                let alignment = table.columns[index].alignment
                xml += cell(table.text(row, index), width: widths[index], alignment: alignment, bold: row.emphasized)
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// The header: one row of column headers, or two when the table has group headings (a
    /// group over one column merges down into its header).
    private static func headerRows(_ table: PaperTable, widths: [Int]) -> String {
        let repeatRow = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        guard !table.groups.isEmpty, table.groups.map(\.span).reduce(0, +) == table.columns.count else {
            return "<w:tr>\(repeatRow)" + table.columns.indices.map {
                cell(table.columns[$0].header, width: widths[$0], alignment: .center, bold: true, verticalCenter: true)
            }.joined() + "</w:tr>"
        }
        var top = "<w:tr>\(repeatRow)", bottom = "<w:tr>\(repeatRow)"
        var column = 0
        for group in table.groups {
            let span = max(1, group.span)
            let width = widths[column..<column + span].reduce(0, +)
            if span == 1 {
                let header = group.title.isEmpty ? table.columns[column].header : group.title
                top += cell(header, width: width, alignment: .center, bold: true, verticalCenter: true, merge: "restart")
                bottom += cell("", width: width, alignment: .center, bold: true, verticalCenter: true, merge: "continue")
            } else {
                top += cell(group.title, width: width, alignment: .center, bold: true, verticalCenter: true, span: span)
                for index in column..<column + span {
                    bottom += cell(table.columns[index].header, width: widths[index], alignment: .center, bold: true,
                                   verticalCenter: true)
                }
            }
            column += span
        }
        return top + "</w:tr>" + bottom + "</w:tr>"
    }

    private static func cell(_ text: String, width: Int, alignment: PaperTable.Alignment, bold: Bool,
                             verticalCenter: Bool = false, merge: String? = nil, span: Int = 1) -> String {
        var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let merge { properties += merge == "restart" ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>" }
        if verticalCenter { properties += "<w:vAlign w:val=\"center\"/>" }
        let jc: String
        switch alignment {
        case .left: jc = "left"
        case .center: jc = "center"
        case .right: jc = "right"
        }
        let paragraph = WordRuns.paragraph(text, WordRuns.ParagraphFormat(style: "tdktTable", alignment: jc),
                                           run: WordRuns.RunFormat(bold: bold))
        return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(paragraph)</w:tc>"
    }
}
