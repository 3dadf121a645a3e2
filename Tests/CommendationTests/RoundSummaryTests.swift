import Foundation
import Testing
import Commendation

/// A round judged a nominee at a time from its summary (`RoundSummary`,
/// `RoundEvaluator.init(part:at:of:…)`) gives every nomination the evaluation the whole round
/// gives it: the same verdicts, reasons and names of the other nominations.
@Suite("Round judged in parts")
struct RoundSummaryTests {
    /// Each entry of `entries` judged in its nominee's part, beside the whole round.
    static func judgedInParts(_ entries: [RoundEntry], rulebook: @escaping (Int) -> Rulebook?) -> (whole: [Evaluation], parts: [Evaluation]) {
        let whole = RoundEvaluator(entries: entries, rulebook: rulebook).evaluateAll()
        var builder = RoundSummary.Builder(rulebook: rulebook)
        entries.forEach { builder.add($0) }
        let summary = builder.summary
        let cache = JudgingCache()
        var needed = RoundSummary.Parts(of: summary, rulebook: rulebook)
        let parts = entries.indices.map { position in
            let positions = needed.positions(for: position, nominee: entries[position].nomineeID)
            let round = RoundEvaluator(part: positions.map { entries[$0] }, at: positions, of: summary, cache: cache, rulebook: rulebook)
            return round.evaluation(at: positions.firstIndex(of: position) ?? -1)
        }
        // The nominee's whole group gives the same as the part that is needed.
        for position in entries.indices {
            let positions = summary.positions(ofNominee: entries[position].nomineeID, at: position)
            let round = RoundEvaluator(part: positions.map { entries[$0] }, at: positions, of: summary, cache: cache, rulebook: rulebook)
            #expect(round.evaluation(at: positions.firstIndex(of: position) ?? -1) == parts[position])
        }
        return (whole, parts)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aMixedRoundGetsTheSameVerdictsInParts(_ seed: UInt64) throws {
        let shipped = try Fixtures.shippedSet()
        var random = SplitMix64(seed: seed)
        let awards = ["lao-dong-tien-tien", "chien-si-thi-dua-co-so", "giay-khen", "chien-si-thi-dua-tinh"]
        let nominees: [String?] = ["P-1", "P-2", "P-3", "P-4", "P-5", nil]
        var entries: [RoundEntry] = []
        for number in 0..<160 {
            let award = awards.randomElement(using: &random)!
            var facts: Facts
            switch award {
            case "lao-dong-tien-tien": facts = Eligible.ldtt
            case "chien-si-thi-dua-co-so": facts = RoundEvaluatorTests.cstdcsFacts(history: Bool.random(using: &random) ? nil : [])
            case "chien-si-thi-dua-tinh": facts = Eligible.cstdt
            default: facts = Eligible.gkPerson
            }
            if Bool.random(using: &random) {
                facts.rating = .tot
                facts.initiatives = [Initiative(id: "SK-\(Int.random(in: 1...6, using: &random))", level: "co-so",
                                                year: 2025)]
            }
            let kind: AwardKind = Int.random(in: 0..<6, using: &random) == 0 ? .dotXuat : .congTrang
            entries.append(Round.entry(Int.random(in: 0..<5, using: &random) == 0 ? nil : "N-\(number)",
                                       nominees.randomElement(using: &random)!, award, kind: kind,
                                       year: Int.random(in: 2023...2025, using: &random), facts))
        }
        let (whole, parts) = Self.judgedInParts(entries) { shipped.rulebook(forYear: $0) }
        #expect(parts == whole)
        // The round has what the parts must agree on: duplicates, claimed initiatives and
        // titles of the same round among its verdicts.
        let reasons = whole.flatMap(\.verdicts).map(\.reason.vi)
        #expect(reasons.contains { $0.hasPrefix("Trùng với đề nghị") })
        #expect(reasons.contains { $0.contains("đã dùng cho đề nghị") })
        #expect(reasons.contains { $0.contains("trong cùng đợt") })
    }

    @Test func aQuotaCountsTheWholeRoundInEachPart() throws {
        let rulebook = try ConditionCheckTests.rulebook(.roundQuota(relativeTo: ["lao-dong-tien-tien"], atMostPercent: .fixed(50)))
        let entries = [Round.entry("X1", "P-1", "x", Facts()), Round.entry("L1", "P-2", "lao-dong-tien-tien", Facts()),
                       Round.entry("X2", "P-3", "x", Facts()), Round.entry("L2", "P-4", "lao-dong-tien-tien", Facts()),
                       Round.entry("L3", "P-5", "lao-dong-tien-tien", Facts())]
        let (whole, parts) = Self.judgedInParts(entries) { _ in rulebook }
        #expect(parts == whole)
        #expect(try parts[0].verdict("x.one").reason.vi.hasPrefix("2 đề nghị X trên 3 đề nghị Lao động tiên tiến"))
    }

    @Test func anInitiativeClaimedByAnotherNomineeNamesThatNomination() throws {
        let shipped = try Fixtures.shippedSet()
        var cited = Eligible.cstdcs
        cited.rating = .tot
        cited.initiatives = [Initiative(id: "SK-2025-07", level: "co-so", year: 2025)]
        let entries = [Round.entry(nil, "P-1", "chien-si-thi-dua-co-so", cited), Round.entry("B", "P-2", "chien-si-thi-dua-co-so", cited)]
        let (whole, parts) = Self.judgedInParts(entries) { shipped.rulebook(forYear: $0) }
        #expect(parts == whole)
        // The first has no id: it is named by its position in the whole round.
        #expect(try parts[1].verdict("cstdcs.achievement").reason.vi.contains("SK-2025-07 đã dùng cho đề nghị #1"))
    }

    @Test func aPartHoldsWhatTheNominationLooksAtAndNoMore() throws {
        let shipped = try Fixtures.shippedSet()
        let rulebook: (Int) -> Rulebook? = { shipped.rulebook(forYear: $0) }
        // P-1: an LĐTT of 2025 and of 2024, a CSTĐCS of 2025 (which looks at the LĐTT of its
        // year), a Giấy khen, the LĐTT of 2025 again (a duplicate of the first).
        let entries = [Round.entry("L25", "P-1", "lao-dong-tien-tien", Eligible.ldtt),
                       Round.entry("L24", "P-1", "lao-dong-tien-tien", year: 2024, Eligible.ldtt),
                       Round.entry("C25", "P-1", "chien-si-thi-dua-co-so", Eligible.cstdcs),
                       Round.entry("G25", "P-1", "giay-khen", Eligible.gkPerson),
                       Round.entry("L25b", "P-1", "lao-dong-tien-tien", Eligible.ldtt)]
        var builder = RoundSummary.Builder(rulebook: rulebook)
        entries.forEach { builder.add($0) }
        var parts = RoundSummary.Parts(of: builder.summary, rulebook: rulebook)
        #expect(parts.positions(for: 0, nominee: "P-1") == [0])
        #expect(parts.positions(for: 2, nominee: "P-1") == [0, 2, 4])
        #expect(parts.positions(for: 3, nominee: "P-1") == [3])
        #expect(parts.positions(for: 4, nominee: "P-1") == [0, 4])
        let (whole, judged) = Self.judgedInParts(entries, rulebook: rulebook)
        #expect(judged == whole)
    }

    @Test func aNomineesPartsAreFoundByPosition() {
        var builder = RoundSummary.Builder { _ in nil }
        for nominee in ["P-1", nil, "P-2", "P-1"] as [String?] {
            builder.add(Round.entry(nil, nominee, "x", Facts()))
        }
        let summary = builder.summary
        #expect(summary.count == 4)
        #expect(summary.positions(ofNominee: "P-1", at: 3) == [0, 3])
        #expect(summary.positions(ofNominee: nil, at: 1) == [1])
        #expect(summary.tallies[2025]?["x"] == 4)
    }
}
