import Foundation
import Testing
import VietnameseText
import Commendation

/// Building blocks of exchange-format files for the tests.
enum Exchange {
    static let person = #"{"type": "person", "id": "P-0142", "familyName": "Nguyễn", "middleName": "Thị", "givenName": "Lan", "sex": "female", "birthDate": "1984-03-09"}"#
    static let collective = #"{"type": "collective", "id": "C-01", "name": "Văn phòng HĐND và UBND"}"#

    /// One nomination; every part is a JSON fragment.
    static func nomination(id: String? = "2025-LDTT-0001", year: String = "2025", award: String = #""lao-dong-tien-tien""#,
                           kind: String = #""cong-trang""#, nominee: String = person, facts: String = "{}", extra: String = "") -> String {
        let idPart = id.map { "\"id\": \"\($0)\", " } ?? ""
        return "{\(idPart)\"year\": \(year), \"award\": \(award), \"kind\": \(kind), \"nominee\": \(nominee), \"facts\": \(facts)\(extra)}"
    }

    /// A version-1 file of `nominations`.
    static func file(_ nominations: [String], version: String? = "1") -> String {
        let versionPart = version.map { "\"version\": \($0),\n" } ?? ""
        return "{\n\(versionPart)\"nominations\": [\n" + nominations.joined(separator: ",\n") + "\n]\n}"
    }

    static func read(_ text: String) throws -> ExchangeFile {
        let set = try Fixtures.shippedSet()
        return try ExchangeFormat.read(Data(text.utf8)) { set.rulebook(forYear: $0) }
    }

    /// The ExchangeError reading `text` throws; records an issue when it reads or throws something else.
    static func error(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ExchangeError? {
        do {
            let file = try read(text)
            Issue.record("read \(file.nominations.count) nomination(s) without an error", sourceLocation: sourceLocation)
        } catch let error as ExchangeError {
            return error
        } catch {
            Issue.record("threw \(error), not an ExchangeError", sourceLocation: sourceLocation)
        }
        return nil
    }
}

@Suite("Reading the exchange format")
struct ExchangeFormatReadingTests {
    /// The example of NOMINATION-FORMAT.md, verbatim.
    static let specExample = """
    {
      "version": 1,
      "nominations": [
        {
          "id": "2025-LDTT-0001",
          "year": 2025,
          "award": "chien-si-thi-dua-co-so",
          "kind": "cong-trang",
          "movement": "Thi đua phát huy nội lực, lao động sáng tạo",
          "nominee": {
            "type": "person",
            "id": "P-0142",
            "familyName": "Nguyễn",
            "middleName": "Thị",
            "givenName": "Lan",
            "sex": "female",
            "birthDate": "1984-03-09",
            "position": "Công chức Văn phòng – Thống kê",
            "unit": "UBND phường Đầm Hà"
          },
          "facts": {
            "rating": "xuat-sac",
            "pending": { "discipline": false, "investigation": false, "complaint": false },
            "discipline": [ { "level": "khien-trach", "decided": "2023-05-02", "until": "2024-05-02" } ],
            "initiatives": [ { "id": "SK-2025-07", "level": "co-so", "year": 2025, "usedFor": null } ],
            "research": [ { "id": "DT-2024-01", "level": "co-so", "year": 2024, "accepted": true } ],
            "history": [ { "award": "lao-dong-tien-tien", "year": 2025, "kind": "cong-trang" } ],
            "attested": [ "achievement-in-movement" ]
          }
        }
      ]
    }
    """

