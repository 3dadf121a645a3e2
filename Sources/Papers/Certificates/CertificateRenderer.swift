import Commendation
import Foundation

/// Writes certificates as one Word document, a page per certificate in the size of its blank,
/// each field in a text box at the millimetres its layout gives (moved by the layout's
/// offset): printed on the office's pre-printed blanks. And the calibration page: a
/// millimetre grid with the boxes of every field, to find the offset of a printer.
public enum CertificateRenderer {
    /// Why certificates cannot be written.
    public enum Problem: Error, Sendable, Hashable {
        /// No layout prints this award.
        case noBlank(award: String)
    }

    /// The .docx of `certificates`, each on the blank whose layout lists its award.
    public static func document(_ certificates: [Certificate], layouts: [CertificateLayout]) throws -> Data {
        var pages: [(CertificateLayout, String)] = []
        var id = 1
        for certificate in certificates {
            guard let layout = layouts.first(where: { $0.awards.contains(certificate.award) }) else {
                throw Problem.noBlank(award: certificate.award)
            }
            var shapes = ""
            for box in layout.boxes {
                let text = certificate[box.field]
                guard !text.isEmpty else { continue }
                shapes += WordDrawing.shape(id: id, frame: frame(box, layout), paragraphs: paragraphs(text, box))
                id += 1
            }
            pages.append((layout, shapes))
        }
        return try package(pages, title: "Giấy khen, giấy chứng nhận")
    }

    /// The calibration page of `layout`: a grid every 5 mm (darker every 10 mm, numbered),
    /// and each field's box outlined in red with its name, where it prints with the current
    /// offset.
    public static func calibration(_ layout: CertificateLayout) throws -> Data {
        var shapes = ""
        var id = 1
        func add(_ shape: String) {
            shapes += shape
            id += 1
        }
        var x = 5.0
        while x < layout.pageWidth {
            let major = Int(x) % 10 == 0
            add(WordDrawing.shape(id: id, frame: .init(x: x, y: 0, width: major ? 0.25 : 0.12, height: layout.pageHeight),
                                  fill: major ? "909090" : "D0D0D0"))
            if major, Int(x) % 20 == 0 {
                add(WordDrawing.shape(id: id, frame: .init(x: x + 0.6, y: 1, width: 8, height: 3),
                                      paragraphs: label("\(Int(x))", size: 6, align: "left")))
            }
            x += 5
        }
        var y = 5.0
        while y < layout.pageHeight {
            let major = Int(y) % 10 == 0
            add(WordDrawing.shape(id: id, frame: .init(x: 0, y: y, width: layout.pageWidth, height: major ? 0.25 : 0.12),
                                  fill: major ? "909090" : "D0D0D0"))
            if major, Int(y) % 20 == 0 {
                add(WordDrawing.shape(id: id, frame: .init(x: 1, y: y + 0.6, width: 8, height: 3),
                                      paragraphs: label("\(Int(y))", size: 6, align: "left")))
            }
            y += 5
        }
        for box in layout.boxes {
            let text = "\(box.field.label) (\(box.field.rawValue)) — x \(format(box.x + layout.offset.x)), y \(format(box.y + layout.offset.y))"
            add(WordDrawing.shape(id: id, frame: frame(box, layout), line: "C00000", lineWidth: 0.35,
                                  paragraphs: label(text, size: min(9, max(6, box.height * 0.8)), align: "center")))
        }
        let title = "Trang căn chỉnh: \(layout.name) — độ lệch x \(format(layout.offset.x)) mm, y \(format(layout.offset.y)) mm. "
            + "In lên phôi hoặc giấy trắng rồi đặt chồng lên phôi, đo độ lệch và sửa \"offset\" trong tệp bố cục."
        add(WordDrawing.shape(id: id, frame: .init(x: 12, y: layout.pageHeight - 12, width: layout.pageWidth - 24, height: 8),
                              paragraphs: label(title, size: 8, align: "center")))
        return try package([(layout, shapes)], title: "Trang căn chỉnh \(layout.name)")
    }

    private static func frame(_ box: CertificateLayout.Box, _ layout: CertificateLayout) -> WordDrawing.Frame {
        WordDrawing.Frame(x: box.x + layout.offset.x, y: box.y + layout.offset.y, width: box.width, height: box.height)
    }

    /// The text of a field, a paragraph per line, in the box's type.
    private static func paragraphs(_ text: String, _ box: CertificateLayout.Box) -> String {
        let halfPoints = Int((box.size * 2).rounded())
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            WordRuns.paragraph(String(line), WordRuns.ParagraphFormat(alignment: alignment(box.align), before: 0, after: 0, line: 240),
                               run: .init(bold: box.bold, italic: box.italic, size: halfPoints))
        }.joined()
    }

    private static func label(_ text: String, size: Double, align: String) -> String {
        WordRuns.paragraph(text, WordRuns.ParagraphFormat(alignment: alignment(align), before: 0, after: 0, line: 240),
                           run: .init(size: Int((size * 2).rounded())))
    }

    private static func alignment(_ align: String) -> String {
        switch align {
        case "left": return "left"
        case "right": return "right"
        default: return "center"
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// The package: a section per page, in its blank's size (landscape when wider than
    /// tall), without page numbers.
    private static func package(_ pages: [(CertificateLayout, String)], title: String) throws -> Data {
        var body = XMLText.declaration + "<w:document \(WordParts.namespaces) \(WordDrawing.namespaces)><w:body>"
        for (index, page) in pages.enumerated() {
            let (layout, shapes) = page
            let width = Int((layout.pageWidth * 1440 / 25.4).rounded()), height = Int((layout.pageHeight * 1440 / 25.4).rounded())
            let size = "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"" + (width > height ? " w:orient=\"landscape\"" : "") + "/>"
                + "<w:pgMar w:top=\"567\" w:right=\"567\" w:bottom=\"567\" w:left=\"567\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/>"
            if index == pages.count - 1 {
                body += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>\(shapes)</w:p><w:sectPr>\(size)</w:sectPr>"
            } else {
                body += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:sectPr>\(size)</w:sectPr></w:pPr>\(shapes)</w:p>"
            }
        }
        body += "</w:body></w:document>"
        var zip = ZipArchive()
        try zip.add("[Content_Types].xml", WordParts.contentTypes.replacingOccurrences(
            of: "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>",
            with: ""))
        try zip.add("_rels/.rels", WordParts.packageRelationships)
        try zip.add("docProps/core.xml", WordParts.coreProperties(title: title))
        try zip.add("word/document.xml", body)
        try zip.add("word/styles.xml", WordStyles.xml)
        try zip.add("word/settings.xml", WordParts.settings)
        try zip.add("word/_rels/document.xml.rels", WordParts.documentRelationships.replacingOccurrences(
            of: "<Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>",
            with: ""))
        return zip.data
    }
}
