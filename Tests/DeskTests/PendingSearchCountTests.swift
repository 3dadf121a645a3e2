import Commendation
import CommendationStore
import Foundation
import Testing
import WardServices

/// The pending review's search counts its groups among the first standings while the clerk
/// types (lower bounds), and exactly when typing stops.
@Suite struct PendingSearchCountTests {
    @Test func countsAmongTheFirstStandingsAreLowerBoundsAndAllOfThemExact() throws {
        let pilot = try Pilot("pending-search-count")
        let review = try PendingAwards(store: pilot.store, rules: try WardRules.of(pilot.store, holidays: nil, today: Pilot.today),
                                       today: Pilot.today)
        let pending = try pilot.store.pendingCount()
        #expect(pending > 5)
        for search in ["", "n", "ng", "nguyen", "2026", "zzz"] {
            var query = PendingQuery()
            query.search = search
            let exact = try review.counts(query)
            let whole = try review.counts(query, examining: pending)
            #expect(whole.exact && whole.counts == exact, "\(search)")
            let partial = try review.counts(query, examining: 3)
            #expect(!partial.exact, "\(search)")
            #expect(partial.counts.values.reduce(0, +) <= 3, "\(search)")
            for (group, count) in partial.counts { #expect(count <= exact[group] ?? 0, "\(search) \(group)") }
        }
    }

    @Test func theSearchMatchesNomineesAndNominationIds() throws {
        let pilot = try Pilot("pending-search-ids")
        let review = try PendingAwards(store: pilot.store, rules: try WardRules.of(pilot.store, holidays: nil, today: Pilot.today),
                                       today: Pilot.today)
        let listings = try pilot.store.allPending()
        for search in ["nguyen", "LDTT", "2026-", "thi"] {
            var query = PendingQuery()
            query.search = search
            let folded = search.lowercased()
            let expected = listings.filter { $0.nominee.searchKey.contains(folded) || $0.nomination.id.lowercased().contains(folded) }.count
            #expect(try review.counts(query).values.reduce(0, +) == expected, "\(search)")
        }
    }
}
