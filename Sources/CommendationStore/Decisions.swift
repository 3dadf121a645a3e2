import Commendation
import Foundation
import GRDB

/// One line of the honour roll.
public struct HonourRollEntry: Sendable, Hashable {
    /// Year of the decision (the roll's volume).
    public var year: Int
    /// Number in the roll (số sổ vàng) within the year.
    public var number: Int
    /// The nomination granted, with its nominee.
    public var listing: NominationListing
    /// The decision.
    public var decisionNumber: String
    /// Its date.
    public var decisionDate: CivilDate
    /// The commune's or the province's.
    public var issuer: Decision.Issuer
    /// Money in đồng, if any.
    public var amount: Int?
    /// Whether the award was later revoked.
    public var revoked: Bool
}

/// Decisions, the honour roll and the money that goes with awards.
extension Store {
    /// The base salary in đồng: the setting "money.base-salary", else the rulebook's.
    public func baseSalary(rulebook: Rulebook?) throws -> Int? {
        if let text = try setting("money.base-salary"), let value = Int(text.filter(\.isNumber)), value > 0 { return value }
        return rulebook?.procedure?.baseSalary
    }

    /// Issues a commune decision granting the recommended nominations `ids`: each is decided,
    /// gets the next number of the year's honour roll and its money (the award's multiple of
    /// `baseSalary`, rounded up as the rulebook says). All or nothing.
    /// - Throws: `.duplicateDecision`, `.refused` (a nomination not recommended, or an award
    ///   the commune does not decide), `.invalid` for an empty list.
    public func issueDecision(number: String, date: CivilDate, signer: String, signerTitle: String, nominations ids: [String],
                              baseSalary: Int?, rulebook: @escaping (Int) -> Rulebook?) throws -> Decision {
        try recordDecision(Decision(number: number, date: date, signer: signer, signerTitle: signerTitle, issuer: .commune),
                           step: .decide, nominations: ids, baseSalary: baseSalary, rulebook: rulebook)
    }

    /// Records the province's decision granting the submitted nominations `ids` (each enters
    /// the ward's honour roll too).
    public func recordProvinceApproval(number: String, date: CivilDate, signer: String, signerTitle: String, nominations ids: [String],
                                       baseSalary: Int?, rulebook: @escaping (Int) -> Rulebook?) throws -> Decision {
        try recordDecision(Decision(number: number, date: date, signer: signer, signerTitle: signerTitle, issuer: .province),
                           step: .recordProvinceApproval, nominations: ids, baseSalary: baseSalary, rulebook: rulebook)
    }

