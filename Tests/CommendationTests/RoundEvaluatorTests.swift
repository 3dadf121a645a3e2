import Foundation
import Testing
import Commendation

/// Nominations judged together: a CSTĐCS and the LĐTT of the same round, chains across the
/// round and the history, initiatives used once, duplicates, quotas, cycles.
@Suite("Round evaluation")
struct RoundEvaluatorTests {
    static let ldtt = "lao-dong-tien-tien"
    static let cstdcs = "chien-si-thi-dua-co-so"

    /// A CSTĐCS whose own facts do not say whether the LĐTT is held.
    static func cstdcsFacts(history: [PastAward]?) -> Facts {
        var facts = Eligible.cstdcs
        facts.history = history
        return facts
    }

    // MARK: CSTĐCS and the LĐTT of the same round

    @Test func eligibleLDTTOfTheSameRoundCounts() throws {
        let round = try Round.evaluator([
            Round.entry("2025-CSTDCS-0001", "P-1", Self.cstdcs, Self.cstdcsFacts(history: nil)),
            Round.entry("2025-LDTT-0001", "P-1", Self.ldtt, Eligible.ldtt),
        ])
        let evaluation = round.evaluation(at: 0)
        #expect(evaluation.eligibility == .eligible)
        let verdict = try evaluation.verdict("cstdcs.holds-ldtt")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Có đề nghị Lao động tiên tiến / Chiến sĩ tiên tiến năm 2025 trong cùng đợt (2025-LDTT-0001), đủ điều kiện")
        #expect(round.evaluation(at: 1).eligibility == .eligible)
    }

    @Test func orderInTheRoundDoesNotMatterForHolds() throws {
        let round = try Round.evaluator([
            Round.entry("2025-LDTT-0001", "P-1", Self.ldtt, Eligible.ldtt),
            Round.entry("2025-CSTDCS-0001", "P-1", Self.cstdcs, Self.cstdcsFacts(history: [])),
        ])
        #expect(round.evaluateAll().map(\.eligibility) == [.eligible, .eligible])
    }

