import Foundation
import Testing
import Commendation

@Suite("Conditions in JSON")
struct ConditionCodingTests {
    @Test(arguments: [
        (#"{"rating": {"atLeast": "tot"}}"#, Condition.ratingAtLeast(.tot)),
        (#"{"rating": {"atLeast": "xuat-sac"}}"#, Condition.ratingAtLeast(.xuatSac)),
        (#"{"noPendingMatters": true}"#, Condition.noPendingMatters),
        (#"{"attested": "law-abiding"}"#, Condition.attested("law-abiding")),
        (#"{"movementGiven": true}"#, Condition.movementGiven),
        (#"{"anyOf": [{"attested": "a"}, {"attested": "b"}]}"#, Condition.anyOf([.attested("a"), .attested("b")])),
        (#"{"allOf": [{"rating": {"atLeast": "hoan-thanh"}}, {"noPendingMatters": true}]}"#,
         Condition.allOf([.ratingAtLeast(.hoanThanh), .noPendingMatters])),
        (#"{"allOf": []}"#, Condition.allOf([])),
    ])
    func decodesEachForm(_ json: String, _ expected: Condition) throws {
        #expect(try Fixtures.decode(Condition.self, json) == expected)
    }

    @Test func decodesNestedConditions() throws {
        let json = #"{"allOf": [{"anyOf": [{"attested": "contribution"}, {"movementGiven": true}]}, {"rating": {"atLeast": "tot"}}]}"#
        #expect(try Fixtures.decode(Condition.self, json)
                == .allOf([.anyOf([.attested("contribution"), .movementGiven]), .ratingAtLeast(.tot)]))
    }

    @Test(arguments: [
        #"{"ratingAtLeast": "tot"}"#,
        #"{"attested": "a", "movementGiven": true}"#,
        #"{}"#,
        #"{"rating": {"atLeast": "gioi"}}"#,
        #"{"rating": "tot"}"#,
        #"{"attested": 3}"#,
        #"{"anyOf": {"attested": "a"}}"#,
        #"{"anyOf": [{"nope": true}]}"#,
        #""attested""#,
        #"["attested", "a"]"#,
    ])
    func rejectsMalformedConditions(_ json: String) {
        #expect(throws: DecodingError.self) {
            _ = try Fixtures.decode(Condition.self, json)
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

    static let samples: [Condition] = [
        .ratingAtLeast(.khongHoanThanh),
        .noPendingMatters,
        .attested("united"),
        .movementGiven,
        .anyOf([.attested("contribution"), .attested("achievement-in-movement")]),
        .allOf([.ratingAtLeast(.tot), .anyOf([.movementGiven, .allOf([.noPendingMatters])])]),
    ]

    @Test(arguments: ConditionCodingTests.samples)
    func roundTrips(_ condition: Condition) throws {
        let data = try JSONEncoder().encode(condition)
        #expect(try JSONDecoder().decode(Condition.self, from: data) == condition)
    }

    @Test func encodesInTheRulebookShape() throws {
        let rating = try Fixtures.jsonObject(Condition.ratingAtLeast(.tot))
        #expect((rating["rating"] as? [String: String]) == ["atLeast": "tot"])
        let pending = try Fixtures.jsonObject(Condition.noPendingMatters)
        #expect(pending["noPendingMatters"] as? Bool == true)
        #expect(pending.count == 1)
        let attested = try Fixtures.jsonObject(Condition.attested("united"))
        #expect(attested["attested"] as? String == "united")
    }

    @Test func factsNeeded() {
        #expect(Condition.ratingAtLeast(.tot).factsNeeded == ["rating"])
        #expect(Condition.noPendingMatters.factsNeeded == ["pending"])
        #expect(Condition.attested("united").factsNeeded == ["attested:united"])
        #expect(Condition.movementGiven.factsNeeded == ["movement"])
        let nested = Condition.allOf([.ratingAtLeast(.tot), .anyOf([.attested("a"), .movementGiven]), .noPendingMatters])
        #expect(nested.factsNeeded == ["rating", "attested:a", "movement", "pending"])
        #expect(Condition.anyOf([]).factsNeeded.isEmpty)
    }
}
