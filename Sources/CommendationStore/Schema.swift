import GRDB

/// The store's schema as numbered migrations. A migration, once released, is never edited:
/// later changes are new migrations, and tests migrate from every earlier version.
enum Schema {
    /// Identifiers of all migrations, oldest first.
    static var migrationIDs: [String] { ["v1-first-desk", "v2-council-layer", "v3-nominee-phone", "v4-council-sessions", "v5-audit-append-only", "v6-scale-indexes", "v7-nominee-search", "v8-pending-standing", "v9-search-sort-key", "v10-money-clocks-anchors", "v11-nominee-rounds-index"] }

    /// The tables and indexes a fully migrated store has ("table nominee"). Written out rather
    /// than built at each start (a test compares it with what the migrations make). Triggers are
    /// left out: the audit trail's are what a tamperer drops, and `tdkt audit verify` must still
    /// open such a store to say so.
    static let expectedObjects: Set<String> = [
        "index agenda_by_nomination", "index audit_by_entity", "index nomination_by_award_year", "index nomination_by_nominee_award",
        "index nomination_by_nominee_round", "index nomination_by_status", "index nominee_by_group", "index nominee_by_sort",
        "index nominee_by_type_sort", "index nominee_by_unit", "index standing_by_name", "index standing_by_nominee",
        "index standing_by_received", "index standing_by_round", "index step_by_nomination",
        "table audit", "table council_member", "table council_rule", "table council_session", "table decision",
        "table decision_award", "table grdb_migrations", "table movement", "table nomination", "table nomination_step",
        "table nominee", "table nominee_search", "table nominee_search_config", "table nominee_search_content",
        "table nominee_search_data", "table nominee_search_docsize", "table nominee_search_idx", "table posting",
        "table session_agenda", "table session_attendance", "table session_vote", "table setting", "table standing",
        "table standing_basis",
    ]

