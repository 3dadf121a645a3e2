import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

@Suite("Audit trail")
struct AuditTrailTests {
    private func auditRows(_ path: String) throws -> [Row] {
        try withRawDatabase(path) { db in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq") }
    }

    /// A store with some ordinary work done: a setting, two nominations, an edit.
    private func doSomeWork(_ store: Store) throws {
        let rules = try rulebook()
        try store.setSetting("ward.name", to: "Phường Thử")
        let first = try store.save(newPersonDraft(), rulebook: rules)
        _ = try store.save(newCollectiveDraft("Trường Tiểu học Kim Đồng"), rulebook: rules)
        let listing = try #require(try store.nomination(id: first.id))
        var edit = NominationDraft(editing: listing.nomination, nominee: listing.nominee)
        edit.facts.rating = .xuatSac
        _ = try store.save(edit, rulebook: rules, expectedVersion: listing.version)
    }

    @Test func theChangeMarkerMovesWithOtherConnectionsCommitsOnly() throws {
        try withStore(demo: true) { store, path in
            let before = try store.changeMarker()
            try store.setSetting("ward.name", to: "Phường Thử")
            #expect(try store.changeMarker() == before, "this store's own write")
            let other = try openStore(path)
            try other.setSetting("ward.name", to: "Phường Khác")
            #expect(try store.changeMarker() != before, "another desk's write")
        }
    }

    @Test func everySaveAddsANomineeAndANominationRow() throws {
        try withStore { store, path in
            #expect(try store.auditCount() == 0)
            let saved = try store.save(newPersonDraft(), rulebook: rulebook())
            #expect(try store.auditCount() == 2)

            let rows = try auditRows(path)
            #expect(rows.map { $0["entity"] as String } == ["nominee", "nomination"])
            #expect(rows.map { $0["action"] as String } == ["create", "create"])
            #expect(rows.map { $0["entity_id"] as String } == [saved.nomineeID, saved.id])
            #expect(rows.allSatisfy { ($0["os_user"] as String) == "test" && ($0["profile"] as String) == "test" })
            #expect(rows.allSatisfy { ($0["at"] as String) == "2026-11-29T12:00:00Z" })
            #expect(rows.allSatisfy { ($0["before"] as String?) == nil })
            #expect(rows[0]["prev_hash"] == "")
            #expect(rows[1]["prev_hash"] == rows[0]["hash"] as String)
            let after: String = try #require(rows[1]["after"])
            #expect(after.contains(saved.id))

            // Saving with an existing nominee adds only the nomination row.
            let nominee = try #require(try store.nominee(id: saved.nomineeID))
            var draft = NominationDraft(year: 2026)
            draft.nominee = .existing(nominee)
            draft.award = "giay-khen"
            draft.kind = .dotXuat
            _ = try store.save(draft, rulebook: rulebook())
            #expect(try store.auditCount() == 3)
        }
    }

    @Test func editAddsAnUpdateRowWithBeforeAndAfter() throws {
        try withStore { store, path in
            let rules = try rulebook()
            let saved = try store.save(newPersonDraft(), rulebook: rules)
            let listing = try #require(try store.nomination(id: saved.id))
            var edit = NominationDraft(editing: listing.nomination, nominee: listing.nominee)
            edit.facts.rating = .xuatSac
            _ = try store.save(edit, rulebook: rules, expectedVersion: 1)

            let last = try #require(try auditRows(path).last)
            #expect(last["action"] == "update")
            #expect(last["entity"] == "nomination")
            #expect(last["entity_id"] == saved.id)
            let before: String = try #require(last["before"])
            let after: String = try #require(last["after"])
            #expect(before.contains("\"tot\""))
            #expect(after.contains("\"xuat-sac\""))
        }
    }

    @Test func chainIsIntactAfterOrdinaryWork() throws {
        try withStore { store, _ in
            #expect(try store.firstBrokenAuditRow() == nil)
            try doSomeWork(store)
            #expect(try store.auditCount() == 6)
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func editingAnAfterColumnIsCaughtAtThatRow() throws {
        try withStore { store, path in
            try doSomeWork(store)
            let target = try #require(try auditRows(path).first { ($0["entity"] as String) == "nomination" })
            let seq: Int = target["seq"]
            try withRawDatabase(path) { db in
                try dropAuditGuards(db)
                try db.execute(sql: "UPDATE audit SET after = replace(after, '\"tot\"', '\"xuat-sac\"') WHERE seq = ?",
                               arguments: [seq])
                #expect(db.changesCount == 1)
            }
            let changed = try #require(try auditRows(path).first { ($0["seq"] as Int) == seq })
            #expect(changed["after"] != target["after"] as String?)
            #expect(try store.firstBrokenAuditRow() == seq)
        }
    }

    @Test func editingAnyColumnIsCaught() throws {
        for (column, value) in [("os_user", "someone"), ("at", "2026-11-30T08:00:00Z"), ("entity_id", "P-0999"),
                                ("before", "{}"), ("action", "delete")] {
            try withStore { store, path in
                try doSomeWork(store)
                try withRawDatabase(path) { db in
                    try dropAuditGuards(db)
                    try db.execute(sql: "UPDATE audit SET \(column) = ? WHERE seq = 3", arguments: [value])
                }
                #expect(try store.firstBrokenAuditRow() == 3, "\(column)")
            }
        }
    }

    @Test func deletingAMiddleRowIsCaught() throws {
        try withStore { store, path in
            try doSomeWork(store)
            let count = try store.auditCount()
            #expect(count >= 4)
            try withRawDatabase(path) { db in
                try dropAuditGuards(db)
                try db.execute(sql: "DELETE FROM audit WHERE seq = 3")
            }
            #expect(try store.auditCount() == count - 1)
            // The row after the gap no longer follows its predecessor.
            #expect(try store.firstBrokenAuditRow() == 4)
        }
    }

    @Test func tamperingInTheDemoIsFound() throws {
        try withStore(demo: true) { store, path in
            let count = try store.auditCount()
            #expect(count > 100)
            #expect(try store.firstBrokenAuditRow() == nil)
            let seq = count / 2
            try withRawDatabase(path) { db in
                try dropAuditGuards(db)
                try db.execute(sql: "UPDATE audit SET after = after || ' ' WHERE seq = ?", arguments: [seq])
            }
            #expect(try store.firstBrokenAuditRow() == seq)
        }
    }

    @Test func sqliteRefusesToEditOrDeleteAuditRows() throws {
        try withStore { store, path in
            try doSomeWork(store)
            let count = try store.auditCount()
            for sql in ["UPDATE audit SET os_user = 'someone' WHERE seq = 2", "DELETE FROM audit WHERE seq = 2"] {
                #expect(throws: DatabaseError.self, "\(sql)") {
                    try withRawDatabase(path) { db in try db.execute(sql: sql) }
                }
            }
            #expect(try store.auditCount() == count)
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    /// What someone editing the file behind tdkt's back does first: drop the triggers that
    /// keep the audit table append-only.
    private func dropAuditGuards(_ db: Database) throws {
        try db.execute(sql: "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete")
    }
}
