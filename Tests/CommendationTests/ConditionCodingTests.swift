import Foundation
import Testing
import Commendation

/// The rulebook's JSON form of conditions: every form of the table in `Condition`'s
/// documentation decodes, re-encodes to the same JSON and back; malformed ones throw.
@Suite("Conditions in JSON")
struct ConditionCodingTests {
    static let forms: [(String, Condition)] = [
        (#"{"rating": {"atLeast": "tot"}}"#, .ratingAtLeast(.tot)),
        (#"{"rating": {"atLeast": "khong-hoan-thanh"}}"#, .ratingAtLeast(.khongHoanThanh)),
        (#"{"ratingInYear": {"offset": -1, "atLeast": "xuat-sac"}}"#, .ratingInYear(offset: -1, atLeast: .xuatSac)),
        (#"{"noPendingMatters": true}"#, .noPendingMatters),
        (#"{"attested": "law-abiding"}"#, .attested("law-abiding")),
        (#"{"movementGiven": true}"#, .movementGiven),
        (#"{"monthsWorked": {"atLeast": 10}}"#, .monthsWorked(atLeast: .fixed(10))),
        (#"{"monthsWorked": {"atLeast": "$value"}}"#, .monthsWorked(atLeast: .parameter)),
        (#"{"memberShare": {"of": "laoDongTienTien", "atLeast": 70}}"#, .memberShare(.laoDongTienTien, atLeast: .fixed(70))),
        (#"{"memberShare": {"of": "completedTasks", "atLeast": 99.5}}"#, .memberShare(.completedTasks, atLeast: .fixed(99.5))),
        (#"{"memberShare": {"of": "laoDongTienTien", "atLeast": "$value"}}"#, .memberShare(.laoDongTienTien, atLeast: .parameter)),
        (#"{"memberCount": {"of": "disciplinedWarningOrAbove", "atMost": 0}}"#,
         .memberCount(.disciplinedWarningOrAbove, atLeast: nil, atMost: .fixed(0))),
        (#"{"memberCount": {"of": "chienSiThiDuaCoSo", "atLeast": 1}}"#, .memberCount(.chienSiThiDuaCoSo, atLeast: .fixed(1), atMost: nil)),
        (#"{"memberCount": {"of": "chienSiThiDuaCoSo", "atLeast": 1, "atMost": "$value"}}"#,
         .memberCount(.chienSiThiDuaCoSo, atLeast: .fixed(1), atMost: .parameter)),
        (#"{"noExclusions": true}"#, .noExclusions),
        (#"{"disciplineServed": true}"#, .disciplineServed),
        (#"{"innovations": {"from": ["initiatives"], "minLevel": "co-so", "years": 1, "atLeast": 1}}"#,
         .innovations(from: [.initiatives], minLevel: .coSo, years: 1, atLeast: .fixed(1))),
        (#"{"innovations": {"from": ["initiatives", "research"], "minLevel": "tinh", "years": 3, "atLeast": "$value"}}"#,
         .innovations(from: [.initiatives, .research], minLevel: .tinh, years: 3, atLeast: .parameter)),
        (#"{"holds": {"awards": ["lao-dong-tien-tien"]}}"#, .holds(awards: ["lao-dong-tien-tien"])),
        (#"{"chain": {"awards": ["chien-si-thi-dua-co-so"], "years": 2}}"#, .chain(awards: ["chien-si-thi-dua-co-so"], years: 2)),
        (#"{"chain": {"awards": ["a"], "years": 50}}"#, .chain(awards: ["a"], years: 50)),
        (#"{"notDuplicated": true}"#, .notDuplicated),
        (#"{"roundQuota": {"relativeTo": ["lao-dong-tien-tien"], "atMostPercent": 15}}"#,
         .roundQuota(relativeTo: ["lao-dong-tien-tien"], atMostPercent: .fixed(15))),
        (#"{"roundQuota": {"relativeTo": ["lao-dong-tien-tien", "chien-si-tien-tien"], "atMostPercent": "$value"}}"#,
         .roundQuota(relativeTo: ["lao-dong-tien-tien", "chien-si-tien-tien"], atMostPercent: .parameter)),
        (#"{"given": "rating"}"#, .given("rating")),
        (#"{"if": {"given": "rating"}, "then": {"rating": {"atLeast": "tot"}}, "else": {"attested": "productive-worker"}}"#,
         .ifThen(.given("rating"), then: .ratingAtLeast(.tot), otherwise: .attested("productive-worker"))),
        (#"{"if": {"given": "monthsWorked"}, "then": {"monthsWorked": {"atLeast": "$value"}}}"#,
         .ifThen(.given("monthsWorked"), then: .monthsWorked(atLeast: .parameter), otherwise: nil)),
        (#"{"anyOf": [{"attested": "a"}, {"attested": "b"}]}"#, .anyOf([.attested("a"), .attested("b")])),
        (#"{"allOf": [{"rating": {"atLeast": "hoan-thanh"}}, {"noPendingMatters": true}]}"#, .allOf([.ratingAtLeast(.hoanThanh), .noPendingMatters])),
        (#"{"allOf": []}"#, .allOf([])),
        (#"{"anyOf": [{"allOf": [{"chain": {"awards": ["x"], "years": 1}}, {"if": {"movementGiven": true}, "then": {"notDuplicated": true}}]}]}"#,
         .anyOf([.allOf([.chain(awards: ["x"], years: 1), .ifThen(.movementGiven, then: .notDuplicated, otherwise: nil)])])),
    ]

    @Test(arguments: forms)
    func decodesEachForm(_ form: (String, Condition)) throws {
        #expect(try Fixtures.decode(Condition.self, form.0) == form.1)
    }

    @Test(arguments: forms)
    func roundTripsToTheSameJSON(_ form: (String, Condition)) throws {
        let encoded = try JSONEncoder().encode(form.1)
        #expect(try JSONDecoder().decode(Condition.self, from: encoded) == form.1)
        #expect(try JSONValue.parse(encoded) == JSONValue.parse(Data(form.0.utf8)),
                "encoded as \(String(decoding: encoded, as: UTF8.self))")
    }

    @Test func everyConditionOfTheShippedRulebooksRoundTrips() throws {
        for rulebook in [try Fixtures.shippedRulebook(), try Fixtures.rulebook2024()] {
            let conditions = rulebook.commonCriteria.map(\.condition) + rulebook.awards.flatMap { ($0.criteria ?? []).map(\.condition) }
            #expect(conditions.count > 20)
            for condition in conditions {
                #expect(try JSONDecoder().decode(Condition.self, from: JSONEncoder().encode(condition)) == condition)
            }
        }
    }

    static let malformed: [(String, String)] = [
        (#"{"monthsAtLeast": 10}"#, "unknown key"),
        (#"{"attested": "a", "movementGiven": true}"#, "two keys"),
        (#"{}"#, "no key"),
        (#"{"noPendingMatters": false}"#, "flag false"),
        (#"{"movementGiven": false}"#, "flag false"),
        (#"{"noExclusions": false}"#, "flag false"),
        (#"{"disciplineServed": false}"#, "flag false"),
        (#"{"notDuplicated": false}"#, "flag false"),
        (#"{"noPendingMatters": "yes"}"#, "flag not a bool"),
        (#"{"chain": {"awards": ["chien-si-thi-dua-co-so"], "years": 0}}"#, "chain years 0"),
        (#"{"chain": {"awards": ["chien-si-thi-dua-co-so"], "years": -2}}"#, "chain years negative"),
        (#"{"chain": {"awards": ["chien-si-thi-dua-co-so"], "years": 51}}"#, "chain years over 50"),
        (#"{"innovations": {"from": [], "minLevel": "co-so", "years": 1, "atLeast": 1}}"#, "empty from"),
        (#"{"innovations": {"from": ["initiatives"], "minLevel": "co-so", "years": 0, "atLeast": 1}}"#, "innovations years 0"),
        (#"{"innovations": {"from": ["patents"], "minLevel": "co-so", "years": 1, "atLeast": 1}}"#, "unknown source"),
        (#"{"innovations": {"from": ["initiatives"], "minLevel": "xa", "years": 1, "atLeast": 1}}"#, "unknown level"),
        (#"{"memberCount": {"of": "chienSiThiDuaCoSo"}}"#, "memberCount without bounds"),
        (#"{"memberShare": {"of": "women", "atLeast": 70}}"#, "unknown member field"),
        (#"{"monthsWorked": {"atLeast": "abc"}}"#, "threshold abc"),
        (#"{"memberShare": {"of": "laoDongTienTien", "atLeast": "$valeur"}}"#, "threshold not $value"),
        (#"{"roundQuota": {"relativeTo": ["x"], "atMostPercent": true}}"#, "threshold bool"),
        (#"{"rating": {"atLeast": "gioi"}}"#, "unknown rating"),
        (#"{"rating": "tot"}"#, "rating without atLeast"),
        (#"{"ratingInYear": {"atLeast": "tot"}}"#, "ratingInYear without offset"),
        (#"{"attested": 3}"#, "attested not a string"),
        (#"{"anyOf": {"attested": "a"}}"#, "anyOf not a list"),
        (#"{"anyOf": [{"nope": true}]}"#, "bad nested condition"),
        (#"{"if": {"given": "rating"}}"#, "if without then"),
        (#"{"if": {"given": "rating"}, "then": {"notDuplicated": true}, "otherwise": {"notDuplicated": true}}"#, "if with a stray key"),
        (#"{"then": {"notDuplicated": true}}"#, "then without if"),
        (#""attested""#, "not an object"),
        (#"["attested", "a"]"#, "a list"),
    ]

    @Test(arguments: malformed)
    func rejectsMalformedConditions(_ row: (String, String)) {
        #expect(throws: DecodingError.self, "\(row.1)") {
            _ = try Fixtures.decode(Condition.self, row.0)
        }
    }

    @Test func unknownKeyIsNamedInTheError() {
        #expect {
            _ = try Fixtures.decode(Condition.self, #"{"monthsAtLeast": 10}"#)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription.contains("monthsAtLeast")
        }
    }

    @Test func aMalformedCriterionMakesTheRulebookFailToLoad() {
        #expect(throws: DecodingError.self) {
            _ = try Fixtures.rulebook(condition: #"{"chain": {"awards": ["x"], "years": 0}}"#)
        }
    }

    @Test func factsNeeded() {
        #expect(Condition.ratingAtLeast(.tot).factsNeeded == ["rating"])
        #expect(Condition.ratingInYear(offset: 0, atLeast: .tot).factsNeeded == ["rating"])
        #expect(Condition.ratingInYear(offset: -1, atLeast: .tot).factsNeeded == ["ratingHistory"])
        #expect(Condition.noPendingMatters.factsNeeded == ["pending"])
        #expect(Condition.attested("united").factsNeeded == ["attested:united"])
        #expect(Condition.movementGiven.factsNeeded == ["movement"])
        #expect(Condition.monthsWorked(atLeast: .parameter).factsNeeded == ["monthsWorked"])
        #expect(Condition.memberShare(.laoDongTienTien, atLeast: .fixed(70)).factsNeeded == ["members"])
        #expect(Condition.memberCount(.laoDongTienTien, atLeast: nil, atMost: .fixed(0)).factsNeeded == ["members"])
        #expect(Condition.noExclusions.factsNeeded == ["exclusions"])
        #expect(Condition.disciplineServed.factsNeeded == ["discipline"])
        #expect(Condition.innovations(from: [.initiatives, .research], minLevel: .coSo, years: 1, atLeast: .fixed(1)).factsNeeded
                == ["initiatives", "research"])
        #expect(Condition.holds(awards: ["a"]).factsNeeded == ["history"])
        #expect(Condition.chain(awards: ["a"], years: 2).factsNeeded == ["history"])
        #expect(Condition.notDuplicated.factsNeeded.isEmpty)
        #expect(Condition.roundQuota(relativeTo: ["a"], atMostPercent: .fixed(1)).factsNeeded.isEmpty)
        #expect(Condition.given("members").factsNeeded == ["members"])
        #expect(Condition.ifThen(.given("rating"), then: .ratingAtLeast(.tot), otherwise: .attested("x")).factsNeeded
                == ["rating", "rating", "attested:x"])
        let nested = Condition.allOf([.ratingAtLeast(.tot), .anyOf([.attested("a"), .movementGiven]), .noPendingMatters])
        #expect(nested.factsNeeded == ["rating", "attested:a", "movement", "pending"])
        #expect(Condition.anyOf([]).factsNeeded.isEmpty)
    }

    @Test func recognitionLevelsAreOrdered() {
        #expect(RecognitionLevel.coSo < .tinh)
        #expect(RecognitionLevel.tinh < .toanQuoc)
        #expect(RecognitionLevel.allCases.sorted() == [.coSo, .tinh, .toanQuoc])
    }
}