    private func recordDecision(_ draft: Decision, step: WorkflowStep, nominations ids: [String], baseSalary: Int?,
                                rulebook: @escaping (Int) -> Rulebook?) throws -> Decision {
        let number = draft.number.nfcTrimmed
        guard !ids.isEmpty else { throw StoreError.invalid([]) }
        return try write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM decision WHERE number = ? AND issuer = ?)",
                                 arguments: [number, draft.issuer.rawValue]) == true {
                throw StoreError.duplicateDecision(number: number)
            }
            try db.execute(sql: """
                INSERT INTO decision(number, date, signer, signer_title, issuer, created_at) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [number, draft.date.iso, draft.signer.nfcTrimmed, draft.signerTitle.nfcTrimmed, draft.issuer.rawValue,
                                 timestamp()])
            let decisionID = db.lastInsertedRowID
            var decision = draft
            decision.id = Int(decisionID)
            decision.number = number
            decision.signer = draft.signer.nfcTrimmed
            decision.signerTitle = draft.signerTitle.nfcTrimmed
            var next = (try Int.fetchOne(db, sql: "SELECT MAX(roll_number) FROM decision_award WHERE roll_year = ?",
                                         arguments: [draft.date.year]) ?? 0) + 1
            for id in ids {
                let nomination = try take(step, nomination: id, details: StepDetails(decision: decision.reference),
                                          rulebook: rulebook, decisionID: decisionID, db)
                let type = try String.fetchOne(db, sql: "SELECT type FROM nominee WHERE id = ?", arguments: [nomination.nomineeID])
                    .flatMap(NomineeType.init(rawValue:)) ?? .person
                let book = rulebook(nomination.year)
                let amount = baseSalary.flatMap { salary in
                    book?.award(nomination.award)?.reward?.amount(for: type, baseSalary: salary,
                                                                   roundingUnit: book?.procedure?.roundingUnit ?? 10_000)
                }
                try db.execute(sql: """
                    INSERT INTO decision_award(decision_id, nomination_id, roll_year, roll_number, amount) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [decisionID, id, draft.date.year, next, amount])
                decision.awards.append(DecisionAward(nominationID: id, honourRollNumber: next, amount: amount))
                next += 1
            }
            try audit(db, action: "create", entity: "decision", id: number, before: nil,
                      after: Self.json(DecisionSnapshot(decision)))
            return decision
        }
    }

    /// Every decision, newest first.
    public func decisions() throws -> [Decision] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM decision ORDER BY date DESC, id DESC").map { try Self.decision(from: $0, db) }
        }
    }

    /// The decision with the store's number `id`.
    public func decision(id: Int) throws -> Decision? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM decision WHERE id = ?", arguments: [id]).map { try Self.decision(from: $0, db) }
        }
    }

    static func decision(from row: Row, _ db: Database) throws -> Decision {
        let id: Int = row["id"]
        let awards = try Row.fetchAll(db, sql: "SELECT * FROM decision_award WHERE decision_id = ? ORDER BY roll_number",
                                      arguments: [id]).map { award in
            DecisionAward(nominationID: award["nomination_id"], honourRollNumber: award["roll_number"], amount: award["amount"])
        }
        return Decision(id: id, number: row["number"], date: CivilDate(iso: row["date"]) ?? CivilDate(year: 2000, month: 1, day: 1)!,
                        signer: row["signer"], signerTitle: row["signer_title"],
                        issuer: Decision.Issuer(rawValue: row["issuer"]) ?? .commune, awards: awards)
    }

    /// The years that have an honour roll, newest first.
    public func honourRollYears() throws -> [Int] {
        try read { db in try Int.fetchAll(db, sql: "SELECT DISTINCT roll_year FROM decision_award ORDER BY roll_year DESC") }
    }

    /// The honour roll of `year`, in roll order.
    public func honourRoll(year: Int) throws -> [HonourRollEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.roll_year, r.roll_number, r.amount, d.number AS d_number, d.date AS d_date, d.issuer AS d_issuer,
                    \(Self.listingColumns)
                FROM decision_award r JOIN decision d ON d.id = r.decision_id
                JOIN nomination n ON n.id = r.nomination_id JOIN nominee e ON e.id = n.nominee_id
                WHERE r.roll_year = ? ORDER BY r.roll_number
                """, arguments: [year]).map(Self.rollEntry(from:))
        }
    }

    /// Everyone's awards recorded in the honour roll between two years (inclusive), for the
    /// exemplars of a period, in roll order.
    public func honourRoll(years: ClosedRange<Int>) throws -> [HonourRollEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.roll_year, r.roll_number, r.amount, d.number AS d_number, d.date AS d_date, d.issuer AS d_issuer,
                    \(Self.listingColumns)
                FROM decision_award r JOIN decision d ON d.id = r.decision_id
                JOIN nomination n ON n.id = r.nomination_id JOIN nominee e ON e.id = n.nominee_id
                WHERE n.year BETWEEN ? AND ? ORDER BY r.roll_year, r.roll_number
                """, arguments: [years.lowerBound, years.upperBound]).map(Self.rollEntry(from:))
        }
    }

    /// The honour-roll entries of one nominee, oldest first (its history of awards).
    public func honourRoll(nominee id: String) throws -> [HonourRollEntry] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.roll_year, r.roll_number, r.amount, d.number AS d_number, d.date AS d_date, d.issuer AS d_issuer,
                    \(Self.listingColumns)
                FROM decision_award r JOIN decision d ON d.id = r.decision_id
                JOIN nomination n ON n.id = r.nomination_id JOIN nominee e ON e.id = n.nominee_id
                WHERE n.nominee_id = ? ORDER BY n.year, r.roll_year, r.roll_number
                """, arguments: [id]).map(Self.rollEntry(from:))
        }
    }

    static func rollEntry(from row: Row) -> HonourRollEntry {
        let listing = listing(from: row)
        return HonourRollEntry(year: row["roll_year"], number: row["roll_number"], listing: listing,
                               decisionNumber: row["d_number"], decisionDate: CivilDate(iso: row["d_date"]) ?? CivilDate(year: 2000, month: 1, day: 1)!,
                               issuer: Decision.Issuer(rawValue: row["d_issuer"]) ?? .commune, amount: row["amount"],
                               revoked: listing.nomination.status == .revoked)
    }
}

/// A decision as written into the audit trail.
struct DecisionSnapshot: Encodable {
    var number, date, signer, signerTitle, issuer: String
    var awards: [String]
    var amounts: [Int?]
    var rollNumbers: [Int]
    init(_ d: Decision) {
        number = d.number
        date = d.date.iso
        signer = d.signer
        signerTitle = d.signerTitle
        issuer = d.issuer.rawValue
        awards = d.awards.map(\.nominationID)
        amounts = d.awards.map(\.amount)
        rollNumbers = d.awards.map(\.honourRollNumber)
    }
}
