import Commendation
import Foundation
import Papers
import Testing

/// Lists as Excel workbooks, read back: frozen header, filter, widths, values and their
/// formats, merged cells, print setup.
@Suite struct SpreadsheetTests {
    private func sheet(_ paper: Paper) throws -> (sheet: String, workbook: String, styles: String) {
        let zip = try ZipReader(try SheetRenderer.workbook([paper]))
        return (try zip.text("xl/worksheets/sheet1.xml"), try zip.text("xl/workbook.xml"), try zip.text("xl/styles.xml"))
    }

    @Test func thePaymentListKeepsMoneyAsNumbers() throws {
        let (sheet, workbook, styles) = try sheet(try #require(Ward.payments.sheet))
        // The header row is frozen and filtered; it repeats on every printed page.
        let pane = try #require(XML.elements("pane", in: sheet).first)
        #expect(XML.attribute("state", of: pane) == "frozen")
        let frozen = try #require(Int(XML.attribute("ySplit", of: pane) ?? ""))
        let filter = try #require(XML.elements("autoFilter", in: sheet).first)
        #expect(XML.attribute("ref", of: filter) == "A\(frozen):E\(frozen + 2)")  // the header and the two payments, not the total
        #expect(workbook.contains("_xlnm._FilterDatabase") && workbook.contains("_xlnm.Print_Titles"))
        #expect(XML.elements("col", in: sheet).count == 5)
        // 760 000 and 2 530 000 as numbers in the "#,##0" format; the total too.
        let cells = XML.elements("c", in: sheet)
        let money = cells.filter { $0.contains("<v>760000</v>") || $0.contains("<v>2530000</v>") || $0.contains("<v>3290000</v>") }
        #expect(money.count == 3)
        let formats = XML.elements("xf", in: XML.elements("cellXfs", in: styles).first ?? "")
        for cell in money {
            let style = try #require(Int(XML.attribute("s", of: cell) ?? ""))
            #expect(XML.attribute("numFmtId", of: formats[style]) == "3")
        }
        #expect(XML.text(sheet, tag: "t").contains("Ký nhận"))
        #expect(sheet.contains("<pageSetup paperSize=\"9\""))
    }

    @Test func theBallotIsThreeNumbersUnderOneHeading() throws {
        let (sheet, _, _) = try sheet(try #require(Ward.list.sheet))
        let merges = XML.elements("mergeCell", in: sheet).compactMap { XML.attribute("ref", of: $0) }
        #expect(merges.contains("E5:G5"))  // "Kết quả bỏ phiếu" over Đồng ý, Tổng số, Tỷ lệ
        #expect(merges.contains("A5:A6"))  // STT down through both header rows
        #expect(sheet.contains("<v>14</v>") && sheet.contains("<v>85.7</v>"))
    }

    @Test func datesAreDatesShownTheVietnameseWay() throws {
        let table = PaperTable(columns: [.init("Ngày sinh")], rows: [PaperTable.Row([PaperCell.date(CivilDate(year: 1985, month: 4, day: 5)!)])])
        let (sheet, _, styles) = try sheet(Paper(name: "Ngày", blocks: [.table(table)]))
        #expect(sheet.contains("<v>31142</v>"))  // 05/04/1985 as Excel counts days
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"))
    }

    @Test func sheetNamesAreValidAndUnique() throws {
        let paper = Paper(name: "Danh sách: quá [dài] / để làm tên trang tính nào cả", blocks: [])
        let zip = try ZipReader(try SheetRenderer.workbook([paper, paper]))
        let names = XML.elements("sheet", in: try zip.text("xl/workbook.xml")).compactMap { XML.attribute("name", of: $0) }
        #expect(names.count == 2 && Set(names).count == 2)
        #expect(names.allSatisfy { $0.count <= 31 && !$0.contains(":") && !$0.contains("[") && !$0.contains("/") })
    }
}
