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
    /// Filled by `preload(_:)`: each preloaded nominee's live, undecided nominations (their
    /// year and entry) in the order they were created.
    private var entriesCache: [String: [(year: Int, entry: RoundEntry)]] = [:]
    /// Filled by `preload(_:)`: the ids of the live nominations of each preloaded nominee, by
    /// "nominee|award|kind|year", in id order.
    private var liveCache: [String: [String]] = [:]
    /// The nominees whose entries and live nominations were preloaded.
    private var preloaded: Set<String> = []
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
        if preloaded.contains(nomineeID) {
            let key = Self.liveKey(nomineeID: nomineeID, award: award, kind: kind.rawValue, year: year)
            return (liveCache[key] ?? []).filter { $0 != (id ?? "") }
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
        guard preloaded.contains(nomineeID) else {
            return try store.roundEntries(nomineeID: nomineeID, years: years, excluding: id)
        }
        return (entriesCache[nomineeID] ?? []).filter { years.contains($0.year) && $0.entry.id != (id ?? "") }.map(\.entry)
    }

    /// Reads at once, in one transaction and two queries, what evaluating `pending` will ask
    /// about their nominees: award histories, live nominations (for duplicates) and the other
    /// undecided nominations of each round. `pending` must be every undecided nomination of
    /// its nominees (as `Store.allPending()` gives them); a review of tens of thousands of
    /// nominations then asks nothing more of the store, instead of four queries for each.
    public func preload(_ pending: [NominationListing]) throws {
        let nominees = Set(pending.map(\.nominee.id))
        let (awarded, creationOrder) = try store.read { db -> ([Row], [String: Int]) in
            var awarded: [Row] = []
            var created: [(at: String, id: String)] = []
            // A few hundred nominees per query, each found through its index (`+status` keeps
            // SQLite from walking every decided nomination through the status index instead).
            let all = nominees.sorted()
            for start in stride(from: 0, to: all.count, by: 500) {
                let chunk = Array(all[start..<min(all.count, start + 500)])
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                awarded += try Row.fetchAll(db, sql: """
                    SELECT id, nominee_id, award, kind, year FROM nomination
                    WHERE nominee_id IN (\(marks)) AND +status IN (\(Store.awardedList))
                    ORDER BY nominee_id, year, id
                    """, arguments: StatementArguments(chunk))
                for row in try Row.fetchAll(db, sql: """
                    SELECT created_at, id FROM nomination WHERE nominee_id IN (\(marks)) AND +status IN (\(Store.pendingList))
                    """, arguments: StatementArguments(chunk)) {
                    created.append((row["created_at"], row["id"]))
                }
            }
            created.sort { $0.at != $1.at ? $0.at < $1.at : $0.id < $1.id }
            var order: [String: Int] = [:]
            for (rank, entry) in created.enumerated() { order[entry.id] = rank }
            return (awarded, order)
        }
        var histories: [String: [PastAward]] = [:]
        var live: [String: [String]] = [:]
        for row in awarded {
            let nomineeID: String = row["nominee_id"], award: String = row["award"], kind: String = row["kind"], year: Int = row["year"]
            histories[nomineeID, default: []].append(PastAward(award: award, year: year, kind: AwardKind(rawValue: kind)))
            live[Self.liveKey(nomineeID: nomineeID, award: award, kind: kind, year: year), default: []].append(row["id"])
        }
        var entries: [String: [(rank: Int, year: Int, entry: RoundEntry)]] = [:]
        for listing in pending {
            let nomination = listing.nomination, nomineeID = listing.nominee.id
            live[Self.liveKey(nomineeID: nomineeID, award: nomination.award, kind: nomination.kind.rawValue, year: nomination.year),
                 default: []].append(nomination.id)
            let entry = RoundEntry(id: nomination.id, nomineeID: nomineeID,
                                   subject: EvaluationSubject(nomination, nomineeType: listing.nominee.type))
            entries[nomineeID, default: []].append((creationOrder[nomination.id] ?? Int.max, nomination.year, entry))
        }
        for nomineeID in nominees {
            historyCache[nomineeID] = .some(histories[nomineeID] ?? [])
            entriesCache[nomineeID] = (entries[nomineeID] ?? []).sorted { $0.rank < $1.rank }.map { ($0.year, $0.entry) }
        }
        // A nomination decided between reading `pending` and this read is listed once.
        for (key, ids) in live { liveCache[key] = Set(ids).sorted() }
        preloaded.formUnion(nominees)
    }

    /// Preloads (`preload(_:)`) every undecided nomination of the nominees of `listings`: what
    /// judging a chunk of a review needs when the chunk holds only some of each nominee's
    /// pending nominations.
    public func preload(nomineesOf listings: [NominationListing]) throws {
        try preload(store.pendingListings(nominees: Array(Set(listings.map(\.nominee.id))).sorted()))
    }

    /// Forgets what was read about particular nominees (histories, rounds, live nominations,
    /// member figures), keeping the year's counts: a long review's memory stays that of a batch.
    public func forgetNominees() {
        historyCache = [:]
        entriesCache = [:]
        liveCache = [:]
        preloaded = []
        memberCache = [:]
    }

    static func liveKey(nomineeID: String, award: String, kind: String, year: Int) -> String {
        nomineeID + "|" + award + "|" + kind + "|" + String(year)
    }
}

extension Store {
    /// Every undecided nomination of `nominees`, a few hundred nominees per query.
    public func pendingListings(nominees: [String]) throws -> [NominationListing] {
        try read { db in
            var listings: [NominationListing] = []
            for start in stride(from: 0, to: nominees.count, by: 500) {
                let chunk = Array(nominees[start..<min(nominees.count, start + 500)])
                listings += try Self.listings(db.makeStatement(sql: Self.listingSelect + """
                     WHERE n.nominee_id IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))
                     AND +n.status IN (\(Self.pendingList))
                    """), arguments: StatementArguments(chunk))
            }
            return listings
        }
    }

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
