import CommendationStore
import Foundation
import GRDB
import Testing

/// A restore never swaps a store that is in use: refused while a tdkt store is open on it (the
/// lock beside it), refused while another connection keeps its write-ahead log from being
/// folded in; and a store whose file was replaced under it refuses to write.
@Suite struct RestoreTests {
    @Test func aRestoreWhileADeskHasTheStoreOpenIsRefused() throws {
        try withStore(demo: true) { store, path in
            let folder = (path as NSString).deletingLastPathComponent
            let backup = folder + "/sao-luu.sqlite"
            _ = try store.backup(to: backup)
            try store.setSetting("ward.name", to: "Phường Sau Sao Lưu")
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            // This process is not listed among the holders; another would be, by name and PID.
            let error = #expect(throws: BackupProblem.inUse(path: path, by: [])) {
                try Store.restore(from: backup, into: path, stamp: "20261130-010000")
            }
            #expect(error?.message(.vi).contains("đang được mở ở bàn làm việc khác") == true)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            #expect(try store.setting("ward.name") == "Phường Sau Sao Lưu")
            let left = try FileManager.default.contentsOfDirectory(atPath: folder)
            #expect(!left.contains { $0.contains("khoi-phuc") || $0.hasPrefix(".tdkt-tmp-") }, "\(left)")
        }
    }

    @Test func aRestoreWhileAnotherConnectionReadsIsRefused() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            let backup = folder.appendingPathComponent("sao-luu.sqlite").path
            do {
                let store = try openStore(path)
                try store.loadDemo(demoWard(), rulebook: try rulebooks().rulebook(forYear:), baseSalaries: try baseSalaries())
                _ = try store.backup(to: backup)
            }
            // Another program (not tdkt: no lock) writes into the log and keeps a read open.
            let writer = try DatabaseQueue(path: path)
            try writer.write { db in try db.execute(sql: "UPDATE setting SET value = 'Phường Sau Sao Lưu' WHERE key = 'ward.name'") }
            let reader = try DatabaseQueue(path: path)
            try reader.inDatabase { db in
                try db.execute(sql: "BEGIN")
                _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nomination")
                #expect(throws: BackupProblem.busy(path: path)) {
                    try Store.restore(from: backup, into: path, stamp: "20261130-010000")
                }
                try db.execute(sql: "COMMIT")
            }
            try reader.close()
            try writer.close()
            #expect(try openStore(path).setting("ward.name") == "Phường Sau Sao Lưu")
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(!left.contains { $0.contains("khoi-phuc") || $0.hasPrefix(".tdkt-tmp-") }, "\(left)")
            // With nobody reading, the restore goes through and keeps the old file aside.
            let aside = try Store.restore(from: backup, into: path, stamp: "20261130-010001")
            #expect(try openStore(path).setting("ward.name") != "Phường Sau Sao Lưu")
            #expect(try Store.check(aside, auditMustHold: false).nominations == 44)
        }
    }

    /// The file under an open store's path replaced by another (a restore by an older tdkt, or
    /// by hand): the open store refuses to write instead of saving into the file moved away.
    @Test func aStoreWhoseFileWasReplacedRefusesToWrite() throws {
        try withStore(demo: true) { store, path in
            let folder = (path as NSString).deletingLastPathComponent
            let other = folder + "/khac.sqlite"
            _ = try store.backup(to: other)
            #expect(rename(path, folder + "/cu.sqlite") == 0)
            #expect(rename(other, path) == 0)
            #expect(throws: StoreError.replaced(path: path)) { try store.setSetting("ward.name", to: "Sau khi thay") }
            #expect(StoreError.replaced(path: path).message.vi.contains("Hãy thoát tdkt và mở lại"))
        }
    }
}
