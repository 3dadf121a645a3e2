import Commendation
import Foundation
@testable import Papers
import Testing
import VietnameseText

/// Every document as Word, read back from its parts: the page and margins of Nghị định
/// 30/2020 from `sectPr`, fonts and sizes from the styles and the runs, the tables with their
/// repeated header rows, the text of the text rendering.
@Suite struct WordDocumentTests {
    private func parts(_ input: any DocumentInput) throws -> (document: String, styles: String, header: String, zip: ZipReader) {
        let zip = try ZipReader(try WordRenderer.document(input.paper))
        return (try zip.text("word/document.xml"), try zip.text("word/styles.xml"), try zip.text("word/header1.xml"), zip)
    }

    @Test(arguments: Ward.all.map(\.name))
    func pageMarginsAndFonts(_ name: String) throws {
        let input = try #require(Ward.all.first { $0.name == name }?.input)
        let (document, styles, header, zip) = try parts(input)
        #expect(zip.names.contains("[Content_Types].xml") && zip.names.contains("word/_rels/document.xml.rels"))
        let sections = XML.elements("w:sectPr", in: document)
        #expect(!sections.isEmpty)
        // The first section: A4 portrait, top and bottom 20 mm, left 30 mm, right 15 mm, no number on page 1.
        let first = sections[0]
        let size = try #require(XML.elements("w:pgSz", in: first).first)
        #expect(XML.attribute("w:w", of: size) == "11906" && XML.attribute("w:h", of: size) == "16838")
        let margins = try #require(XML.elements("w:pgMar", in: first).first)
        #expect(XML.attribute("w:top", of: margins) == "1134" && XML.attribute("w:bottom", of: margins) == "1134")
        #expect(XML.attribute("w:left", of: margins) == "1701" && XML.attribute("w:right", of: margins) == "850")
        #expect(first.contains("<w:titlePg/>"))
        #expect(first.contains("w:headerReference w:type=\"default\""))
        // The page number: a PAGE field centered in the header.
        #expect(header.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>") && header.contains("w:val=\"center\""))
        // Times New Roman, black, 14 pt by default; the body justified, first line 1 cm, 6 pt after.
        #expect(styles.contains("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""))
        #expect(styles.contains("<w:color w:val=\"000000\"/><w:sz w:val=\"28\"/>"))
        let body = try #require(XML.elements("w:style", in: styles).first { $0.contains("w:styleId=\"tdktBody\"") })
        #expect(body.contains("w:firstLine=\"567\"") && body.contains("w:after=\"120\"") && body.contains("<w:jc w:val=\"both\"/>"))
        // The national title 12 pt bold, the motto 13 pt bold, the place and date italic.
        if input.paper.blocks.contains(where: { if case .header = $0 { return true } else { return false } }) {
        #expect(run(containing: DocumentHeader.nationalTitle, in: document).contains("<w:b/><w:bCs/><w:sz w:val=\"24\"/>"))
        #expect(run(containing: DocumentHeader.motto, in: document).contains("<w:b/><w:bCs/><w:sz w:val=\"26\"/>"))
        #expect(run(containing: "Đầm Hà, ngày", in: document).contains("<w:i/>"))
        }
        // Every word of the text rendering is in the Word document, in NFC.
        let words = Set(XML.text(document).split(whereSeparator: \.isWhitespace).map(String.init))
        #expect(XML.text(document) == XML.text(document).nfc)
        for word in input.text(.plainText).split(whereSeparator: \.isWhitespace).map(String.init)
        where word.contains(where: \.isLetter) && !word.contains("|") && !word.contains("─") {
            #expect(words.contains(word) || XML.text(document).contains(word), "\(name): «\(word)» missing")
        }
    }

    /// The text run holding `text`.
    private func run(containing text: String, in xml: String) -> String {
        XML.elements("w:r", in: xml).first { $0.contains(text) } ?? ""
    }

    @Test func theDecisionsListIsARealTableOnALandscapePage() throws {
        let (document, _, _, _) = try parts(Ward.decision)
        let sections = XML.elements("w:sectPr", in: document)
        #expect(sections.count == 2)
        // The list has a note column: its page is turned.
        let size = try #require(XML.elements("w:pgSz", in: sections[1]).first)
        #expect(XML.attribute("w:orient", of: size) == "landscape" && XML.attribute("w:w", of: size) == "16838")
        #expect(!sections[1].contains("titlePg"))
        let table = try #require(XML.elements("w:tbl", in: document).first { $0.contains("Số sổ vàng") })
        let rows = XML.elements("w:tr", in: table)
        #expect(rows.count == 4)  // header, two awards, total
        #expect(rows[0].contains("<w:tblHeader/>") && !rows[1].contains("<w:tblHeader/>"))
        #expect(XML.elements("w:gridCol", in: table).count == 7)
        #expect(XML.text(rows[3]).contains("3.290.000"))
        #expect(rows[3].contains("<w:b/>"))
        // The signer and the recipients.
        #expect(run(containing: "Nơi nhận:", in: document).contains("<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val=\"24\"/>"))
        #expect(document.contains("- Lưu: VT, VHXH."))
        #expect(run(containing: "Phạm Quang Khải", in: document).contains("<w:b/>"))
    }

    @Test func groupHeadingsAreMergedCells() throws {
        let sheet = try #require(Ward.list.sheet)
        let zip = try ZipReader(try WordRenderer.document(sheet))
        let table = try #require(XML.elements("w:tbl", in: try zip.text("word/document.xml")).first)
        let rows = XML.elements("w:tr", in: table)
        #expect(rows[0].contains("<w:tblHeader/>") && rows[1].contains("<w:tblHeader/>"))
        #expect(rows[0].contains("<w:gridSpan w:val=\"3\"/>") && XML.text(rows[0]).contains("Kết quả bỏ phiếu"))
        #expect(rows[0].contains("<w:vMerge w:val=\"restart\"/>") && rows[1].contains("<w:vMerge/>"))
        #expect(XML.text(rows[1]).contains("Đồng ý"))
    }

    @Test func aDraftLeavesTheNumberAndDayBlank() throws {
        var draft = Ward.decision
        draft.header = DocumentHeader(parentBody: "Ủy ban nhân dân", issuingBody: "Phường Đầm Hà", number: nil, symbol: "QĐ-UBND",
                                      place: "Đầm Hà", date: nil, year: 2026)
        let (document, _, _, _) = try parts(draft)
        #expect(XML.text(document).contains("Số:\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/QĐ-UBND"))
        #expect(document.contains("Đầm Hà, ngày \u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0} tháng"))
    }

    /// A symbol is never split at its hyphen ("…/NĐ-" at the end of a line, "CP" on the next):
    /// a hyphen between two characters is Word's non-breaking hyphen; a dash between spaces is not.
    @Test func symbolsAreNeverSplitAtTheirHyphen() throws {
        let (document, _, _, _) = try parts(Ward.decision)
        #expect(document.contains("QĐ</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">UBND"))
        #expect(!document.contains("QĐ-UBND"))
        #expect(XML.text(document).contains("125/QĐ-UBND"))
        let dashed = WordRuns.run("Hội đồng - phường")
        #expect(dashed.contains("Hội đồng - phường") && !dashed.contains("noBreakHyphen"))
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        #expect(try WordRenderer.document(Ward.decision.paper) == WordRenderer.document(Ward.decision.paper))
    }
}
