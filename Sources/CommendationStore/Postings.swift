import Commendation
import Foundation
import GRDB

/// A list posted for public comment before a decision (Gia đình văn hóa; thôn, tổ dân phố văn
/// hóa — NĐ 86/2023/NĐ-CP): the award and year it covers and the days it is posted.
public struct Posting: Sendable, Hashable {
    /// The award's code.
    public var award: String
    /// The year.
    public var year: Int
    /// The first day posted.
    public var from: CivilDate
    /// The last day posted: no decision before the day after.
    public var until: CivilDate

    /// A posting.
    public init(award: String, year: Int, from: CivilDate, until: CivilDate) {
        self.award = award
        self.year = year
        self.from = from
        self.until = until
    }
}

extension Store {
    /// Records that the list of `award` for `year` is posted from `from` for the award's posting
    /// period (`rules`): the decision step is refused until it has ended. A later posting of the
    /// same list replaces the earlier one. Audited.
    /// - Throws: `PaperProblem.noPostingPeriod` when the award has none in its rulebook.
    @discardableResult
    public func recordPosting(award: String, year: Int, from: CivilDate, rules: WardRules) throws -> Posting {
        guard let period = rules.rulebook(year)?.award(award)?.posting else {
            throw PaperProblem.noPostingPeriod(award: award, year: year)
        }
        let posting = Posting(award: award, year: year, from: from, until: period.lastDay(startingOn: from, calendar: rules.calendar))
        try write { db in
            let before = try Self.posting(award: award, year: year, db)
            try db.execute(sql: """
                INSERT INTO posting(award, year, posted_from, posted_until, recorded_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(award, year) DO UPDATE SET posted_from = excluded.posted_from, posted_until = excluded.posted_until,
                    recorded_at = excluded.recorded_at
                """, arguments: [award, year, from.iso, posting.until.iso, timestamp()])
            try audit(db, action: before == nil ? "create" : "update", entity: "posting", id: "\(award)/\(year)",
                      before: before.map { "\($0.from.iso)…\($0.until.iso)" }, after: "\(from.iso)…\(posting.until.iso)")
        }
        return posting
    }

    /// The posting of `award`'s list for `year`, if one was recorded.
    public func posting(award: String, year: Int) throws -> Posting? {
        try read { db in try Self.posting(award: award, year: year, db) }
    }

    static func posting(award: String, year: Int, _ db: Database) throws -> Posting? {
        guard let row = try Row.fetchOne(db, sql: "SELECT posted_from, posted_until FROM posting WHERE award = ? AND year = ?",
                                         arguments: [award, year]),
              let from = CivilDate(iso: row[0]), let until = CivilDate(iso: row[1]) else { return nil }
        return Posting(award: award, year: year, from: from, until: until)
    }
}
