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

    /// Statuses that count as awarded.
    static let awarded = ["decided", "province-approved"]
    /// Statuses of nominations no longer alive (they neither duplicate nor count in quotas).
    static let dead = ["revoked", "not-recommended", "province-rejected"]

    /// A context over `store`. With `countsRounds`, quotas count the store's nominations of
    /// the year (the desk); without, they count the round being evaluated (a file).
    public init(store: Store, countsRounds: Bool = false) {
        self.store = store
        self.countsRounds = countsRounds
    }

    public func history(of nomineeID: String) -> [PastAward]? {
        if let cached = historyCache[nomineeID] { return cached }
        let result: [PastAward]? = try? store.read { db in
            guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM nominee WHERE id = ?)"),
                                    arguments: [nomineeID]) == true else {
                return nil
            }
            return try Row.fetchAll(db.cachedStatement(sql: """
                SELECT award, year, kind FROM nomination WHERE nominee_id = ? AND status IN ('decided', 'province-approved')
                ORDER BY year
                """), arguments: [nomineeID]).map { row in
                PastAward(award: row["award"], year: row["year"], kind: AwardKind(rawValue: row["kind"]))
            }
        }
        historyCache[nomineeID] = .some(result ?? nil)
        return result ?? nil
    }

    public func memberCounts(of collectiveID: String, year: Int) -> MemberCounts? {
        try? store.read { db -> MemberCounts? in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nominee WHERE type = 'person' AND unit_id = ?",
                                         arguments: [collectiveID]) ?? 0
            guard total > 0 else { return nil }
            func holding(_ award: String) throws -> Int {
                try Int.fetchOne(db, sql: """
                    SELECT COUNT(DISTINCT p.id) FROM nominee p JOIN nomination n ON n.nominee_id = p.id
                    WHERE p.unit_id = ? AND n.award = ? AND n.year = ? AND n.status IN ('decided', 'province-approved')
                    """, arguments: [collectiveID, award, year]) ?? 0
            }
            return MemberCounts(total: total, laoDongTienTien: try holding("lao-dong-tien-tien"),
                                chienSiThiDuaCoSo: try holding("chien-si-thi-dua-co-so"))
        } ?? nil
    }

    public func duplicates(nomineeID: String, award: String, kind: AwardKind, year: Int, excluding id: String?) -> [String] {
        (try? store.read { db in
            try String.fetchAll(db.cachedStatement(sql: """
                SELECT id FROM nomination WHERE nominee_id = ? AND award = ? AND kind = ? AND year = ? AND id != ?
                AND status NOT IN ('revoked', 'not-recommended', 'province-rejected') ORDER BY id
                """), arguments: [nomineeID, award, kind.rawValue, year, id ?? ""])
        }) ?? []
    }

    public func roundCounts(year: Int) -> [String: Int]? {
        guard countsRounds else { return nil }
        if let cached = roundCache[year] { return cached }
        let counts: [String: Int]? = try? store.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT award, COUNT(*) AS n FROM nomination WHERE year = ?
                AND status NOT IN ('revoked', 'not-recommended', 'province-rejected') GROUP BY award
                """, arguments: [year]) {
                counts[row["award"]] = row["n"]
            }
            return counts
        }
        if let counts { roundCache[year] = counts }
        return counts
    }
}

extension Store {
    /// The nominee's other live nominations of the given years, as round entries (so that a
    /// CSTĐCS in the desk sees the same year's pending LĐTT, and a chain the years not yet
    /// decided).
    public func roundEntries(nomineeID: String, years: ClosedRange<Int>, excluding id: String?) throws -> [RoundEntry] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: Self.listingSelect + """
                 WHERE n.nominee_id = ? AND n.year BETWEEN ? AND ? AND n.id != ?
                 AND n.status NOT IN ('revoked', 'not-recommended', 'province-rejected', 'decided', 'province-approved')
                 ORDER BY n.created_at, n.id
                """), arguments: [nomineeID, years.lowerBound, years.upperBound, id ?? ""]).map { row in
                let listing = Self.listing(from: row)
                return RoundEntry(id: listing.nomination.id, nomineeID: nomineeID,
                                  subject: EvaluationSubject(listing.nomination, nomineeType: listing.nominee.type))
            }
        }
    }
}
