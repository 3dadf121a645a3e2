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
    /// The ward's own base salary (setting "money.base-salary"), which overrides the law's rate
    /// of the day; nil when unset or not a positive number.
    public func baseSalaryOverride() throws -> Int? {
        guard let text = try setting("money.base-salary"), let value = Int(text.filter(\.isNumber)), value > 0 else { return nil }
        return value
    }

    /// The base salary for a decision of `date`: the ward's override, else the rate of `table`
    /// in force on that day.
    public func baseSalary(on date: CivilDate, table: BaseSalaryTable) throws -> AppliedBaseSalary? {
        AppliedBaseSalary(on: date, table: table, override: try baseSalaryOverride())
    }

    /// The money of granting the nominations `ids` by a decision of `date`: each award's
    /// multiple of the base salary of that day, with one payment per nominee and period
    /// (`PaymentPlan`), counting what earlier decisions paid.
    public func paymentPlan(nominations ids: [String], date: CivilDate, table: BaseSalaryTable,
                            rulebook: (Int) -> Rulebook?) throws -> PaymentPlan {
        let base = try baseSalary(on: date, table: table)
        return try read { db in try Self.paymentPlan(ids, baseSalary: base, rulebook: rulebook, db) }
    }

    /// The plan inside the caller's transaction.
    static func paymentPlan(_ ids: [String], baseSalary: AppliedBaseSalary?, rulebook: (Int) -> Rulebook?,
                            _ db: Database) throws -> PaymentPlan {
        var candidates: [PaymentCandidate] = []
        for id in ids {
            guard let row = try Row.fetchOne(db, sql: """
                SELECT n.id, n.nominee_id, e.type, n.award, n.year FROM nomination n JOIN nominee e ON e.id = n.nominee_id
                WHERE n.id = ?
                """, arguments: [id]) else { throw StoreError.missing(id: id) }
            candidates.append(PaymentCandidate(nominationID: row[0], nomineeID: row[1],
                                               nomineeType: NomineeType(rawValue: row[2]) ?? .person, award: row[3], year: row[4]))
        }
        let nominees = Array(Set(candidates.map(\.nomineeID)))
        var earlier: [EarlierTitlePayment] = []
        if !nominees.isEmpty {
            earlier = try Row.fetchAll(db, sql: """
                SELECT n.nominee_id, n.year, n.award, r.amount, d.number FROM decision_award r
                JOIN decision d ON d.id = r.decision_id JOIN nomination n ON n.id = r.nomination_id
                WHERE n.nominee_id IN (\(Array(repeating: "?", count: nominees.count).joined(separator: ",")))
                AND r.amount > 0 AND n.status <> 'revoked'
                """, arguments: StatementArguments(nominees)).map { row in
                EarlierTitlePayment(nomineeID: row[0], year: row[1], award: row[2], amount: row[3], decision: row[4])
            }.filter { payment in candidates.contains { $0.nomineeID == payment.nomineeID && $0.year == payment.year } }
        }
        return PaymentPlan(candidates: candidates, baseSalary: baseSalary, earlier: earlier, rulebook: rulebook)
    }

    /// Issues a commune decision granting the recommended nominations `ids`: each is decided,
    /// gets the next number of the year's honour roll and its money (`PaymentPlan`, with the
    /// base salary of `date` from `baseSalaries` unless the ward overrides it). All or nothing.
    /// - Throws: `.duplicateDecision`, `.refused` (a nomination not recommended, an award the
    ///   commune does not decide, a list still posted for comment), `.invalid` for an empty list.
    public func issueDecision(number: String, date: CivilDate, signer: String, signerTitle: String, nominations ids: [String],
                              rules: WardRules) throws -> Decision {
        try recordDecision(Decision(number: number, date: date, signer: signer, signerTitle: signerTitle, issuer: .commune),
                           step: .decide, nominations: ids, rules: rules)
    }

    /// Records the province's decision granting the submitted nominations `ids` (each enters
    /// the ward's honour roll too).
    public func recordProvinceApproval(number: String, date: CivilDate, signer: String, signerTitle: String, nominations ids: [String],
                                       rules: WardRules) throws -> Decision {
        try recordDecision(Decision(number: number, date: date, signer: signer, signerTitle: signerTitle, issuer: .province),
                           step: .recordProvinceApproval, nominations: ids, rules: rules)
    }

    private func recordDecision(_ draft: Decision, step: WorkflowStep, nominations ids: [String], rules: WardRules) throws -> Decision {
        let number = draft.number.nfcTrimmed
        let rulebook = rules.rulebook
        guard !ids.isEmpty else { throw StoreError.invalid([]) }
        let base = try baseSalary(on: draft.date, table: rules.baseSalaries)
        return try write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM decision WHERE number = ? AND issuer = ?)",
                                 arguments: [number, draft.issuer.rawValue]) == true {
                throw StoreError.duplicateDecision(number: number)
            }
            // The money is planned before any step is taken: it counts what earlier decisions paid.
            let plan = try Self.paymentPlan(ids, baseSalary: base, rulebook: rulebook, db)
            let publishBy = try Self.publicationDue(ids, decided: draft.date, rulebook: rulebook, calendar: rules.calendar, db)
            try db.execute(sql: """
                INSERT INTO decision(number, date, signer, signer_title, issuer, created_at, base_salary, base_salary_origin,
                                     base_salary_basis, publish_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [number, draft.date.iso, draft.signer.nfcTrimmed, draft.signerTitle.nfcTrimmed, draft.issuer.rawValue,
                                 timestamp(), base?.amount, base?.origin.rawValue, base?.basis, publishBy?.iso])
            let decisionID = db.lastInsertedRowID
            var decision = draft
            decision.id = Int(decisionID)
            decision.number = number
            decision.signer = draft.signer.nfcTrimmed
            decision.signerTitle = draft.signerTitle.nfcTrimmed
            decision.baseSalary = base
            decision.publishBy = publishBy
            var next = (try Int.fetchOne(db, sql: "SELECT MAX(roll_number) FROM decision_award WHERE roll_year = ?",
                                         arguments: [draft.date.year]) ?? 0) + 1
            for id in ids {
                try take(step, nomination: id, details: StepDetails(decision: decision.reference),
                         rulebook: rulebook, decisionID: decisionID, db)
                let payment = plan.payment(for: id)
                try db.execute(sql: """
                    INSERT INTO decision_award(decision_id, nomination_id, roll_year, roll_number, amount, payment_note)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [decisionID, id, draft.date.year, next, payment?.amount, payment?.note.map(Self.json)])
                decision.awards.append(DecisionAward(nominationID: id, honourRollNumber: next, amount: payment?.amount,
                                                     paymentNote: payment?.note))
                next += 1
            }
            try audit(db, action: "create", entity: "decision", id: number, before: nil,
                      after: Self.json(DecisionSnapshot(decision)))
            return decision
        }
    }

    /// The last day for publishing the list of a decision of `decided` granting `ids`: the
    /// earliest publication deadline of their awards (NĐ 86/2023/NĐ-CP), nil when none has one.
    static func publicationDue(_ ids: [String], decided: CivilDate, rulebook: (Int) -> Rulebook?, calendar: WorkingCalendar,
                               _ db: Database) throws -> CivilDate? {
        var due: CivilDate?
        for id in ids {
            guard let row = try Row.fetchOne(db, sql: "SELECT award, year FROM nomination WHERE id = ?", arguments: [id]),
                  let rule = rulebook(row[1])?.award(row[0])?.publication else { continue }
            let day = rule.deadline(after: decided, calendar: calendar)
            due = due.map { min($0, day) } ?? day
        }
        return due
    }

    /// The decisions whose list must be published and is not yet, the earliest due first.
    public func pendingPublications() throws -> [PendingPublication] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.number, d.date, d.publish_by, COUNT(r.nomination_id) FROM decision d
                LEFT JOIN decision_award r ON r.decision_id = d.id
                WHERE d.publish_by IS NOT NULL AND d.published_on IS NULL
                GROUP BY d.id ORDER BY d.publish_by, d.number
                """).compactMap { row in
                guard let decided = CivilDate(iso: row[1]), let due = CivilDate(iso: row[2]) else { return nil }
                return PendingPublication(decision: row[0], decided: decided, due: due, awards: row[3])
            }
        }
    }

    /// Records the day the list of the commune's decision `number` was published (audited): its
    /// publication clock stops.
    /// - Throws: `.missing` for an unknown decision; `.publishedBeforeDecision` for a day before it.
    public func recordPublication(decision number: String, on day: CivilDate) throws {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, date, published_on FROM decision WHERE number = ? AND issuer = 'commune'",
                                             arguments: [number.nfcTrimmed]) else { throw StoreError.missing(id: number) }
            let decided = CivilDate(iso: row[1]) ?? day
            guard day >= decided else { throw StoreError.publishedBeforeDecision(number: number.nfcTrimmed, decided: decided) }
            try db.execute(sql: "UPDATE decision SET published_on = ? WHERE id = ?", arguments: [day.iso, row[0] as Int])
            try audit(db, action: "publish", entity: "decision", id: number.nfcTrimmed, before: row[2] as String?, after: day.iso)
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
            DecisionAward(nominationID: award["nomination_id"], honourRollNumber: award["roll_number"], amount: award["amount"],
                          paymentNote: try (award["payment_note"] as String?).map { try JSONDecoder().decode(PaymentNote.self, from: Data($0.utf8)) })
        }
        var base: AppliedBaseSalary?
        if let amount: Int = row["base_salary"] {
            base = AppliedBaseSalary(amount: amount, origin: AppliedBaseSalary.Origin(rawValue: row["base_salary_origin"] ?? "") ?? .law,
                                     basis: row["base_salary_basis"])
        }
        return Decision(id: id, number: row["number"], date: CivilDate(iso: row["date"]) ?? CivilDate(year: 2000, month: 1, day: 1)!,
                        signer: row["signer"], signerTitle: row["signer_title"],
                        issuer: Decision.Issuer(rawValue: row["issuer"]) ?? .commune, awards: awards, baseSalary: base,
                        publishBy: (row["publish_by"] as String?).flatMap(CivilDate.init(iso:)),
                        publishedOn: (row["published_on"] as String?).flatMap(CivilDate.init(iso:)))
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

extension PaymentCandidate {
    /// A stored nomination as the money sees it.
    public init(_ listing: NominationListing) {
        self.init(nominationID: listing.nomination.id, nomineeID: listing.nominee.id, nomineeType: listing.nominee.type,
                  award: listing.nomination.award, year: listing.nomination.year)
    }
}

/// A decision as written into the audit trail.
struct DecisionSnapshot: Encodable {
    var number, date, signer, signerTitle, issuer: String
    var awards: [String]
    var amounts: [Int?]
    var rollNumbers: [Int]
    var baseSalary: Int?
    var baseSalaryOrigin: String?
    var publishBy: String?
    init(_ d: Decision) {
        number = d.number
        date = d.date.iso
        signer = d.signer
        signerTitle = d.signerTitle
        issuer = d.issuer.rawValue
        awards = d.awards.map(\.nominationID)
        amounts = d.awards.map(\.amount)
        rollNumbers = d.awards.map(\.honourRollNumber)
        baseSalary = d.baseSalary?.amount
        baseSalaryOrigin = d.baseSalary?.origin.rawValue
        publishBy = d.publishBy?.iso
    }
}
