import Commendation
@testable import CommendationStore
import Foundation
import GRDB
import Testing
import VietnameseText

/// The first nominations of a status matching a search: exactly those a full read finds, in
/// the nominee list's order then by id, whichever way the store takes to them.
@Suite struct NominationsInStatusTests {
    /// What the picker must list: every nomination in `status` whose nominee's key contains the
    /// folded search, in list order; then, for a search with a digit, those whose id contains
    /// it, by id — worked out by reading them all.
    private func expected(_ path: String, _ status: NominationStatus, _ search: String, limit: Int) throws -> [String] {
        let folded = search.foldedForSearch
        let rows = try withRawDatabase(path) { db in
            try Row.fetchAll(db, sql: """
                SELECT n.id, e.search_key FROM nomination n JOIN nominee e ON e.id = n.nominee_id
                WHERE n.status = ? ORDER BY e.sort_key, e.id, n.id
                """, arguments: [status.rawValue])
        }
        let byName: [String] = rows.filter { folded.isEmpty || ($0["search_key"] as String).contains(folded) }.map { $0["id"] }
        var all = byName
        if !folded.isEmpty, folded.contains(where: \.isNumber) {
            let named = Set(byName)
            all += rows.map { $0["id"] as String }.filter { !named.contains($0) && $0.lowercased().contains(folded) }.sorted()
        }
        return Array(all.prefix(limit))
    }

    @Test func aGeneratedWardListsTheSameAsAFullRead() throws {
        try withStore { store, path in
            _ = try store.generateDemo(.ward, seed: 4, wardName: "Phường Mẫu", today: CivilDate(year: 2026, month: 11, day: 29)!)
            var tried = 0
            for search in ["", "ngu", "Nguyễn Thị", "hong", "thi h", "tổ dân phố", "2026-", "ldtt-00", "0012", "a", "zz", "xyz", "hộ ông"] {
                for limit in [1, 50, 200] {
                    let got = try store.nominations(status: .received, search: search, limit: limit).map(\.nomination.id)
                    let want = try expected(path, .received, search, limit: limit)
                    #expect(got == want, "\(search) / \(limit): \(got.prefix(3)) vs \(want.prefix(3))")
                    if !want.isEmpty { tried += 1 }
                }
            }
            #expect(tried >= 20)
            // Other statuses too.
            #expect(try store.nominations(status: .draft, search: "", limit: 30).map(\.nomination.id) == expected(path, .draft, "", limit: 30))
            #expect(try store.nominations(status: .received, search: "", limit: 10).allSatisfy { $0.nomination.status == .received })
        }
    }
}
