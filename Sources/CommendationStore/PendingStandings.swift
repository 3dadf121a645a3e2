import Commendation
import Foundation
import GRDB

/// One pending nomination as the rulebook judged it: kept in the store (table `standing`) so
/// that the pending review counts its groups and reads a page at a time instead of judging
/// every pending nomination each time it opens.
public struct PendingStanding: Sendable, Hashable {
    /// The nomination.
    public var nominationID: String
    /// The rulebook's verdict.
    public var eligibility: Eligibility
    /// Its group before the clock is looked at (`PendingReview.baseGroup`).
    public var baseGroup: PendingGroup
    /// The statutory deadline running for it, if any.
    public var deadline: CivilDate?
    /// Whether the verdict counted the year's other nominations (a quota): it is judged again
    /// whenever a nomination of that year changes.
    public var countsRound: Bool

    /// A standing.
    public init(nominationID: String, eligibility: Eligibility, baseGroup: PendingGroup, deadline: CivilDate?, countsRound: Bool) {
        self.nominationID = nominationID
        self.eligibility = eligibility
        self.baseGroup = baseGroup
        self.deadline = deadline
        self.countsRound = countsRound
    }

    /// Its group on `today` (`PendingReview.group`).
    public func group(on today: CivilDate) -> PendingGroup {
        PendingReview.group(base: baseGroup, deadline: deadline, today: today)
    }
}

/// What the pending review is narrowed to.
public struct PendingQuery: Sendable, Equatable {
    /// Only this year.
    public var year: Int?
    /// Only this award code.
    public var award: String?
    /// Only nominees of this collective (or the collective itself).
    public var unitID: String?
    /// Only nominees of this residential group (or the group itself).
    public var groupID: String?
    /// Only this status.
    public var status: NominationStatus?
    /// Only this verdict (not assessed counts as incomplete).
    public var eligibility: Eligibility?
    /// Accent-insensitive search over the nominee and the nomination id.
    public var search: String = ""

    /// No narrowing.
    public init() {}

    /// Whether anything narrows the list (the search aside).
    public var isActive: Bool {
        year != nil || award != nil || unitID != nil || groupID != nil || status != nil || eligibility != nil
    }

