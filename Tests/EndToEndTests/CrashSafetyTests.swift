#if canImport(Glibc)
import Glibc
#endif
import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

/// The store under SIGKILL: a writer saves nominations in a loop and is killed at a random
/// moment, again and again; after every kill the store opens, SQLite's integrity check is ok,
/// the audit chain holds, and every nomination whose save was acknowledged is there, whole.
@Suite(.serialized) final class CrashSafetyTests {
    private let folder: String
    private let writer: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-crash-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        writer = URL(fileURLWithPath: try builtTDKT()).deletingLastPathComponent().appendingPathComponent("tdkt-crash-writer").path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The kills: enough for confidence, few enough to stay well under a minute.
    static let kills = 200

    @Test func acknowledgedSavesSurviveSIGKILL() throws {
        let store = folder + "/tdkt.sqlite"
        let acknowledgements = folder + "/acks.txt"
        var generator = SystemRandomNumberGenerator()
        var acknowledged: [String: Int] = [:]
        var next = 1
        var killedMidWrite = 0
        for round in 1...Self.kills {
            let pid = try spawn([writer, store, String(next)], output: acknowledgements)
            // Let the writer open the store and save for a few milliseconds, then kill it. Every
            // other round waits for its first acknowledged save (up to 3 s) before the random
            // wait, so that kills land among saves however slow the machine is; the others may
            // land while the store is being opened.
            if round % 2 == 1 {
                let deadline = Date().addingTimeInterval(3)
                while Date() < deadline, ((try? FileManager.default.attributesOfItem(atPath: acknowledgements)[.size] as? Int) ?? 0) == 0 {
                    usleep(2_000)
                }
                usleep(UInt32.random(in: 0...100_000, using: &generator))
            } else {
                usleep(UInt32.random(in: 5_000...150_000, using: &generator))
            }
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let killed = (status & 0x7F) == SIGKILL
            #expect(killed, "round \(round): the writer ended by itself (status \(status)); see its errors")
            if killed { killedMidWrite += 1 }

            let lines = (try? String(contentsOfFile: acknowledgements, encoding: .utf8)) ?? ""
            for line in lines.split(separator: "\n") {
                let parts = line.split(separator: " ")
                // A line cut by the kill has no number yet: its save is not acknowledged.
                guard parts.count == 3, parts[0] == "ACK", let number = Int(parts[2]) else { continue }
                acknowledged[String(parts[1])] = number
                next = max(next, number + 1)
            }
            try FileManager.default.removeItem(atPath: acknowledgements)

            let opened = try Store(path: store, actor: Actor(osUser: "crash-test", profile: "check"))
            let integrity = try DatabaseQueue(path: store).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            #expect(integrity == ["ok"], "round \(round)")
            // The whole check and the audit chain (hashes of every row) every 20 kills and at the end.
            if round % 20 == 0 || round == Self.kills {
                #expect(try opened.firstBrokenAuditRow() == nil, "round \(round)")
                try checkWhole(opened, acknowledged, round: round)
            }
        }
        #expect(killedMidWrite == Self.kills)
        #expect(acknowledged.count > Self.kills / 2, "too few saves acknowledged to mean anything: \(acknowledged.count)")
        FileHandle.standardError.write(Data("crash safety: \(Self.kills) kills, \(acknowledged.count) acknowledged saves, all whole\n".utf8))
    }

    /// Every acknowledged nomination is there with its nominee and the note of its number.
    private func checkWhole(_ store: Store, _ acknowledged: [String: Int], round: Int) throws {
        for (id, number) in acknowledged {
            let listing = try store.nomination(id: id)
            #expect(listing != nil, "round \(round): acknowledged \(id) (number \(number)) is missing")
            guard let listing else { continue }
            #expect(listing.nomination.note == String(repeating: "Ghi chú của bản ghi số \(number). ", count: 40),
                    "round \(round): \(id) is not whole")
            #expect(listing.nominee.position == "Bản ghi số \(number)", "round \(round): \(id)'s nominee is not whole")
            #expect(listing.nominee.personName?.fullName == "Nguyễn Thị Thử")
        }
    }
}
