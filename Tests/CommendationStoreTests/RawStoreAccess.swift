import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

/// One audit row, read behind tdkt's back.
struct AuditEntry: Equatable, CustomStringConvertible {
    var action: String
    var entity: String
    var entityID: String
    var before: String?
    var after: String?

    var description: String { "\(action) \(entity) \(entityID) before=\(before ?? "nil") after=\(after ?? "nil")" }
}

/// Every audit row of the store file, oldest first.
func auditEntries(_ path: String) throws -> [AuditEntry] {
    try withRawDatabase(path) { db in
        try Row.fetchAll(db, sql: "SELECT action, entity, entity_id, before, after FROM audit ORDER BY seq").map { row in
            AuditEntry(action: row["action"], entity: row["entity"], entityID: row["entity_id"], before: row["before"],
                       after: row["after"])
        }
    }
}

/// Decodes an audit row's before or after text as JSON of type `T`.
func decodeAuditJSON<T: Decodable>(_ type: T.Type, _ text: String?) throws -> T {
    let text = try #require(text, "expected JSON, found nil")
    return try JSONDecoder().decode(T.self, from: Data(text.utf8))
}

/// Inserts a nomination with a raw statement (not audited), for situations the desk's
/// workflow does not reach yet.
func insertRawNomination(_ path: String, id: String, year: Int, award: String, kind: AwardKind = .congTrang,
                         nomineeID: String, status: NominationStatus, facts: String = "{}") throws {
    try withRawDatabase(path) { db in
        try db.execute(sql: """
            INSERT INTO nomination(id, year, award, kind, nominee_id, status, facts, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, '2026-11-29T12:00:00Z', '2026-11-29T12:00:00Z')
            """, arguments: [id, year, award, kind.rawValue, nomineeID, status.rawValue, facts])
    }
}

/// Changes a nomination's status with a raw statement.
func setRawStatus(_ path: String, _ id: String, to status: NominationStatus) throws {
    let changed = try withRawDatabase(path) { db -> Int in
        try db.execute(sql: "UPDATE nomination SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
        return db.changesCount
    }
    #expect(changed == 1, "no nomination \(id) to change")
}

/// The demo ward's nominations, read from its JSON independently of `DemoWard`.
struct DemoNominationRow {
    var id: String
    var year: Int
    var award: String
    var kind: String
    var nominee: String
    var status: String
}

func demoNominationRows() throws -> [DemoNominationRow] {
    try demoList("nominations").map { item in
        DemoNominationRow(id: try #require(item["id"] as? String), year: try #require(item["year"] as? Int),
                          award: try #require(item["award"] as? String), kind: try #require(item["kind"] as? String),
                          nominee: try #require(item["nominee"] as? String), status: try #require(item["status"] as? String))
    }
}

/// Statuses the store counts as awarded, and those no longer alive.
let awardedStatuses: Set<String> = ["decided", "province-approved"]
let deadStatuses: Set<String> = ["revoked", "not-recommended", "province-rejected"]
