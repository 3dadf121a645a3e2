import Commendation
import Foundation

/// Writes worksheets as an Excel workbook (.xlsx, SpreadsheetML): inline strings (rich text
/// for emphasis), the styles they use, frozen header rows, filters, merged cells, column
/// widths, A4 print setup with the header repeated on every page. Elements are written in the
/// order the schema requires.
enum WorkbookWriter {
    static let font = "Times New Roman"

    /// The .xlsx file's bytes.
    static func data(_ sheets: [Worksheet]) throws -> Data {
        var styles = SheetStyles()
        var parts: [(String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, styles: &styles)))
        }
        var zip = ZipArchive()
        try zip.add("[Content_Types].xml", contentTypes(count: sheets.count))
        try zip.add("_rels/.rels", XMLText.declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        try zip.add("xl/workbook.xml", workbook(sheets))
        try zip.add("xl/_rels/workbook.xml.rels", workbookRelationships(count: sheets.count))
        try zip.add("xl/styles.xml", styles.xml)
        for (path, xml) in parts { try zip.add(path, xml) }
        return zip.data
    }

    private static func contentTypes(count: Int) -> String {
        var xml = XMLText.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in 1...max(1, count) {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    private static func workbookRelationships(count: Int) -> String {
        var xml = XMLText.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 1...max(1, count) {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            + "Target=\"styles.xml\"/>"
        return xml + "</Relationships>"
    }

    /// A sheet name Excel accepts: without `[]:*?/\`, at most 31 characters, unique.
    static func sheetNames(_ sheets: [Worksheet]) -> [String] {
        var used = Set<String>()
        return sheets.enumerated().map { index, sheet in
            var name = String(sheet.name.filter { !"[]:*?/\\'".contains($0) }.prefix(31)).trimmingCharacters(in: .whitespaces)
            if name.isEmpty { name = "Trang \(index + 1)" }
            var unique = name, copy = 2
            while used.contains(unique.lowercased()) {
                unique = String(name.prefix(28)) + " \(copy)"
                copy += 1
            }
            used.insert(unique.lowercased())
            return unique
        }
    }

    private static func workbook(_ sheets: [Worksheet]) -> String {
        let names = sheetNames(sheets)
        var xml = XMLText.declaration + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><bookViews><workbookView/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        var defined = ""
        for (index, sheet) in sheets.enumerated() {
            let quoted = "'" + names[index].replacingOccurrences(of: "'", with: "''") + "'"
            if let filter = sheet.autoFilter {
                defined += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                    + XMLText.escaped("\(quoted)!$\(Worksheet.columnName(filter.left))$\(filter.top + 1):"
                                      + "$\(Worksheet.columnName(filter.right))$\(filter.bottom + 1)") + "</definedName>"
            }
            if let titles = sheet.printTitles {
                defined += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                    + XMLText.escaped("\(quoted)!$\(titles.lowerBound + 1):$\(titles.upperBound + 1)") + "</definedName>"
            }
        }
        if !defined.isEmpty { xml += "<definedNames>\(defined)</definedNames>" }
        return xml + "</workbook>"
    }

    /// One worksheet part.
    static func worksheet(_ sheet: Worksheet, styles: inout SheetStyles) -> String {
        var xml = XMLText.declaration + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        let lastColumn = max(0, max(sheet.columnWidths.count, (sheet.cells.values.flatMap(\.keys).max() ?? 0) + 1) - 1)
        xml += "<dimension ref=\"A1:\(Worksheet.reference(row: max(0, sheet.rowCount - 1), column: lastColumn))\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"" + (sheet.frozenRows > 0 ? "" : " tabSelected=\"1\"") + ">"
        if sheet.frozenRows > 0 {
            xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"A\(sheet.frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A\(sheet.frozenRows + 1)\" sqref=\"A\(sheet.frozenRows + 1)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"16\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>" + sheet.columnWidths.enumerated().map { index, width in
                "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(format(width))\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for row in 0..<sheet.rowCount {
            let cells = sheet.cells[row] ?? [:]
            let height = sheet.rowHeights[row].map { " ht=\"\(format($0))\" customHeight=\"1\"" } ?? ""
            xml += "<row r=\"\(row + 1)\"\(height)>"
            for column in cells.keys.sorted() {
                guard let cell = cells[column] else { continue }
                xml += self.cell(cell, reference: Worksheet.reference(row: row, column: column), styles: &styles)
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if let filter = sheet.autoFilter { xml += "<autoFilter ref=\"\(filter.reference)\"/>" }
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">"
                + sheet.merges.map { "<mergeCell ref=\"\($0.reference)\"/>" }.joined() + "</mergeCells>"
        }
        xml += "<printOptions horizontalCentered=\"1\"/>"
        xml += "<pageMargins left=\"0.6\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"\(sheet.landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return xml + "</worksheet>"
    }

    private static func cell(_ cell: Worksheet.Cell, reference: String, styles: inout SheetStyles) -> String {
        let style = styles.index(cell.style)
        switch cell.content {
        case .number(let value):
            return "<c r=\"\(reference)\" s=\"\(style)\"><v>\(format(value))</v></c>"
        case .text(let runs):
            let runs = runs.filter { !$0.text.isEmpty }
            if runs.isEmpty { return "<c r=\"\(reference)\" s=\"\(style)\"/>" }
            if runs.count == 1 || Set(runs.map(\.style)).count == 1 {
                let text = runs.map(\.text).joined()
                return "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></is></c>"
            }
            let rich = runs.map { run -> String in
                var properties = ""
                if run.style.isBold || cell.style.bold { properties += "<b/>" }
                if run.style.isItalic || cell.style.italic { properties += "<i/>" }
                properties += "<sz val=\"\(format(cell.style.size))\"/><rFont val=\"\(font)\"/>"
                return "<r><rPr>\(properties)</rPr><t xml:space=\"preserve\">\(XMLText.escaped(run.text))</t></r>"
            }.joined()
            return "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is>\(rich)</is></c>"
        }
    }

    /// A number as XML writes it: no exponent, no trailing ".0".
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
