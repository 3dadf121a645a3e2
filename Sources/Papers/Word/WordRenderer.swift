import Commendation
import Foundation

/// Writes a `Paper` as a Word document (.docx) in the layout of Nghị định 30/2020/NĐ-CP,
/// Phụ lục I (`WordLayout`): A4, the decree's margins, Times New Roman, the two-column
/// header, the title with its rule, justified body paragraphs with a first-line indent, tables
/// whose header row repeats on every page, "Nơi nhận" and the signer, page numbers centered in
/// the top margin from the second page. A new page in landscape starts a section of its own.
public enum WordRenderer {
    /// The .docx file's bytes.
    public static func document(_ paper: Paper) throws -> Data {
        var package = ZipArchive()
        try package.add("[Content_Types].xml", WordParts.contentTypes)
        try package.add("_rels/.rels", WordParts.packageRelationships)
        try package.add("docProps/core.xml", WordParts.coreProperties(title: paper.name))
        try package.add("word/document.xml", body(paper))
        try package.add("word/styles.xml", WordStyles.xml)
        try package.add("word/settings.xml", WordParts.settings)
        try package.add("word/header1.xml", WordParts.pageNumberHeader)
        try package.add("word/_rels/document.xml.rels", WordParts.documentRelationships)
        return package.data
    }

    /// `word/document.xml`.
    static func body(_ paper: Paper) -> String {
        var xml = XMLText.declaration + "<w:document \(WordParts.namespaces)><w:body>"
        var orientation = PaperOrientation.portrait
        var first = true
        var previous: PaperBlock?
        for block in paper.blocks {
            let width = orientation == .portrait ? WordLayout.textWidth : WordLayout.landscapeTextWidth
            switch block {
            case .header(let header):
                xml += WordHeaderBlock.header(header, width: width)
            case .title(let type, let summary):
                xml += WordHeaderBlock.title(type: type, summary: summary, width: width)
            case .paragraph(let paragraph):
                xml += self.paragraph(paragraph)
            case .item(let item):
                xml += self.item(item)
            case .table(let table):
                xml += WordTables.table(table, width: width)
            case .closing(let closing):
                xml += WordClosing.closing(closing, width: width)
            case .signatures(let left, let right):
                xml += WordClosing.signatures(left: left, right: right, width: width)
            case .columns(let left, let right):
                let lines = { (runs: [TextRun], alignment: String) in
                    runs.map { WordRuns.paragraph(WordRuns.runs([$0]), WordRuns.ParagraphFormat(style: "tdktHeader", alignment: alignment)) }
                        .joined()
                }
                xml += WordFrameTable.table(widths: [width / 2, width - width / 2], rows: [[lines(left, "left"), lines(right, "center")]])
            case .space:
                if let previous, case .space = previous { break }
                if case .title = previous { break }
                xml += WordRuns.paragraph("", WordRuns.ParagraphFormat(before: 0, after: 0, size: 12))
            case .newPage(let next):
                // The section that ends carries its properties in its last paragraph.
                xml += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>"
                    + sectionProperties(orientation, first: first) + "<w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>"
                orientation = next
                first = false
            }
            previous = block
        }
        // A table cannot end a section: a last, tiny paragraph holds nothing but the mark.
        if case .table? = previous { xml += WordRuns.paragraph("", WordRuns.ParagraphFormat(before: 0, after: 0, size: 2)) }
        if case .closing? = previous { xml += WordRuns.paragraph("", WordRuns.ParagraphFormat(before: 0, after: 0, size: 2)) }
        if case .signatures? = previous { xml += WordRuns.paragraph("", WordRuns.ParagraphFormat(before: 0, after: 0, size: 2)) }
        xml += sectionProperties(orientation, first: first)
        return xml + "</w:body></w:document>"
    }

    /// A body paragraph (justified, the first line indented) or a centered line.
    static func paragraph(_ paragraph: PaperParagraph) -> String {
        if paragraph.alignment == .centered {
            return WordRuns.paragraph(WordRuns.runs(paragraph.runs), WordRuns.ParagraphFormat(style: "tdktCenter"))
        }
        return WordRuns.paragraph(WordRuns.runs(paragraph.runs),
                                  WordRuns.ParagraphFormat(style: "tdktBody", firstLine: firstLine(paragraph.indent)))
    }

    /// An item: its marker and text as one justified paragraph, its first line indented like
    /// a body paragraph, the whole item moved in as far as it is nested beyond the body.
    static func item(_ item: PaperItem) -> String {
        let nesting = max(0, firstLine(item.indent) - WordLayout.firstLineIndent)
        return WordRuns.paragraph(WordRuns.run(item.marker + " ") + WordRuns.runs(item.runs),
                                  WordRuns.ParagraphFormat(style: "tdktBody", firstLine: WordLayout.firstLineIndent,
                                                           left: nesting == 0 ? nil : nesting))
    }

    /// The first-line indent for a nesting of `indent` characters of 80-column text: none for
    /// 0, 1 cm for a body paragraph (4), a quarter of a centimetre more for each further
    /// character.
    static func firstLine(_ indent: Int) -> Int {
        indent <= 0 ? 0 : WordLayout.firstLineIndent + (indent - 4) * 142
    }

    /// `w:sectPr` of a section: A4 in `orientation`, the decree's margins, the page number
    /// header; the first section shows no number on its first page.
    static func sectionProperties(_ orientation: PaperOrientation, first: Bool) -> String {
        var xml = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
        if orientation == .portrait {
            xml += "<w:pgSz w:w=\"\(WordLayout.pageWidth)\" w:h=\"\(WordLayout.pageHeight)\"/>"
            xml += "<w:pgMar w:top=\"\(WordLayout.top)\" w:right=\"\(WordLayout.right)\" w:bottom=\"\(WordLayout.bottom)\" "
                + "w:left=\"\(WordLayout.left)\" w:header=\"\(WordLayout.headerDistance)\" w:footer=\"0\" w:gutter=\"0\"/>"
        } else {
            xml += "<w:pgSz w:w=\"\(WordLayout.pageHeight)\" w:h=\"\(WordLayout.pageWidth)\" w:orient=\"landscape\"/>"
            xml += "<w:pgMar w:top=\"\(WordLayout.landscapeTop)\" w:right=\"\(WordLayout.landscapeSide)\" "
                + "w:bottom=\"\(WordLayout.landscapeBottom)\" w:left=\"\(WordLayout.landscapeSide)\" "
                + "w:header=\"\(WordLayout.headerDistance)\" w:footer=\"0\" w:gutter=\"0\"/>"
        }
        if first { xml += "<w:titlePg/>" }
        return xml + "</w:sectPr>"
    }
}
