import Commendation
@testable import CommendationStore
import Foundation
import GRDB
import Testing
import VietnameseText

/// The pending review's matches read through the trigram index (`pendingMatches`) are the rows,
/// the order and the counts the walk of each group's names gives (`pendingPage`,
/// `pendingGroupCounts`), whatever the search, order and filter; ids holding a search are found
/// as the walk finds them, their case and `LIKE`'s wildcards notwithstanding.
@Suite struct PendingMatchesTests {
    /// Pending nominations whose ids are not of tdkt's shape.
    static let oddIDs = ["2026-Ab%_x-0001", "NGUYEN-thi-HONG-7", "x\\y"]

    /// A generated ward with standings in every group (some overdue), and pending nominations
    /// with odd ids.
    private func withWard(_ body: (Store, String) throws -> Void) throws {
        try withStore { store, path in
            _ = try store.generateDemo(.ward, seed: 4, wardName: "Phường Mẫu", today: testDay)
            let people = try store.nominees(filter: "nguyen", types: [.person], offset: 0, limit: 3)
            for (id, nominee) in zip(Self.oddIDs, people) {
                try insertRawNomination(path, id: id, year: 2026, award: "lao-dong-tien-tien", nomineeID: nominee.id, status: .received)
            }
            let groups: [PendingGroup] = [.missingInformation, .notReceived, .awaitingCouncil, .awaitingDecision, .submitted]
            let past = try #require(testDay.adding(days: -3))
            try store.refreshStandings(fingerprint: "test", today: testDay) {
                { listings in
                    listings.map { listing in
                        let id = listing.nomination.id
                        let index = id.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF }
                        return PendingStanding(nominationID: id, eligibility: [.eligible, .notEligible, .incomplete][index % 3],
                                               baseGroup: groups[index % groups.count], deadline: index % 4 == 0 ? past : nil,
                                               countsRound: false)
                    }
                }
            }
            try body(store, path)
        }
    }

    /// The first `rows` nominations of every group under `query` in `order`, as the walk of the
    /// group reads them.
    private func walked(_ store: Store, _ query: PendingQuery, _ order: PendingOrder, rows: Int) throws -> [PendingGroup: [String]] {
        var groups: [PendingGroup: [String]] = [:]
        for group in PendingGroup.allCases {
            let ids = try store.pendingPage(query, group: group, order: order, offset: 0, limit: rows).map(\.listing.nomination.id)
            if !ids.isEmpty { groups[group] = ids }
        }
        return groups
    }

    private func byGroup(_ matches: [PendingMatch], rows: Int = .max) -> [PendingGroup: [String]] {
        Dictionary(grouping: matches, by: \.group).mapValues { $0.prefix(rows).map(\.nominationID) }
    }

    @Test func matchesAreTheWalksRowsInItsOrder() throws {
        try withWard { store, _ in
            var year = PendingQuery(), incomplete = PendingQuery(), award = PendingQuery(), received = PendingQuery()
            year.year = 2026
            incomplete.eligibility = .incomplete
            award.award = "lao-dong-tien-tien"
            received.status = .received
            var compared = 0
            let searches = ["nguyen", "Nguyễn Thị", "NGUYỄN THỊ H", "thi h", "hong", "van a", "ab%", "%_x", "x\\y", "ldtt-00", "-thi-h",
                            "2026-ab", "zzz", "nguyen zzz", "ng\"uy", "n", "ng", "%", "_"]
            for search in searches {
                let folded = search.foldedForSearch
                let filters = ["nguyen", "NGUYỄN THỊ H", "ab%", "ldtt-00"].contains(search) ? [PendingQuery(), year, incomplete, award, received]
                                                                                           : [PendingQuery()]
                for filter in filters {
                    for order in PendingOrder.allCases {
                        var query = filter
                        query.search = search
                        let matches = try store.pendingMatches(query, order: order, atMost: 100_000)
                        guard folded.unicodeScalars.count >= 3 else {
                            #expect(matches == nil, "\(search): one or two letters have no trigram")
                            continue
                        }
                        let found = try #require(matches, "\(search)")
                        // The whole order where the matches are few, the first rows of each group
                        // otherwise (reading thousands of rows of each group takes minutes here).
                        let rows = found.count <= 300 ? found.count : 40
                        #expect(byGroup(found, rows: rows) == (try walked(store, query, order, rows: rows)), "\(search) \(filter) \(order)")
                        #expect(byGroup(found).mapValues(\.count) == (try store.pendingGroupCounts(query)), "\(search) \(filter)")
                        // The ids holding the search handed over (those holding its first letter)
                        // instead of scanned: the same matches.
                        let ids = try #require(try store.pendingIDs(holding: String(folded.prefix(1)), atMost: 100_000))
                        #expect(try store.pendingMatches(query, order: order, atMost: 100_000, idsAmong: ids) == found, "\(search)")
                        if !found.isEmpty { compared += 1 }
                    }
                }
            }
            #expect(compared >= 25)
        }
    }

    /// On one generated ward (making one takes a while): narrowing, the nominees' limit, the
    /// ids, windows by id, and the counts among the first standings under filters.
    @Test func narrowingLimitsIDsWindowsAndCounts() throws {
        try withWard { store, _ in
            try aLongerSearchMatchesAmongTheMatchesOfAShorterOne(store)
            try tooManyNomineesGiveNoMatches(store)
            try idsAreFoundWhateverTheirCaseAndWildcards(store)
            try windowsByIDKeepTheOrderGiven(store)
            try countsAmongTheFirstStandingsHonourTheFilters(store)
        }
    }

    private func aLongerSearchMatchesAmongTheMatchesOfAShorterOne(_ store: Store) throws {
        for order in PendingOrder.allCases {
            var query = PendingQuery()
            query.search = "ngu"
            let wide = try #require(try store.pendingMatches(query, order: order, atMost: 100_000))
            #expect(wide.count > 100)
            for longer in ["nguy", "Nguyễn", "nguyen thi", "NGUYỄN THỊ H", "guyen t", "nguyen-thi-hong-7"] {
                query.search = longer
                let narrowed = wide.filter { $0.matches(folded: longer.foldedForSearch) }
                #expect(narrowed == (try store.pendingMatches(query, order: order, atMost: 100_000)), "\(longer)")
            }
        }
    }

    @Test func aSearchIsCoveredByEveryThirdTrigramAndItsLast() {
        #expect(Store.trigramCover("nguyen thi h") == #""ngu" AND "yen" AND " th" AND "i h""#)
        #expect(Store.trigramCover("hong") == #""hon" AND "ong""#)
        #expect(Store.trigramCover("thi") == #""thi""#)
        #expect(Store.trigramCover("a\"bc") == #""a""b" AND """bc""#)
        #expect(Store.trigramCover("ng") == nil)
    }

    private func tooManyNomineesGiveNoMatches(_ store: Store) throws {
        var query = PendingQuery()
        query.search = "nguyen thi"
        let nominees = try store.nomineeCount(filter: "nguyen thi")
        #expect(nominees > 10)
        #expect(try store.pendingMatches(query, atMost: nominees) != nil)
        #expect(try store.pendingMatches(query, atMost: nominees - 1) == nil)
    }

    private func idsAreFoundWhateverTheirCaseAndWildcards(_ store: Store) throws {
        let odd = "2026-Ab%_x-0001"
        for wildcard in ["ab%", "%", "_"] {
            let found = try store.pendingIDs(holding: wildcard, atMost: 10)
            #expect(found == [odd], "\(wildcard)")
        }
        let escape = try store.pendingIDs(holding: "x\\y", atMost: 10)
        #expect(escape == ["x\\y"])
        let cased = try store.pendingIDs(holding: "Nguyễn-THI", atMost: 10)
        #expect(cased == ["NGUYEN-thi-HONG-7"])
        let none = try store.pendingIDs(holding: "zzz", atMost: 10)
        #expect(none == [])
        let many = try store.pendingIDs(holding: "2026", atMost: 10)
        #expect(many == nil, "more than ten")
        #expect(PendingMatch.id("NGUYEN-thi-HONG-7", holds: "nguyen-thi-hong"))
        #expect(!PendingMatch.id("2026-Ab%_x-0001", holds: "AB"), "the search is folded, the id lowered")
    }

    private func windowsByIDKeepTheOrderGiven(_ store: Store) throws {
        let window = try store.pendingStandings(ids: ["x\\y", "no-such-nomination", "2026-Ab%_x-0001"])
        #expect(window.map(\.listing.nomination.id) == ["x\\y", "2026-Ab%_x-0001"])
        #expect(window.map(\.standing.nominationID) == ["x\\y", "2026-Ab%_x-0001"])
        #expect(try store.pendingStandings(ids: []).isEmpty)
    }

    private func countsAmongTheFirstStandingsHonourTheFilters(_ store: Store) throws {
        let pending = try store.pendingGroupCounts().values.reduce(0, +)
        var year = PendingQuery(), eligible = PendingQuery(), award = PendingQuery()
        year.year = 2026
        eligible.eligibility = .eligible
        award.award = "lao-dong-tien-tien"
        for filter in [PendingQuery(), year, eligible, award] {
            for search in ["", "n", "nguyen", "Nguyễn Thị H", "ab%", "ldtt-0", "zzz"] {
                var query = filter
                query.search = search
                let exact = try store.pendingGroupCounts(query)
                let whole = try store.pendingGroupCounts(query, examining: pending)
                #expect(whole.exact && whole.counts == exact, "\(search) \(filter)")
                let partial = try store.pendingGroupCounts(query, examining: 500)
                #expect(!partial.exact)
                #expect(partial.counts.values.reduce(0, +) <= 500)
                for (group, count) in partial.counts { #expect(count <= exact[group] ?? 0, "\(search) \(filter) \(group)") }
                // The same counts made in memory among the standings a desk keeps.
                let kept = try store.pendingSample(filter, examining: 500)
                #expect(!kept.isWhole && kept.examined == 500 && kept.standings == pending)
                #expect(kept.counts(folded: search.foldedForSearch) == partial.counts, "\(search) \(filter)")
                let all = try store.pendingSample(filter, examining: pending)
                #expect(all.isWhole)
                #expect(all.counts(folded: search.foldedForSearch) == exact, "\(search) \(filter)")
            }
        }
    }
}
