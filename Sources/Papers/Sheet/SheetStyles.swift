/// The styles of a workbook, collected as cells use them: fonts, fills, borders and the cell
/// formats (`cellXfs`) that combine them with a number format and an alignment.
struct SheetStyles {
    private struct Font: Hashable { var bold: Bool, italic: Bool, size: Double }
    private var fonts: [Font] = [Font(bold: false, italic: false, size: 12)]
    private var formats: [CellStyle] = [CellStyle()]

    /// Custom number formats: dd/mm/yyyy and one decimal (ids from 164, the first free ones).
    static let dateFormat = 164, decimalFormat = 165

    /// The index of `style` among the cell formats, added when new.
    mutating func index(_ style: CellStyle) -> Int {
        if let index = formats.firstIndex(of: style) { return index }
        formats.append(style)
        let font = Font(bold: style.bold, italic: style.italic, size: style.size)
        if !fonts.contains(font) { fonts.append(font) }
        return formats.count - 1
    }

    private func numberFormatID(_ format: CellStyle.NumberFormat) -> Int {
        switch format {
        case .general: return 0
        case .integer: return 1  // "0"
        case .money: return 3  // "#,##0"
        case .decimal: return Self.decimalFormat
        case .date: return Self.dateFormat
        }
    }

    /// `xl/styles.xml`.
    var xml: String {
        var xml = XMLText.declaration + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml += "<numFmts count=\"2\"><numFmt numFmtId=\"\(Self.dateFormat)\" formatCode=\"dd/mm/yyyy\"/>"
            + "<numFmt numFmtId=\"\(Self.decimalFormat)\" formatCode=\"0.0\"/></numFmts>"
        xml += "<fonts count=\"\(fonts.count)\">" + fonts.map { font in
            "<font>" + (font.bold ? "<b/>" : "") + (font.italic ? "<i/>" : "")
                + "<sz val=\"\(WorkbookWriter.format(font.size))\"/><color rgb=\"FF000000\"/><name val=\"\(WorkbookWriter.font)\"/>"
                + "<family val=\"1\"/></font>"
        }.joined() + "</fonts>"
        xml += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFEFEFEF\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        let thin = "<left style=\"thin\"><color rgb=\"FF000000\"/></left><right style=\"thin\"><color rgb=\"FF000000\"/></right>"
            + "<top style=\"thin\"><color rgb=\"FF000000\"/></top><bottom style=\"thin\"><color rgb=\"FF000000\"/></bottom><diagonal/>"
        xml += "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>\(thin)</border></borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(formats.count)\">" + formats.map { style in
            let font = fonts.firstIndex(of: Font(bold: style.bold, italic: style.italic, size: style.size)) ?? 0
            let number = numberFormatID(style.numberFormat)
            var attributes = "numFmtId=\"\(number)\" fontId=\"\(font)\" fillId=\"\(style.shaded ? 2 : 0)\" borderId=\"\(style.border ? 1 : 0)\" xfId=\"0\""
            if number != 0 { attributes += " applyNumberFormat=\"1\"" }
            attributes += " applyFont=\"1\" applyAlignment=\"1\"" + (style.border ? " applyBorder=\"1\"" : "")
                + (style.shaded ? " applyFill=\"1\"" : "")
            var alignment = "<alignment"
            if style.horizontal != .general { alignment += " horizontal=\"\(style.horizontal.rawValue)\"" }
            alignment += style.verticalCenter ? " vertical=\"center\"" : " vertical=\"top\""
            if style.wrap { alignment += " wrapText=\"1\"" }
            alignment += "/>"
            return "<xf \(attributes)>\(alignment)</xf>"
        }.joined() + "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }
}
