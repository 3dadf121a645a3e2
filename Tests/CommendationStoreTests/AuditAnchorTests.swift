import Crypto
import CommendationStore
import Foundation
import GRDB
import Testing

/// The audit trail's blind spots closed: rows deleted at the end, every row deleted, and a chain
/// recomputed with plain SHA-256 all passed the chain check; anchors kept outside the store and
/// rows signed with the clerk's key catch them.
@Suite struct AuditAnchorTests {
    private static let key = AuditKey(bytes: Data(repeating: 7, count: 32))

    /// A demo store whose rows are signed with `key` and whose backups leave anchors in `folder`.
    private func withSignedStore(_ body: (Store, String, AuditAnchors) throws -> Void) throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            let anchors = AuditAnchors(folder: folder.appendingPathComponent("config").path)
            let store = try Store(path: path, clock: testClock, actor: testActor, auditKey: Self.key, anchors: anchors)
            try store.loadDemo(demoWard(), rulebook: try rulebooks().rulebook(forYear:), baseSalaries: try baseSalaries())
            try body(store, path, anchors)
        }
    }

    private func tamper(_ path: String, _ sql: String) throws {
        try withRawDatabase(path) { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete")
            try db.execute(sql: sql)
        }
    }

    private func verify(_ store: Store, _ anchors: AuditAnchors, against backup: String? = nil) throws -> AuditVerification {
        try store.verifyAudit(key: Self.key, anchor: try store.storeID().flatMap(anchors.latest(storeID:)), againstBackup: backup)
    }

    @Test func aBackupLeavesAnAnchorAndAnUntouchedTrailReachesIt() throws {
        try withSignedStore { store, path, anchors in
            let folder = (path as NSString).deletingLastPathComponent
            _ = try store.backup(to: folder + "/b.sqlite")
            let anchor = try #require(try store.storeID().flatMap(anchors.latest(storeID:)))
            #expect(anchor.rows == (try store.auditCount()))
            #expect(anchor.reason == "backup " + folder + "/b.sqlite")
            try store.setSetting("ward.name", to: "Phường Sau Mốc")
            let result = try verify(store, anchors, against: folder + "/b.sqlite")
            #expect(result.holds, "\(result)")
            #expect(result.signedRows == result.rows)
        }
    }

    @Test func deletingTheLastRowsIsCaughtByTheAnchor() throws {
        try withSignedStore { store, path, anchors in
            _ = try store.backup(to: (path as NSString).deletingLastPathComponent + "/b.sqlite")
            let rows = try store.auditCount()
            try tamper(path, "DELETE FROM audit WHERE seq > \(rows - 3)")
            // The chain alone still holds: what was left is a whole chain.
            #expect(try store.firstBrokenAuditRow() == nil)
            let result = try verify(store, anchors)
            #expect(result.anchorBroken)
            #expect(result.rows == rows - 3)
            #expect(!result.holds)
        }
    }

    @Test func deletingEveryRowIsCaughtByTheAnchorAndTheBackup() throws {
        try withSignedStore { store, path, anchors in
            let backup = (path as NSString).deletingLastPathComponent + "/b.sqlite"
            _ = try store.backup(to: backup)
            try tamper(path, "DELETE FROM audit")
            #expect(try store.firstBrokenAuditRow() == nil)
            let result = try verify(store, anchors, against: backup)
            #expect(result.anchorBroken && result.rows == 0)
            #expect(result.divergesFromBackupAt == 1)
        }
    }

    /// Row 57 edited and every hash from there recomputed with plain SHA-256 (the published
    /// algorithm): the chain holds, the signature of row 57 does not.
    @Test func aChainRecomputedWithoutTheKeyIsCaught() throws {
        try withSignedStore { store, path, anchors in
            try withRawDatabase(path) { db in
                try db.execute(sql: "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete")
                try db.execute(sql: "UPDATE audit SET after = after || ' (sửa)' WHERE seq = 57")
                var previous = try String.fetchOne(db, sql: "SELECT hash FROM audit WHERE seq = 56") ?? ""
                for row in try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE seq >= 57 ORDER BY seq") {
                    let hash = Self.plainHash(previous: previous, row)
                    try db.execute(sql: "UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", arguments: [previous, hash, row["seq"] as Int])
                    previous = hash
                }
            }
            #expect(try store.firstBrokenAuditRow() == nil, "the forger's chain holds")
            let result = try verify(store, anchors)
            #expect(result.badSignatureAt == 57)
            // Removing the signatures instead is caught too.
            try tamper(path, "UPDATE audit SET mac = NULL, key_id = NULL WHERE seq >= 57")
            #expect(try verify(store, anchors).unsignedAt == 57)
        }
    }

    /// Rows signed by another user's key are counted, not failed.
    @Test func rowsOfAnotherKeyAreNotCheckableButNotWrong() throws {
        try withSignedStore { store, _, anchors in
            let other = AuditKey(bytes: Data(repeating: 9, count: 32))
            let result = try store.verifyAudit(key: other, anchor: nil)
            #expect(result.holds)
            #expect(result.otherKeys == result.rows && result.signedRows == 0)
            _ = anchors
        }
    }

    /// The published hash of an audit row (length-prefixed fields, SHA-256), written out here as a
    /// forger would.
    private static func plainHash(previous: String, _ row: Row) -> String {
        var input = Data()
        let fields: [String?] = [previous, row["at"], row["os_user"], row["profile"], row["action"], row["entity"], row["entity_id"],
                                 row["before"], row["after"]]
        for field in fields.map({ $0 ?? "\u{0}" }) {
            let bytes = Data(field.utf8)
            input.append(contentsOf: String(bytes.count).utf8)
            input.append(0x3A)
            input.append(bytes)
        }
        return SHA256.hash(data: input).map { String(format: "%02x", $0) }.joined()
    }
}
