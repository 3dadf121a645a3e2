import Commendation
import CommendationStore
import Foundation
import Testing

@Suite("Round entries from the store")
struct RoundEntriesTests {
    /// The subject the store should give for a stored nomination.
    private func storedSubject(_ store: Store, _ id: String) throws -> EvaluationSubject {
        let listing = try #require(try store.nomination(id: id))
        return EvaluationSubject(listing.nomination, nomineeType: listing.nominee.type)
    }

    /// A new Chiến sĩ thi đua cơ sở of 2026 for `nomineeID`, with distinction and nothing pending.
    private func newFighter(_ nomineeID: String, year: Int = 2026) -> RoundEntry {
        RoundEntry(id: nil, nomineeID: nomineeID, subject: EvaluationSubject(
            award: "chien-si-thi-dua-co-so", kind: .congTrang, nomineeType: .person, year: year, hasMovement: true,
            facts: Facts(rating: .xuatSac, pending: PendingMatters(discipline: false, investigation: false, complaint: false),
                         attestations: Attestations(list: ["law-abiding", "productive-worker", "emulation-spirit"]), monthsWorked: 12)))
    }

    private func verdict(_ evaluation: Evaluation, _ id: String) -> CriterionVerdict? {
        evaluation.verdicts.first { $0.criterionID == id }
    }

    @Test func pendingNominationsOfTheNomineeInTheYearsBecomeEntries() throws {
        try withStore(demo: true) { store, _ in
            let entries = try store.roundEntries(nomineeID: "P-0030", years: 2023...2026, excluding: nil)
            // 2023–2025 are decided; 2026 has a recommended LĐTT and a recommended CSTĐCS.
            #expect(entries.map(\.id) == ["2026-CSTDCS-0001", "2026-LDTT-0002"])
            #expect(entries.allSatisfy { $0.nomineeID == "P-0030" })
            for entry in entries {
                let id = try #require(entry.id)
                #expect(entry.subject == (try storedSubject(store, id)), "\(id)")
            }
            let ldtt = try #require(entries.last)
            #expect(ldtt.subject.award == "lao-dong-tien-tien")
            #expect(ldtt.subject.kind == .congTrang)
            #expect(ldtt.subject.nomineeType == .person)
            #expect(ldtt.subject.year == 2026)
            #expect(ldtt.subject.hasMovement)
            #expect(ldtt.subject.facts.rating == .xuatSac)
            #expect(ldtt.subject.facts.monthsWorked == 12)
            let cstdcs = try #require(entries.first)
            #expect(cstdcs.subject.award == "chien-si-thi-dua-co-so")
            #expect(cstdcs.subject.facts.initiatives?.map(\.id) == ["SK-2026-03"])
        }
    }