    @Test func incompleteLDTTOfTheRoundLeavesItUnknown() throws {
        var ldtt = Eligible.ldtt
        ldtt.pending = nil
        let round = try Round.evaluator([
            Round.entry("2025-CSTDCS-0001", "P-1", Self.cstdcs, Self.cstdcsFacts(history: [])),
            Round.entry("2025-LDTT-0002", "P-1", Self.ldtt, ldtt),
        ])
        let evaluation = round.evaluation(at: 0)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("cstdcs.holds-ldtt")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi == "Đề nghị Lao động tiên tiến / Chiến sĩ tiên tiến năm 2025 trong cùng đợt (2025-LDTT-0002) còn thiếu thông tin")
    }

    @Test func ineligibleLDTTOfTheRoundFailsWhenTheHistoryIsKnown() throws {
        var ldtt = Eligible.ldtt
        ldtt.rating = .hoanThanh
        let round = try Round.evaluator([
            Round.entry("2025-CSTDCS-0001", "P-1", Self.cstdcs, Self.cstdcsFacts(history: [Fixtures.held(Self.ldtt, 2024)])),
            Round.entry("2025-LDTT-0003", "P-1", Self.ldtt, ldtt),
        ])
        let evaluation = round.evaluation(at: 0)
        #expect(round.evaluation(at: 1).eligibility == .notEligible)
        #expect(evaluation.eligibility == .notEligible)
        #expect(try evaluation.verdict("cstdcs.holds-ldtt").outcome == .fail)
    }

    @Test func ineligibleLDTTOfTheRoundIsUnknownWithoutHistory() throws {
        var ldtt = Eligible.ldtt
        ldtt.rating = .hoanThanh
        let round = try Round.evaluator([
            Round.entry("2025-CSTDCS-0001", "P-1", Self.cstdcs, Self.cstdcsFacts(history: nil)),
            Round.entry("2025-LDTT-0003", "P-1", Self.ldtt, ldtt),
        ])
        let evaluation = round.evaluation(at: 0)
        #expect(evaluation.eligibility == .incomplete)
        #expect(try evaluation.verdict("cstdcs.holds-ldtt").outcome == .unknown)
    }

    @Test func ldttOfAnotherNomineeOrYearDoesNotCount() throws {
        let round = try Round.evaluator([
            Round.entry("2025-CSTDCS-0001", "P-1", Self.cstdcs, Self.cstdcsFacts(history: [])),
            Round.entry("2025-LDTT-0001", "P-2", Self.ldtt, Eligible.ldtt),
            Round.entry("2024-LDTT-0001", "P-1", Self.ldtt, year: 2024, Eligible.ldtt),
        ])
        #expect(try round.evaluation(at: 0).verdict("cstdcs.holds-ldtt").outcome == .fail)
    }

    @Test func entriesWithoutNomineeIDDoNotSeeEachOther() throws {
        let round = try Round.evaluator([
            Round.entry("A", nil, Self.cstdcs, Self.cstdcsFacts(history: [])),
            Round.entry("B", nil, Self.ldtt, Eligible.ldtt),
            Round.entry("C", nil, Self.ldtt, Eligible.ldtt),
        ])
        #expect(try round.evaluation(at: 0).verdict("cstdcs.holds-ldtt").outcome == .fail)
        #expect(round.evaluation(at: 2).outcome("common.not-duplicated") == .pass)
    }

    @Test func historyFromTheStoreCounts() throws {
        let context = FakeContext()
        context.histories["P-1"] = [Fixtures.held(Self.ldtt, 2025)]
        let round = try Round.evaluator([Round.entry("X", "P-1", Self.cstdcs, Self.cstdcsFacts(history: nil))], context: context)
        let evaluation = round.evaluation(at: 0)
        #expect(evaluation.eligibility == .eligible)
        #expect(try evaluation.verdict("cstdcs.holds-ldtt").reason.vi == "Đã đạt Lao động tiên tiến / Chiến sĩ tiên tiến năm 2025")
    }

    // MARK: Chains across the round and the history

    @Test func cstdcsInHistoryForTheYearCountsWithoutTheRound() throws {
        let round = try Round.evaluator([Round.entry("BK", "P-1", "bang-khen-tinh", Eligible.bktPerson)])
        let evaluation = round.evaluation(at: 0)
        #expect(evaluation.eligibility == .eligible)
        #expect(try evaluation.verdict("bkt.person").reason.vi == "CSTĐ cơ sở 2 năm liên tục: 2024, 2025")
    }

    @Test func bangKhenWithLastYearInHistoryAndThisYearInTheRound() throws {
        var bk = Eligible.bktPerson
        bk.history = [Fixtures.held(Self.cstdcs, 2024)]
        let round = try Round.evaluator([
            Round.entry("2025-BKT-0001", "P-1", "bang-khen-tinh", bk),
            Round.entry("2025-CSTDCS-0001", "P-1", Self.cstdcs, Eligible.cstdcs),
        ])
        let evaluation = round.evaluation(at: 0)
        #expect(round.evaluation(at: 1).eligibility == .eligible)
        #expect(evaluation.eligibility == .eligible)
        #expect(try evaluation.verdict("bkt.person").reason.vi == "CSTĐ cơ sở 2 năm liên tục: 2024, 2025")
    }

    @Test func cstdtChainThroughTwoLevelsOfTheRound() throws {
        var cstdt = Eligible.cstdt
        cstdt.history = [Fixtures.held(Self.cstdcs, 2023), Fixtures.held(Self.cstdcs, 2024)]
        let round = try Round.evaluator([
            Round.entry("T", "P-1", "chien-si-thi-dua-tinh", cstdt),
            Round.entry("C", "P-1", Self.cstdcs, Self.cstdcsFacts(history: [])),
            Round.entry("L", "P-1", Self.ldtt, Eligible.ldtt),
        ])
        #expect(round.evaluateAll().map(\.eligibility) == [.eligible, .eligible, .eligible])
        #expect(try round.evaluation(at: 0).verdict("cstdt.chain").reason.vi == "CSTĐ cơ sở 3 năm liên tục: 2023, 2024, 2025")
    }

    @Test func anIneligibleCSTDCSOfTheRoundBreaksTheChain() throws {
        var bk = Eligible.bktPerson
        bk.history = [Fixtures.held(Self.cstdcs, 2024)]
        bk.rating = .tot
        bk.attestations = Attestations(list: [])
        var cstdcs = Eligible.cstdcs
        cstdcs.rating = .tot
        let round = try Round.evaluator([
            Round.entry("BK", "P-1", "bang-khen-tinh", bk),
            Round.entry("CS", "P-1", Self.cstdcs, cstdcs),
        ])
        #expect(round.evaluation(at: 1).eligibility == .notEligible)
        let evaluation = round.evaluation(at: 0)
        #expect(evaluation.eligibility == .notEligible)
        #expect(try evaluation.verdict("bkt.person").reason.vi.contains("thiếu năm 2025 (đã có: 2024)"))
    }

    // MARK: One initiative, one award

    @Test func anInitiativeSupportsTheFirstNominationThatCitesIt() throws {
        let initiative = Initiative(id: "SK-2025-07", level: "co-so", year: 2025)
        var first = Eligible.cstdcs
        first.rating = .tot
        first.initiatives = [initiative]
        let round = try Round.evaluator([
            Round.entry("2025-CSTDCS-0001", "P-1", Self.cstdcs, first),
            Round.entry("2025-CSTDCS-0002", "P-2", Self.cstdcs, first),
        ])
        let one = round.evaluation(at: 0)
        #expect(one.eligibility == .eligible)
        #expect(try one.verdict("cstdcs.achievement").reason.vi.contains("(SK-2025-07)"))
        let two = round.evaluation(at: 1)
        #expect(two.eligibility == .notEligible)
        let verdict = try two.verdict("cstdcs.achievement")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.contains("SK-2025-07 đã dùng cho đề nghị 2025-CSTDCS-0001"))
    }

    @Test func theClaimFollowsInputOrderAcrossAwards() throws {
        var cstdt = Eligible.cstdt
        cstdt.initiatives = [Initiative(id: "SK-T", level: "tinh", year: 2025)]
        cstdt.research = []
        var cstdcs = Eligible.cstdcs
        cstdcs.rating = .tot
        cstdcs.initiatives = [Initiative(id: "SK-T", level: "tinh", year: 2025)]
        let round = try Round.evaluator([
            Round.entry("CS", "P-1", Self.cstdcs, cstdcs),
            Round.entry("TINH", "P-1", "chien-si-thi-dua-tinh", cstdt),
        ])
        #expect(round.evaluation(at: 0).eligibility == .eligible)
        let verdict = try round.evaluation(at: 1).verdict("cstdt.innovation")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.hasSuffix("; SK-T đã dùng cho đề nghị CS"))
    }

    @Test func aNominationWhoseAwardCountsNoInitiativesDoesNotUseThem() throws {
        var ldtt = Eligible.ldtt
        ldtt.initiatives = [Initiative(id: "SK-1", level: "co-so", year: 2025)]
        var cstdcs = Eligible.cstdcs
        cstdcs.rating = .tot
        cstdcs.initiatives = [Initiative(id: "SK-1", level: "co-so", year: 2025)]
        let round = try Round.evaluator([
            Round.entry("L", "P-9", Self.ldtt, ldtt),
            Round.entry("C", "P-1", Self.cstdcs, cstdcs),
        ])
        #expect(try round.evaluation(at: 1).verdict("cstdcs.achievement").outcome == .pass)
    }

    @Test func anInitiativeUsedBeforeIsNotCountedEvenWhenFirst() throws {
        var cstdcs = Eligible.cstdcs
        cstdcs.rating = .tot
        cstdcs.initiatives = [Initiative(id: "SK-1", level: "co-so", year: 2025, usedFor: "giay-khen")]
        let round = try Round.evaluator([Round.entry("C", "P-1", Self.cstdcs, cstdcs)])
        let verdict = try round.evaluation(at: 0).verdict("cstdcs.achievement")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.contains("SK-1 đã dùng cho Giấy khen"))
    }

    // MARK: Duplicates

    @Test func theSecondOfTwoIdenticalNominationsIsADuplicate() throws {
        let round = try Round.evaluator([
            Round.entry("2025-LDTT-0001", "P-1", Self.ldtt, Eligible.ldtt),
            Round.entry("2025-GK-0001", "P-1", "giay-khen", Eligible.gkPerson),
            Round.entry("2025-LDTT-0002", "P-1", Self.ldtt, Eligible.ldtt),
            Round.entry("2024-LDTT-0001", "P-1", Self.ldtt, year: 2024, Eligible.ldtt),
        ])
        let all = round.evaluateAll()
        #expect(all.map(\.eligibility) == [.eligible, .eligible, .notEligible, .eligible])
        let verdict = try all[2].verdict("common.not-duplicated")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Trùng với đề nghị 2025-LDTT-0001 (cùng đối tượng, danh hiệu và năm)")
        #expect(try all[0].verdict("common.not-duplicated").outcome == .pass)
    }

    @Test func aDuplicateWithoutIDIsNamedByPosition() throws {
        let round = try Round.evaluator([
            Round.entry(nil, "P-1", Self.ldtt, Eligible.ldtt),
            Round.entry(nil, "P-1", Self.ldtt, Eligible.ldtt),
        ])
        #expect(try round.evaluation(at: 1).verdict("common.not-duplicated").reason.vi.contains("#1"))
    }

    // MARK: Rulebook per year

    @Test func eachEntryIsJudgedByTheRulebookOfItsYear() throws {
        let round = try Round.evaluator([
            Round.entry("A", "P-1", Self.ldtt, year: 2024, Eligible.ldtt),
            Round.entry("B", "P-1", Self.ldtt, year: 2025, Eligible.ldtt),
        ])
        let all = round.evaluateAll()
        #expect(all.map(\.rulebookID) == ["vn-2024-01", "vn-2025-07"])
        #expect(try all[0].verdict("common.no-pending").basis == "NĐ 98/2023/NĐ-CP, Điều 4")
        #expect(try all[1].verdict("common.no-pending").basis == "NĐ 152/2025/NĐ-CP, Điều 4")
    }

    @Test func noRulebookForTheYearIsNotEligible() throws {
        let round = RoundEvaluator(entries: [Round.entry("A", "P-1", Self.ldtt, Eligible.ldtt)]) { _ in nil }
        let evaluation = round.evaluation(at: 0)
        #expect(evaluation.eligibility == .notEligible)
        #expect(evaluation.ids == ["rulebook"])
        #expect(evaluation.verdicts[0].reason.vi == "Không có quy định nào áp dụng cho năm 2025")
    }

    @Test func evaluationIsMemoisedAndRepeatable() throws {
        let entries = [
            Round.entry("C", "P-1", Self.cstdcs, Self.cstdcsFacts(history: nil)),
            Round.entry("L", "P-1", Self.ldtt, Eligible.ldtt),
        ]
        let round = try Round.evaluator(entries)
        let first = round.evaluateAll()
        #expect(round.evaluateAll() == first)
        #expect(try Round.evaluator(entries).evaluateAll() == first)
        #expect(Array(try Round.evaluator(Array(entries.reversed())).evaluateAll().reversed()) == first)
    }

    // MARK: Cycles

    /// Two awards that each require the other in the same year, and a third whose chain
    /// needs the first: a cycle through `holds` and `chain`.
    static func cyclicRulebook() throws -> Rulebook {
        func award(_ code: String, _ condition: String) -> String {
            """
            {"code": "\(code)", "name": {"vi": "\(code)", "en": "\(code)"}, "idCode": "\(code.uppercased())",
             "nominees": ["person"], "decidedBy": "commune", "kinds": ["cong-trang"],
             "criteria": [{"id": "\(code).c", "text": {"vi": "c", "en": "c"}, "basis": "t", "certainty": "check",
                           "condition": \(condition)}]}
            """
        }
        let json = """
        {"id": "cyclic", "title": {"vi": "c", "en": "c"}, "effectiveFrom": "2000-01-01",
         "awards": [\(award("a", #"{"holds": {"awards": ["b"]}}"#)),
                    \(award("b", #"{"allOf": [{"holds": {"awards": ["a"]}}, {"chain": {"awards": ["c"], "years": 1}}]}"#)),
                    \(award("c", #"{"chain": {"awards": ["a", "b"], "years": 1}}"#))]}
        """
        return try Fixtures.decode(Rulebook.self, json)
    }

    @Test func aCycleReturnsAndIsUnknown() throws {
        let rulebook = try Self.cyclicRulebook()
        let entries = [
            Round.entry("A", "P-1", "a", Facts(history: [])),
            Round.entry("B", "P-1", "b", Facts(history: [])),
            Round.entry("C", "P-1", "c", Facts(history: [])),
            Round.entry("C-2024", "P-1", "c", year: 2024, Facts(history: [])),
        ]
        let all = Round.evaluator(entries, rulebook: rulebook).evaluateAll()
        #expect(all.count == 4)
        #expect(all[0].eligibility == .incomplete)
        #expect(all[1].eligibility == .incomplete)
        #expect(all[2].eligibility == .incomplete)
        #expect(all[3].eligibility == .notEligible)
        let reversed = Round.evaluator(Array(entries.reversed()), rulebook: rulebook).evaluateAll()
        #expect(Array(reversed.map(\.eligibility).reversed()) == all.map(\.eligibility))
    }

    @Test(arguments: [0, 1, 2])
    func aCycleReturnsWhicheverEntryIsAskedFirst(_ start: Int) throws {
        let rulebook = try Self.cyclicRulebook()
        let entries = [Round.entry("A", "P-1", "a", Facts()), Round.entry("B", "P-1", "b", Facts()), Round.entry("C", "P-1", "c", Facts())]
        let round = Round.evaluator(entries, rulebook: rulebook)
        let asked = round.evaluation(at: start)
        #expect(asked.eligibility != .eligible)
        #expect(round.evaluateAll().count == 3)
    }

    /// A cycle one side of which is settled by another alternative: the result must not
    /// depend on the order of the round (the spec makes input order matter only for
    /// initiatives).
    @Test func aCycleDoesNotMakeTheResultDependOnInputOrder() throws {
        let json = """
        {"id": "cyclic2", "title": {"vi": "c", "en": "c"}, "effectiveFrom": "2000-01-01",
         "awards": [
           {"code": "a", "name": {"vi": "a", "en": "a"}, "idCode": "A", "nominees": ["person"], "decidedBy": "commune",
            "kinds": ["cong-trang"], "criteria": [{"id": "a.c", "text": {"vi": "c", "en": "c"}, "basis": "t", "certainty": "check",
            "condition": {"holds": {"awards": ["b"]}}}]},
           {"code": "b", "name": {"vi": "b", "en": "b"}, "idCode": "B", "nominees": ["person"], "decidedBy": "commune",
            "kinds": ["cong-trang"], "criteria": [{"id": "b.c", "text": {"vi": "c", "en": "c"}, "basis": "t", "certainty": "check",
            "condition": {"anyOf": [{"holds": {"awards": ["a"]}}, {"attested": "x"}]}}]}]}
        """
        let rulebook = try Fixtures.decode(Rulebook.self, json)
        let a = Round.entry("A", "P-1", "a", Facts(history: []))
        let b = Round.entry("B", "P-1", "b", Facts(history: [], attestations: Attestations(list: ["x"])))
        let forward = Round.evaluator([a, b], rulebook: rulebook).evaluateAll()
        let backward = Round.evaluator([b, a], rulebook: rulebook).evaluateAll()
        #expect(forward[1].eligibility == .eligible)
        #expect(backward[0].eligibility == .eligible)
        #expect(forward[0].eligibility == backward[1].eligibility,
                "A is \(forward[0].eligibility) when first, \(backward[1].eligibility) when second")
    }
}
