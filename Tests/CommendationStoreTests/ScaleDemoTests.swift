import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

/// The generated ward: the same seed gives the same store; names follow the usual family-name
/// frequencies; ten years of nominations, the earlier ones decided with honour-roll numbers.
@Suite struct ScaleDemoTests {
    private static let today = CivilDate(year: 2026, month: 11, day: 29)!

    private func generate(seed: UInt64, _ body: (Store, String, ScaleSummary) throws -> Void) throws {
        try withStore { store, path in
            let summary = try store.generateDemo(.ward, seed: seed, wardName: "Phường Mẫu", today: Self.today)
            try body(store, path, summary)
        }
    }

    private func fingerprint(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try String.fetchAll(db, sql: "SELECT id || name FROM nominee ORDER BY id LIMIT 50")
                + String.fetchAll(db, sql: "SELECT id || status FROM nomination ORDER BY id LIMIT 50")
        }
    }

    @Test func aWardIsDeterministicAndRealistic() throws {
        var first: [String] = []
        try generate(seed: 7) { store, path, summary in
            #expect(summary.nominees == 7_100)
            #expect((45_000...55_000).contains(summary.nominations), "\(summary.nominations)")
            #expect(summary.pending > 2_000)
            let pending = try store.pendingCount()
            #expect(pending == summary.pending)
            first = try fingerprint(path)
            let queue = try DatabaseQueue(path: path)
            let (people, nguyen, years, decided) = try queue.read { db in
                (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nominee WHERE type = 'person'") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nominee WHERE type = 'person' AND family_name = 'Nguyễn'") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT year) FROM nomination") ?? 0,
                 try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM decision_award") ?? 0)
            }
            try queue.close()
            #expect(people == 2_000)
            #expect((0.32...0.44).contains(Double(nguyen) / Double(people)), "Nguyễn: \(nguyen)/\(people)")
            #expect(years == 10)
            #expect(decided > 30_000)
            let broken = try store.firstBrokenAuditRow()
            #expect(broken == nil)
            let roll = try store.honourRoll(year: 2020)
            #expect(roll.count > 3_000)
        }
        var again: [String] = [], other: [String] = []
        try generate(seed: 7) { _, path, _ in again = try fingerprint(path) }
        try generate(seed: 8) { _, path, _ in other = try fingerprint(path) }
        #expect(again == first)
        #expect(other != first)
    }
}
