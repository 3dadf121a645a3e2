import Foundation
import Testing
import Commendation

/// Every kind of bad input gives an ExchangeError naming the nomination, the key, what was
/// expected and what was found, in both languages.
@Suite("Exchange-format errors")
struct ExchangeErrorTests {
    /// One bad input: the file, then what the error must say.
    struct Bad: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        /// The nomination's label: nil for the file as a whole; otherwise the label must start
        /// with it (the id, or "#n").
        var nomination: String?
        var path: String
        /// What was found, as the message shows it; nil when the key is missing.
        var found: String?
        /// Words the expectation must contain, in Vietnamese and in English.
        var expectedVI: [String] = []
        var expectedEN: [String] = []

        var testDescription: String { name }
    }

    static func second(_ nomination: String) -> String { Exchange.file([Exchange.nomination(), nomination]) }

    static let person = Exchange.person
    static let personFields = #""type": "person", "familyName": "Nguyễn", "givenName": "Lan""#

    static let cases: [Bad] = [
        Bad(name: "top level not an object", text: "[1, 2]", nomination: nil, path: "", found: "[…]",
            expectedVI: ["một đối tượng JSON"], expectedEN: ["a JSON object"]),
        Bad(name: "nominations not an array", text: #"{"version": 1, "nominations": {"id": "x"}}"#, nomination: nil, path: "nominations",
            found: "{…}", expectedVI: ["danh sách đề nghị"], expectedEN: ["a list of nominations"]),
        Bad(name: "version 2", text: Exchange.file([Exchange.nomination()], version: "2"), nomination: nil, path: "version", found: "2",
            expectedVI: ["phiên bản 1"], expectedEN: ["version 1"]),
        Bad(name: "version as a string", text: Exchange.file([Exchange.nomination()], version: "\"1\""), nomination: nil, path: "version",
            found: "\"1\"", expectedVI: ["phiên bản 1"], expectedEN: ["version 1"]),
        Bad(name: "item not an object", text: Exchange.file([Exchange.nomination(), "42"]), nomination: "#2", path: "", found: "42",
            expectedVI: ["một đề nghị"], expectedEN: ["a nomination"]),
        Bad(name: "year as a string", text: second(Exchange.nomination(id: "2025-LDTT-0009", year: "\"2025\"")),
            nomination: "2025-LDTT-0009", path: "year", found: "\"2025\"", expectedVI: ["một năm"], expectedEN: ["a year"]),
        Bad(name: "year 20.5", text: second(Exchange.nomination(id: nil, year: "20.5")), nomination: "#2", path: "year", found: "20.5",
            expectedVI: ["số nguyên"], expectedEN: ["whole number"]),
        Bad(name: "year missing", text: #"{"award": "lao-dong-tien-tien", "kind": "cong-trang", "nominee": \#(person)}"#,
            nomination: "#1", path: "year", found: nil, expectedVI: ["một năm"], expectedEN: ["a year"]),
        Bad(name: "year out of range", text: Exchange.nomination(year: "10000"), nomination: "2025-LDTT-0001", path: "year", found: "10000",
            expectedVI: ["một năm"], expectedEN: ["a year"]),
        Bad(name: "unknown award code", text: second(Exchange.nomination(id: "X-2", award: #""huan-chuong-lao-dong""#)),
            nomination: "X-2", path: "award", found: "\"huan-chuong-lao-dong\"",
            expectedVI: ["vn-2025-07", "lao-dong-tien-tien", "chien-si-thi-dua-co-so", "gia-dinh-van-hoa", "chien-si-thi-dua-tinh"],
            expectedEN: ["vn-2025-07", "lao-dong-tien-tien", "bang-khen-tinh", "to-dan-pho-van-hoa"]),
        Bad(name: "award not a string", text: Exchange.nomination(award: "7"), nomination: "2025-LDTT-0001", path: "award", found: "7",
            expectedVI: ["mã danh hiệu"], expectedEN: ["an award code"]),
        Bad(name: "kind \"dot xuat\"", text: second(Exchange.nomination(id: "K", kind: #""dot xuat""#)), nomination: "K", path: "kind",
            found: "\"dot xuat\"", expectedVI: ["cong-trang, dot-xuat, chuyen-de"], expectedEN: ["cong-trang, dot-xuat, chuyen-de"]),
        Bad(name: "rating \"good\"", text: second(Exchange.nomination(id: "R", facts: #"{"rating": "good"}"#)), nomination: "R",
            path: "facts.rating", found: "\"good\"", expectedVI: ["xuat-sac, tot, hoan-thanh, khong-hoan-thanh"],
            expectedEN: ["xuat-sac, tot, hoan-thanh, khong-hoan-thanh"]),
        Bad(name: "nominee type missing", text: second(Exchange.nomination(id: "N", nominee: #"{"id": "P-1", "familyName": "Lê", "givenName": "An"}"#)),
            nomination: "N", path: "nominee.type", found: nil, expectedVI: ["person, collective, household, residential-group"],
            expectedEN: ["person, collective, household, residential-group"]),
        Bad(name: "nominee not an object", text: Exchange.nomination(nominee: #""P-1""#), nomination: "2025-LDTT-0001", path: "nominee",
            found: "\"P-1\"", expectedVI: ["đối tượng"], expectedEN: ["the nominee"]),
        Bad(name: "person without familyName", text: second(Exchange.nomination(id: "F", nominee: #"{"type": "person", "givenName": "Lan"}"#)),
            nomination: "F", path: "nominee.familyName", found: nil, expectedVI: ["họ"], expectedEN: ["family name"]),
        Bad(name: "person with empty givenName", text: Exchange.nomination(nominee: #"{"type": "person", "familyName": "Lê", "givenName": ""}"#),
            nomination: "2025-LDTT-0001", path: "nominee.givenName", found: "\"\"", expectedVI: ["tên"], expectedEN: ["given name"]),
        Bad(name: "collective without name", text: second(Exchange.nomination(id: "C", award: #""tap-the-lao-dong-tien-tien""#,
                                                                               nominee: #"{"type": "collective", "id": "C-1"}"#)),
            nomination: "C", path: "nominee.name", found: nil, expectedVI: ["tên"], expectedEN: ["the name"]),
        Bad(name: "sex unknown", text: Exchange.nomination(nominee: #"{\#(personFields), "sex": "f"}"#), nomination: "2025-LDTT-0001",
            path: "nominee.sex", found: "\"f\"", expectedVI: ["female, male"], expectedEN: ["female, male"]),
        Bad(name: "pending.discipline \"no\"", text: second(Exchange.nomination(id: "P", facts: #"{"pending": {"discipline": "no"}}"#)),
            nomination: "P", path: "facts.pending.discipline", found: "\"no\"", expectedVI: ["true hoặc false"], expectedEN: ["true or false"]),
        Bad(name: "pending not an object", text: Exchange.nomination(facts: #"{"pending": false}"#), nomination: "2025-LDTT-0001",
            path: "facts.pending", found: "false", expectedVI: ["discipline"], expectedEN: ["discipline"]),
        Bad(name: "members.total -1", text: second(Exchange.nomination(id: "M", award: #""tap-the-lao-dong-tien-tien""#,
                                                                       nominee: Exchange.collective, facts: #"{"members": {"total": -1}}"#)),
            nomination: "M", path: "facts.members.total", found: "-1", expectedVI: ["không âm"], expectedEN: ["non-negative"]),
        Bad(name: "laoDongTienTien > total", text: second(Exchange.nomination(id: "M2", award: #""tap-the-lao-dong-tien-tien""#, nominee: Exchange.collective,
                                                                              facts: #"{"members": {"total": 20, "laoDongTienTien": 25}}"#)),
            nomination: "M2", path: "facts.members.laoDongTienTien", found: "25", expectedVI: ["tổng số thành viên (20)"],
            expectedEN: ["at most the total (20)"]),
        Bad(name: "members.completedTasks 1.5", text: Exchange.nomination(nominee: Exchange.collective, facts: #"{"members": {"completedTasks": 1.5}}"#),
            nomination: "2025-LDTT-0001", path: "facts.members.completedTasks", found: "1.5", expectedVI: ["số nguyên"], expectedEN: ["whole number"]),
        Bad(name: "unknown exclusion code", text: second(Exchange.nomination(id: "E", award: #""gia-dinh-van-hoa""#,
                                                                             nominee: #"{"type": "household", "name": "Hộ A"}"#,
                                                                             facts: #"{"exclusions": ["tax", "karaoke"]}"#)),
            nomination: "E", path: "facts.exclusions", found: "\"karaoke\"", expectedVI: ["criminal-prosecution", "domestic-violence"],
            expectedEN: ["criminal-prosecution", "domestic-violence"]),
        Bad(name: "exclusions not a list", text: Exchange.nomination(facts: #"{"exclusions": "tax"}"#), nomination: "2025-LDTT-0001",
            path: "facts.exclusions", found: "\"tax\"", expectedVI: ["danh sách"], expectedEN: ["a list"]),
        Bad(name: "monthsWorked 13", text: second(Exchange.nomination(id: "W", facts: #"{"monthsWorked": 13}"#)), nomination: "W",
            path: "facts.monthsWorked", found: "13", expectedVI: ["từ 0 đến 12"], expectedEN: ["from 0 to 12"]),
        Bad(name: "monthsWorked -1", text: Exchange.nomination(facts: #"{"monthsWorked": -1}"#), nomination: "2025-LDTT-0001",
            path: "facts.monthsWorked", found: "-1", expectedVI: ["từ 0 đến 12"], expectedEN: ["from 0 to 12"]),
        Bad(name: "discipline level unknown", text: second(Exchange.nomination(id: "D", facts: #"{"discipline": [{"level": "phe-binh"}]}"#)),
            nomination: "D", path: "facts.discipline[0].level", found: "\"phe-binh\"", expectedVI: ["khien-trach", "buoc-thoi-viec"],
            expectedEN: ["khien-trach", "buoc-thoi-viec"]),
        Bad(name: "bad date 2025-02-30", text: second(Exchange.nomination(id: "D2", facts: #"{"discipline": [{"level": "canh-cao", "decided": "2024-01-01"}, {"level": "canh-cao", "until": "2025-02-30"}]}"#)),
            nomination: "D2", path: "facts.discipline[1].until", found: "\"2025-02-30\"", expectedVI: ["YYYY-MM-DD"], expectedEN: ["YYYY-MM-DD"]),
        Bad(name: "birth date in Vietnamese form", text: Exchange.nomination(nominee: #"{\#(personFields), "birthDate": "09/03/1984"}"#),
            nomination: "2025-LDTT-0001", path: "nominee.birthDate", found: "\"09/03/1984\"", expectedVI: ["YYYY-MM-DD"], expectedEN: ["YYYY-MM-DD"]),
        Bad(name: "personalId not 12 digits", text: second(Exchange.nomination(id: "I", nominee: #"{\#(personFields), "personalId": "00118401234"}"#)),
            nomination: "I", path: "nominee.personalId", found: "\"00118401234\"", expectedVI: ["12 chữ số"], expectedEN: ["12-digit"]),
        Bad(name: "personalId with a letter", text: Exchange.nomination(nominee: #"{\#(personFields), "personalId": "00118401234X"}"#),
            nomination: "2025-LDTT-0001", path: "nominee.personalId", found: "\"00118401234X\"", expectedVI: ["12 chữ số"], expectedEN: ["12-digit"]),
        Bad(name: "personalId sex digit disagrees", text: second(Exchange.nomination(id: "I2", nominee: #"{\#(personFields), "sex": "female", "birthDate": "1984-03-09", "personalId": "001084012345"}"#)),
            nomination: "I2", path: "nominee.personalId", found: "\"001084012345\"",
            expectedVI: ["1984", "chữ số thứ 4 là 1", "chữ số 5–6 là 84"], expectedEN: ["1984", "female"]),
        Bad(name: "personalId year digits disagree", text: Exchange.nomination(nominee: #"{\#(personFields), "sex": "female", "birthDate": "1984-03-09", "personalId": "001185012345"}"#),
            nomination: "2025-LDTT-0001", path: "nominee.personalId", found: "\"001185012345\"",
            expectedVI: ["chữ số thứ 4 là 1", "chữ số 5–6 là 84"], expectedEN: ["1984"]),
        Bad(name: "personalId century digit disagrees", text: Exchange.nomination(nominee: #"{\#(personFields), "sex": "male", "birthDate": "2005-06-01", "personalId": "001005012345"}"#),
            nomination: "2025-LDTT-0001", path: "nominee.personalId", found: "\"001005012345\"",
            expectedVI: ["chữ số thứ 4 là 2", "chữ số 5–6 là 05"], expectedEN: ["2005"]),
        Bad(name: "initiatives level \"xa\"", text: second(Exchange.nomination(id: "S", award: #""chien-si-thi-dua-co-so""#,
                                                                               facts: #"{"initiatives": [{"id": "SK-1", "level": "xa", "year": 2025}]}"#)),
            nomination: "S", path: "facts.initiatives[0].level", found: "\"xa\"", expectedVI: ["co-so, tinh, toan-quoc"],
            expectedEN: ["co-so, tinh, toan-quoc"]),
        Bad(name: "initiative without id", text: Exchange.nomination(facts: #"{"initiatives": [{"level": "co-so"}]}"#),
            nomination: "2025-LDTT-0001", path: "facts.initiatives[0].id", found: nil, expectedVI: ["chuỗi"], expectedEN: ["string"]),
        Bad(name: "research item not an object", text: Exchange.nomination(facts: #"{"research": ["DT-1"]}"#), nomination: "2025-LDTT-0001",
            path: "facts.research[0]", found: "\"DT-1\"", expectedVI: ["đối tượng JSON"], expectedEN: ["a JSON object"]),
        Bad(name: "history item without award", text: second(Exchange.nomination(id: "H", facts: #"{"history": [{"award": "giay-khen", "year": 2024}, {"year": 2024}]}"#)),
            nomination: "H", path: "facts.history[1].award", found: nil, expectedVI: ["chuỗi"], expectedEN: ["string"]),
        Bad(name: "history year as text", text: Exchange.nomination(facts: #"{"history": [{"award": "giay-khen", "year": "2024"}]}"#),
            nomination: "2025-LDTT-0001", path: "facts.history[0].year", found: "\"2024\"", expectedVI: ["một năm"], expectedEN: ["a year"]),
        Bad(name: "attestations map with a non-bool", text: second(Exchange.nomination(id: "A", facts: #"{"attestations": {"united": "yes"}}"#)),
            nomination: "A", path: "facts.attestations.united", found: "\"yes\"", expectedVI: ["true hoặc false"], expectedEN: ["true or false"]),
        Bad(name: "attested with a number", text: Exchange.nomination(facts: #"{"attested": ["united", 3]}"#), nomination: "2025-LDTT-0001",
            path: "facts.attested[1]", found: "3", expectedVI: ["mã"], expectedEN: ["a code"]),
        Bad(name: "facts not an object", text: Exchange.nomination(facts: "[]"), nomination: "2025-LDTT-0001", path: "facts", found: "[…]",
            expectedVI: ["dữ kiện"], expectedEN: ["the facts"]),
        Bad(name: "id not a string", text: Exchange.file([Exchange.nomination(), #"{"id": 12}"#]), nomination: "#2", path: "id", found: "12",
            expectedVI: ["chuỗi"], expectedEN: ["string"]),
        Bad(name: "ratingHistory rating unknown", text: Exchange.nomination(facts: #"{"ratingHistory": [{"year": 2024, "rating": "A"}]}"#),
            nomination: "2025-LDTT-0001", path: "facts.ratingHistory[0].rating", found: "\"A\"", expectedVI: ["xuat-sac"], expectedEN: ["xuat-sac"]),
    ]

    @Test(arguments: cases)
    func badInputNamesNominationKeyExpectationAndFinding(_ bad: Bad) throws {
        let error = try #require(Exchange.error(bad.text))
        #expect(error.syntax == nil)
        if let nomination = bad.nomination {
            let label = try #require(error.nomination)
            #expect(label.hasPrefix(nomination), "nomination \(label)")
        } else {
            #expect(error.nomination == nil)
        }
        #expect(error.path == bad.path)
        #expect(error.found == bad.found)
        for words in bad.expectedVI { #expect(error.expected.vi.contains(words), "expected (vi): \(error.expected.vi)") }
        for words in bad.expectedEN { #expect(error.expected.en.contains(words), "expected (en): \(error.expected.en)") }

        let vi = error.message(.vi)
        let en = error.message(.en)
        for message in [vi, en] {
            if let nomination = bad.nomination { #expect(message.contains(nomination), "\(message)") }
            if !bad.path.isEmpty { #expect(message.contains(bad.path), "\(message)") }
            if let found = bad.found { #expect(message.contains(found), "\(message)") }
        }
        #expect(vi.contains(error.expected.vi))
        #expect(en.contains(error.expected.en))
        #expect(vi.contains(bad.found == nil ? "không có" : "gặp"))
        #expect(en.contains(bad.found == nil ? "missing" : "found"))
        #expect(vi != en)
    }

    @Test(arguments: [(2025, "vn-2025-07"), (2024, "vn-2024-01")])
    func unknownAwardListsEveryCodeOfTheRulebookOfTheYear(_ row: (Int, String)) throws {
        let error = try #require(Exchange.error(Exchange.nomination(year: String(row.0), award: #""chien-si-thi-dua""#)))
        let rulebook = try #require(try Fixtures.shippedSet().rulebook(forYear: row.0))
        #expect(rulebook.id == row.1)
        #expect(error.path == "award")
        for code in rulebook.awards.map(\.code) {
            #expect(error.message(.vi).contains(code), "\(code)")
            #expect(error.message(.en).contains(code), "\(code)")
        }
        #expect(error.message(.vi).contains(row.1))
    }

    @Test func messageWording() throws {
        let error = try #require(Exchange.error(Self.second(Exchange.nomination(id: "2025-LDTT-0009", facts: #"{"rating": "good"}"#))))
        #expect(error.message(.vi).hasPrefix("đề nghị 2025-LDTT-0009"))
        #expect(error.message(.vi).contains("khóa facts.rating: cần một trong: xuat-sac, tot, hoan-thanh, khong-hoan-thanh; gặp \"good\""))
        #expect(error.message(.en).hasPrefix("nomination 2025-LDTT-0009"))
        #expect(error.message(.en).contains("key facts.rating: expected one of: xuat-sac, tot, hoan-thanh, khong-hoan-thanh; found \"good\""))
    }

    // MARK: Malformed JSON

    @Test func malformedJSONGivesLineAndColumnInCharacters() throws {
        let text = "{\n  \"version\": 1,\n  \"nominations\": [\n    {\"id\": \"Đợt-1\", \"year\": 2025,, \"award\": \"x\"}\n  ]\n}\n"
        let error = try #require(Exchange.error(text))
        let syntax = try #require(error.syntax)
        #expect(syntax.line == 4)
        #expect(syntax.column == 34)
        #expect(!syntax.detail.isEmpty)
        #expect(error.nomination == nil)
        #expect(error.message(.vi).hasPrefix("JSON không hợp lệ ở dòng 4, cột 34"))
        #expect(error.message(.en).hasPrefix("malformed JSON at line 4, column 34"))
    }

    @Test(arguments: [("{\"a\": 1}}", 1, 9), ("[1,\n2,\nx]", 3, 1), ("{\n\"a\": \"x\"\n\"b\": 2}", 3, 1),
                      ("{\n\"a\": \"x\ty\"}", 2, 8)])  // a raw tab in a string: "control character around character 9"
    func malformedJSONPositions(_ row: (String, Int, Int)) throws {
        let syntax = try #require(Exchange.error(row.0)?.syntax)
        #expect(syntax.line == row.1)
        #expect(syntax.column == row.2)
    }

    @Test func truncatedJSONIsMalformed() throws {
        let error = try #require(Exchange.error("{\"version\": 1, \"nominations\": ["))
        #expect(error.syntax != nil)
        #expect(error.message(.vi).hasPrefix("JSON không hợp lệ"))
        #expect(error.message(.en).hasPrefix("malformed JSON"))
    }

    @Test func emptyInputIsMalformed() throws {
        #expect(try #require(Exchange.error("")).syntax != nil)
    }

    @Test func noRulebookForTheYear() throws {
        let text = Exchange.nomination()
        #expect {
            _ = try ExchangeFormat.read(Data(text.utf8)) { _ in nil }
        } throws: { error in
            (error as? ExchangeError)?.path == "year"
        }
    }

    @Test func theFirstErrorStopsTheReading() throws {
        let text = Exchange.file([Exchange.nomination(id: "A", year: "\"x\""), Exchange.nomination(id: "B", kind: "\"y\"")])
        let error = try #require(Exchange.error(text))
        #expect(error.nomination?.hasPrefix("A") == true)
        #expect(error.path == "year")
    }
}
