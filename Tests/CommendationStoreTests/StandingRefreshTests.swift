import Commendation
@testable import CommendationStore
import Foundation
import GRDB
import Testing

/// `Store.refreshStandings` shares its batches among threads and writes them in order; another
/// connection's commit while it judges makes it judge what is left again, with new judges.
@Suite struct StandingRefreshTests {
    /// Counts what the judges of a refresh did, from every thread.
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var made = 0
        private var batches = 0
        private var judged: [String] = []

        func judgeMade() { lock.withLock { made += 1 } }
        /// Records a batch; true for the first one of all.
        func batch(_ listings: [NominationListing]) -> Bool {
            lock.withLock {
                batches += 1
                judged += listings.map(\.nomination.id)
                return batches == 1
            }
        }
        var counts: (made: Int, batches: Int, judged: [String]) { lock.withLock { (made, batches, judged) } }
    }

    /// A standing that says where it came from: its group is that of its id's hash.
    static func standing(_ listing: NominationListing) -> PendingStanding {
        let id = listing.nomination.id
        let groups: [PendingGroup] = [.missingInformation, .notReceived, .awaitingCouncil, .awaitingDecision, .submitted]
        return PendingStanding(nominationID: id, eligibility: .eligible,
                               baseGroup: groups[id.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF } % groups.count],
                               deadline: nil, countsRound: false)
    }

    /// Every standing in the store, by id.
    static func kept(_ path: String) throws -> [String: String] {
        try withRawDatabase(path) { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT nomination_id, base_group FROM standing").map {
                ($0["nomination_id"] as String, $0["base_group"] as String)
            })
        }
    }

    @Test(arguments: [(1_000, 1), (3, 1), (3, 3), (1, 2)])
    func batchesOnSeveralThreadsWriteEveryStanding(batch: Int, workers: Int) throws {
        try withStore(demo: true) { store, path in
            let pending = try store.allPending()
            #expect(pending.count > 10)
            try store.forgetStandings()
            let tally = Tally()
            let written = try store.refreshStandings(fingerprint: "test", today: testDay, batch: batch, workers: workers) {
                tally.judgeMade()
                return { listings in
                    _ = tally.batch(listings)
                    return listings.map(Self.standing)
                }
            }
            #expect(written == pending.count)
            let nominees = Set(pending.map(\.nominee.id)).count
            let counts = tally.counts
            #expect(counts.batches == (nominees + batch - 1) / batch)
            #expect(counts.judged.sorted() == pending.map(\.nomination.id).sorted(), "each pending nomination judged once")
            #expect(counts.made >= 1 && counts.made <= workers)
            #expect(try Self.kept(path) == Dictionary(uniqueKeysWithValues: pending.map { ($0.nomination.id, Self.standing($0).baseGroup.rawValue) }))
            // Nothing stale: nothing judged.
            #expect(try store.refreshStandings(fingerprint: "test", today: testDay, batch: batch, workers: workers) {
                { _ in
                    Issue.record("judged with nothing stale")
                    return []
                }
            } == 0)
        }
    }

    /// Another desk commits while the first batch is judged: no batch of that round is written,
    /// and every nomination is judged again by judges made afresh.
    @Test(arguments: [1, 3])
    func anotherDesksCommitMakesTheRestJudgedAgain(workers: Int) throws {
        try withStore(demo: true) { store, path in
            let pending = try store.allPending()
            try store.forgetStandings()
            let tally = Tally()
            let written = try store.refreshStandings(fingerprint: "test", today: testDay, batch: 2, workers: workers) {
                tally.judgeMade()
                return { listings in
                    if tally.batch(listings) {
                        // The refresh may be writing an earlier batch at this moment: wait for it.
                        var configuration = Configuration()
                        configuration.busyMode = .timeout(5)
                        try DatabaseQueue(path: path, configuration: configuration).write { db in
                            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('test.other-desk', '1')")
                        }
                    }
                    return listings.map(Self.standing)
                }
            }
            #expect(written == pending.count, "each standing written once")
            let counts = tally.counts
            let batches = (Set(pending.map(\.nominee.id)).count + 1) / 2
            #expect(counts.batches > batches, "judged again after the other desk's commit")
            #expect(counts.made > workers, "new judges for the second round")
            #expect(Set(counts.judged) == Set(pending.map(\.nomination.id)))
            #expect(try Self.kept(path).count == pending.count)
        }
    }
}
