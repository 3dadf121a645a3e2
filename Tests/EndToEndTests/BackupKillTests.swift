#if canImport(Glibc)
import Glibc
#endif
import CommendationStore
import Foundation
import GRDB
import Testing

/// `tdkt backup` and `tdkt restore` under SIGKILL at random moments, a hundred times each, on
/// a ward-sized store (31 MB): no file ever appears under a backup's final name unless it is a
/// whole store; the store's name always holds a whole store, the old one or the new; and the
/// next run removes the temporaries a killed one left.
@Suite(.serialized) final class BackupKillTests {
    private let folder: String
    private let tdkt: String
    private let store: String

    /// Kills of each command.
    static let kills = 100

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-backup-kill-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        tdkt = try builtTDKT()
        store = folder + "/tdkt.sqlite"
        _ = try run([tdkt, "demo", "--scale", "ward", "--seed", "1", "--store", store], capture: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func killAfter(_ arguments: [String], microseconds: UInt32) throws -> (killed: Bool, status: Int32) {
        let pid = try spawn(arguments, output: folder + "/out.txt")
        usleep(microseconds)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return ((status & 0x7F) == SIGKILL, status)
    }

    /// How long `arguments` takes when nobody kills it, in microseconds: the kills land at random
    /// moments up to a little past that, whatever the machine's speed or load.
    private func duration(_ arguments: [String]) throws -> UInt32 {
        let start = Date()
        let result = try runCommand(arguments)
        #expect(result.status == 0, "\(result.errors)")
        return UInt32(max(0.05, Date().timeIntervalSince(start)) * 1_000_000)
    }

    private func temporaries(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".tdkt-tmp-") }
    }

    @Test func aKilledBackupLeavesNoFileOrAWholeOne() throws {
        let backups = folder + "/sao-luu"
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        var generator = SystemRandomNumberGenerator()
        var whole = 0, absent = 0, killed = 0
        let full = try duration([tdkt, "backup", backups + "/timed.sqlite", "--store", store])
        for round in 1...Self.kills {
            let destination = backups + "/b-\(round).sqlite"
            let result = try killAfter([tdkt, "backup", destination, "--store", store],
                                       microseconds: UInt32.random(in: 5_000...(full + full / 3), using: &generator))
            if result.killed { killed += 1 }
            if FileManager.default.fileExists(atPath: destination) {
                let summary = try Store.check(destination, auditMustHold: false)
                #expect(summary.nominations == 50_020, "round \(round)")
                whole += 1
            } else {
                absent += 1
            }
        }
        #expect(killed >= Self.kills / 4, "too few kills landed while the backup ran: \(killed)")
        #expect(absent > 0 && whole > 0, "whole \(whole), absent \(absent)")
        // The next backup removes what the killed ones left.
        let last = try runCommand([tdkt, "backup", backups + "/last.sqlite", "--store", store])
        #expect(last.status == 0, "\(last.errors)")
        #expect(try temporaries(in: backups).isEmpty)
        FileHandle.standardError.write(Data("backup kills: \(Self.kills), \(killed) mid-run, \(whole) whole, \(absent) absent\n".utf8))
    }

    @Test func aKilledRestoreLeavesTheOldStoreOrTheNew() throws {
        let backup = folder + "/backup.sqlite"
        #expect(try runCommand([tdkt, "backup", backup, "--store", store]).status == 0)
        // The current store differs from the backup: a demo ward of 44 nominations.
        let target = folder + "/ward/tdkt.sqlite"
        _ = try run([tdkt, "demo", "--store", target], capture: true)
        var generator = SystemRandomNumberGenerator()
        var old = 0, new = 0, killed = 0
        let full = try duration([tdkt, "restore", backup, "--store", target])
        try FileManager.default.removeItem(atPath: target)
        _ = try run([tdkt, "demo", "--store", target], capture: true)
        for round in 1...Self.kills {
            let result = try killAfter([tdkt, "restore", backup, "--store", target],
                                       microseconds: UInt32.random(in: 5_000...(full + full / 3), using: &generator))
            if result.killed { killed += 1 }
            #expect(FileManager.default.fileExists(atPath: target), "round \(round): no store under its name")
            // Opened as the next desk would (read-write: a write-ahead log left by the kill is
            // recovered), then checked whole.
            try DatabaseQueue(path: target).close()
            let summary = try Store.check(target, auditMustHold: false)
            if summary.nominations == 44 { old += 1 } else if summary.nominations == 50_020 { new += 1 } else {
                Issue.record("round \(round): a store of \(summary.nominations) nominations")
            }
            // Back to the old store for the next round, when the restore got through.
            if summary.nominations == 50_020 {
                try FileManager.default.removeItem(atPath: target)
                _ = try run([tdkt, "demo", "--store", target], capture: true)
            }
            for aside in try FileManager.default.contentsOfDirectory(atPath: folder + "/ward") where aside.contains("truoc-khoi-phuc") {
                try FileManager.default.removeItem(atPath: folder + "/ward/" + aside)
            }
        }
        #expect(killed >= Self.kills / 4, "too few kills landed while the restore ran: \(killed)")
        #expect(old > 0 && new > 0, "old \(old), new \(new)")
        let last = try runCommand([tdkt, "restore", backup, "--store", target])
        #expect(last.status == 0, "\(last.errors)")
        #expect(try temporaries(in: folder + "/ward").isEmpty)
        FileHandle.standardError.write(Data("restore kills: \(Self.kills), \(killed) mid-run, old \(old), new \(new)\n".utf8))
    }
}
