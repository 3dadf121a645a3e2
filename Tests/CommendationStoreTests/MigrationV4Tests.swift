import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

/// A store as tdkt left it before the council sessions: migrations v1–v3, with their SQL
/// copied here as the historical schema (released migrations are never edited), and
/// nominations in every status the desk could write then.
private enum VersionThreeStore {
    static let councilLayerSQL = """
        CREATE TABLE council_rule (
            kind TEXT NOT NULL CHECK (kind IN ('adjustment', 'award', 'criterion', 'label', 'option')),
            key TEXT NOT NULL,
            body TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        );
        """

    /// Nominations by id: status, received day.
    static let nominations: [(id: String, status: String, receivedOn: String?)] = [
        ("2026-LDTT-0001", "draft", nil),
        ("2026-LDTT-0002", "received", "2026-11-10"),
        ("2026-LDTT-0003", "returned", "2026-11-05"),
        ("2026-LDTT-0004", "on-agenda", "2026-10-20"),
        ("2026-LDTT-0005", "recommended", "2026-10-21"),
        ("2026-LDTT-0006", "not-recommended", "2026-10-22"),
        ("2025-LDTT-0001", "decided", "2025-11-20"),
        ("2026-BKT-0001", "submitted", "2026-10-12"),
        ("2024-BKT-0001", "province-approved", "2024-10-01"),
        ("2024-BKT-0002", "province-rejected", "2024-10-02"),
        ("2024-LDTT-0001", "revoked", "2024-11-15"),
        // A received nomination without a received day (imported by hand): nothing to copy.
        ("2026-LDTT-0007", "received", nil),
    ]

    /// What v4 must write into complete_on.
    static let expectedCompleteOn: [String: String?] = [
        "2026-LDTT-0001": nil,
        "2026-LDTT-0002": "2026-11-10",
        "2026-LDTT-0003": nil,
        "2026-LDTT-0004": "2026-10-20",
        "2026-LDTT-0005": "2026-10-21",
        "2026-LDTT-0006": "2026-10-22",
        "2025-LDTT-0001": "2025-11-20",
        "2026-BKT-0001": "2026-10-12",
        "2024-BKT-0001": "2024-10-01",
        "2024-BKT-0002": "2024-10-02",
        "2024-LDTT-0001": "2024-11-15",
        "2026-LDTT-0007": nil,
    ]

    static func create(at path: String) throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-first-desk") { db in try db.execute(sql: FirstDeskStore.firstDeskSQL) }
        migrator.registerMigration("v2-council-layer") { db in try db.execute(sql: councilLayerSQL) }
        migrator.registerMigration("v3-nominee-phone") { db in try db.execute(sql: "ALTER TABLE nominee ADD COLUMN phone TEXT") }
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue)
        try queue.write { db in
            let now = "2026-11-20T08:00:00Z"
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('ward.name', 'Phường Ba')")
            try db.execute(sql: "INSERT INTO council_rule(kind, key, body, updated_at) VALUES ('option', 'session.attendance', '80', ?)",
                           arguments: [now])
            try db.execute(sql: """
                INSERT INTO nominee(id, type, name, family_name, middle_name, given_name, sex, phone, sort_key, search_key,
                                    created_at, updated_at)
                VALUES ('P-0001', 'person', 'Lê Thị Hoa', 'Lê', 'Thị', 'Hoa', 'female', '0912345678', '00', 'le thi hoa', ?, ?)
                """, arguments: [now, now])
            try db.execute(sql: """
                INSERT INTO nominee(id, type, name, head_family_name, head_middle_name, head_given_name, sex, sort_key, search_key,
                                    created_at, updated_at)
                VALUES ('H-0001', 'household', 'Hộ ông Lê Văn Tư', 'Lê', 'Văn', 'Tư', 'male', '01', 'ho ong le van tu', ?, ?)
                """, arguments: [now, now])
            try db.execute(sql: """
                INSERT INTO council_member(family_name, middle_name, given_name, sex, role, title, person_id, term_from)
                VALUES ('Lê', 'Thị', 'Hoa', 'female', 'chu-tich', 'Chủ tịch UBND phường', 'P-0001', '2025-07-01')
                """)
            for item in nominations {
                let award = item.id.contains("BKT") ? "bang-khen-tinh" : "lao-dong-tien-tien"
                let decided = ["decided", "province-approved", "revoked"].contains(item.status)
                try db.execute(sql: """
                    INSERT INTO nomination(id, year, award, kind, nominee_id, status, received_on, facts, return_reason,
                                           decision_number, decision_date, created_at, updated_at, version)
                    VALUES (?, ?, ?, 'cong-trang', 'P-0001', ?, ?, '{"rating":"tot"}', ?, ?, ?, ?, ?, 3)
                    """, arguments: [item.id, Int(item.id.prefix(4)), award, item.status, item.receivedOn,
                                     item.status == "returned" ? "Thiếu hồ sơ" : nil,
                                     decided ? "12/QĐ-UBND" : nil, decided ? "\(item.id.prefix(4))-12-15" : nil, now, now])
            }
        }
    }
}

