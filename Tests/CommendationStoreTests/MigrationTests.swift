import CommendationStore
import Foundation
import GRDB
import Testing

@Suite("Schema migrations")
struct MigrationTests {
    private static let expectedTables: Set<String> = ["setting", "nominee", "movement", "council_member", "nomination", "audit"]

    private func tables(_ path: String) throws -> Set<String> {
        try withRawDatabase(path) { db in
            Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
    }

    @Test func emptyFileIsMigratedToTheFirstDesk() throws {
        try withStore { store, path in
            #expect(try store.appliedMigrations() == ["v1-first-desk"])
            let found = try tables(path)
            #expect(Self.expectedTables.isSubset(of: found), "missing: \(Self.expectedTables.subtracting(found))")
            #expect(try store.isEmpty())
            #expect(try store.auditCount() == 0)
            #expect(try rowCount("setting", in: path) == 0)
        }
    }

    @Test func expectedColumnsArePresent() throws {
        try withStore { _, path in
            let columns = try withRawDatabase(path) { db in
                (nominee: Set(try db.columns(in: "nominee").map(\.name)),
                 nomination: Set(try db.columns(in: "nomination").map(\.name)),
                 audit: Set(try db.columns(in: "audit").map(\.name)))
            }
            #expect(columns.nominee.isSuperset(of: ["id", "type", "name", "family_name", "middle_name", "given_name",
                                                    "sort_key", "search_key", "version"]))
            #expect(columns.nomination.isSuperset(of: ["id", "year", "award", "kind", "nominee_id", "status",
                                                       "received_on", "facts", "version"]))
            #expect(columns.audit.isSuperset(of: ["seq", "at", "os_user", "profile", "action", "entity", "entity_id",
                                                  "before", "after", "prev_hash", "hash"]))
        }
    }

    @Test func reopeningRunsNothingAgain() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            let first = try openStore(path)
            _ = try first.save(newPersonDraft(), rulebook: rulebook())
            let auditBefore = try first.auditCount()

            let second = try openStore(path)
            #expect(try second.appliedMigrations() == ["v1-first-desk"])
            #expect(try rowCount("grdb_migrations", in: path) == 1)
            // The data written before survives the reopen: no table was recreated.
            #expect(try second.nomineeCount() == 1)
            #expect(try second.nomination(id: "2026-LDTT-0001") != nil)
            #expect(try second.auditCount() == auditBefore)

            let third = try openStore(path)
            #expect(try third.appliedMigrations() == ["v1-first-desk"])
            #expect(try rowCount("grdb_migrations", in: path) == 1)
        }
    }

    @Test func schemaRejectsUnknownNomineeTypes() throws {
        try withStore { _, path throws in
            #expect(throws: DatabaseError.self) {
                try withRawDatabase(path) { db in
                    try db.execute(sql: """
                        INSERT INTO nominee(id, type, name, sort_key, search_key, created_at, updated_at)
                        VALUES ('X-1', 'alien', 'X', '', '', '', '')
                        """)
                }
            }
            #expect(try rowCount("nominee", in: path) == 0)
        }
    }
}