    @Test func readsTheSpecExampleFieldByField() throws {
        let file = try Exchange.read(Self.specExample)
        #expect(file.warnings.isEmpty)
        #expect(file.nominations.count == 1)
        let nomination = try #require(file.nominations.first)
        #expect(nomination.index == 0)
        #expect(nomination.id == "2025-LDTT-0001")
        #expect(nomination.label == "2025-LDTT-0001")
        #expect(nomination.year == 2025)
        #expect(nomination.award == "chien-si-thi-dua-co-so")
        #expect(nomination.kind == .congTrang)
        #expect(nomination.movement == "Thi đua phát huy nội lực, lao động sáng tạo")

        let nominee = nomination.nominee
        #expect(nominee.type == .person)
        #expect(nominee.id == "P-0142")
        #expect(nominee.personName == PersonName(family: "Nguyễn", middle: "Thị", given: "Lan"))
        #expect(nominee.displayName == "Nguyễn Thị Lan")
        #expect(nominee.sex == .female)
        #expect(nominee.birthDate == Fixtures.date(1984, 3, 9))
        #expect(nominee.position == "Công chức Văn phòng – Thống kê")
        #expect(nominee.unit == "UBND phường Đầm Hà")
        #expect(nominee.personalID == nil)
        #expect(nominee.name == nil)

        let facts = nomination.facts
        #expect(facts.rating == .xuatSac)
        #expect(facts.pending == Fixtures.nothingPending)
        #expect(facts.discipline == [DisciplineRecord(level: "khien-trach", decided: Fixtures.date(2023, 5, 2), until: Fixtures.date(2024, 5, 2))])
        #expect(facts.initiatives == [Initiative(id: "SK-2025-07", level: "co-so", year: 2025, usedFor: nil)])
        #expect(facts.research == [ResearchProject(id: "DT-2024-01", level: "co-so", year: 2024, accepted: true)])
        #expect(facts.history == [PastAward(award: "lao-dong-tien-tien", year: 2025, kind: .congTrang)])
        #expect(facts.attestations == Attestations(list: ["achievement-in-movement"]))
        #expect(facts.attestations?.status(of: "united") == false)
        #expect(facts.members == nil)
        #expect(facts.exclusions == nil)
        #expect(facts.monthsWorked == nil)
        #expect(facts.ratingHistory == nil)
    }

    @Test func theSpecExampleIsEligibleForCSTDCS() throws {
        let file = try Exchange.read(Self.specExample)
        let entry = try #require(file.nominations.first).roundEntry
        #expect(entry.id == "2025-LDTT-0001")
        #expect(entry.nomineeID == "P-0142")
        #expect(entry.subject.hasMovement)
        #expect(entry.subject.nomineeType == .person)
        let evaluation = try Round.evaluator([entry]).evaluation(at: 0)
        #expect(evaluation.eligibility == .eligible, "\(evaluation.verdicts.map { "\($0.criterionID): \($0.reason.vi)" })")
        #expect(evaluation.rulebookID == "vn-2025-07")
        #expect(evaluation.outcome("common.discipline-served") == .pass)
    }

    @Test func aSingleNominationWithoutWrapperReads() throws {
        let file = try Exchange.read(Exchange.nomination(id: "2025-GK-0004", award: #""giay-khen""#, kind: #""dot-xuat""#,
                                                         facts: #"{"rating": "tot", "attested": ["law-abiding"]}"#))
        #expect(file.warnings.isEmpty)
        let nomination = try #require(file.nominations.first)
        #expect(file.nominations.count == 1)
        #expect(nomination.index == 0)
        #expect(nomination.award == "giay-khen")
        #expect(nomination.kind == .dotXuat)
        #expect(nomination.facts.rating == .tot)
        #expect(nomination.facts.attestations?.status(of: "law-abiding") == true)
    }

    @Test func nominationWithoutIDIsLabelledByPosition() throws {
        let file = try Exchange.read(Exchange.file([Exchange.nomination(), Exchange.nomination(id: nil)]))
        #expect(file.nominations.map(\.label) == ["2025-LDTT-0001", "#2"])
        #expect(file.nominations[1].roundEntry.id == "#2")
    }

    @Test func missingFactsMeanNothingKnown() throws {
        let text = #"{"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang", "nominee": \#(Exchange.person)}"#
        let nomination = try #require(try Exchange.read(text).nominations.first)
        #expect(nomination.facts == Facts())
        #expect(nomination.movement == nil)
    }

    @Test func emptyListsAreFactsAndMissingKeysAreUnknown() throws {
        let facts = try #require(try Exchange.read(Exchange.nomination(facts: #"{"initiatives": [], "attested": [], "exclusions": []}"#))
            .nominations.first).facts
        #expect(facts.initiatives == [])
        #expect(facts.exclusions == [])
        #expect(facts.attestations?.isExhaustive == true)
        #expect(facts.attestations?.status(of: "law-abiding") == false)
        #expect(facts.research == nil)
        #expect(facts.history == nil)
    }

    @Test func attestationsMapAnswersSomeCodes() throws {
        let facts = try #require(try Exchange.read(Exchange.nomination(facts: #"{"attestations": {"united": true, "law-abiding": false}}"#))
            .nominations.first).facts
        #expect(facts.attestations?.status(of: "united") == true)
        #expect(facts.attestations?.status(of: "law-abiding") == false)
        #expect(facts.attestations?.status(of: "contribution") == nil)
    }