    @Test func theExcludedIDDecidedYearsAndOtherNomineesAreLeftOut() throws {
        try withStore(demo: true) { store, _ throws in
            #expect(try store.roundEntries(nomineeID: "P-0030", years: 2026...2026, excluding: "2026-CSTDCS-0001").map(\.id)
                    == ["2026-LDTT-0002"])
            #expect(try store.roundEntries(nomineeID: "P-0030", years: 2023...2025, excluding: nil).isEmpty)
            #expect(try store.roundEntries(nomineeID: "P-0018", years: 2026...2026, excluding: "2026-LDTT-0001").isEmpty)
            #expect(try store.roundEntries(nomineeID: "P-9999", years: 2000...2100, excluding: nil).isEmpty)
            #expect(try store.roundEntries(nomineeID: "P-0001", years: 2000...2100, excluding: nil).isEmpty)
        }
    }

    @Test func onlyPendingStatusesWithinTheRangeCount() throws {
        try withStore(demo: true) { store, path in
            try insertRawNomination(path, id: "2027-LDTT-0001", year: 2027, award: "lao-dong-tien-tien", nomineeID: "P-0018",
                                    status: .draft, facts: #"{"rating":"tot"}"#)
            try insertRawNomination(path, id: "2025-GK-0099", year: 2025, award: "giay-khen", kind: .dotXuat, nomineeID: "P-0018",
                                    status: .submitted)
            #expect(try store.roundEntries(nomineeID: "P-0018", years: 2026...2026, excluding: nil).map(\.id) == ["2026-LDTT-0001"])
            #expect(try store.roundEntries(nomineeID: "P-0018", years: 2026...2027, excluding: nil).map(\.id)
                    == ["2026-LDTT-0001", "2027-LDTT-0001"])
            #expect(try store.roundEntries(nomineeID: "P-0018", years: 2025...2025, excluding: nil).map(\.id) == ["2025-GK-0099"])
            let late = try #require(try store.roundEntries(nomineeID: "P-0018", years: 2027...2027, excluding: nil).first)
            #expect(late.subject.facts.rating == .tot)
            #expect(!late.subject.hasMovement)

            for status in NominationStatus.allCases {
                try setRawStatus(path, "2027-LDTT-0001", to: status)
                let ids = try store.roundEntries(nomineeID: "P-0018", years: 2027...2027, excluding: nil).map(\.id)
                #expect(ids == (status.isPending ? ["2027-LDTT-0001"] : []), "\(status)")
            }
        }
    }

    @Test func entriesOfOtherNomineeTypesCarryTheirType() throws {
        try withStore(demo: true) { store, _ in
            let household = try store.roundEntries(nomineeID: "H-0001", years: 2023...2026, excluding: nil)
            #expect(household.map(\.id) == ["2026-GDVH-0001"])
            #expect(household.first?.subject.nomineeType == .household)
            #expect(household.first?.subject == (try storedSubject(store, "2026-GDVH-0001")))
            let collective = try store.roundEntries(nomineeID: "C-06", years: 2026...2026, excluding: nil)
            #expect(collective.map(\.id) == ["2026-TTLDTT-0001"])
            #expect(collective.first?.subject.nomineeType == .collective)
            #expect(collective.first?.subject.facts.members?.total == 32)
        }
    }

    // MARK: Judging a round with the store

    @Test func aNewFighterSeesTheRoundsEligibleAdvancedWorker() throws {
        try withStore(demo: true) { store, _ in
            let rules = try rulebook()
            let context = StoreEvaluationContext(store: store, countsRounds: true)
            let pending = try store.roundEntries(nomineeID: "P-0018", years: 2026...2026, excluding: nil)
            #expect(pending.map(\.id) == ["2026-LDTT-0001"])
            let round = RoundEvaluator(entries: pending + [newFighter("P-0018")], context: context) { _ in rules }
            let all = round.evaluateAll()
            try #require(all.count == 2)
            #expect(all[0].eligibility == .eligible)
            #expect(all[1].eligibility == .eligible)
            let holds = try #require(verdict(all[1], "cstdcs.holds-ldtt"))
            #expect(holds.outcome == .pass)
            #expect(holds.reason.vi.contains("2026-LDTT-0001"))
            #expect(holds.reason.en.contains("2026-LDTT-0001"))
            #expect(verdict(all[1], "common.not-duplicated")?.outcome == .pass)

            // Alone, with the same store, the fighter holds no LĐTT of 2026: the history is
            // known and has none.
            let alone = RoundEvaluator(entries: [newFighter("P-0018")], context: context) { _ in rules }.evaluation(at: 0)
            #expect(alone.eligibility == .notEligible)
            #expect(verdict(alone, "cstdcs.holds-ldtt")?.outcome == .fail)
        }
    }

    @Test func aFighterWhoseAdvancedWorkerIsNotEligibleFails() throws {
        try withStore(demo: true) { store, _ in
            let rules = try rulebook()
            let context = StoreEvaluationContext(store: store, countsRounds: true)
            // P-0037's LĐTT of 2026 was rated only "hoàn thành": not eligible.
            let pending = try store.roundEntries(nomineeID: "P-0037", years: 2026...2026, excluding: nil)
            #expect(pending.map(\.id) == ["2026-LDTT-0004"])
            let all = RoundEvaluator(entries: pending + [newFighter("P-0037")], context: context) { _ in rules }.evaluateAll()
            try #require(all.count == 2)
            #expect(all[0].eligibility == .notEligible)
            #expect(all[1].eligibility == .notEligible)
            #expect(verdict(all[1], "cstdcs.holds-ldtt")?.outcome == .fail)
        }
    }

    @Test func editingAStoredFighterExcludesItselfAndSeesItsAdvancedWorker() throws {
        try withStore(demo: true) { store, _ in
            let rules = try rulebook()
            let context = StoreEvaluationContext(store: store, countsRounds: true)
            let others = try store.roundEntries(nomineeID: "P-0030", years: 2026...2026, excluding: "2026-CSTDCS-0001")
            #expect(others.map(\.id) == ["2026-LDTT-0002"])
            let edited = RoundEntry(id: "2026-CSTDCS-0001", nomineeID: "P-0030", subject: try storedSubject(store, "2026-CSTDCS-0001"))
            let evaluation = RoundEvaluator(entries: others + [edited], context: context) { _ in rules }.evaluation(at: 1)
            #expect(evaluation.eligibility == .eligible)
            let holds = try #require(verdict(evaluation, "cstdcs.holds-ldtt"))
            #expect(holds.outcome == .pass)
            #expect(holds.reason.en.contains("2026-LDTT-0002"))
            #expect(verdict(evaluation, "common.not-duplicated")?.outcome == .pass)

            // A second, new CSTĐCS for the same person and year is a duplicate of the stored one.
            let second = RoundEvaluator(entries: others + [newFighter("P-0030")], context: context) { _ in rules }.evaluation(at: 1)
            #expect(verdict(second, "cstdcs.holds-ldtt")?.outcome == .pass)
            let duplicate = try #require(verdict(second, "common.not-duplicated"))
            #expect(duplicate.outcome == .fail)
            #expect(duplicate.reason.en.contains("2026-CSTDCS-0001"))
        }
    }
}