    /// The objects of `db`'s schema ("table nominee", "index standing_by_name"…), SQLite's own left out.
    static func objects(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'
            """))
    }

    /// The objects a fully migrated store must have that `db` lacks, sorted.
    static func missingObjects(_ db: Database) throws -> [String] {
        expectedObjects.subtracting(try objects(db)).sorted()
    }

    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-first-desk") { db in
            try db.execute(sql: """
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
                """)
        }
        migrator.registerMigration("v2-council-layer") { db in
            try db.execute(sql: """
                CREATE TABLE council_rule (
                    kind TEXT NOT NULL CHECK (kind IN ('adjustment', 'award', 'criterion', 'label', 'option')),
                    key TEXT NOT NULL,
                    body TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    PRIMARY KEY (kind, key)
                );
                """)
        }
        migrator.registerMigration("v3-nominee-phone") { db in
            try db.execute(sql: "ALTER TABLE nominee ADD COLUMN phone TEXT")
        }
        migrator.registerMigration("v4-council-sessions") { db in
            try db.execute(sql: """
                ALTER TABLE nominee ADD COLUMN household_id TEXT REFERENCES nominee(id);
                ALTER TABLE council_member ADD COLUMN term_until TEXT;
                ALTER TABLE nomination ADD COLUMN complete_on TEXT;
                UPDATE nomination SET complete_on = received_on WHERE status NOT IN ('draft', 'returned');
                CREATE TABLE council_session (
                    id TEXT PRIMARY KEY NOT NULL,
                    date TEXT NOT NULL,
                    title TEXT NOT NULL,
                    mode TEXT NOT NULL CHECK (mode IN ('open', 'secret')),
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE TABLE session_attendance (
                    session_id TEXT NOT NULL REFERENCES council_session(id),
                    member_id INTEGER NOT NULL REFERENCES council_member(id),
                    attendance TEXT NOT NULL CHECK (attendance IN ('present', 'written-opinion', 'absent')),
                    PRIMARY KEY (session_id, member_id)
                );
                CREATE TABLE session_agenda (
                    session_id TEXT NOT NULL REFERENCES council_session(id),
                    nomination_id TEXT NOT NULL REFERENCES nomination(id),
                    position INTEGER NOT NULL,
                    agree INTEGER,
                    disagree INTEGER,
                    abstain INTEGER,
                    PRIMARY KEY (session_id, nomination_id)
                );
                CREATE INDEX agenda_by_nomination ON session_agenda(nomination_id);
                CREATE TABLE session_vote (
                    session_id TEXT NOT NULL,
                    nomination_id TEXT NOT NULL,
                    member_id INTEGER NOT NULL REFERENCES council_member(id),
                    vote TEXT NOT NULL CHECK (vote IN ('agree', 'disagree', 'abstain')),
                    PRIMARY KEY (session_id, nomination_id, member_id),
                    FOREIGN KEY (session_id, nomination_id) REFERENCES session_agenda(session_id, nomination_id)
                );
                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    number TEXT NOT NULL,
                    date TEXT NOT NULL,
                    signer TEXT NOT NULL,
                    signer_title TEXT NOT NULL,
                    issuer TEXT NOT NULL CHECK (issuer IN ('commune', 'province')),
                    created_at TEXT NOT NULL,
                    UNIQUE (number, issuer)
                );
                CREATE TABLE decision_award (
                    decision_id INTEGER NOT NULL REFERENCES decision(id),
                    nomination_id TEXT NOT NULL UNIQUE REFERENCES nomination(id),
                    roll_year INTEGER NOT NULL,
                    roll_number INTEGER NOT NULL,
                    amount INTEGER,
                    PRIMARY KEY (decision_id, nomination_id),
                    UNIQUE (roll_year, roll_number)
                );
                CREATE TABLE nomination_step (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    nomination_id TEXT NOT NULL REFERENCES nomination(id),
                    step TEXT NOT NULL,
                    from_status TEXT NOT NULL,
                    to_status TEXT NOT NULL,
                    at TEXT NOT NULL,
                    day TEXT NOT NULL,
                    os_user TEXT NOT NULL,
                    profile TEXT NOT NULL,
                    reason TEXT,
                    basis TEXT,
                    session_id TEXT,
                    decision_id INTEGER
                );
                CREATE INDEX step_by_nomination ON nomination_step(nomination_id, seq);
                """)
        }
        migrator.registerMigration("v5-audit-append-only") { db in
            // The audit trail only grows: tdkt never updates or deletes a row, and SQLite refuses
            // to. (Someone with the file can drop the triggers; the hash chain still shows an edit.)
            try db.execute(sql: """
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
                """)
        }
        migrator.registerMigration("v6-scale-indexes") { db in
            // Members of a unit, households of a residential group, a nominee's nominations of an
            // award: looked up by the rulebook's checks and the imports; without these a
            // province-sized store scans every nominee, or every nomination of an award.
            try db.execute(sql: """
                CREATE INDEX nominee_by_unit ON nominee(unit_id) WHERE unit_id IS NOT NULL;
                CREATE INDEX nominee_by_group ON nominee(group_id) WHERE group_id IS NOT NULL;
                CREATE INDEX nomination_by_nominee_award ON nomination(nominee_id, award, year);
                """)
        }
        migrator.registerMigration("v7-nominee-search") { db in
            // Substring search over the folded names without reading every nominee: a full-text
            // index of trigrams of search_key (see DECISIONS.md). It keeps its own copy of the
            // key and the nominee's id (rowids of the nominee table may change on VACUUM);
            // triggers keep it in step with every insert, rename and delete.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE nominee_search USING fts5(nominee_id UNINDEXED, search_key, tokenize = 'trigram');
                INSERT INTO nominee_search(nominee_id, search_key) SELECT id, search_key FROM nominee;
                CREATE TRIGGER nominee_search_insert AFTER INSERT ON nominee
                BEGIN INSERT INTO nominee_search(nominee_id, search_key) VALUES (new.id, new.search_key); END;
                CREATE TRIGGER nominee_search_update AFTER UPDATE OF id, search_key ON nominee
                BEGIN
                    DELETE FROM nominee_search WHERE nominee_id = old.id;
                    INSERT INTO nominee_search(nominee_id, search_key) VALUES (new.id, new.search_key);
                END;
                CREATE TRIGGER nominee_search_delete AFTER DELETE ON nominee
                BEGIN DELETE FROM nominee_search WHERE nominee_id = old.id; END;
                """)
        }
        migrator.registerMigration("v8-pending-standing") { db in
            // The pending review reads a page at a time: each pending nomination's verdict, group
            // and deadline are kept here once judged (see DECISIONS.md), with the name key and day
            // received copied so that a group's page is one walk of an index. The triggers forget
            // the standings a change can alter: every nomination of the nominee, of its unit (a
            // collective's member counts), and those that counted the year's round (quotas).
            // `standing_basis` holds the rules they were judged under and the day their groups
            // were dated; a different basis makes them all stale.
            try db.execute(sql: """
                CREATE TABLE standing (
                    nomination_id TEXT PRIMARY KEY NOT NULL,
                    nominee_id TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    eligibility TEXT NOT NULL,
                    base_group TEXT NOT NULL,
                    deadline TEXT,
                    grp TEXT NOT NULL,
                    sort_key TEXT NOT NULL,
                    received_on TEXT,
                    counts_round INTEGER NOT NULL DEFAULT 0
                ) WITHOUT ROWID;
                CREATE INDEX standing_by_name ON standing(grp, sort_key, nomination_id);
                CREATE INDEX standing_by_received ON standing(grp, received_on, nomination_id);
                CREATE INDEX standing_by_nominee ON standing(nominee_id);
                CREATE INDEX standing_by_round ON standing(year) WHERE counts_round;
                CREATE TABLE standing_basis (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    fingerprint TEXT NOT NULL,
                    as_of TEXT NOT NULL
                );
                CREATE TRIGGER standing_nomination_insert AFTER INSERT ON nomination
                BEGIN
                    DELETE FROM standing WHERE nominee_id IN (new.nominee_id, (SELECT unit_id FROM nominee WHERE id = new.nominee_id));
                    DELETE FROM standing WHERE counts_round AND year = new.year;
                END;
                CREATE TRIGGER standing_nomination_update AFTER UPDATE ON nomination
                BEGIN
                    DELETE FROM standing WHERE nominee_id IN (old.nominee_id, new.nominee_id,
                        (SELECT unit_id FROM nominee WHERE id = old.nominee_id), (SELECT unit_id FROM nominee WHERE id = new.nominee_id));
                    DELETE FROM standing WHERE counts_round AND year IN (old.year, new.year);
                END;
                CREATE TRIGGER standing_nomination_delete AFTER DELETE ON nomination
                BEGIN
                    DELETE FROM standing WHERE nominee_id IN (old.nominee_id, (SELECT unit_id FROM nominee WHERE id = old.nominee_id));
                    DELETE FROM standing WHERE counts_round AND year = old.year;
                END;
                CREATE TRIGGER standing_nominee_insert AFTER INSERT ON nominee
                BEGIN
                    DELETE FROM standing WHERE nominee_id = new.unit_id;
                END;
                CREATE TRIGGER standing_nominee_update AFTER UPDATE ON nominee
                BEGIN
                    DELETE FROM standing WHERE nominee_id IN (old.id, new.id, old.unit_id, new.unit_id);
                END;
                CREATE TRIGGER standing_nominee_delete AFTER DELETE ON nominee
                BEGIN
                    DELETE FROM standing WHERE nominee_id IN (old.id, old.unit_id);
                END;
                """)
        }
        migrator.registerMigration("v9-search-sort-key") { db in
            // The search index keeps each nominee's name key too, so that a page of up to a few
            // thousand matches is sorted from the index alone instead of looking every match up
            // by its text id (decision 39). Its triggers find a nominee's entry through the index
            // (the whole old key as one phrase, then the id): `nominee_id` is not indexed, and
            // finding it by testing every entry took a tenth of a second at province scale. A
            // key under three characters has no trigram and is found by testing every entry.
            try db.execute(sql: """
                DROP TRIGGER nominee_search_insert;
                DROP TRIGGER nominee_search_update;
                DROP TRIGGER nominee_search_delete;
                DROP TABLE nominee_search;
                CREATE VIRTUAL TABLE nominee_search USING fts5(nominee_id UNINDEXED, sort_key UNINDEXED, search_key, tokenize = 'trigram');
                INSERT INTO nominee_search(nominee_id, sort_key, search_key) SELECT id, sort_key, search_key FROM nominee;
                CREATE TRIGGER nominee_search_insert AFTER INSERT ON nominee
                BEGIN
                    INSERT INTO nominee_search(nominee_id, sort_key, search_key) VALUES (new.id, new.sort_key, new.search_key);
                END;
                CREATE TRIGGER nominee_search_update AFTER UPDATE OF id, sort_key, search_key ON nominee
                BEGIN
                    DELETE FROM nominee_search WHERE length(old.search_key) >= 3 AND rowid IN (
                        SELECT rowid FROM nominee_search
                        WHERE nominee_search MATCH '"' || replace(old.search_key, '"', '""') || '"' AND nominee_id = old.id);
                    DELETE FROM nominee_search WHERE length(old.search_key) < 3 AND nominee_id = old.id;
                    INSERT INTO nominee_search(nominee_id, sort_key, search_key) VALUES (new.id, new.sort_key, new.search_key);
                END;
                CREATE TRIGGER nominee_search_delete AFTER DELETE ON nominee
                BEGIN
                    DELETE FROM nominee_search WHERE length(old.search_key) >= 3 AND rowid IN (
                        SELECT rowid FROM nominee_search
                        WHERE nominee_search MATCH '"' || replace(old.search_key, '"', '""') || '"' AND nominee_id = old.id);
                    DELETE FROM nominee_search WHERE length(old.search_key) < 3 AND nominee_id = old.id;
                END;
                """)
        }
        migrator.registerMigration("v10-money-clocks-anchors") { db in
            // A decision keeps the base salary it paid by and where that came from (the law's rate
            // on its day, or the ward's override), and each award why it is paid less or nothing
            // (one period, one payment): money in a decision is a legal act, read back as issued.
            // Decisions whose list must be published (NĐ 86/2023) keep the day it is due and the
            // day it was published. A list posted for comment before a decision (Gia đình văn hóa,
            // thôn, tổ dân phố văn hóa) is kept per award and year: no decision while it lasts. A
            // session keeps who stood in for an absent chair or secretary (its biên bản names them).
            // Audit rows carry a keyed hash of their hash (HMAC with the writer's key, kept in the
            // config folder) and the key's id; the store gets an id of its own, so that anchors
            // kept outside it (backups, exports) find it again (decision 45).
            try db.execute(sql: """
                CREATE TABLE posting (
                    award TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    posted_from TEXT NOT NULL,
                    posted_until TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    PRIMARY KEY (award, year)
                );
                ALTER TABLE decision ADD COLUMN base_salary INTEGER;
                ALTER TABLE decision ADD COLUMN base_salary_origin TEXT;
                ALTER TABLE decision ADD COLUMN base_salary_basis TEXT;
                ALTER TABLE decision ADD COLUMN publish_by TEXT;
                ALTER TABLE decision ADD COLUMN published_on TEXT;
                ALTER TABLE decision_award ADD COLUMN payment_note TEXT;
                ALTER TABLE council_session ADD COLUMN chair_stand_in INTEGER REFERENCES council_member(id);
                ALTER TABLE council_session ADD COLUMN secretary_stand_in INTEGER REFERENCES council_member(id);
                ALTER TABLE audit ADD COLUMN mac TEXT;
                ALTER TABLE audit ADD COLUMN key_id TEXT;
                INSERT OR IGNORE INTO setting(key, value) VALUES ('store.id', lower(hex(randomblob(16))));
                """)
        }
        migrator.registerMigration("v11-nominee-rounds-index") { db in
            // Judging a nomination reads every other nomination of its nominee: its award history,
            // its live nominations (duplicates) and its undecided ones (the round). Through
            // `nomination_by_nominee` (nominee, year) each of them was a look-up of the row, for
            // its status, award and kind; a review of a province's 85 000 pending nominations made
            // over a million such look-ups, most of them reads of a page from the disk. This index
            // holds what those readings ask for, so that they never touch the rows; it starts with
            // the same columns as the index it replaces, which every other query by nominee keeps
            // using. About 100 MB and a few seconds at a province's million nominations.
            try db.execute(sql: """
                CREATE INDEX nomination_by_nominee_round ON nomination(nominee_id, year, status, award, kind, id, created_at);
                DROP INDEX nomination_by_nominee;
                """)
        }
        return migrator
    }
}
