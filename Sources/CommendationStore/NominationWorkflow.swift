import Commendation
import Foundation
import GRDB

/// One step a nomination took, as the history shows it.
public struct NominationStepRecord: Sendable, Hashable {
    /// The step.
    public var step: WorkflowStep
    /// The status it left.
    public var from: NominationStatus
    /// The status it reached.
    public var to: NominationStatus
    /// The day it was taken.
    public var day: CivilDate
    /// Who took it (OS user).
    public var by: String
    /// The reason given, if any.
    public var reason: String?
    /// The basis given, if any.
    public var basis: String?
    /// The session, if any.
    public var sessionID: String?
}

/// Moving nominations through the workflow: every step is checked by `Workflow`, written to
/// the nomination, to its history and to the audit trail, in one transaction.
extension Store {
    /// Takes `step` for the nomination `id`. `rulebook` gives the rulebook of a year (for who
    /// decides the award).
    /// - Throws: `StoreError.refused` with the workflow's reason, `.missing`, `.conflict`.
    @discardableResult
    public func take(_ step: WorkflowStep, nomination id: String, details: StepDetails = StepDetails(),
                     expectedVersion: Int? = nil, rulebook: @escaping (Int) -> Rulebook?) throws -> Nomination {
        try write { db in
            try take(step, nomination: id, details: details, expectedVersion: expectedVersion, rulebook: rulebook, db)
        }
    }

    /// Takes `step` for each nomination in `ids`, each on its own: the ones refused are
    /// returned with why, the others are done (bulk actions on the pending list).
    public func take(_ step: WorkflowStep, nominations ids: [String], details: StepDetails = StepDetails(),
                     rulebook: @escaping (Int) -> Rulebook?) throws -> [String: StoreError] {
        var refused: [String: StoreError] = [:]
        for id in ids {
            do {
                try take(step, nomination: id, details: details, rulebook: rulebook)
            } catch let error as StoreError {
                switch error {
                case .refused, .missing, .conflict, .notEditable: refused[id] = error
                default: throw error
                }
            }
        }
        return refused
    }

    /// The steps the nomination has taken, oldest first.
    public func steps(ofNomination id: String) throws -> [NominationStepRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM nomination_step WHERE nomination_id = ? ORDER BY seq", arguments: [id]).compactMap { row in
                guard let step = WorkflowStep(rawValue: row["step"]), let from = NominationStatus(rawValue: row["from_status"]),
                      let to = NominationStatus(rawValue: row["to_status"]), let day = CivilDate(iso: row["day"]) else { return nil }
                return NominationStepRecord(step: step, from: from, to: to, day: day, by: row["os_user"], reason: row["reason"],
                                            basis: row["basis"], sessionID: row["session_id"])
            }
        }
    }

    /// The step inside the caller's transaction.
    @discardableResult
    func take(_ step: WorkflowStep, nomination id: String, details: StepDetails, expectedVersion: Int? = nil,
              rulebook: (Int) -> Rulebook?, decisionID: Int64? = nil, _ db: Database) throws -> Nomination {
        guard let row = try Row.fetchOne(db, sql: Self.listingSelect + " WHERE n.id = ?", arguments: [id]) else {
            throw StoreError.missing(id: id)
        }
        let listing = Self.listing(from: row)
        if let expectedVersion, expectedVersion != listing.version { throw StoreError.conflict(id: id) }
        let nomination = listing.nomination
        let decidedBy = rulebook(nomination.year)?.award(nomination.award)?.decidedBy ?? .commune
        var details = details
        if step == .decide {
            details.postedUntil = try String.fetchOne(db, sql: "SELECT posted_until FROM posting WHERE award = ? AND year = ?",
                                                      arguments: [nomination.award, nomination.year]).flatMap(CivilDate.init(iso:))
        }
        let target: NominationStatus
        switch Workflow.apply(step, to: nomination.status, award: nomination.award, decidedBy: decidedBy, details: details) {
        case .success(let status): target = status
        case .failure(let refusal): throw StoreError.refused(id: id, refusal)
        }
        let today = clock.today().iso
        let now = timestamp()
        var assignments = ["status = ?", "updated_at = ?", "version = version + 1"]
        var arguments: [(any DatabaseValueConvertible)?] = [target.rawValue, now]
        switch step {
        case .receive:
            assignments += ["received_on = ?", "complete_on = ?"]
            arguments += [today, today]
        case .returnForInformation:
            assignments += ["return_reason = ?", "complete_on = NULL"]
            arguments += [details.reason]
            try leaveAgenda(id, db)
        case .complete:
            assignments += ["complete_on = ?"]
            arguments += [today]
        case .putOnAgenda:
            let sessionID = details.sessionID ?? ""
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM council_session WHERE id = ?)", arguments: [sessionID]) == true else {
                throw StoreError.missing(id: sessionID)
            }
            let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) + 1 FROM session_agenda WHERE session_id = ?",
                                            arguments: [sessionID]) ?? 1
            try db.execute(sql: "INSERT INTO session_agenda(session_id, nomination_id, position) VALUES (?, ?, ?)",
                           arguments: [sessionID, id, position])
        case .removeFromAgenda:
            try leaveAgenda(id, db)
        case .decide, .recordProvinceApproval:
            assignments += ["decision_number = ?", "decision_date = ?"]
            arguments += [details.decision?.number, details.decision?.date?.iso]
        case .recommend, .notRecommend, .submit, .recordProvinceRejection, .revoke:
            break
        }
        arguments.append(id)
        try db.execute(sql: "UPDATE nomination SET \(assignments.joined(separator: ", ")) WHERE id = ?",
                       arguments: StatementArguments(arguments))
        try db.execute(sql: """
            INSERT INTO nomination_step(nomination_id, step, from_status, to_status, at, day, os_user, profile, reason, basis,
                                        session_id, decision_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [id, step.rawValue, nomination.status.rawValue, target.rawValue, now, today, actor.osUser, actor.profile,
                             details.reason, details.basis, details.sessionID, decisionID])
        try audit(db, action: "step:" + step.rawValue, entity: "nomination", id: id,
                  before: Self.json(StepSnapshot(status: nomination.status.rawValue)),
                  after: Self.json(StepSnapshot(status: target.rawValue, reason: details.reason, basis: details.basis,
                                                session: details.sessionID, decision: details.decision?.number)))
        return Self.listing(from: try Row.fetchOne(db, sql: Self.listingSelect + " WHERE n.id = ?", arguments: [id])!).nomination
    }

    /// Takes the nomination off whatever agenda holds it, with its votes.
    private func leaveAgenda(_ id: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM session_vote WHERE nomination_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM session_agenda WHERE nomination_id = ?", arguments: [id])
    }
}

/// A step as written into the audit trail.
struct StepSnapshot: Encodable {
    var status: String
    var reason, basis, session, decision: String?
}
