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

    // MARK: The shipped rulebooks

    @Test func year2024IsJudgedByTheNĐ98Rulebook() throws {
        let rulebook = try #require(try Fixtures.shippedSet().rulebook(forYear: 2024))
        #expect(rulebook.id == "vn-2024-01")
        #expect(rulebook.effectiveFrom == Fixtures.date(2024, 1, 1))
        #expect(rulebook.effectiveUntil == Fixtures.date(2025, 6, 30))
        #expect(rulebook.commonCriteria.first { $0.id == "common.no-pending" }?.basis == "NĐ 98/2023/NĐ-CP, Điều 4")
        #expect(rulebook.sources.contains { $0.id == "nd-98-2023" })
        #expect(!rulebook.sources.contains { $0.id == "nd-152-2025" })
        #expect(rulebook.award("chien-si-thi-dua-co-so")?.decidedBy == .district)
        #expect(rulebook.award("tap-the-lao-dong-tien-tien")?.decidedBy == .district)
        #expect(rulebook.award("to-dan-pho-van-hoa")?.decidedBy == .district)
        for code in ["lao-dong-tien-tien", "giay-khen", "gia-dinh-van-hoa"] {
            #expect(rulebook.award(code)?.decidedBy == .commune, "\(code)")
        }
    }

    @Test(arguments: [2025, 2026, 2030])
    func laterYearsAreJudgedByTheNĐ152Rulebook(_ year: Int) throws {
        let rulebook = try #require(try Fixtures.shippedSet().rulebook(forYear: year))
        #expect(rulebook.id == "vn-2025-07")
        #expect(rulebook.commonCriteria.first { $0.id == "common.no-pending" }?.basis == "NĐ 152/2025/NĐ-CP, Điều 4")
        #expect(rulebook.sources.contains { $0.id == "nd-152-2025" })
        #expect(rulebook.award("chien-si-thi-dua-co-so")?.decidedBy == .commune)
        #expect(rulebook.award("to-dan-pho-van-hoa")?.decidedBy == .commune)
    }

    @Test(arguments: [2010, 1900, 2023])
    func earlierYearsGetTheOldest(_ year: Int) throws {
        #expect(try Fixtures.shippedSet().rulebook(forYear: year)?.id == "vn-2024-01")
    }

    /// "or the oldest for earlier years": a year before 1 AD is earlier than every rulebook.
    @Test(arguments: [0, -1, Int.min])
    func yearsBeforeTheCalendarGetTheOldest(_ year: Int) throws {
        #expect(try Fixtures.shippedSet().rulebook(forYear: year)?.id == "vn-2024-01")
    }

    @Test(arguments: [10_000, Int.max])
    func yearsAfterTheCalendarGetTheNewest(_ year: Int) throws {
        #expect(try Fixtures.shippedSet().rulebook(forYear: year)?.id == "vn-2025-07")
    }

    @Test func theSwitchIsOnTheFirstOfJuly2025() throws {
        let set = try Fixtures.shippedSet()
        #expect(set.rulebooks.map(\.id) == ["vn-2024-01", "vn-2025-07"])
        #expect(set.rulebook(on: Fixtures.date(2025, 6, 30))?.id == "vn-2024-01")
        #expect(set.rulebook(on: Fixtures.date(2025, 7, 1))?.id == "vn-2025-07")
        #expect(set.rulebook(on: Fixtures.date(2001, 1, 1))?.id == "vn-2024-01")
    }

    @Test func a2024NominationIsJudgedWithTheOldRulebook() throws {
        let round = RoundEvaluator(entries: [Round.entry("A", "P-1", "chien-si-thi-dua-co-so", year: 2024,
                                                         Facts(rating: .xuatSac, pending: Fixtures.nothingPending,
                                                               history: [Fixtures.held("lao-dong-tien-tien", 2024)]))],
                                   rulebooks: try Fixtures.shippedSet())
        let evaluation = round.evaluation(at: 0)
        #expect(evaluation.rulebookID == "vn-2024-01")
        #expect(evaluation.eligibility == .eligible)
        #expect(try evaluation.verdict("common.no-pending").basis == "NĐ 98/2023/NĐ-CP, Điều 4")
    }
}