    @Test func everyFactKeyReads() throws {
        let facts = """
        {"rating": "hoan-thanh", "pending": {"discipline": true}, "monthsWorked": 11, "exclusions": ["tax"],
         "members": {"total": 20, "laoDongTienTien": 14, "completedTasks": 20, "chienSiThiDuaCoSo": 1, "disciplinedWarningOrAbove": 0},
         "ratingHistory": [{"year": 2024, "rating": "xuat-sac"}],
         "history": [{"award": "giay-khen", "year": 2023}]}
        """
        let read = try #require(try Exchange.read(Exchange.nomination(nominee: Exchange.collective, facts: facts)).nominations.first).facts
        #expect(read.rating == .hoanThanh)
        #expect(read.pending == PendingMatters(discipline: true))
        #expect(read.monthsWorked == 11)
        #expect(read.exclusions == ["tax"])
        #expect(read.members == MemberCounts(total: 20, laoDongTienTien: 14, completedTasks: 20, chienSiThiDuaCoSo: 1, disciplinedWarningOrAbove: 0))
        #expect(read.ratingHistory == [2024: .xuatSac])
        #expect(read.history == [PastAward(award: "giay-khen", year: 2023, kind: nil)])
    }

    @Test func householdWithHeadAndGroup() throws {
        let nominee = #"{"type": "household", "id": "H-7", "name": "Hộ ông Trần Văn Bình", "group": "Tổ dân phố 3", "head": {"familyName": "Trần", "middleName": "Văn", "givenName": "Bình", "sex": "male"}}"#
        let nomination = try #require(try Exchange.read(Exchange.nomination(award: #""gia-dinh-van-hoa""#, nominee: nominee)).nominations.first)
        #expect(nomination.nominee.type == .household)
        #expect(nomination.nominee.name == "Hộ ông Trần Văn Bình")
        #expect(nomination.nominee.head == PersonName(family: "Trần", middle: "Văn", given: "Bình"))
        #expect(nomination.nominee.sex == .male)
        #expect(nomination.nominee.group == "Tổ dân phố 3")
    }

    @Test func validPersonalIDIsKept() throws {
        let nominee = #"{"type": "person", "familyName": "Nguyễn", "givenName": "Lan", "sex": "female", "birthDate": "1984-03-09", "personalId": "001184012345"}"#
        #expect(try Exchange.read(Exchange.nomination(nominee: nominee)).nominations.first?.nominee.personalID == "001184012345")
        let born2005 = #"{"type": "person", "familyName": "Lê", "givenName": "An", "sex": "male", "birthDate": "2005-01-01", "personalId": "079205000001"}"#
        #expect(try Exchange.read(Exchange.nomination(nominee: born2005)).nominations.first?.nominee.personalID == "079205000001")
        let noBirthDate = #"{"type": "person", "familyName": "Lê", "givenName": "An", "personalId": "079999000001"}"#
        #expect(try Exchange.read(Exchange.nomination(nominee: noBirthDate)).nominations.first?.nominee.personalID == "079999000001")
    }

    // MARK: NFC

