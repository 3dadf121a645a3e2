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

    /// Fields that ask for quotes, or NFC, or neither, as bytes: what an export appends.
    @Test(arguments: [
        ("say \"hi\"", "\"say \"\"hi\"\"\""), (" Lan", "\" Lan\""), ("Lan ", "\"Lan \""), ("tab\there", "tab\there"),
        ("line\nbreak", "\"line\nbreak\""), ("cr\r", "\"cr\r\""), ("a\r\nb", "\"a\r\nb\""), ("Nguye\u{0302}\u{0303}n", "Nguyễn"),
        ("東京", "東京"), ("👍🏽", "👍🏽"), ("\u{7F}del", "\u{7F}del"), ("Đặng Thuỳ Dương", "Đặng Thuỳ Dương"), (",", "\",\""),
        ("\"", "\"\"\"\""), ("a,\u{301}b", "\"a,\u{301}b\""), ("=1 ", "\"'=1 \""), ("-", "'-"), (" ", "\" \""), ("", ""),
    ])
    func aFieldIsQuotedAndNormalisedAsItMustBe(_ row: (String, String)) {
        #expect(CSVText.field(row.0) == row.1)
        var out: [UInt8] = [0x41]
        CSVText.appendField(row.0, to: &out)
        #expect(out == [0x41] + Array(row.1.utf8))
    }

    @Test func aRecordJoinsItsFieldsWithCommas() {
        var out: [UInt8] = []
        CSVText.appendRecord(["Hà Nội", "a,b", "", "@x"], to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "Hà Nội,\"a,b\",,'@x")
        #expect(CSVText.record(["Hà Nội", "a,b", "", "@x"]) == "Hà Nội,\"a,b\",,'@x")
        #expect(CSVText.record([]) == "" && CSVText.record([""]) == "")
    }
}