    /// The tables and SQL condition: `s` (standing), joined to `n` (nomination) and `e`
    /// (nominee) only when the condition looks at them; with `inOrder`, SQLite reads them in
    /// that order (`CROSS JOIN`), for a caller whose own condition on `s` is the narrowest.
    func source(inOrder: Bool = false) -> (from: String, condition: String, arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        var joins = false
        if let year { clauses.append("s.year = ?"); arguments += [year] }
        if let award { clauses.append("n.award = ?"); arguments += [award]; joins = true }
        if let status { clauses.append("n.status = ?"); arguments += [status.rawValue]; joins = true }
        if let unitID { clauses.append("(e.unit_id = ? OR e.id = ?)"); arguments += [unitID, unitID]; joins = true }
        if let groupID { clauses.append("(e.group_id = ? OR e.id = ?)"); arguments += [groupID, groupID]; joins = true }
        if let eligibility {
            let shown = eligibility == .notAssessed ? Eligibility.incomplete : eligibility
            if shown == .incomplete {
                clauses.append("s.eligibility IN (?, ?)")
                arguments += [Eligibility.incomplete.rawValue, Eligibility.notAssessed.rawValue]
            } else {
                clauses.append("s.eligibility = ?")
                arguments += [shown.rawValue]
            }
        }
        // The search reads the nominee's key through the standing's own `nominee_id`, and the
        // nomination's id from the standing: no nomination is looked up for it (a look-up of each
        // of a province's 85 000 pending nominations was a second of every keystroke).
        let folded = search.foldedForSearch
        var joinsNominee = false
        if !folded.isEmpty {
            clauses.append("(instr(e.search_key, ?) > 0 OR instr(lower(s.nomination_id), ?) > 0)")
            arguments += [folded, folded]
            joinsNominee = true
        }
        let join = inOrder ? "CROSS JOIN" : "JOIN"
        let from = joins ? "standing s \(join) nomination n ON n.id = s.nomination_id \(join) nominee e ON e.id = n.nominee_id"
            : joinsNominee ? "standing s \(join) nominee e ON e.id = s.nominee_id" : "standing s"
        return (from, clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }
}

/// The order of nominations within a group of the pending review.
public enum PendingOrder: String, Sendable, CaseIterable {
    /// By the nominee's name in official order (tên, đệm, họ).
    case name
    /// By the day received, oldest first (drafts last).
    case received
}

extension Store {
    /// Judges again the pending nominations whose standing is missing: never judged, forgotten by
    /// a change (the triggers of migration v8), or judged under other rules than `fingerprint`
    /// (the rulebooks, the council's layer, the calendar and the province's deadline). Groups are
    /// dated `today`.
    ///
    /// The batches (every pending nomination of `batch` nominees, so that a judge can preload
    /// their rounds) are read and judged on `workers` threads (`ParallelMap`, decision 91) and
    /// written in order on the calling thread. `judge` makes a judge for one thread (called
    /// on that thread; a judge made afresh knows nothing of the store's state before): it
    /// receives the listings of a batch and returns the standings of those it judged.
    ///
    /// Reading and judging happen outside any write transaction: another desk may save
    /// meanwhile. A batch is written only if no other connection committed since the refresh
    /// began (`PRAGMA data_version`); otherwise what is left is read and judged again by new
    /// judges.
    /// - Returns: how many nominations were judged and written.
    @discardableResult
    public func refreshStandings(fingerprint: String, today: CivilDate, batch: Int = 1_000, workers: Int = ParallelMap.defaultWorkers,
                                 judge: () -> (_ listings: [NominationListing]) throws -> [PendingStanding]) throws -> Int {
        let written = try judgeStaleStandings(fingerprint: fingerprint, today: today, batch: max(1, batch), workers: workers, judge: judge)
        try indexScratchStandings()
        return written
    }

    /// Ends a refresh's round of batches when another connection has committed since it began.
    private struct StaleBatch: Error {}

    /// What `refreshStandings` does before a read-only store's own standings are indexed.
    private func judgeStaleStandings(fingerprint: String, today: CivilDate, batch: Int, workers: Int,
                                     judge: () -> (_ listings: [NominationListing]) throws -> [PendingStanding]) throws -> Int {
        var written = 0
        // Another desk that keeps writing may make a batch stale again and again: after so many
        // tries the rest is left for the next refresh, and the review shows what is judged.
        for _ in 0..<20 {
            try prepareScratchStandings(fingerprint: fingerprint, today: today)
            try updateStandingBasis(fingerprint: fingerprint, today: today)
            let marker = try changeMarker()
            let stale = try standingRead { db -> [String] in
                // Standings exist only for pending nominations (any change to one forgets it): as
                // many of each means none is missing, without looking for each.
                let kept = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM standing") ?? 0
                let pending = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nomination WHERE status IN (\(Self.pendingList))") ?? 0
                if kept == pending { return [] }
                return try String.fetchAll(db, sql: """
                    SELECT DISTINCT n.nominee_id FROM nomination n
                    WHERE n.status IN (\(Self.pendingList))
                    AND NOT EXISTS (SELECT 1 FROM standing s WHERE s.nomination_id = n.id)
                    ORDER BY n.nominee_id
                    """)
            }
            if stale.isEmpty { return written }
            do {
                try ParallelMap.run(count: (stale.count + batch - 1) / batch, chunk: 1, workers: workers, state: judge,
                                    work: { judge, index -> [StandingRow] in
                    let nominees = Array(stale[index * batch..<min(stale.count, index * batch + batch)])
                    let listings = try read { db in
                        try Self.listings(db.makeStatement(sql: Self.listingSelect + """
                             WHERE n.nominee_id IN (\(Array(repeating: "?", count: nominees.count).joined(separator: ",")))
                             AND +n.status IN (\(Self.pendingList))
                            """), arguments: StatementArguments(nominees))
                    }
                    // What is written of each, not the listings: the batches waiting to be written
                    // hold no facts.
                    let byID = Dictionary(listings.map { ($0.nomination.id, $0) }, uniquingKeysWith: { first, _ in first })
                    return try judge(listings).compactMap { standing in
                        byID[standing.nominationID].map { StandingRow(standing: standing, nomineeID: $0.nominee.id, year: $0.nomination.year,
                                                                      received: Self.receivedKey($0.nomination.receivedOn)) }
                    }
                }, consume: { _, rows in
                    try writeStandings(rows, today: today, marker: marker)
                    written += rows.count
                })
                return written
            } catch is StaleBatch {
                continue
            }
        }
        return written
    }

