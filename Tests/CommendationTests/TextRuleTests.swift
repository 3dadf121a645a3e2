import Foundation
import Testing
@testable import Commendation
import VietnameseText

/// Names and text refuse control characters and bidirectional overrides, with their place, and
/// hold at most their field's length — in the nomination form's draft, in CSV rows and in the
/// exchange format alike.
@Suite struct TextRuleTests {
    /// Every character the rule refuses: C0 (NUL, BEL, tab, line breaks, ESC), DEL, C1 (NEL,
    /// CSI, OSC), the embeddings, overrides and isolates.
    static let controls: [Unicode.Scalar] = ["\u{0}", "\u{7}", "\u{9}", "\u{A}", "\u{D}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}",
                                             "\u{85}", "\u{9B}", "\u{9D}", "\u{9F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
                                             "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]

    @Test(arguments: controls)
    func aControlCharacterIsFoundWithItsPlace(_ control: Unicode.Scalar) throws {
        let text = "Nguyễn" + String(control) + "Văn"
        let problem = try #require(TextRule.namePart.problem(in: text))
        #expect(problem == .control(TextControl(scalar: control, column: 7)))
        #expect(problem.message.vi.contains(control.codePointName + (control.controlName.map { " (\($0))" } ?? "")))
        #expect(problem.message.vi.contains("ký tự thứ 7"))
        #expect(problem.message.en.contains("at character 7"))
    }

    @Test func ordinaryTextPasses() {
        for text in ["Nguyễn Thị Hồng Nhung", "H’Mông", "Ê Đê", "Lê Văn Tám (1999)", "Khu phố 3 — «Bình Minh»", "a\u{200E}b", ""] {
            #expect(TextRule.namePart.problem(in: text) == nil, "\(text)")
        }
    }

    @Test func everyFieldHasALength() {
        #expect(TextRule.namePart.problem(in: String(repeating: "ễ", count: 100)) == nil)
        #expect(TextRule.namePart.problem(in: String(repeating: "ễ", count: 101)) == .tooLong(length: 101, limit: 100))
        // Decomposed letters count once; stray marks count each.
        #expect(TextRule.namePart.problem(in: String(repeating: "e\u{0302}\u{0303}", count: 100)) == nil)
        #expect(TextRule.namePart.problem(in: "a" + String(repeating: "\u{0301}", count: 150)) != nil)
        #expect(TextRule.note.problem(in: String(repeating: "x", count: 2_001)) == .tooLong(length: 2_001, limit: 2_000))
        #expect([TextRule.namePart, .name, .position, .movement, .note, .identifier].map(\.maxLength) == [100, 200, 200, 300, 2_000, 64])
        #expect(TextRule.tooLongMessageExample.vi == "dài 101 ký tự, quá giới hạn 100 ký tự")
    }

    @Test func aNoteKeepsItsLinesAsSpaces() {
        #expect(TextRule.note.normalised(" Lý do A\r\nLý do B\n\tghi thêm ") == "Lý do A Lý do B ghi thêm")
        #expect(TextRule.note.problem(in: TextRule.note.normalised("Lý do A\r\nLý do B")) == nil)
        #expect(TextRule.namePart.normalised("Lan\n") == "Lan")
        #expect(TextRule.namePart.problem(in: TextRule.namePart.normalised("Hồng\nNhung")) != nil)
    }

    // MARK: The nomination form's draft

    @Test func theDraftRefusesControlCharactersAndLongText() throws {
        let rulebook = try Fixtures.shippedRulebook()
        var draft = NominationDraftTests.validDraft()
        var person = NominationDraftTests.newPerson(family: "Nguy\u{0}ễn")
        person.position = "Cán bộ\u{202E}"
        draft.nominee = .new(person)
        draft.note = String(repeating: "x", count: 2_001)
        let issues = draft.validate(rulebook: rulebook, today: NominationDraftTests.today)
        #expect(issues.contains(ValidationIssue(.familyName, .controlCharacter, text: .control(TextControl(scalar: "\u{0}", column: 5)))))
        #expect(issues.contains(ValidationIssue(.position, .controlCharacter, text: .control(TextControl(scalar: "\u{202E}", column: 7)))))
        #expect(issues.contains(ValidationIssue(.note, .tooLong, text: .tooLong(length: 2_001, limit: 2_000))))
        var collective = NomineeDraft(type: .collective)
        collective.name = "Tổ \u{1B}[31mđỏ"
        draft.nominee = .new(collective)
        draft.award = "tap-the-lao-dong-tien-tien"
        draft.note = "Ghi chú\u{7}"
        let more = draft.validate(rulebook: rulebook, today: NominationDraftTests.today)
        #expect(more.contains { $0.field == .name && $0.problem == .controlCharacter })
        #expect(more.contains { $0.field == .note && $0.problem == .controlCharacter })
    }

    // MARK: CSV rows

    @Test func aCSVCellWithAControlCharacterIsAProblemAtItsLineAndColumn() throws {
        let rulebook = try Fixtures.shippedRulebook()
        let text = "Họ và tên,Ngày sinh,Ghi chú\nNguy\u{0}ễn Văn An,01/02/1990,\nLê Thị Ba,03/04/1991,\"có \u{1B}]0;tiêu đề\u{7}\"\n"
            + "Trần\u{202E} Văn Cường,05/06/1992,\n"
        let reading = ImportReading.read(try CSVReader.read(text), kind: .people, rulebook: { _ in rulebook }, defaultYear: 2026)
        #expect(reading.problems.map(\.line) == [2, 4])  // people keep no note
        let first = try #require(reading.problems.first)
        #expect(first.column == 1 && first.header == "Họ và tên")
        #expect(first.text(.vi).hasPrefix("dòng 2, cột 1 (Họ và tên): có ký tự điều khiển U+0000 (NUL) ở ký tự thứ 5"))
        let nominations = ImportReading.read(try CSVReader.read("Họ và tên,Danh hiệu,Ghi chú\nLê Thị Ba,Lao động tiên tiến,\"có \u{1B}[2J\"\n"),
                                             kind: .nominations, rulebook: { _ in rulebook }, defaultYear: 2025)
        #expect(nominations.problems.map { [$0.line, $0.column ?? 0] } == [[2, 3]])
    }

    @Test func aCSVCellTooLongIsAProblem() throws {
        let rulebook = try Fixtures.shippedRulebook()
        let long = String(repeating: "Hồng ", count: 30)
        let reading = ImportReading.read(try CSVReader.read("Họ;Đệm;Tên\nNguyễn;\(long);Lan\n"), kind: .people,
                                         rulebook: { _ in rulebook }, defaultYear: 2026)
        #expect(reading.problems.map { [$0.line, $0.column ?? 0] } == [[2, 2]])
        #expect(reading.problems.first?.message.en.contains("over the limit of 100") == true)
        // A name in one column splits into parts, each held to a part's length.
        let one = ImportReading.read(try CSVReader.read("Họ và tên\nNguyễn \(long)Lan\n"), kind: .people,
                                     rulebook: { _ in rulebook }, defaultYear: 2026)
        #expect(one.problems.map { [$0.line, $0.column ?? 0] } == [[2, 1]])
        #expect(one.problems.first?.message.vi.hasPrefix("phần đệm của tên dài 149 ký tự") == true)
    }

    // MARK: The exchange format

    @Test(arguments: [
        ("familyName", #""Nguy\u0000ễn""#, "nominee.familyName"), ("givenName", #""Lan\u001b[31m""#, "nominee.givenName"),
        ("position", #""Cán bộ\u202e""#, "nominee.position"), ("unit", #""\u009b2J""#, "nominee.unit"),
    ])
    func anExchangeStringWithAControlIsRefusedWhereItStands(_ row: (String, String, String)) throws {
        var nominee = Exchange.person
        let key = "\"\(row.0)\": "
        if let range = nominee.range(of: key + "\"Nguyễn\"") ?? nominee.range(of: key + "\"Lan\"") {
            nominee.replaceSubrange(range, with: key + row.1)
        } else {
            nominee = String(nominee.dropLast()) + ", " + key + row.1 + "}"
        }
        let error = try #require(Exchange.error(Exchange.nomination(nominee: nominee)))
        #expect(error.path == row.2)
        #expect(error.expected.vi.contains("không có ký tự điều khiển"))
        #expect(error.position?.line == 1)
    }

    @Test func exchangeTextHasItsLengths() throws {
        let movement = Exchange.nomination(extra: ", \"movement\": \"" + String(repeating: "x", count: 301) + "\"")
        let error = try #require(Exchange.error(movement))
        #expect(error.path == "movement" && error.expected.vi.contains("tối đa 300 ký tự"))
        let note = Exchange.nomination(extra: ", \"note\": \"Lý do A\\nLý do B\"")
        #expect(try Exchange.read(note).nominations.first?.note == "Lý do A Lý do B")
        let escape = Exchange.nomination(extra: ", \"note\": \"\\u001b]0;x\\u0007\"")
        #expect(try #require(Exchange.error(escape)).path == "note")
    }

    /// Keeping a text in one pass gives what normalising it and then looking for its problem
    /// give, on texts put together at random from plain letters, marks written apart, spaces at
    /// the ends, controls, overrides and letters of other scripts, under each rule.
    @Test func keepingInOnePassAgreesWithNormalisingThenChecking() {
        let pieces = ["Nguyễn", "Văn", "A", "-", "(", ")", "1", " ", "  ", "e\u{0302}\u{0303}", "\u{301}", "\t", "\n", "\r\n", "\u{7F}",
                      "\u{85}", "\u{A0}", "\u{202E}", "\u{2066}", "Ω", "東", "😀", "Đ", "ư", "ỹ", "\u{200B}", "ǅ", "x"]
        let rules: [TextRule] = [.identifier, .namePart, .note, TextRule(maxLength: 8)]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for rule in rules {
                let kept = rule.normalised(text)
                let (fast, problem) = rule.keeping(text)
                #expect(fast == kept && Array(fast.utf8) == Array(kept.utf8), "\(Array(text.unicodeScalars))")
                #expect(problem == rule.problem(in: kept), "\(Array(text.unicodeScalars))")
            }
        }
        #expect("Nguyễn Văn A (x-1)".isPlainNFC && !" Nguyễn".isPlainNFC && !"e\u{0302}".isPlainNFC && !"a\u{202E}".isPlainNFC)
    }
}

extension TextRule {
    static var tooLongMessageExample: LocalizedText { TextProblem.tooLong(length: 101, limit: 100).message }
}
