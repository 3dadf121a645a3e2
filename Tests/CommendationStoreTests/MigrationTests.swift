import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

@Suite("Schema migrations")
struct MigrationTests {
    private static let firstDeskTables: Set<String> = ["setting", "nominee", "movement", "council_member", "nomination", "audit"]
    private static let allMigrations = ["v1-first-desk", "v2-council-layer", "v3-nominee-phone", "v4-council-sessions", "v5-audit-append-only", "v6-scale-indexes", "v7-nominee-search", "v8-pending-standing", "v9-search-sort-key", "v10-money-clocks-anchors", "v11-nominee-rounds-index"]

    private func tables(_ path: String) throws -> Set<String> {
        try withRawDatabase(path) { db in
            Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
    }

    private func migrationRows(_ path: String) throws -> [String] {
        try withRawDatabase(path) { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
    }

    @Test func emptyFileGetsEveryMigrationInOrder() throws {
        try withStore { store, path in
            #expect(try store.appliedMigrations() == Self.allMigrations)
            #expect(try migrationRows(path) == Self.allMigrations)
            let found = try tables(path)
            let expected = Self.firstDeskTables.union(["council_rule"])
            #expect(expected.isSubset(of: found), "missing: \(expected.subtracting(found))")
            #expect(try store.isEmpty())
            #expect(try store.auditCount() == 0)
            // The one setting a new store has: its id (migration v10), for the audit anchors.
            #expect(try rowCount("setting", in: path) == 1)
            #expect(try store.storeID()?.count == 32)
            #expect(try rowCount("council_rule", in: path) == 0)
        }
    }

    @Test func expectedColumnsArePresent() throws {
        try withStore { _, path in
            let columns = try withRawDatabase(path) { db in
                (nominee: Set(try db.columns(in: "nominee").map(\.name)),
                 nomination: Set(try db.columns(in: "nomination").map(\.name)),
                 audit: Set(try db.columns(in: "audit").map(\.name)),
                 councilRule: Set(try db.columns(in: "council_rule").map(\.name)))
            }
            #expect(columns.nominee.isSuperset(of: ["id", "type", "name", "family_name", "middle_name", "given_name",
                                                    "sort_key", "search_key", "version"]))
            #expect(columns.nomination.isSuperset(of: ["id", "year", "award", "kind", "nominee_id", "status",
                                                       "received_on", "facts", "version"]))
            #expect(columns.audit.isSuperset(of: ["seq", "at", "os_user", "profile", "action", "entity", "entity_id",
                                                  "before", "after", "prev_hash", "hash"]))
            #expect(columns.councilRule == ["kind", "key", "body", "updated_at"])
        }
    }

    @Test func reopeningRunsNothingAgain() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            let first = try openStore(path)
            _ = try first.save(newPersonDraft(), rulebook: rulebook())
            try first.setCouncilOption(80, for: "session.attendance")
            let auditBefore = try first.auditCount()

            let second = try openStore(path)
            #expect(!second.wasCreated)
            #expect(try second.appliedMigrations() == Self.allMigrations)
            #expect(try rowCount("grdb_migrations", in: path) == Self.allMigrations.count)
            // The data written before survives the reopen: no table was recreated.
            #expect(try second.nomineeCount() == 1)
            #expect(try second.nomination(id: "2026-LDTT-0001") != nil)
            #expect(try second.councilLayer().options == ["session.attendance": 80])
            #expect(try second.auditCount() == auditBefore)

            let third = try openStore(path)
            #expect(try third.appliedMigrations() == Self.allMigrations)
            #expect(try migrationRows(path) == Self.allMigrations)
            #expect(try third.councilLayer().options == ["session.attendance": 80])
        }
    }

    @Test func firstDeskStoreGainsTheCouncilLayerAndKeepsItsRows() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            try FirstDeskStore.create(at: path)
            // The historical store really is a first-desk one.
            #expect(try migrationRows(path) == ["v1-first-desk"])
            #expect(try !tables(path).contains("council_rule"))

            let store = try openStore(path)
            #expect(!store.wasCreated)
            #expect(try store.appliedMigrations() == Self.allMigrations)
            #expect(try migrationRows(path) == Self.allMigrations)
            let found = try tables(path)
            #expect(found.contains("council_rule"))
            #expect(Self.firstDeskTables.isSubset(of: found))

            // The rows written by the first desk are still there, untouched.
            let nominee = try #require(try store.nominee(id: FirstDeskStore.nomineeID))
            #expect(nominee.type == .person)
            #expect(nominee.name == "Trần Văn Bình")
            #expect(nominee.personName?.given == "Bình")
            #expect(nominee.sex == .male)
            let listing = try #require(try store.nomination(id: FirstDeskStore.nominationID))
            #expect(listing.nomination.year == 2025)
            #expect(listing.nomination.award == "lao-dong-tien-tien")
            #expect(listing.nomination.kind == .congTrang)
            #expect(listing.nomination.status == .decided)
            #expect(listing.nomination.facts.rating == .xuatSac)
            #expect(listing.nomination.facts.monthsWorked == 12)
            #expect(listing.nomination.decision?.number == "12/QĐ-UBND")
            #expect(listing.nominee.id == FirstDeskStore.nomineeID)
            #expect(try store.setting("ward.name") == "Phường Cũ")
            #expect(try store.nomineeCount() == 1)
            #expect(try rowCount("nomination", in: path) == 1)
            #expect(try store.auditCount() == 0)

            // The search index was rebuilt with the name key (v7, then v9), one entry per nominee,
            // and finds the nominee by a folded part of the name.
            let entries = try withRawDatabase(path) { db in
                try Row.fetchAll(db, sql: "SELECT nominee_id, sort_key, search_key FROM nominee_search")
            }
            let stored = try withRawDatabase(path) { db in
                try Row.fetchOne(db, sql: "SELECT sort_key, search_key FROM nominee WHERE id = ?", arguments: [FirstDeskStore.nomineeID])
            }
            #expect(entries.count == 1)
            #expect(entries.first?["nominee_id"] == FirstDeskStore.nomineeID)
            #expect(entries.first?["sort_key"] as String? == stored?["sort_key"])
            #expect(entries.first?["search_key"] as String? == stored?["search_key"])
            #expect(try store.nomineeCount(filter: "tran van") == 1)
            #expect(try store.nominees(filter: "van binh", offset: 0, limit: 5).map(\.id) == [FirstDeskStore.nomineeID])

            // The new table works on the upgraded file, and the history still reads.
            #expect(try store.councilLayer() == CouncilLayer())
            try store.setAdjustment(Adjustment(enabled: true), for: "ldtt.months-worked")
            #expect(try store.councilLayer().adjustments == ["ldtt.months-worked": Adjustment(enabled: true)])
            #expect(try store.auditCount() == 1)
            #expect(try store.firstBrokenAuditRow() == nil)
            let context = StoreEvaluationContext(store: store)
            #expect(context.history(of: FirstDeskStore.nomineeID)
                    == [PastAward(award: "lao-dong-tien-tien", year: 2025, kind: .congTrang)])

            // Opening the upgraded file again runs nothing and keeps everything.
            let again = try openStore(path)
            #expect(try again.appliedMigrations() == Self.allMigrations)
            #expect(try migrationRows(path) == Self.allMigrations)
            #expect(try again.councilLayer().adjustments == ["ldtt.months-worked": Adjustment(enabled: true)])
            #expect(try again.nomination(id: FirstDeskStore.nominationID)?.nomination.status == .decided)
            #expect(try again.auditCount() == 1)
        }
    }

    /// A store of the previous version (v10) gains the index of nominees' rounds in place of
    /// `nomination_by_nominee`, keeps its rows and judges as before; a read of a nominee's live
    /// nominations never reads the rows.
    @Test func aV10StoreGainsTheRoundsIndex() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            let store = try openStore(path)
            try store.loadDemo(demoWard(), rulebook: try rulebooks().rulebook(forYear:), baseSalaries: try baseSalaries())
            let pending = try store.allPending()
            let books = try rulebooks()
            func judged(_ store: Store) throws -> [Evaluation] {
                let context = StoreEvaluationContext(store: store, countsRounds: true)
                try context.preload(nomineesOf: pending)
                return try pending.map { listing in
                    let n = listing.nomination
                    var round = try context.roundEntries(nomineeID: listing.nominee.id, years: max(1, n.year - 4)...n.year, excluding: n.id)
                    round.append(RoundEntry(id: n.id, nomineeID: listing.nominee.id, subject: EvaluationSubject(n, nomineeType: listing.nominee.type)))
                    return RoundEvaluator(entries: round, context: context, rulebook: { books.rulebook(forYear: $0) }).evaluation(at: round.count - 1)
                }
            }
            let before = try judged(store)
            // Back to v10: the old index, no v11.
            try withRawDatabase(path) { db in
                try db.execute(sql: """
                    DROP INDEX nomination_by_nominee_round;
                    CREATE INDEX nomination_by_nominee ON nomination(nominee_id, year);
                    DELETE FROM grdb_migrations WHERE identifier = 'v11-nominee-rounds-index';
                    PRAGMA user_version = 10;
                    """)
            }
            let upgraded = try openStore(path)
            #expect(try upgraded.appliedMigrations() == Self.allMigrations)
            let (indexes, columns, plan) = try withRawDatabase(path) { db in
                (Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'nomination'")),
                 try String.fetchAll(db, sql: "SELECT name FROM pragma_index_info('nomination_by_nominee_round') ORDER BY seqno"),
                 try Row.fetchAll(db, sql: """
                     EXPLAIN QUERY PLAN SELECT nominee_id, id, status, award, kind, year, created_at FROM nomination
                     WHERE nominee_id IN ('P-0001', 'P-0002') AND +status IN ('decided', 'received') ORDER BY nominee_id
                     """).map { $0["detail"] as String? ?? "" }.joined(separator: "\n"))
            }
            #expect(indexes.contains("nomination_by_nominee_round"))
            #expect(!indexes.contains("nomination_by_nominee"))
            #expect(columns == ["nominee_id", "year", "status", "award", "kind", "id", "created_at"])
            #expect(plan.contains("COVERING INDEX nomination_by_nominee_round"), "\(plan)")
            #expect(try upgraded.allPending() == pending)
            #expect(try judged(upgraded) == before)
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

    @Test func schemaRejectsUnknownCouncilRuleKindsAndDoubleKeys() throws {
        try withStore { _, path throws in
            #expect(throws: DatabaseError.self) {
                try withRawDatabase(path) { db in
                    try db.execute(sql: "INSERT INTO council_rule(kind, key, body, updated_at) VALUES ('quota', 'x', '1', '')")
                }
            }
            try withRawDatabase(path) { db in
                try db.execute(sql: "INSERT INTO council_rule(kind, key, body, updated_at) VALUES ('option', 'x', '1', '')")
            }
            #expect(throws: DatabaseError.self) {
                try withRawDatabase(path) { db in
                    try db.execute(sql: "INSERT INTO council_rule(kind, key, body, updated_at) VALUES ('option', 'x', '2', '')")
                }
            }
            #expect(try rowCount("council_rule", in: path) == 1)
        }
    }
}

