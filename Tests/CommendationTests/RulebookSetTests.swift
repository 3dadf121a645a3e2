import Foundation
import Testing
import Commendation

@Suite("Choosing the rulebook")
struct RulebookSetTests {
    static func twoRulebooks() throws -> (old: Rulebook, new: Rulebook) {
        (try Fixtures.rulebook(id: "old", from: "2024-01-01", until: "2025-06-30"),
         try Fixtures.rulebook(id: "new", from: "2025-07-01"))
    }

    @Test func sortsOldestFirst() throws {
        let (old, new) = try Self.twoRulebooks()
        #expect(RulebookSet([new, old]).rulebooks.map(\.id) == ["old", "new"])
        #expect(RulebookSet([old, new]).rulebooks.map(\.id) == ["old", "new"])
    }

    @Test(arguments: [(2024, "old"), (2025, "new"), (2026, "new"), (2010, "old"), (2023, "old")])
    func rulebookForYear(_ year: Int, _ expected: String) throws {
        let (old, new) = try Self.twoRulebooks()
        #expect(RulebookSet([new, old]).rulebook(forYear: year)?.id == expected)
        #expect(RulebookSet([old, new]).rulebook(forYear: year)?.id == expected)
    }

    @Test func rulebookOnADate() throws {
        let (old, new) = try Self.twoRulebooks()
        let set = RulebookSet([new, old])
        #expect(set.rulebook(on: Fixtures.date(2024, 1, 1))?.id == "old")
        #expect(set.rulebook(on: Fixtures.date(2025, 6, 30))?.id == "old")
        #expect(set.rulebook(on: Fixtures.date(2025, 7, 1))?.id == "new")
        #expect(set.rulebook(on: Fixtures.date(2030, 1, 1))?.id == "new")
    }

    @Test func emptySetHasNoRulebook() {
        #expect(RulebookSet([]).rulebook(forYear: 2025) == nil)
        #expect(RulebookSet([]).rulebook(on: Fixtures.date(2025, 1, 1)) == nil)
    }

    @Test func isInForceIncludesBothEnds() throws {
        let (old, new) = try Self.twoRulebooks()
        #expect(old.effectiveUntil == Fixtures.date(2025, 6, 30))
        #expect(!old.isInForce(on: Fixtures.date(2023, 12, 31)))
        #expect(old.isInForce(on: Fixtures.date(2024, 1, 1)))
        #expect(old.isInForce(on: Fixtures.date(2025, 6, 30)))
        #expect(!old.isInForce(on: Fixtures.date(2025, 7, 1)))
        #expect(new.isInForce(on: Fixtures.date(2099, 12, 31)))
    }
}
