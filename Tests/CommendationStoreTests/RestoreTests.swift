import CommendationStore
import Foundation
import GRDB
import Testing

/// A restore refuses a store whose write-ahead log another connection keeps from being folded
/// in, and then leaves the store where and as it was.
@Suite struct RestoreTests {
    @Test func aRestoreWhileAnotherConnectionReadsIsRefused() throws {
        try withStore(demo: true) { store, path in
            let folder = (path as NSString).deletingLastPathComponent
            let backup = folder + "/sao-luu.sqlite"
            _ = try store.backup(to: backup)
            try store.setSetting("ward.name", to: "Phường Sau Sao Lưu")  // something in the log
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
            #expect(try store.setting("ward.name") == "Phường Sau Sao Lưu")
            let left = try FileManager.default.contentsOfDirectory(atPath: folder)
            #expect(!left.contains { $0.contains("khoi-phuc") }, "\(left)")
        }
    }
}
