import Commendation
import Foundation
import GRDB

/// What the store knows beyond a nomination's facts, for the rulebook's checks across records:
/// the nominee's award history, member figures computed from member records, other live
/// nominations of the same nominee, award and year, and the year's counts for quotas.
public final class StoreEvaluationContext: EvaluationContext {
    private let store: Store
    private let countsRounds: Bool
    private var historyCache: [String: [PastAward]?] = [:]
    /// The year's counts per award, read once per year (a review judges thousands of nominations
    /// of the same year).
    private var roundCache: [Int: [String: Int]] = [:]
    /// Filled by `preload(nomineesOf:)`: each preloaded nominee's undecided nominations and
    /// live ones.
    private var nomineeCache: [String: NomineeRecords] = [:]
    /// Member figures per "collective|year", read once.
    private var memberCache: [String: MemberCounts?] = [:]
    /// How many times an evaluation asked for the year's counts: a verdict that did depends on
    /// every nomination of its year (a quota), not only on its nominee's.
    public private(set) var roundCountsAsked = 0
    /// The first store error met while answering (the protocol's answers cannot throw): a
    /// verdict judged while it is set rests on missing records, and whoever shows verdicts
    /// asks for it (`checked()`) so that a failing store is said, not judged as unknown.
    public private(set) var failure: StoreError?


    /// A context over `store`. With `countsRounds`, quotas count the store's nominations of
    /// the year (the desk); without, they count the round being evaluated (a file).
    public init(store: Store, countsRounds: Bool = false) {
        self.store = store
        self.countsRounds = countsRounds
    }

