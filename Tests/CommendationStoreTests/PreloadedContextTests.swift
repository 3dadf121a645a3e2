import Commendation
import CommendationStore
import Foundation
import Testing

/// A context preloaded for a whole review answers exactly what the same context answers one
/// query at a time: histories, duplicates, round entries, and so every evaluation.
@Suite struct PreloadedContextTests {
    private func compare(_ store: Store) throws -> Int {
        let pending = try store.allPending()
        let books = try rulebooks()
        let rulebook: (Int) -> Rulebook? = { books.rulebook(forYear: $0) }
        let plain = StoreEvaluationContext(store: store, countsRounds: true)
        let preloaded = StoreEvaluationContext(store: store, countsRounds: true)
        try preloaded.preload(pending)
        var withEntries = 0, withDuplicates = 0, withHistory = 0
        for listing in pending {
            let nomination = listing.nomination, nomineeID = listing.nominee.id
            #expect(preloaded.history(of: nomineeID) == plain.history(of: nomineeID), "\(nomination.id)")
            let duplicates = plain.duplicates(nomineeID: nomineeID, award: nomination.award, kind: nomination.kind,
                                              year: nomination.year, excluding: nomination.id)
            #expect(preloaded.duplicates(nomineeID: nomineeID, award: nomination.award, kind: nomination.kind,
                                         year: nomination.year, excluding: nomination.id) == duplicates, "\(nomination.id)")
            let years = max(1, nomination.year - 4)...nomination.year
            let entries = try store.roundEntries(nomineeID: nomineeID, years: years, excluding: nomination.id)
            #expect(try preloaded.roundEntries(nomineeID: nomineeID, years: years, excluding: nomination.id) == entries,
                    "\(nomination.id)")
            var round = entries
            round.append(RoundEntry(id: nomination.id, nomineeID: nomineeID,
                                    subject: EvaluationSubject(nomination, nomineeType: listing.nominee.type)))
            let expected = RoundEvaluator(entries: round, context: plain, rulebook: rulebook).evaluation(at: round.count - 1)
            #expect(RoundEvaluator(entries: round, context: preloaded, rulebook: rulebook).evaluation(at: round.count - 1) == expected,
                    "\(nomination.id)")
            if entries.count > 0 { withEntries += 1 }
            if !duplicates.isEmpty { withDuplicates += 1 }
            if plain.history(of: nomineeID)?.isEmpty == false { withHistory += 1 }
        }
        // The stores are rich enough for the comparison to mean something.
        #expect(withHistory > 0)
        #expect(withEntries + withDuplicates > 0)
        return pending.count
    }

    @Test func theDemoWardJudgesTheSamePreloaded() throws {
        try withStore(demo: true) { store, _ in
            let judged = try compare(store)
            #expect(judged > 10)
        }
    }

    @Test func aGeneratedWardJudgesTheSamePreloaded() throws {
        try withStore { store, _ in
            _ = try store.generateDemo(.ward, seed: 5, wardName: "Phường Mẫu", today: CivilDate(year: 2026, month: 11, day: 29)!)
            let judged = try compare(store)
            #expect(judged > 1_000)
        }
    }

    /// A chunk of a review holding only some of its nominees' undecided nominations preloads the
    /// others too: each answer is the store's.
    @Test func aChunkPreloadsTheRestOfItsNomineesRounds() throws {
        try withStore { store, _ in
            _ = try store.generateDemo(.ward, seed: 5, wardName: "Phường Mẫu", today: CivilDate(year: 2026, month: 11, day: 29)!)
            let pending = try store.allPending()
            let plain = StoreEvaluationContext(store: store, countsRounds: true)
            var withOthers = 0
            for start in stride(from: 0, to: pending.count, by: 300) {
                let chunk = pending[start..<min(pending.count, start + 300)].enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
                let context = StoreEvaluationContext(store: store, countsRounds: true)
                try context.preload(nomineesOf: chunk)
                for listing in chunk {
                    let nomination = listing.nomination, nomineeID = listing.nominee.id
                    let years = max(1, nomination.year - 4)...nomination.year
                    let entries = try store.roundEntries(nomineeID: nomineeID, years: years, excluding: nomination.id)
                    #expect(try context.roundEntries(nomineeID: nomineeID, years: years, excluding: nomination.id) == entries, "\(nomination.id)")
                    #expect(context.history(of: nomineeID) == plain.history(of: nomineeID), "\(nomination.id)")
                    #expect(context.duplicates(nomineeID: nomineeID, award: nomination.award, kind: nomination.kind, year: nomination.year,
                                               excluding: nomination.id)
                            == plain.duplicates(nomineeID: nomineeID, award: nomination.award, kind: nomination.kind, year: nomination.year,
                                                excluding: nomination.id), "\(nomination.id)")
                    if entries.contains(where: { entry in !chunk.contains { $0.nomination.id == entry.id } }) { withOthers += 1 }
                }
            }
            // Some rounds needed nominations the chunk did not hold.
            #expect(withOthers > 0)
        }
    }

    @Test func aNomineeNotPreloadedIsReadFromTheStore() throws {
        try withStore(demo: true) { store, _ in
            let pending = try store.allPending()
            let context = StoreEvaluationContext(store: store)
            try context.preload(Array(pending.prefix(1)))
            let other = try #require(pending.first { $0.nominee.id != pending[0].nominee.id })
            let years = max(1, other.nomination.year - 4)...other.nomination.year
            let fromStore = try store.roundEntries(nomineeID: other.nominee.id, years: years, excluding: nil)
            #expect(!fromStore.isEmpty)
            #expect(try context.roundEntries(nomineeID: other.nominee.id, years: years, excluding: nil) == fromStore)
            #expect(context.history(of: "P-9999") == nil)
        }
    }
}