/// A store as the first desk wrote it: only the migration "v1-first-desk", with its SQL
/// copied here as the historical schema (released migrations are never edited), a setting,
/// a nominee and a decided nomination.
enum FirstDeskStore {
    static let nomineeID = "P-0001"
    static let nominationID = "2025-LDTT-0001"

    static func create(at path: String) throws {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-first-desk") { db in
            try db.execute(sql: firstDeskSQL)
        }
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue)
        try queue.write { db in
            let now = "2025-12-20T08:00:00Z"
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('ward.name', 'Phường Cũ')")
            try db.execute(sql: """
                INSERT INTO nominee(id, type, name, family_name, middle_name, given_name, sex, sort_key, search_key,
                                    created_at, updated_at)
                VALUES (?, 'person', 'Trần Văn Bình', 'Trần', 'Văn', 'Bình', 'male', '00', 'tran van binh', ?, ?)
                """, arguments: [nomineeID, now, now])
            try db.execute(sql: """
                INSERT INTO nomination(id, year, award, kind, nominee_id, status, received_on, facts, decision_number,
                                       decision_date, created_at, updated_at)
                VALUES (?, 2025, 'lao-dong-tien-tien', 'cong-trang', ?, 'decided', '2025-11-10',
                        '{"rating":"xuat-sac","monthsWorked":12}', '12/QĐ-UBND', '2025-12-15', ?, ?)
                """, arguments: [nominationID, nomineeID, now, now])
        }
    }

    static let firstDeskSQL = """
        CREATE TABLE setting (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        CREATE TABLE nominee (
            id TEXT PRIMARY KEY NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('person', 'collective', 'household', 'residential-group')),
            name TEXT NOT NULL,
            family_name TEXT,
            middle_name TEXT,
            given_name TEXT,
            sex TEXT CHECK (sex IN ('female', 'male')),
            birth_date TEXT,
            personal_id TEXT,
            position TEXT,
            unit_id TEXT REFERENCES nominee(id),
            group_id TEXT REFERENCES nominee(id),
            head_family_name TEXT,
            head_middle_name TEXT,
            head_given_name TEXT,
            member_count INTEGER,
            sort_key TEXT NOT NULL,
            search_key TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX nominee_by_sort ON nominee(sort_key, id);
        CREATE INDEX nominee_by_type_sort ON nominee(type, sort_key, id);
        CREATE TABLE movement (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('yearly', 'themed')),
            from_year INTEGER,
            to_year INTEGER
        );
        CREATE TABLE council_member (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            family_name TEXT NOT NULL,
            middle_name TEXT NOT NULL,
            given_name TEXT NOT NULL,
            sex TEXT,
            role TEXT NOT NULL CHECK (role IN ('chu-tich', 'pho-chu-tich', 'uy-vien', 'thu-ky')),
            title TEXT NOT NULL,
            person_id TEXT REFERENCES nominee(id),
            term_from TEXT
        );
        CREATE TABLE nomination (
            id TEXT PRIMARY KEY NOT NULL,
            year INTEGER NOT NULL,
            award TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('cong-trang', 'dot-xuat', 'chuyen-de')),
            nominee_id TEXT NOT NULL REFERENCES nominee(id),
            movement_id TEXT REFERENCES movement(id),
            status TEXT NOT NULL,
            received_on TEXT,
            facts TEXT NOT NULL DEFAULT '{}',
            note TEXT,
            return_reason TEXT,
            decision_number TEXT,
            decision_date TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX nomination_by_status ON nomination(status, year);
        CREATE INDEX nomination_by_nominee ON nomination(nominee_id, year);
        CREATE INDEX nomination_by_award_year ON nomination(award, year);
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            os_user TEXT NOT NULL,
            profile TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            before TEXT,
            after TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_by_entity ON audit(entity, entity_id);
        """
}