    @Test func decomposedTextIsNormalisedToNFC() throws {
        let position = "Công chức Văn phòng – Thống kê"
        let unit = "UBND phường Đầm Hà"
        let movement = "Thi đua phát huy nội lực"
        let nominee = #"{"type": "person", "id": "P-1", "familyName": "\#("Nguyễn".nfdForTest)", "givenName": "\#("Lan".nfdForTest)", "position": "\#(position.nfdForTest)", "unit": "\#(unit.nfdForTest)"}"#
        let text = Exchange.nomination(nominee: nominee, extra: #", "movement": "\#(movement.nfdForTest)""#)
        #expect(text.unicodeScalars.count > text.nfc.unicodeScalars.count, "the input really is decomposed")
        let nomination = try #require(try Exchange.read(text).nominations.first)
        #expect(Array(nomination.nominee.position?.unicodeScalars ?? "".unicodeScalars) == Array(position.nfc.unicodeScalars))
        #expect(Array(nomination.nominee.unit?.unicodeScalars ?? "".unicodeScalars) == Array(unit.nfc.unicodeScalars))
        #expect(Array(nomination.movement?.unicodeScalars ?? "".unicodeScalars) == Array(movement.nfc.unicodeScalars))
        #expect(Array(nomination.nominee.personName?.family.unicodeScalars ?? "".unicodeScalars) == Array("Nguyễn".nfc.unicodeScalars))
    }

    @Test func decomposedCollectiveNameAndIDAreNormalised() throws {
        let name = "Trường Tiểu học Đầm Hà"
        let nominee = #"{"type": "collective", "id": "C-1", "name": "\#(name.nfdForTest)"}"#
        let text = Exchange.nomination(id: "Đợt-1".nfdForTest, award: #""tap-the-lao-dong-tien-tien""#, nominee: nominee)
        let nomination = try #require(try Exchange.read(text).nominations.first)
        #expect(Array(nomination.nominee.name?.unicodeScalars ?? "".unicodeScalars) == Array(name.nfc.unicodeScalars))
        #expect(Array(nomination.id?.unicodeScalars ?? "".unicodeScalars) == Array("Đợt-1".nfc.unicodeScalars))
    }

    // MARK: Warnings

    @Test func unknownKeysAreWarningsNotErrors() throws {
        let text = Exchange.file([Exchange.nomination(extra: #", "colour": "blue""#)], version: "1")
        let file = try Exchange.read(text)
        #expect(file.nominations.count == 1)
        #expect(file.warnings.map(\.path) == ["nominations[0].colour"])
        let warning = try #require(file.warnings.first)
        #expect(warning.message.vi.contains("nominations[0].colour"))
        #expect(warning.message.en.contains("ignored"))
    }

    @Test func unknownTopLevelKeyIsAWarning() throws {
        let text = "{\"version\": 1, \"source\": \"phường\", \"nominations\": [\(Exchange.nomination())]}"
        let file = try Exchange.read(text)
        #expect(file.warnings.map(\.path) == ["source"])
    }

    /// `ExchangeWarning.path`'s own example is "nominations[2].facts.colour": a warning inside
    /// a nomination's facts or nominee must say which nomination it is about.
    @Test func warningPathsInsideFactsAndNomineeNameTheNomination() throws {
        let nominee = #"{"type": "person", "familyName": "Lê", "givenName": "An", "nickname": "Bé"}"#
        let text = Exchange.file([Exchange.nomination(),
                                  Exchange.nomination(id: "B", nominee: nominee, facts: #"{"rating": "tot", "colour": "blue"}"#)])
        let file = try Exchange.read(text)
        #expect(file.nominations.count == 2)
        let paths = Set(file.warnings.map(\.path))
        #expect(paths == ["nominations[1].facts.colour", "nominations[1].nominee.nickname"], "paths: \(paths)")
    }

    @Test func missingVersionIsAWarning() throws {
        let file = try Exchange.read(Exchange.file([Exchange.nomination()], version: nil))
        #expect(file.nominations.count == 1)
        #expect(file.warnings.map(\.path) == ["version"])
        #expect(file.warnings.first?.message.vi.contains("version") == true)
    }

    @Test func unknownAttestationCodeIsKeptWithAWarning() throws {
        let file = try Exchange.read(Exchange.nomination(facts: #"{"attested": ["law-abiding", "hat-hay"]}"#))
        #expect(file.nominations.first?.facts.attestations?.status(of: "hat-hay") == true)
        #expect(file.warnings.map(\.path) == ["facts.attested"])
        #expect(file.warnings.first?.message.vi.contains("hat-hay") == true)
    }

    @Test func councilAttestationCodeIsKeptWithoutWarning() throws {
        let set = try Fixtures.shippedSet()
        let layer = CouncilLayer(labels: ["attestations": ["nguoi-tot-viec-tot": LocalizedText(vi: "Người tốt", en: "Good")]])
        let text = Exchange.nomination(facts: #"{"attested": ["nguoi-tot-viec-tot"]}"#)
        let file = try ExchangeFormat.read(Data(text.utf8)) { year in set.rulebook(forYear: year).map(layer.applied(to:)) }
        #expect(file.warnings.isEmpty)
    }

    @Test func awardCodesAreCheckedAgainstTheRulebookOfTheYear() throws {
        let set = try Fixtures.shippedSet()
        let layer = CouncilLayer(awards: [CouncilLayerTests.householdAward])
        let text = Exchange.nomination(award: #""ho-san-xuat-kinh-doanh-gioi""#,
                                       nominee: #"{"type": "household", "name": "Hộ bà Lan"}"#)
        #expect(throws: ExchangeError.self) { _ = try ExchangeFormat.read(Data(text.utf8)) { set.rulebook(forYear: $0) } }
        let file = try ExchangeFormat.read(Data(text.utf8)) { year in set.rulebook(forYear: year).map(layer.applied(to:)) }
        #expect(file.nominations.first?.award == "ho-san-xuat-kinh-doanh-gioi")
    }
}

extension String {
    /// The string decomposed (NFD), to feed the reader what some keyboards send.
    var nfdForTest: String { decomposedStringWithCanonicalMapping }
}
