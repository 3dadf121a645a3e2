import Commendation
import Foundation
import Papers
import Testing

/// Certificates: a page per award, each field where its layout says (with the printer's
/// offset), and layouts that leave the page refused.
@Suite struct CertificateTests {
    private let layout = CertificateLayout(
        blank: "giay-khen", name: "Giấy khen", awards: ["giay-khen"], pageWidth: 297, pageHeight: 210,
        offset: .init(x: 2, y: -1.5),
        boxes: [.init(field: .recipient, x: 20, y: 80, width: 257, height: 12, size: 22, bold: true),
                .init(field: .signerAuthority, x: 150, y: 140, width: 120, height: 14, size: 13, bold: true)])

    private func certificate(_ name: String) -> Certificate {
        Certificate(award: "giay-khen", awardName: "Giấy khen", isForm: true, recipient: name, detail: "", achievement: "đã có thành tích",
                    year: 2026, decision: "125/QĐ-UBND", decisionDate: CivilDate(year: 2026, month: 11, day: 20)!, honourRoll: "3/2026",
                    place: "Đầm Hà", issuer: "Chủ tịch Ủy ban nhân dân phường Đầm Hà",
                    signer: .deputy(of: "Chủ tịch", title: "Phó Chủ tịch", name: "Lê Thị Thu Hà"))
    }

    @Test func onePagePerCertificateEachFieldInPlace() throws {
        let data = try CertificateRenderer.document([certificate("Bà Hoàng Thị Lan"), certificate("Ông Đặng Văn Quý")], layouts: [layout])
        let document = try ZipReader(data).text("word/document.xml")
        let sections = XML.elements("w:sectPr", in: document)
        #expect(sections.count == 2)
        #expect(sections.allSatisfy { $0.contains("w:orient=\"landscape\"") && $0.contains("w:w=\"16838\"") })
        // The recipient's box at (20 + 2, 80 − 1.5) mm, in EMU.
        let anchors = XML.elements("wp:anchor", in: document)
        #expect(anchors.count == 4)
        let lan = try #require(anchors.first { $0.contains("Bà Hoàng Thị Lan") })
        #expect(lan.contains("<wp:positionH relativeFrom=\"page\"><wp:posOffset>792000</wp:posOffset>"))
        #expect(lan.contains("<wp:positionV relativeFrom=\"page\"><wp:posOffset>2826000</wp:posOffset>"))
        #expect(lan.contains("<wp:wrapNone/>") && lan.contains("<w:sz w:val=\"44\"/>"))
        // A deputy signs: two lines.
        let signer = try #require(anchors.first { $0.contains("KT. CHỦ TỊCH") })
        #expect(XML.elements("w:p", in: signer).count == 2 && signer.contains("PHÓ CHỦ TỊCH"))
    }

    @Test func theCalibrationPageShowsTheGridAndEveryBox() throws {
        let document = try ZipReader(try CertificateRenderer.calibration(layout)).text("word/document.xml")
        #expect(document.contains("Người, tập thể, hộ được khen (recipient) — x 22, y 78.5"))
        #expect(document.contains("srgbClr val=\"C00000\""))
        // Grid lines every 5 mm both ways (58 + 41), and the numbers every 20 mm.
        #expect(XML.elements("wp:anchor", in: document).count > 99)
    }

    @Test func anAwardWithoutABlankIsSaid() {
        var other = certificate("Bà Lan")
        other.award = "bang-khen-tinh"
        #expect(throws: CertificateRenderer.Problem.noBlank(award: "bang-khen-tinh")) {
            try CertificateRenderer.document([other], layouts: [layout])
        }
    }

    @Test func aLayoutThatLeavesThePageIsRefused() throws {
        let good = try JSONEncoder().encode(layout)
        #expect(try CertificateLayout(json: good) == layout)
        var shifted = layout
        shifted.offset = .init(x: 40, y: 0)  // the recipient's box now ends at 317 mm
        #expect(throws: CertificateLayout.Problem.self) { try CertificateLayout(json: try JSONEncoder().encode(shifted)) }
        #expect(throws: CertificateLayout.Problem.self) { try CertificateLayout(json: Data("{\"blank\": 1}".utf8)) }
    }
}