    /// A standing as it is written, with what the row keeps of its nomination.
    private struct StandingRow {
        var standing: PendingStanding
        var nomineeID: String
        var year: Int
        var received: String
    }

    /// Writes the standings of a batch, unless another connection committed since `marker`
    /// (`StaleBatch`).
    private func writeStandings(_ rows: [StandingRow], today: CivilDate, marker: Int) throws {
        let accepted = try standingWrite { db -> Bool in
            guard try Self.dataVersion(db) == marker else { return false }
            let insert = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO standing(nomination_id, nominee_id, year, eligibility, base_group, deadline, grp,
                                                sort_key, received_on, counts_round)
                VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT sort_key FROM nominee WHERE id = ?), ?, ?)
                """)
            for row in rows {
                let standing = row.standing
                try insert.execute(arguments: [
                    standing.nominationID, row.nomineeID, row.year, standing.eligibility.rawValue,
                    standing.baseGroup.rawValue, standing.deadline?.iso, standing.group(on: today).rawValue,
                    row.nomineeID, row.received, standing.countsRound,
                ])
            }
            return true
        }
        if !accepted { throw StaleBatch() }
    }

    /// Forgets every standing judged under other rules, and dates the groups `today`; writes
    /// only when something differs.
    private func updateStandingBasis(fingerprint: String, today: CivilDate) throws {
        let basis = try standingRead { db in try Row.fetchOne(db, sql: "SELECT fingerprint, as_of FROM standing_basis WHERE id = 1") }
        let (known, asOf): (String?, String?) = (basis?["fingerprint"], basis?["as_of"])
        guard known != fingerprint || asOf != today.iso else { return }
        try standingWrite { db in
            if known != fingerprint {
                try db.execute(sql: "DELETE FROM standing")
            } else {
                try db.execute(sql: "UPDATE standing SET grp = CASE WHEN deadline < ? THEN 'overdue' ELSE base_group END",
                               arguments: [today.iso])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO standing_basis(id, fingerprint, as_of) VALUES (1, ?, ?)",
                           arguments: [fingerprint, today.iso])
        }
    }

    /// Forgets every kept standing: the next review judges every pending nomination again.
    public func forgetStandings() throws {
        try standingWrite { db in try db.execute(sql: "DELETE FROM standing; DELETE FROM standing_basis") }
    }

    /// How many pending nominations each group holds under `query` (the groups with none are
    /// left out).
    public func pendingGroupCounts(_ query: PendingQuery = PendingQuery()) throws -> [PendingGroup: Int] {
        let (from, condition, arguments) = query.source()
        return try standingRead { db in
            var counts: [PendingGroup: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT s.grp AS grp, COUNT(*) AS n FROM \(from) WHERE \(condition) GROUP BY s.grp",
                                        arguments: arguments) {
                if let group = PendingGroup(rawValue: row["grp"]) { counts[group] = row["n"] }
            }
            return counts
        }
    }

    /// How many pending nominations each group holds under `query` among the first `limit`
    /// standings (in the store's order), and whether that covered them all (the exact counts)
    /// or gives lower bounds: what a keystroke of the review's search can afford at province
    /// scale; the exact counts wait for typing to stop.
    public func pendingGroupCounts(_ query: PendingQuery, examining limit: Int) throws -> (counts: [PendingGroup: Int], exact: Bool) {
        let examined = try standingRead { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM standing LIMIT ?)", arguments: [limit + 1]) ?? 0
        }
        guard examined > limit else { return (try pendingGroupCounts(query), true) }
        // The search is tested on the first standings' ids and nominees alone; only those it
        // matches are looked up for their group and the rest of the query (a look-up of each
        // of the 5 000 was half the time of a keystroke's count).
        var rest = query
        rest.search = ""
        let (from, condition, arguments) = rest.source(inOrder: true)
        let folded = query.search.foldedForSearch
        var all: StatementArguments = [limit]
        var examinedIDs = "SELECT nomination_id FROM standing LIMIT ?"
        if !folded.isEmpty {
            examinedIDs = """
                SELECT x.nomination_id FROM (SELECT nomination_id, nominee_id FROM standing LIMIT ?) x JOIN nominee k ON k.id = x.nominee_id
                WHERE instr(k.search_key, ?) > 0 OR instr(lower(x.nomination_id), ?) > 0
                """
            all += [folded, folded]
        }
        all += arguments
        return try standingRead { db in
            var counts: [PendingGroup: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.grp AS grp, COUNT(*) AS n FROM \(from) WHERE s.nomination_id IN (\(examinedIDs)) AND \(condition) GROUP BY s.grp
                """, arguments: all) {
                if let group = PendingGroup(rawValue: row["grp"]) { counts[group] = row["n"] }
            }
            return (counts, false)
        }
    }

    /// A window of one group of the pending review under `query`, in `order`, with each
    /// nomination's standing.
    public func pendingPage(_ query: PendingQuery = PendingQuery(), group: PendingGroup, order: PendingOrder = .name,
                            offset: Int, limit: Int) throws -> [(listing: NominationListing, standing: PendingStanding)] {
        try standingRead { db in
            // The window's ids come from the group's index alone; only they are joined and decoded.
            let ids = try Self.pendingIDs(query, group: group, order: order, offset: offset, limit: limit, db)
            var window: [(listing: NominationListing, standing: PendingStanding)] = []
            for start in stride(from: 0, to: ids.count, by: 500) {
                window += try Self.pendingWindow(Array(ids[start..<min(ids.count, start + 500)]), db)
            }
            return window
        }
    }

    /// The ids of one group of the pending review under `query`, in `order`, read from the
    /// group's index alone (a province's 85 000 take a few MB): a report that streams the whole
    /// review reads them a window at a time with `pendingStandings(ids:)`.
    public func pendingOrder(_ query: PendingQuery = PendingQuery(), group: PendingGroup, order: PendingOrder = .name) throws -> [String] {
        try standingRead { db in try Self.pendingIDs(query, group: group, order: order, offset: 0, limit: -1, db) }
    }

    /// The ids of `group` under `query` in `order`, `limit` of them (all when negative) after
    /// the first `offset`.
    private static func pendingIDs(_ query: PendingQuery, group: PendingGroup, order: PendingOrder, offset: Int, limit: Int,
                                   _ db: Database) throws -> [String] {
        let (from, condition, arguments) = query.source()
        let sort = order == .name ? "s.sort_key, s.nomination_id" : "s.received_on, s.nomination_id"
        var all: StatementArguments = [group.rawValue]
        all += arguments
        all += [limit, offset]
        return try String.fetchAll(db, sql: "SELECT s.nomination_id FROM \(from) WHERE s.grp = ? AND \(condition) ORDER BY \(sort) LIMIT ? OFFSET ?",
                                   arguments: all)
    }

    /// The nominations `ids` (a few hundred at most) with their standings, in the order of `ids`;
    /// an id no longer pending is left out.
    static func pendingWindow(_ ids: [String], _ db: Database) throws -> [(listing: NominationListing, standing: PendingStanding)] {
        let statement = try db.makeStatement(sql: """
            SELECT \(Self.listingColumns), s.eligibility AS s_eligibility, s.base_group AS s_base_group,
                   s.deadline AS s_deadline, s.counts_round AS s_counts_round
            FROM standing s JOIN nomination n ON n.id = s.nomination_id JOIN nominee e ON e.id = n.nominee_id
            WHERE s.nomination_id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))
            """)
        let columns = RowColumns(names: statement.columnNames)
        let listingColumns = ListingColumns(columns)
        let (eligibility, baseGroup) = (columns["s_eligibility"], columns["s_base_group"])
        let (deadline, countsRound) = (columns["s_deadline"], columns["s_counts_round"])
        let facts = FactsCache()
        let window = try Self.decoded(statement, arguments: StatementArguments(ids)) { row in
            let listing = Self.listing(from: row, columns: listingColumns, facts: facts)
            return (listing, PendingStanding(
                nominationID: listing.nomination.id,
                eligibility: (row.value(at: eligibility) as String?).flatMap(Eligibility.init(rawValue:)) ?? .notAssessed,
                baseGroup: (row.value(at: baseGroup) as String?).flatMap(PendingGroup.init(rawValue:)) ?? .submitted,
                deadline: (row.value(at: deadline) as String?).flatMap(CivilDate.init(iso:)),
                countsRound: row.value(at: countsRound) ?? false))
        }
        var byID: [String: (listing: NominationListing, standing: PendingStanding)] = [:]
        for (listing, standing) in window {
            byID[listing.nomination.id] = (listing, standing)
        }
        return ids.compactMap { byID[$0] }
    }

    /// The years and award codes among the pending nominations (for the review's filter).
    public func pendingYearsAndAwards() throws -> (years: [Int], awards: Set<String>) {
        try read { db in
            let years = try Int.fetchAll(db, sql: "SELECT DISTINCT year FROM nomination WHERE status IN (\(Self.pendingList)) ORDER BY year DESC")
            let awards = try String.fetchAll(db, sql: "SELECT DISTINCT award FROM nomination WHERE status IN (\(Self.pendingList))")
            return (years, Set(awards))
        }
    }

    // MARK: Read-only stores

    /// A store opened read-only cannot keep standings in its file: each desk keeps them in a
    /// temporary table of the same name on its one writing connection (which SQLite looks in
    /// first), started from the file's own standings and refreshed when another desk commits.
    /// When the file's standings are complete, judged under `fingerprint` and dated `today`,
    /// there is no temporary table and they are read where they are: a copy of a province's
    /// 85 000 was written to a temporary file and every page of the review read back from it.
    private func prepareScratchStandings(fingerprint: String, today: CivilDate) throws {
        guard isReadOnly else { return }
        let marker = try changeMarker()
        try database.writeWithoutTransaction { db in
            let scratch = try Self.hasScratchStandings(db)
            if scratch, try Int.fetchOne(db, sql: "SELECT value FROM temp.scratch_marker") == marker { return }
            let basis = try Row.fetchOne(db, sql: "SELECT fingerprint, as_of FROM main.standing_basis WHERE id = 1")
            let (known, asOf): (String?, String?) = (basis?["fingerprint"], basis?["as_of"])
            if known == fingerprint, asOf == today.iso,
               try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM main.standing") ==
                Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nomination WHERE status IN (\(Self.pendingList))") {
                if scratch {
                    try db.execute(sql: """
                        DROP TABLE temp.standing;
                        DROP TABLE temp.standing_basis;
                        DROP TABLE temp.scratch_marker;
                        """)
                }
                return
            }
            // Standings judged under other rules would be forgotten at once: they are not copied.
            try Self.makeScratchStandings(db, marker: marker, copying: known == fingerprint)
        }
    }

    /// Makes the temporary standings of a read-only store (dropping those there were), a copy of
    /// the file's when `copying`, marked as made when the file's `PRAGMA data_version` was `marker`.
    /// The indexes of the groups' orders come once the standings are judged (`indexScratchStandings`):
    /// kept up to date through a province's 85 000 inserts, they were a seventh of a review's time.
    private static func makeScratchStandings(_ db: Database, marker: Int, copying: Bool) throws {
        try db.execute(sql: """
            DROP TABLE IF EXISTS temp.standing;
            DROP TABLE IF EXISTS temp.standing_basis;
            DROP TABLE IF EXISTS temp.scratch_marker;
            CREATE TEMP TABLE standing AS SELECT * FROM main.standing WHERE \(copying ? "1" : "0");
            CREATE UNIQUE INDEX temp.scratch_standing_id ON standing(nomination_id);
            CREATE TEMP TABLE standing_basis AS SELECT * FROM main.standing_basis;
            CREATE UNIQUE INDEX temp.scratch_basis_id ON standing_basis(id);
            CREATE TEMP TABLE scratch_marker(value INTEGER);
            """)
        try db.execute(sql: "INSERT INTO temp.scratch_marker(value) VALUES (?)", arguments: [marker])
    }

    /// Indexes the temporary standings of a read-only store, if it has them, by each group's
    /// orders (by name, by day received) and by nominee (the search's matches), as the file's are.
    private func indexScratchStandings() throws {
        guard isReadOnly else { return }
        do {
            try database.writeWithoutTransaction { db in
                guard try Self.hasScratchStandings(db) else { return }
                try db.execute(sql: """
                    CREATE INDEX IF NOT EXISTS temp.scratch_standing_name ON standing(grp, sort_key, nomination_id);
                    CREATE INDEX IF NOT EXISTS temp.scratch_standing_received ON standing(grp, received_on, nomination_id);
                    CREATE INDEX IF NOT EXISTS temp.scratch_standing_nominee ON standing(nominee_id);
                    """)
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// A read of the standings: on a read-only store that keeps its own, on the connection that
    /// holds them (one read at a time); otherwise by any of the pool's readers, so that several
    /// threads read side by side (the pending review's JSON, decision 90).
    func standingRead<T>(_ body: (Database) throws -> T) throws -> T {
        guard isReadOnly else { return try read(body) }
        let held: T?
        do {
            held = try database.writeWithoutTransaction { db in try Self.hasScratchStandings(db) ? try body(db) : nil }
        } catch {
            throw StoreError.from(error, path: path)
        }
        if let held { return held }
        return try read(body)
    }

    /// Whether this connection holds a read-only store's own standings (temporary tables that
    /// SQLite looks in before the file's).
    private static func hasScratchStandings(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM sqlite_temp_master WHERE name = 'scratch_marker')") == true
    }

    /// A write of the standings, in one transaction: to the file, or on a read-only store to
    /// its temporary tables (made then, a copy of the file's, if the file's were read where they
    /// are until another desk's change made them stale).
    func standingWrite<T>(_ body: (Database) throws -> T) throws -> T {
        guard isReadOnly else { return try write(body) }
        do {
            return try database.writeWithoutTransaction { db in
                if try !Self.hasScratchStandings(db) {
                    try Self.makeScratchStandings(db, marker: try Self.dataVersion(db), copying: true)
                }
                var result: T?
                try db.inTransaction(.deferred) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// The standing's `received_on`, which only orders a group: the day received, drafts after
    /// every day, so that the group's index gives the order without sorting.
    static func receivedKey(_ day: CivilDate?) -> String { day?.iso ?? "9999-12-31" }

    static func dataVersion(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
    }
}

