import Commendation
import Foundation
import Testing

/// CSV as wards send it, and anything else: the reader never crashes, and every rejection says
/// its line and column.
@Suite struct CSVReaderTests {
    @Test func commaSemicolonOrTabAndQuotes() throws {
        let comma = try CSVReader.read("STT,Họ và tên,Ghi chú\r\n1,Nguyễn Văn A,\"có dấu phẩy, và \"\"ngoặc\"\"\"\r\n")
        #expect(comma.separator == ",")
        #expect(comma.headers == ["STT", "Họ và tên", "Ghi chú"])
        #expect(comma.records == [.init(line: 2, fields: ["1", "Nguyễn Văn A", "có dấu phẩy, và \"ngoặc\""])])
        let semicolon = try CSVReader.read("\u{FEFF}Họ tên;Ngày sinh\n\nTrần Thị B;01/02/1990\n")
        #expect(semicolon.separator == ";")
        #expect(semicolon.headers == ["Họ tên", "Ngày sinh"])
        #expect(semicolon.records == [.init(line: 3, fields: ["Trần Thị B", "01/02/1990"])])
        let tab = try CSVReader.read("a\tb\n1\t2")
        #expect(tab.separator == "\t" && tab.records.first?.fields == ["1", "2"])
        // A quoted field may span lines; the next record keeps its own line number.
        let multiline = try CSVReader.read("a,b\n\"dòng một\ndòng hai\",x\ny,z\n")
        try #require(multiline.records.map(\.line) == [2, 4])
        #expect(multiline.records[0].fields[0] == "dòng một\ndòng hai")
    }

    @Test func decomposedTextIsReadAsNFC() throws {
        let table = try CSVReader.read("Ho\u{0323} te\u{0302}n\nNguye\u{0302}\u{0303}n\n")
        #expect(Array(table.headers[0].unicodeScalars) == Array("Họ tên".unicodeScalars))
        #expect(ImportField.recognise(table.headers[0]) == .fullName)
    }

    @Test func malformedTextSaysWhere() {
        #expect(throws: CSVError.self) { try CSVReader.read("") }
        do {
            _ = try CSVReader.read("a,b\n1,\"không đóng\n2,3\n")
            Issue.record("an unclosed quote was accepted")
        } catch let error as CSVError {
            #expect(error.line == 2 && error.column == 3)
            #expect(error.message.vi.contains("không được đóng"))
        } catch {
            Issue.record("\(error)")
        }
        do {
            _ = try CSVReader.read("a,b\n\"x\"y,2\n")
            Issue.record("text after a closing quote was accepted")
        } catch let error as CSVError {
            #expect(error.line == 2 && error.column == 4)
        } catch {
            Issue.record("\(error)")
        }
    }

    /// Random text of CSV's own characters and Vietnamese letters: either a table whose records
    /// stay within the text's lines, or an error inside the text.
    @Test func noInputCrashes() {
        let alphabet = Array("ab,;\t\"\n\r ễĐ1\u{0301}\u{FEFF}")
        var generator = SeededGenerator(seed: 0x7D_6B_74)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).count
            do {
                let table = try CSVReader.read(text)
                #expect(table.records.allSatisfy { $0.line >= 2 && $0.line <= max(lines, 2) }, "\(text.debugDescription)")
            } catch let error as CSVError {
                #expect(error.line >= 1 && error.line <= max(lines, 1) && error.column >= 1, "\(text.debugDescription)")
            } catch {
                Issue.record("unexpected \(error) for \(text.debugDescription)")
            }
        }
    }
}

/// A small deterministic generator, so that a failing input can be found again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
