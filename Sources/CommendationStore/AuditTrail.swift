import Crypto
import Foundation
import GRDB

/// The audit trail: every change appends a row saying who, when, what, before and after,
/// chained to the previous row by a SHA-256 hash so that an edit behind tdkt's back shows.
extension Store {
    /// Appends an audit row inside the caller's transaction.
    func audit(_ db: Database, action: String, entity: String, id: String, before: String?, after: String?) throws {
        try audit(db, [AuditChange(action: action, entity: entity, id: id, before: before, after: after)])
    }

    /// Appends one audit row per change, in order, inside the caller's transaction: the last
    /// row's hash is read once and each new row chains to the one before it. Rows are written
    /// many to a statement (an import audits 100 000 nominees).
    func audit(_ db: Database, _ changes: [AuditChange]) throws {
        guard !changes.isEmpty else { return }
        var previous = try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1")) ?? ""
        let at = timestamp()
        let signer = auditKey?.signer()
        for start in stride(from: 0, to: changes.count, by: Self.auditRowsPerInsert) {
            let chunk = changes[start..<min(changes.count, start + Self.auditRowsPerInsert)]
            let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: chunk.count).joined(separator: ", ")
            let sql = "INSERT INTO audit(at, os_user, profile, action, entity, entity_id, before, after, prev_hash, hash, mac, key_id) VALUES "
                + values
            // One row (every save of the desk) and a full batch are kept compiled; other sizes are one-offs.
            let common = chunk.count == 1 || chunk.count == Self.auditRowsPerInsert
            var row = BoundRows(try common ? db.cachedStatement(sql: sql) : db.makeStatement(sql: sql))
            for change in chunk {
                let hash = Self.auditHash(previous: previous, at: at, osUser: actor.osUser, profile: actor.profile, action: change.action,
                                          entity: change.entity, id: change.id, before: change.before, after: change.after)
                row.bind(at)
                row.bind(actor.osUser)
                row.bind(actor.profile)
                row.bind(change.action)
                row.bind(change.entity)
                row.bind(change.id)
                row.bind(change.before)
                row.bind(change.after)
                row.bind(previous)
                row.bind(hash)
                row.bind(signer?.mac(hash))
                row.bind(auditKey?.id)
                previous = hash
            }
            try row.execute(db)
        }
    }

    /// Audit rows written by one statement.
    static let auditRowsPerInsert = 100

    /// The hash of an audit row: SHA-256 over the previous hash and every field, each
    /// length-prefixed so that no two different rows give the same input.
    static func auditHash(previous: String, at: String, osUser: String, profile: String, action: String,
                          entity: String, id: String, before: String?, after: String?) -> String {
        var input: [UInt8] = []
        input.reserveCapacity(previous.utf8.count + at.utf8.count + (before?.utf8.count ?? 1) + (after?.utf8.count ?? 1) + 128)
        for field in [previous, at, osUser, profile, action, entity, id, before ?? "\u{0}", after ?? "\u{0}"] {
            input.append(contentsOf: String(field.utf8.count).utf8)
            input.append(0x3A)
            input.append(contentsOf: field.utf8)
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: input) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// A number that changes when another connection commits to the store — another desk, the
    /// command line — and not with this store's own writes (SQLite's `data_version`, asked of
    /// the connection this store writes with): a list compares it to notice changes made
    /// elsewhere without reloading after each of its own saves.
    public func changeMarker() throws -> Int {
        do {
            return try database.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Number of audit rows.
    public func auditCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0 }
    }

    /// Checks the chain: nil when every row's hash matches its content and its predecessor,
    /// otherwise the sequence number of the first broken row.
    public func firstBrokenAuditRow() throws -> Int? {
        try read { db in try Self.firstBrokenAuditRow(db) }
    }

    /// The chain check on any database with tdkt's audit table (a backup opened read-only).
    static func firstBrokenAuditRow(_ db: Database) throws -> Int? {
        var previous = ""
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM audit ORDER BY seq")
        while let row = try rows.next() {
            let expected = auditHash(previous: previous, at: row["at"], osUser: row["os_user"], profile: row["profile"],
                                     action: row["action"], entity: row["entity"], id: row["entity_id"],
                                     before: row["before"], after: row["after"])
            let stored: String = row["hash"]
            let storedPrevious: String = row["prev_hash"]
            if stored != expected || storedPrevious != previous { return row["seq"] }
            previous = stored
        }
        return nil
    }

}

/// One row of the audit trail, as the "Nhật ký" screen and `tdkt audit` show it.
public struct AuditEntry: Sendable, Hashable {
    /// Its place in the chain (from 1).
    public var seq: Int
    /// When, as stored (ISO 8601, UTC).
    public var at: String
    /// The operating-system user.
    public var osUser: String
    /// The desk profile ("desk", "cli").
    public var profile: String
    /// What was done ("create", "update", "step", …).
    public var action: String
    /// What kind of record ("nomination", "nominee", "decision", …).
    public var entity: String
    /// Which record.
    public var entityID: String
    /// The record before, as JSON (nil when created).
    public var before: String?
    /// The record after, as JSON (nil when deleted).
    public var after: String?
}

extension Store {
    /// The audit row `seq`, if any.
    public func auditEntry(seq: Int) throws -> AuditEntry? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM audit WHERE seq = ?", arguments: [seq]).map(Self.auditEntry) }
    }

    /// The audit rows about the records `ids` (a nomination and its nominee, say), oldest first.
    public func auditEntries(about ids: [String]) throws -> [AuditEntry] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
            return try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE entity_id IN (\(marks)) ORDER BY seq",
                                    arguments: StatementArguments(ids)).map(Self.auditEntry)
        }
    }

    private static func auditEntry(_ row: Row) -> AuditEntry {
        AuditEntry(seq: row["seq"], at: row["at"], osUser: row["os_user"], profile: row["profile"], action: row["action"],
                   entity: row["entity"], entityID: row["entity_id"], before: row["before"], after: row["after"])
    }
}

/// One change to write to the audit trail.
struct AuditChange {
    var action: String
    var entity: String
    var id: String
    var before: String?
    var after: String?
}
