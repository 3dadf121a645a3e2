import Testing
@testable import Commendation

/// The one CSV writer neutralises cells a spreadsheet would run as formulas.
@Suite struct CSVTextTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\",\"Bấm\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"Bấm\"\")\""), ("+84912345678", "'+84912345678"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"), ("@SUM(A1:A9)", "'@SUM(A1:A9)"), ("\tLan", "'\tLan"),
        ("\r=1+1", "\"'\r=1+1\""),
    ])
    func aCellThatWouldBeAFormulaGetsAQuoteInFront(_ row: (String, String)) {
        #expect(CSVText.field(row.0) == row.1)
    }

    @Test func otherCellsAreWrittenAsTheyAre() {
        for text in ["Nguyễn Thị Lan", "2340000", "85,7", "09/03/1984", "Lê Văn Tám (=)", "a-b", "", "'quoted"] {
            #expect(CSVText.field(text) == (text.contains(",") ? "\"\(text)\"" : text), "\(text)")
        }
        #expect(CSVText.document([["=1", "x"], ["y", "@z"]]) == "'=1,x\r\ny,'@z\r\n")
    }
}