@Suite("Schema migration v4: council sessions")
struct MigrationV4Tests {
    private static let allMigrations = ["v1-first-desk", "v2-council-layer", "v3-nominee-phone", "v4-council-sessions", "v5-audit-append-only", "v6-scale-indexes", "v7-nominee-search", "v8-pending-standing", "v9-search-sort-key", "v10-money-clocks-anchors", "v11-nominee-rounds-index"]
    private static let newTables: Set<String> = ["council_session", "session_attendance", "session_agenda", "session_vote",
                                                 "decision", "decision_award", "nomination_step"]

    private func tables(_ path: String) throws -> Set<String> {
        try withRawDatabase(path) { db in Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")) }
    }

    private func migrationRows(_ path: String) throws -> [String] {
        try withRawDatabase(path) { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
    }

    /// Every row of `table` as column → value, ordered by `order`, leaving out `dropping`.
    private func rows(_ table: String, _ path: String, order: String, dropping: Set<String> = []) throws -> [[String: DatabaseValue]] {
        try withRawDatabase(path) { db in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)").map { row in
                var values: [String: DatabaseValue] = [:]
                for (column, value) in row where !dropping.contains(column) { values[column] = value }
                return values
            }
        }
    }

    private func completeOn(_ path: String) throws -> [String: String?] {
        try withRawDatabase(path) { db in
            var result: [String: String?] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, complete_on FROM nomination") {
                result[row["id"]] = .some(row["complete_on"])
            }
            return result
        }
    }

    @Test func theHistoricalStoreIsAtVersionThree() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            try VersionThreeStore.create(at: path)
            #expect(try migrationRows(path) == Array(Self.allMigrations.prefix(3)))
            #expect(try tables(path).isDisjoint(with: Self.newTables))
            let columns = try withRawDatabase(path) { db in Set(try db.columns(in: "nomination").map(\.name)) }
            #expect(!columns.contains("complete_on"))
        }
    }

    @Test func aVersionThreeStoreGainsTheSessionTables() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            try VersionThreeStore.create(at: path)
            let store = try openStore(path)
            #expect(!store.wasCreated)
            #expect(try store.appliedMigrations() == Self.allMigrations)
            #expect(try migrationRows(path) == Self.allMigrations)
            let found = try tables(path)
            #expect(Self.newTables.isSubset(of: found), "missing: \(Self.newTables.subtracting(found))")
            let columns = try withRawDatabase(path) { db in
                (nominee: Set(try db.columns(in: "nominee").map(\.name)),
                 member: Set(try db.columns(in: "council_member").map(\.name)),
                 nomination: Set(try db.columns(in: "nomination").map(\.name)))
            }
            #expect(columns.nominee.contains("household_id"))
            #expect(columns.nominee.contains("phone"))
            #expect(columns.member.contains("term_until"))
            #expect(columns.nomination.contains("complete_on"))
            for table in Self.newTables {
                #expect(try rowCount(table, in: path) == 0, "\(table)")
            }
        }
    }

    @Test func completeOnIsBackfilledForNominationsPastReceipt() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            try VersionThreeStore.create(at: path)
            _ = try openStore(path)
            let found = try completeOn(path)
            #expect(found.count == VersionThreeStore.nominations.count)
            for (id, expected) in VersionThreeStore.expectedCompleteOn {
                let value = try #require(found[id], "no nomination \(id)")
                #expect(value == expected, "\(id)")
            }
        }
    }

    @Test func everyRowIsKept() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            try VersionThreeStore.create(at: path)
            let nominationsBefore = try rows("nomination", path, order: "id")
            let nomineesBefore = try rows("nominee", path, order: "id")
            let membersBefore = try rows("council_member", path, order: "id")
            let settingsBefore = try rows("setting", path, order: "key")
            let rulesBefore = try rows("council_rule", path, order: "key")

            let store = try openStore(path)
            #expect(try rows("nomination", path, order: "id", dropping: ["complete_on"]) == nominationsBefore)
            #expect(try rows("nominee", path, order: "id", dropping: ["household_id"]) == nomineesBefore)
            #expect(try rows("council_member", path, order: "id", dropping: ["term_until"]) == membersBefore)
            // Kept, and the store's id added by migration v10.
            #expect(try rows("setting", path, order: "key").filter { !$0.description.contains("store.id") } == settingsBefore)
            #expect(try store.storeID() != nil)
            #expect(try rows("council_rule", path, order: "key") == rulesBefore)
            #expect(nominationsBefore.count == VersionThreeStore.nominations.count)
            // The new columns start empty.
            #expect(try rows("nominee", path, order: "id").allSatisfy { $0["household_id"] == .null })
            #expect(try rows("council_member", path, order: "id").allSatisfy { $0["term_until"] == .null })

            // And the store reads them.
            #expect(try store.nominee(id: "P-0001")?.phone == "0912345678")
            #expect(try store.nominee(id: "P-0001")?.householdID == nil)
            #expect(try store.councilMembers().map(\.personID) == ["P-0001"])
            #expect(try store.setting("ward.name") == "Phường Ba")
            let returned = try #require(try store.nomination(id: "2026-LDTT-0003")).nomination
            #expect(returned.status == .returned)
            #expect(returned.completeOn == nil)
            #expect(returned.returnReason == "Thiếu hồ sơ")
            let decided = try #require(try store.nomination(id: "2025-LDTT-0001")).nomination
            #expect(decided.completeOn == CivilDate(year: 2025, month: 11, day: 20))
            #expect(decided.decision == DecisionReference(number: "12/QĐ-UBND", date: CivilDate(year: 2025, month: 12, day: 15)))
            #expect(try store.auditCount() == 0)
        }
    }

    @Test func theUpgradedStoreWorksAndReopensWithoutMigrating() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            try VersionThreeStore.create(at: path)
            let store = try openStore(path)
            let set = try rulebooks()
            let rules: @Sendable (Int) -> Rulebook? = { set.rulebook(forYear: $0) }

            let received = try store.take(.receive, nomination: "2026-LDTT-0001", rulebook: rules)
            #expect(received.status == .received)
            #expect(try completeOn(path)["2026-LDTT-0001"] == .some("2026-11-29"))
            let session = try store.createSession(date: CivilDate(year: 2026, month: 12, day: 2)!, title: "Phiên 1", mode: .secret)
            #expect(session.id == "PH-2026-01")
            _ = try store.take(.putOnAgenda, nomination: "2026-LDTT-0002", details: StepDetails(sessionID: session.id), rulebook: rules)
            #expect(try store.session(id: session.id)?.agenda == ["2026-LDTT-0002"])
            // The recommended nomination from v3 can be decided under v4.
            let decision = try store.issueDecision(number: "40/QĐ-UBND", date: CivilDate(year: 2026, month: 12, day: 18)!,
                                                   signer: "Lê Thị Hoa", signerTitle: "Chủ tịch UBND phường",
                                                   nominations: ["2026-LDTT-0005"], rules: try wardRules(rules))
            #expect(decision.awards == [DecisionAward(nominationID: "2026-LDTT-0005", honourRollNumber: 1, amount: 760_000)])
            #expect(try store.firstBrokenAuditRow() == nil)
            let audit = try store.auditCount()

            let again = try openStore(path)
            #expect(try again.appliedMigrations() == Self.allMigrations)
            #expect(try migrationRows(path) == Self.allMigrations)
            #expect(try again.auditCount() == audit)
            #expect(try again.steps(ofNomination: "2026-LDTT-0001").map(\.step) == [.receive])
            #expect(try again.nomination(id: "2026-LDTT-0005")?.nomination.status == .decided)
        }
    }
}
