import CommendationStore
import Foundation
import GRDB
import Testing

@Suite("Opening the store")
struct StoreOpeningTests {
    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let mode = try #require(attributes[.posixPermissions] as? NSNumber)
        return mode.intValue & 0o777
    }

    @Test func newPathInMissingFolderCreatesPrivateFolderAndFile() throws {
        try withTemporaryFolder { folder in
            let storeFolder = folder.appendingPathComponent("tdkt", isDirectory: true).path
            let path = storeFolder + "/tdkt.sqlite"
            #expect(!FileManager.default.fileExists(atPath: storeFolder))

            let store = try openStore(path)
            #expect(store.wasCreated)
            #expect(store.path == path)
            #expect(try store.isEmpty())

            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: storeFolder, isDirectory: &isDirectory))
            #expect(isDirectory.boolValue)
            #expect(try permissions(storeFolder) == 0o700)
            #expect(try permissions(path) == 0o600)

            // The write-ahead log and shared-memory files hold the same data: just as private.
            try store.setSetting("ward.name", to: "Phường Thử")
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
            #expect(try permissions(path + "-wal") == 0o600)
            #expect(try permissions(path + "-shm") == 0o600)
        }
    }

    @Test func severalMissingFoldersAreCreated() throws {
        try withTemporaryFolder { folder in
            let storeFolder = folder.path + "/share/tdkt"
            let path = storeFolder + "/tdkt.sqlite"
            let store = try openStore(path)
            #expect(store.wasCreated)
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(try permissions(storeFolder) == 0o700)
            #expect(try permissions(path) == 0o600)
        }
    }

    @Test func folderInsteadOfAFileCannotBeOpened() throws {
        try withTemporaryFolder { folder in
            let error = #expect(throws: StoreError.self) { _ = try openStore(folder.path) }
            guard case .isAFolder(let reportedPath)? = error else {
                Issue.record("expected isAFolder, got \(String(describing: error))")
                return
            }
            #expect(reportedPath == folder.path)
        }
    }

    @Test func reopeningAnExistingStoreIsNotACreation() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            let first = try openStore(path)
            #expect(first.wasCreated)
            try first.setSetting("ward.name", to: "Phường Thử")

            let second = try openStore(path)
            #expect(!second.wasCreated)
            #expect(try second.setting("ward.name") == "Phường Thử")
            #expect(try permissions(path) == 0o600)
        }
    }

    @Test func journalModeIsWAL() throws {
        try withStore { _, path in
            let mode = try withRawDatabase(path) { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(mode?.lowercased() == "wal")
        }
    }

    @Test func fileThatIsNotSQLiteIsRefused() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("notes.sqlite").path
            try Data("hello".utf8).write(to: URL(fileURLWithPath: path))

            let error = #expect(throws: StoreError.self) { _ = try openStore(path) }
            #expect(error == .notADatabase(path: path))
            // The clerk's file is left as it was.
            #expect(FileManager.default.contents(atPath: path) == Data("hello".utf8))
            if let error {
                #expect(error.message.vi.contains(path))
                #expect(error.message.en.contains(path))
            }
        }
    }

    @Test func storeWithUnknownMigrationIsFromANewerVersion() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            _ = try openStore(path)
            try withRawDatabase(path) { db in
                try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')")
            }

            let error = #expect(throws: StoreError.self) { _ = try openStore(path) }
            #expect(error == .newerVersion(path: path))
            if let error {
                #expect(error.message.vi.contains(path))
                #expect(error.message.en.contains(path))
            }
            // Nothing was migrated or removed by the refused open.
            let identifiers = try withRawDatabase(path) { db in
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            }
            #expect(identifiers == ["v1-first-desk", "v10-money-clocks-anchors", "v11-nominee-rounds-index", "v2-council-layer", "v3-nominee-phone", "v4-council-sessions",
                                    "v5-audit-append-only", "v6-scale-indexes", "v7-nominee-search", "v8-pending-standing",
                                    "v9-search-sort-key", "v99-from-the-future"])
        }
    }

    @Test func aStoreOpenedReadOnlyReadsAndRefusesEveryWrite() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            let first = try openStore(path)
            try first.loadDemo(demoWard(), rulebook: try rulebooks().rulebook(forYear:), baseSalaries: try baseSalaries())
            let store = try Store(path: path, clock: testClock, actor: testActor, readOnly: true)
            #expect(store.isReadOnly)
            #expect(try store.pendingCount() == 13)
            #expect(try store.firstBrokenAuditRow() == nil)
            let error = #expect(throws: StoreError.self) { try store.setSetting("ward.name", to: "Phường Khác") }
            #expect(error == .readOnly(path: path))
            #expect(try store.setting("ward.name") == "Phường Đầm Hà")
            let missing = #expect(throws: StoreError.self) {
                _ = try Store(path: folder.appendingPathComponent("none.sqlite").path, clock: testClock, actor: testActor, readOnly: true)
            }
            #expect(missing?.message.vi.contains("none.sqlite") == true)
        }
    }

    @Test func readOnlyFile() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            let first = try openStore(path)
            try first.setSetting("ward.name", to: "Phường Thử")
            try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path) }
            #expect(try permissions(path) == 0o400)

            if geteuid() == 0 {
                // Root may write any file whatever its mode, so the file is not read-only for
                // this process: the store opens and keeps working.
                let store = try openStore(path)
                #expect(!store.wasCreated)
                #expect(try store.setting("ward.name") == "Phường Thử")
                try store.setSetting("ward.name", to: "Phường Khác")
                #expect(try store.setting("ward.name") == "Phường Khác")
            } else {
                // The store opens read-only: readable, and every write says why it failed.
                let store = try openStore(path)
                #expect(store.isReadOnly)
                #expect(try store.setting("ward.name") == "Phường Thử")
                let error = #expect(throws: StoreError.self) { try store.setSetting("ward.name", to: "Phường Khác") }
                #expect(error == .readOnly(path: path))
            }
        }
    }

    @Test func folderThatCannotBeCreatedIsReported() throws {
        try withTemporaryFolder { folder in
            // A regular file stands where the folder should be.
            let blocker = folder.appendingPathComponent("blocker").path
            try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
            let path = blocker + "/tdkt/tdkt.sqlite"

            let error = #expect(throws: StoreError.self) { _ = try openStore(path) }
            guard case .cannotCreateFolder(let reportedPath, let reportedFolder, let reason)? = error else {
                Issue.record("expected cannotCreateFolder, got \(String(describing: error))")
                return
            }
            #expect(reportedPath == path)
            #expect(reportedFolder == blocker + "/tdkt")
            #expect(reason == String(cString: strerror(ENOTDIR)), "\(reason)")
            if let error {
                #expect(error.message.vi.contains(path))
                #expect(error.message.en.contains(path))
            }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test(arguments: [
        StoreError.notADatabase(path: "/srv/phuong/tdkt.sqlite"),
        .corrupt(path: "/srv/phuong/tdkt.sqlite"),
        .locked(path: "/srv/phuong/tdkt.sqlite"),
        .readOnly(path: "/srv/phuong/tdkt.sqlite"),
        .cannotOpen(path: "/srv/phuong/tdkt.sqlite", reason: "Permission denied"),
        .newerVersion(path: "/srv/phuong/tdkt.sqlite"),
        .diskFull(path: "/srv/phuong/tdkt.sqlite"),
        .other(path: "/srv/phuong/tdkt.sqlite", message: "disk I/O error"),
    ])
    func everyMessageAboutAFileNamesItInBothLanguages(error: StoreError) {
        #expect(error.message.vi.contains("/srv/phuong/tdkt.sqlite"))
        #expect(error.message.en.contains("/srv/phuong/tdkt.sqlite"))
        #expect(error.message.vi != error.message.en)
    }

    @Test func messagesAboutARecordNameIt() {
        for error in [StoreError.conflict(id: "2026-LDTT-0007"), .missing(id: "2026-LDTT-0007")] {
            #expect(error.message.vi.contains("2026-LDTT-0007"))
            #expect(error.message.en.contains("2026-LDTT-0007"))
        }
    }
}
