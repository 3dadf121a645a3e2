import Commendation
@testable import CommendationStore
import Foundation
import GRDB
import Testing
import VietnameseText

/// The trigram index finds exactly what testing every folded key finds, through both ways of
/// reading a page (sorted matches, or the name order walked, first within a budget), and
/// follows every change.
@Suite struct NomineeSearchIndexTests {
    /// What a search must find: every nominee whose stored folded key contains the folded
    /// filter, in list order — worked out by SQLite's `instr`, without the index.
    private func expected(_ path: String, _ filter: String) throws -> [String] {
        try withRawDatabase(path) { db in
            try String.fetchAll(db, sql: "SELECT id FROM nominee WHERE instr(search_key, ?) > 0 ORDER BY sort_key, id",
                                arguments: [filter.foldedForSearch])
        }
    }

    @Test func aGeneratedWardFindsTheSameWithTheIndex() throws {
        try withStore { store, path in
            _ = try store.generateDemo(.ward, seed: 4, wardName: "Phường Mẫu", today: CivilDate(year: 2026, month: 11, day: 29)!)
            var dense = 0, sparse = 0
            let limit = Store.sortedSearchLimit(nominees: try store.nomineeCount())
            for filter in ["ngu", "Nguyễn", "hong", "thi h", "văn a", "tổ dân phố", "P-00", "ngt", "xyz", "a", "ng", "\"", "%", "_",
                           "hộ ông", "nhung", "trần thị thu", "ĐẶNG", "van", "thi"] {
                let want = try expected(path, filter)
                #expect(try store.nomineeCount(filter: filter) == want.count, "\(filter)")
                var got: [String] = []
                var offset = 0
                while true {
                    let page = try store.nominees(filter: filter, offset: offset, limit: 500).map(\.id)
                    got += page
                    offset += 500
                    if page.count < 500 { break }
                }
                #expect(got == want, "\(filter): \(got.count) found, \(want.count) expected")
                // Screenfuls near the top: the walk of the first names finds the dense ones.
                for (offset, limit) in [(0, 24), (24, 24), (0, 100), (150, 100)] {
                    let page = try store.nominees(filter: filter, offset: offset, limit: limit).map(\.id)
                    #expect(page == Array(want.dropFirst(offset).prefix(limit)), "\(filter) at \(offset)")
                }
                if want.count > limit, filter.foldedForSearch.count >= 3 { dense += 1 } else if !want.isEmpty { sparse += 1 }
            }
            // Both ways of reading a page were taken.
            #expect(dense >= 2)
            #expect(sparse >= 3)
        }
    }

    @Test func theIndexFollowsRenamesAndDeletions() throws {
        try withStore(demo: true) { store, path in
            let id = try #require(try store.nominees(filter: "nguyen", offset: 0, limit: 1).first?.id)
            try withRawDatabase(path) { db in
                try db.execute(sql: "UPDATE nominee SET search_key = 'zzqq mot ten moi' WHERE id = ?", arguments: [id])
            }
            #expect(try store.nominees(filter: "zzqq", offset: 0, limit: 10).map(\.id) == [id])
            #expect(try store.nomineeCount(filter: "zzqq mot") == 1)
            try withRawDatabase(path) { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                try db.execute(sql: "DELETE FROM nominee WHERE id = ?", arguments: [id])
            }
            #expect(try store.nomineeCount(filter: "zzqq") == 0)
            #expect(try store.nominees(filter: "zzqq", offset: 0, limit: 10).isEmpty)
            try expectIndexMatchesNominees(path)
        }
    }

    /// Keys with a double quote, under three characters, and a name key changed alone: the
    /// triggers find each entry again, and the index holds one entry per nominee, with its
    /// current name key and search key.
    @Test func theIndexFollowsUnusualKeysAndNameKeyChanges() throws {
        try withStore(demo: true) { store, path in
            let ids = try store.nominees(offset: 0, limit: 4).map(\.id)
            try #require(ids.count == 4)
            try withRawDatabase(path) { db in
                try db.execute(sql: "UPDATE nominee SET search_key = 'ab' WHERE id = ?", arguments: [ids[0]])
                try db.execute(sql: "UPDATE nominee SET search_key = 'co \"ngoac\" kep' WHERE id = ?", arguments: [ids[1]])
                try db.execute(sql: "UPDATE nominee SET sort_key = '00' WHERE id = ?", arguments: [ids[2]])
            }
            try expectIndexMatchesNominees(path)
            #expect(try store.nominees(filter: "ngoac", offset: 0, limit: 10).map(\.id) == [ids[1]])
            try withRawDatabase(path) { db in
                try db.execute(sql: "UPDATE nominee SET search_key = 'xy' WHERE id = ?", arguments: [ids[0]])
                try db.execute(sql: "UPDATE nominee SET search_key = 'khong con ngoac' WHERE id = ?", arguments: [ids[1]])
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                try db.execute(sql: "DELETE FROM nominee WHERE id IN (?, ?, ?)", arguments: [ids[0], ids[2], ids[3]])
            }
            try expectIndexMatchesNominees(path)
            #expect(try store.nomineeCount(filter: "ngoac") == 1)
        }
    }

    private func expectIndexMatchesNominees(_ path: String) throws {
        try withRawDatabase(path) { db in
            let nominees = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nominee") ?? 0
            let entries = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nominee_search") ?? 0
            let matching = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM nominee n JOIN nominee_search s
                ON s.nominee_id = n.id AND s.sort_key = n.sort_key AND s.search_key = n.search_key
                """) ?? 0
            #expect(entries == nominees)
            #expect(matching == nominees)
        }
    }
}