    public func history(of nomineeID: String) -> [PastAward]? {
        if let cached = historyCache[nomineeID] { return cached }
        let result: [PastAward]? = attempt { try store.read { db in
            guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM nominee WHERE id = ?)"),
                                    arguments: [nomineeID]) == true else {
                return nil
            }
            return try Row.fetchAll(db.cachedStatement(sql: """
                SELECT award, year, kind FROM nomination WHERE nominee_id = ? AND status IN (\(Store.awardedList))
                ORDER BY year, id
                """), arguments: [nomineeID]).map { row in
                PastAward(award: row["award"], year: row["year"], kind: AwardKind(rawValue: row["kind"]))
            }
        } } ?? nil
        historyCache[nomineeID] = .some(result ?? nil)
        return result ?? nil
    }

    public func memberCounts(of collectiveID: String, year: Int) -> MemberCounts? {
        let key = collectiveID + "|" + String(year)
        if let cached = memberCache[key] { return cached }
        let counts = attempt { try store.read { db -> MemberCounts? in
            let total = try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM nominee WHERE type = 'person' AND unit_id = ?"),
                                         arguments: [collectiveID]) ?? 0
            guard total > 0 else { return nil }
            // From the unit's members to their nominations (CROSS JOIN keeps this order): the other
            // way round walks every nomination of the award and year in the province.
            func holding(_ award: String) throws -> Int {
                try Int.fetchOne(db.cachedStatement(sql: """
                    SELECT COUNT(DISTINCT p.id) FROM nominee p CROSS JOIN nomination n ON n.nominee_id = p.id
                    WHERE p.unit_id = ? AND n.award = ? AND n.year = ? AND n.status IN (\(Store.awardedList))
                    """), arguments: [collectiveID, award, year]) ?? 0
            }
            return MemberCounts(total: total, laoDongTienTien: try holding("lao-dong-tien-tien"),
                                chienSiThiDuaCoSo: try holding("chien-si-thi-dua-co-so"))
        } } ?? nil
        memberCache[key] = .some(counts ?? nil)
        return counts ?? nil
    }

    public func duplicates(nomineeID: String, award: String, kind: AwardKind, year: Int, excluding id: String?) -> [String] {
        if let records = nomineeCache[nomineeID] {
            let excluded = id ?? ""
            var ids: [String] = []
            for line in records.live where line.year == year && line.award == award && line.kind == kind.rawValue && line.id != excluded {
                ids.append(line.id)
            }
            return ids
        }
        return attempt { try store.read { db in
            try String.fetchAll(db.cachedStatement(sql: """
                SELECT id FROM nomination WHERE nominee_id = ? AND award = ? AND kind = ? AND year = ? AND id != ?
                AND status NOT IN (\(Store.endedList)) ORDER BY id
                """), arguments: [nomineeID, award, kind.rawValue, year, id ?? ""])
        } } ?? []
    }

    public func roundCounts(year: Int) -> [String: Int]? {
        guard countsRounds else { return nil }
        roundCountsAsked += 1
        if let cached = roundCache[year] { return cached }
        let counts: [String: Int]? = attempt { try store.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT award, COUNT(*) AS n FROM nomination WHERE year = ?
                AND status NOT IN (\(Store.endedList)) GROUP BY award
                """, arguments: [year]) {
                counts[row["award"]] = row["n"]
            }
            return counts
        } }
        if let counts { roundCache[year] = counts }
        return counts
    }
}

extension StoreEvaluationContext {
    /// The value of `read`, or nil when the store failed (the error kept in `failure`).
    private func attempt<Value>(_ read: () throws -> Value) -> Value? {
        do { return try read() } catch {
            record(error)
            return nil
        }
    }

    /// Keeps `error` as the failure met while judging (the first one).
    public func record(_ error: Error) {
        guard failure == nil else { return }
        failure = error as? StoreError ?? .other(path: store.path, message: "\(error)")
    }

    /// Throws the store error met while judging, if any (and forgets it, so that a later
    /// reading may succeed).
    public func checked() throws {
        guard let failure else { return }
        self.failure = nil
        throw failure
    }

    /// The nominee's other live, undecided nominations of `years` (see
    /// `Store.roundEntries(nomineeID:years:excluding:)`), from memory when preloaded.
    public func roundEntries(nomineeID: String, years: ClosedRange<Int>, excluding id: String?) throws -> [RoundEntry] {
        guard let records = nomineeCache[nomineeID] else {
            return try store.roundEntries(nomineeID: nomineeID, years: years, excluding: id)
        }
        return records.entries.filter { years.contains($0.year) && $0.entry.id != (id ?? "") }.map(\.entry)
    }

    /// Reads at once what evaluating every undecided nomination of the nominees of `listings`
    /// will ask about them: award histories, live nominations (for duplicates) and the other
    /// undecided nominations of each round (`preload(nomineesOf:)`).
    public func preload(_ listings: [NominationListing]) throws {
        try preload(nomineesOf: listings)
    }

    /// Reads at once, in one transaction, what judging the undecided nominations of the
    /// nominees of `listings` will ask about them: award histories, live nominations (for
    /// duplicates) and the other undecided nominations of each round; a review of tens of
    /// thousands of nominations then asks nothing more of the store, instead of four queries
    /// for each. `listings` may hold only some of each nominee's undecided nominations (a chunk
    /// of a review): the others are read, the listings given are not read again.
    ///
    /// One walk of `nomination_by_nominee_round` per nominee gives every nomination's status,
    /// award, kind, year, id and creation: no row is read but those of the undecided
    /// nominations missing from `listings` (a look-up of every row was most of a province's review).
    public func preload(nomineesOf listings: [NominationListing]) throws {
        var given: [String: NominationListing] = [:]
        given.reserveCapacity(listings.count)
        for listing in listings { given[listing.nomination.id] = listing }
        let nominees = Set(listings.map(\.nominee.id)).sorted()
        let (gathered, read) = try store.read { db -> ([GatheredNominee], [String: NominationListing]) in
            var gathered: [GatheredNominee] = []
            gathered.reserveCapacity(nominees.count)
            var missing: [String] = []
            for start in stride(from: 0, to: nominees.count, by: 500) {
                let chunk = Array(nominees[start..<min(nominees.count, start + 500)])
                // `+status`: the status is read from the index, never used to walk it (SQLite
                // would walk every decided nomination of the province through the status index).
                // By nominee, as the index gives them; an awarded nomination's creation is not read.
                let statement = try db.makeStatement(sql: """
                    SELECT nominee_id, id, status IN (\(Store.awardedList)), award, kind, year,
                           CASE WHEN status IN (\(Store.awardedList)) THEN NULL ELSE created_at END
                    FROM nomination
                    WHERE nominee_id IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))
                    AND +status IN (\(Store.awardedList),\(Store.pendingList))
                    ORDER BY nominee_id
                    """)
                let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(chunk))
                while let row = try cursor.next() {
                    let nomineeID: String = row[0]
                    if gathered.last?.nomineeID != nomineeID { gathered.append(GatheredNominee(nomineeID: nomineeID)) }
                    let id: String = row[1], award: String = row[3], kind: String = row[4], year: Int = row[5]
                    gathered[gathered.count - 1].live.append((award, kind, year, id))
                    if row[2] as Bool {
                        gathered[gathered.count - 1].history.append((year, id, PastAward(award: award, year: year, kind: AwardKind(rawValue: kind))))
                    } else {
                        gathered[gathered.count - 1].undecided.append((row[6] as String? ?? "", id, year))
                        if given[id] == nil { missing.append(id) }
                    }
                }
            }
            var read: [String: NominationListing] = [:]
            for start in stride(from: 0, to: missing.count, by: 500) {
                let chunk = Array(missing[start..<min(missing.count, start + 500)])
                for listing in try Store.listings(db.makeStatement(sql: Store.listingSelect + """
                     WHERE n.id IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))
                    """), arguments: StatementArguments(chunk)) {
                    read[listing.nomination.id] = listing
                }
            }
            return (gathered, read)
        }
        for nomineeID in nominees {
            historyCache[nomineeID] = .some([])
            nomineeCache[nomineeID] = NomineeRecords()
        }
        for var nominee in gathered {
            // Histories by year, then id (as SQLite orders them, byte by byte); the round in the
            // order the nominations were created.
            if nominee.history.count > 1 {
                nominee.history.sort { $0.year != $1.year ? $0.year < $1.year : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
            }
            historyCache[nominee.nomineeID] = .some(nominee.history.map(\.award))
            var records = NomineeRecords()
            if nominee.undecided.count > 1 { nominee.undecided.sort { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) } }
            for line in nominee.undecided {
                guard let listing = given[line.id] ?? read[line.id] else { continue }
                records.entries.append((line.year, RoundEntry(id: line.id, nomineeID: nominee.nomineeID,
                                                              subject: EvaluationSubject(listing.nomination, nomineeType: listing.nominee.type))))
            }
            nominee.live.sort { $0.id < $1.id }
            records.live = nominee.live
            nomineeCache[nominee.nomineeID] = records
        }
    }

    /// Forgets what was read about particular nominees (histories, rounds, live nominations,
    /// member figures), keeping the year's counts: a long review's memory stays that of a batch.
    public func forgetNominees() {
        historyCache = [:]
        nomineeCache = [:]
        memberCache = [:]
    }
}

/// What `StoreEvaluationContext.preload(nomineesOf:)` reads of one nominee's live nominations
/// in `nomination_by_nominee_round`.
private struct GatheredNominee {
    var nomineeID: String
    /// Its awards, with what orders them.
    var history: [(year: Int, id: String, award: PastAward)] = []
    /// Its undecided nominations: when they were created, their id and year.
    var undecided: [(createdAt: String, id: String, year: Int)] = []
    /// Every live one.
    var live: [(award: String, kind: String, year: Int, id: String)] = []
}

/// What `StoreEvaluationContext.preload(nomineesOf:)` read about one nominee besides its history.
struct NomineeRecords {
    /// Its undecided nominations (their year and entry) in the order they were created.
    var entries: [(year: Int, entry: RoundEntry)] = []
    /// Its live nominations (awarded or undecided), in id order.
    var live: [(award: String, kind: String, year: Int, id: String)] = []
}

extension Store {
    /// The nominee's other live nominations of the given years, as round entries (so that a
    /// CSTĐCS in the desk sees the same year's pending LĐTT, and a chain the years not yet
    /// decided).
    public func roundEntries(nomineeID: String, years: ClosedRange<Int>, excluding id: String?) throws -> [RoundEntry] {
        try read { db in
            try Self.listings(db.cachedStatement(sql: Self.listingSelect + """
                 WHERE n.nominee_id = ? AND n.year BETWEEN ? AND ? AND n.id != ?
                 AND n.status IN (\(Self.pendingList))
                 ORDER BY n.created_at, n.id
                """), arguments: [nomineeID, years.lowerBound, years.upperBound, id ?? ""]).map { listing in
                RoundEntry(id: listing.nomination.id, nomineeID: nomineeID,
                                  subject: EvaluationSubject(listing.nomination, nomineeType: listing.nominee.type))
            }
        }
    }
}
