import Commendation
import Foundation
import GRDB
import VietnameseText

/// A nomination with its nominee, as lists show it.
public struct NominationListing: Sendable, Hashable {
    /// The nomination.
    public var nomination: Nomination
    /// Its nominee.
    public var nominee: Nominee
    /// The stored version (for conflict detection when saving an edit).
    public var version: Int
}

/// Reading and writing nominations.
extension Store {
    /// The nomination with `id`, with its nominee.
    public func nomination(id: String) throws -> NominationListing? {
        try read { db in
            try Row.fetchOne(db, sql: Self.listingSelect + " WHERE n.id = ?", arguments: [id]).map(Self.listing(from:))
        }
    }

    /// Number of nominations still awaiting a decision; with `search`, only those whose
    /// nominee (name, position, ID — accent-insensitive) or nomination id matches.
    public func pendingCount(search: String = "") throws -> Int {
        try read { db in
            let (clause, arguments) = Self.searchClause(search)
            if arguments.isEmpty {
                // Every nomination has its nominee (a foreign key): without a search the count
                // needs only the status index, not a look-up of each nominee.
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nomination WHERE status IN (\(Self.pendingList))") ?? 0
            }
            return try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM nomination n JOIN nominee e ON e.id = n.nominee_id
                WHERE n.status IN (\(Self.pendingList)) AND \(clause)
                """, arguments: arguments) ?? 0
        }
    }

    /// A window of the nominations awaiting a decision: by workflow stage, then nominee in
    /// list order; with `search`, only the matching ones.
    public func pending(offset: Int, limit: Int, search: String = "") throws -> [NominationListing] {
        try read { db in
            let (clause, arguments) = Self.searchClause(search)
            var all = arguments
            all += [limit, offset]
            return try Self.listings(db.cachedStatement(sql: Self.listingSelect + """
                 WHERE n.status IN (\(Self.pendingList)) AND \(clause)
                 ORDER BY \(Self.stageOrder), e.sort_key, n.id LIMIT ? OFFSET ?
                """), arguments: all)
        }
    }

    /// The SQL condition for a search over nominees and nomination ids. `instr`, not `LIKE`:
    /// both sides are folded to lower case, and SQLite compiles a statement again whenever a
    /// parameter on the right of `LIKE` is bound (it might allow an index).
    static func searchClause(_ search: String) -> (String, StatementArguments) {
        let folded = search.foldedForSearch
        guard !folded.isEmpty else { return ("1", []) }
        return ("(instr(e.search_key, ?) > 0 OR instr(lower(n.id), ?) > 0)", [folded, folded])
    }

    /// Every nomination awaiting a decision, in the same order (command line).
    public func allPending() throws -> [NominationListing] {
        try pending(offset: 0, limit: Int(Int32.max))
    }

    /// Past and present nominations of a nominee, newest first.
    public func nominations(ofNominee id: String) throws -> [NominationListing] {
        try read { db in
            try Self.listings(db.cachedStatement(sql: Self.listingSelect + " WHERE n.nominee_id = ? ORDER BY n.year DESC, n.id"),
                              arguments: [id])
        }
    }

    /// The nominations of `award` in `year`, in id order.
    public func nominations(year: Int, award: String) throws -> [NominationListing] {
        try read { db in
            try Self.listings(db.cachedStatement(sql: Self.listingSelect + " WHERE n.year = ? AND n.award = ? ORDER BY n.id"),
                              arguments: [year, award])
        }
    }

    /// Saves a draft: validates it, creates the nominee when new, allocates the id of a new
    /// nomination (`YEAR-CODE-NNNN`), or updates an edited one when nobody changed it since
    /// `expectedVersion`. One transaction; audited. Returns the saved nomination.
    public func save(_ draft: NominationDraft, rulebook: Rulebook, expectedVersion: Int? = nil) throws -> Nomination {
        let issues = draft.validate(rulebook: rulebook, today: clock.today())
        guard issues.isEmpty, let nomineeChoice = draft.nominee, let awardCode = draft.award,
              let award = rulebook.award(awardCode), let kind = draft.kind, let year = draft.yearValue else {
            throw StoreError.invalid(issues)
        }
        return try write { db in
            let nomineeID: String
            switch nomineeChoice {
            case .existing(let nominee):
                nomineeID = nominee.id
            case .new(let nomineeDraft):
                nomineeID = try nextNomineeID(for: nomineeDraft.type, db)
                try insert(Self.nominee(from: nomineeDraft, id: nomineeID, groupName: nil), db)
            }
            let factsJSON = Self.json(draft.facts)
            let now = timestamp()
            let note = draft.note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : draft.note
            if let id = draft.id {
                guard let old = try Row.fetchOne(db, sql: Self.listingSelect + " WHERE n.id = ?", arguments: [id]) else {
                    throw StoreError.missing(id: id)
                }
                let current: Int = old["n_version"]
                if let expectedVersion, expectedVersion != current { throw StoreError.conflict(id: id) }
                let status = NominationStatus(rawValue: old["n_status"]) ?? .received
                guard Self.editable.contains(status) else { throw StoreError.notEditable(id: id, status: status) }
                let before = Self.json(NominationSnapshot(Self.listing(from: old).nomination))
                try db.execute(sql: """
                    UPDATE nomination SET year = ?, award = ?, kind = ?, nominee_id = ?, movement_id = ?, facts = ?, note = ?,
                        updated_at = ?, version = version + 1 WHERE id = ?
                    """, arguments: [year, award.code, kind.rawValue, nomineeID, draft.movementID, factsJSON, note, now, id])
                let saved = try Row.fetchOne(db, sql: Self.listingSelect + " WHERE n.id = ?", arguments: [id]).map(Self.listing(from:))!
                try audit(db, action: "update", entity: "nomination", id: id, before: before,
                          after: Self.json(NominationSnapshot(saved.nomination)))
                return saved.nomination
            }
            let id = try nextNominationID(year: year, idCode: award.idCode, db)
            let receivedOn = draft.status == .draft ? nil : clock.today().iso
            try db.execute(sql: """
                INSERT INTO nomination(id, year, award, kind, nominee_id, movement_id, status, received_on, complete_on, facts, note,
                                       created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, year, award.code, kind.rawValue, nomineeID, draft.movementID, draft.status.rawValue,
                                 receivedOn, receivedOn, factsJSON, note, now, now])
            let saved = try Row.fetchOne(db, sql: Self.listingSelect + " WHERE n.id = ?", arguments: [id]).map(Self.listing(from:))!
            try audit(db, action: "create", entity: "nomination", id: id, before: nil, after: Self.json(NominationSnapshot(saved.nomination)))
            return saved.nomination
        }
    }

    /// The statuses in which a nomination's content may still be edited: before the council
    /// has it (once on an agenda, the file is what the council sees; return it to edit).
    public static let editable: [NominationStatus] = [.draft, .received, .returned]

    /// Inserts a complete nomination (demo data, imports) inside the caller's transaction.
    func insert(_ nomination: Nomination, _ db: Database) throws {
        let now = timestamp()
        // Kept compiled: an import writes a province's million nominations through it.
        try db.cachedStatement(sql: """
            INSERT INTO nomination(id, year, award, kind, nominee_id, movement_id, status, received_on, complete_on, facts, note,
                                   return_reason, decision_number, decision_date, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [nomination.id, nomination.year, nomination.award, nomination.kind.rawValue, nomination.nomineeID,
                             nomination.movementID, nomination.status.rawValue, nomination.receivedOn?.iso, nomination.completeOn?.iso,
                             Self.json(nomination.facts), nomination.note, nomination.returnReason,
                             nomination.decision?.number, nomination.decision?.date?.iso, now, now])
        try audit(db, action: "create", entity: "nomination", id: nomination.id, before: nil,
                  after: Self.json(NominationSnapshot(nomination)))
    }

    // MARK: Movements and council

    /// All movements, newest first.
    public func movements() throws -> [Movement] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM movement ORDER BY COALESCE(to_year, 9999) DESC, id").map { row in
                Movement(id: row["id"], name: row["name"], kind: Movement.Kind(rawValue: row["kind"]) ?? .yearly,
                         from: row["from_year"], to: row["to_year"])
            }
        }
    }

    /// Adds a movement inside the caller's transaction, audited.
    func insert(_ movement: Movement, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO movement(id, name, kind, from_year, to_year) VALUES (?, ?, ?, ?, ?)",
                       arguments: [movement.id, movement.name.nfc, movement.kind.rawValue, movement.from, movement.to])
        try audit(db, action: "create", entity: "movement", id: movement.id, before: nil, after: Self.json(movement))
    }

    // MARK: Row mapping

    static let pendingList = sqlList(NominationStatus.pending)
    /// `NominationStatus.awarded` as an SQL list.
    static let awardedList = sqlList(NominationStatus.awarded)
    /// `NominationStatus.ended` as an SQL list.
    static let endedList = sqlList(NominationStatus.ended)

    private static func sqlList(_ statuses: [NominationStatus]) -> String {
        statuses.map { "'\($0.rawValue)'" }.joined(separator: ",")
    }

    static let stageOrder = "CASE n.status " + NominationStatus.pending.enumerated()
        .map { "WHEN '\($0.element.rawValue)' THEN \($0.offset)" }.joined(separator: " ") + " ELSE 99 END"

    static let listingSelect = "SELECT " + listingColumns + " FROM nomination n JOIN nominee e ON e.id = n.nominee_id"

    /// The columns `listing(from:)` reads, for queries that join more tables.
    static let listingColumns = """
        n.id AS n_id, n.year AS n_year, n.award AS n_award, n.kind AS n_kind, n.nominee_id AS n_nominee_id,
               n.movement_id AS n_movement_id, n.status AS n_status, n.received_on AS n_received_on, n.facts AS n_facts,
               n.note AS n_note, n.return_reason AS n_return_reason, n.decision_number AS n_decision_number,
               n.decision_date AS n_decision_date, n.complete_on AS n_complete_on, n.version AS n_version, e.*
        """

    /// The listing in a row of a query selecting `listingColumns`.
    static func listing(from row: Row) -> NominationListing {
        listing(from: row, columns: ListingColumns(row))
    }

    /// The listings `statement` selects (`listingSelect`), decoded row by row (`decoded`).
    static func listings(_ statement: Statement, arguments: StatementArguments = []) throws -> [NominationListing] {
        let columns = ListingColumns(RowColumns(names: statement.columnNames))
        let facts = FactsCache()
        return try decoded(statement, arguments: arguments) { listing(from: $0, columns: columns, facts: facts) }
    }

    static func listing(from row: Row, columns c: ListingColumns, facts cache: FactsCache? = nil) -> NominationListing {
        let factsText: String = row.value(at: c.facts) ?? "{}"
        let facts = cache?.facts(factsText)
            ?? (factsText == "{}" ? Facts() : (try? JSONDecoder().decode(Facts.self, from: Data(factsText.utf8))) ?? Facts())
        let decision: DecisionReference? = (row.value(at: c.decisionNumber) as String?).map {
            DecisionReference(number: $0, date: (row.value(at: c.decisionDate) as String?).flatMap(CivilDate.init(iso:)))
        }
        let nomination = Nomination(
            id: row.value(at: c.id) ?? "", year: row.value(at: c.year) ?? 0, award: row.value(at: c.award) ?? "",
            kind: (row.value(at: c.kind) as String?).flatMap(AwardKind.init(rawValue:)) ?? .congTrang,
            nomineeID: row.value(at: c.nomineeID) ?? "", movementID: row.value(at: c.movementID),
            status: (row.value(at: c.status) as String?).flatMap(NominationStatus.init(rawValue:)) ?? .received,
            receivedOn: (row.value(at: c.receivedOn) as String?).flatMap(CivilDate.init(iso:)), facts: facts,
            note: row.value(at: c.note), returnReason: row.value(at: c.returnReason), decision: decision,
            completeOn: (row.value(at: c.completeOn) as String?).flatMap(CivilDate.init(iso:)))
        return NominationListing(nomination: nomination, nominee: nominee(from: row, columns: c.nominee), version: row.value(at: c.version) ?? 1)
    }
}

/// The fields of a nomination as written into the audit trail.
struct NominationSnapshot: Encodable {
    var id: String
    var year: Int
    var award, kind, nominee, status: String
    var movement, receivedOn, note: String?
    var facts: Facts
    init(_ n: Nomination) {
        id = n.id
        year = n.year
        award = n.award
        kind = n.kind.rawValue
        nominee = n.nomineeID
        status = n.status.rawValue
        movement = n.movementID
        receivedOn = n.receivedOn?.iso
        note = n.note
        facts = n.facts
    }
}
