import Commendation
import Foundation
import GRDB

/// A session as the list of sessions shows it.
public struct SessionSummary: Sendable, Hashable {
    /// The session.
    public var id: String
    /// Its date.
    public var date: CivilDate
    /// Its title.
    public var title: String
    /// Nominations on its agenda.
    public var agendaCount: Int
    /// Of them, still waiting for an outcome.
    public var openCount: Int
}

/// An agenda item with everything the session screen and the minutes need.
public struct AgendaItem: Sendable {
    /// The nomination and its nominee.
    public var listing: NominationListing
    /// Who may vote, who is left out, the votes and the outcome.
    public var ballot: NominationBallot
    /// The rule the ballot is judged by (nil when the rulebook has none).
    public var rule: BallotRule?
}

/// The council's sessions: agenda, attendance, ballots and outcomes.
extension Store {
    /// Creates a session on `date` ("PH-2026-01", numbered per year).
    public func createSession(date: CivilDate, title: String, mode: BallotMode) throws -> CouncilSession {
        try write { db in
            let ids = try String.fetchAll(db, sql: "SELECT id FROM council_session WHERE id LIKE ?", arguments: ["PH-\(date.year)-%"])
            let number = (ids.compactMap { Int($0.split(separator: "-").last ?? "") }.max() ?? 0) + 1
            let id = String(format: "PH-%04d-%02d", date.year, number)
            let now = timestamp()
            try db.execute(sql: "INSERT INTO council_session(id, date, title, mode, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [id, date.iso, title.nfcTrimmed, mode.rawValue, now, now])
            try audit(db, action: "create", entity: "session", id: id, before: nil,
                      after: Self.json(["date": date.iso, "title": title.nfcTrimmed, "mode": mode.rawValue]))
            return CouncilSession(id: id, date: date, title: title.nfcTrimmed, mode: mode)
        }
    }

    /// Changes a session's date, title or ballot mode (audited).
    public func updateSession(_ session: CouncilSession) throws {
        try write { db in
            guard let old = try Row.fetchOne(db, sql: "SELECT date, title, mode FROM council_session WHERE id = ?", arguments: [session.id]) else {
                throw StoreError.missing(id: session.id)
            }
            try db.execute(sql: "UPDATE council_session SET date = ?, title = ?, mode = ?, updated_at = ? WHERE id = ?",
                           arguments: [session.date.iso, session.title.nfcTrimmed, session.mode.rawValue, timestamp(), session.id])
            try audit(db, action: "update", entity: "session", id: session.id,
                      before: Self.json(["date": old["date"] as String, "title": old["title"], "mode": old["mode"]]),
                      after: Self.json(["date": session.date.iso, "title": session.title.nfcTrimmed, "mode": session.mode.rawValue]))
        }
    }

    /// Every session, newest first.
    public func sessions() throws -> [SessionSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id, s.date, s.title, COUNT(a.nomination_id) AS agenda,
                       SUM(CASE WHEN n.status = 'on-agenda' THEN 1 ELSE 0 END) AS open
                FROM council_session s LEFT JOIN session_agenda a ON a.session_id = s.id
                LEFT JOIN nomination n ON n.id = a.nomination_id
                GROUP BY s.id ORDER BY s.date DESC, s.id DESC
                """).map { row in
                SessionSummary(id: row["id"], date: CivilDate(iso: row["date"]) ?? CivilDate(year: 2000, month: 1, day: 1)!,
                               title: row["title"], agendaCount: row["agenda"], openCount: row["open"] ?? 0)
            }
        }
    }

    /// The session with `id`: attendance, agenda in order, ballots.
    public func session(id: String) throws -> CouncilSession? {
        try read { db in try session(id: id, db) }
    }

    func session(id: String, _ db: Database) throws -> CouncilSession? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM council_session WHERE id = ?", arguments: [id]),
              let date = CivilDate(iso: row["date"]) else { return nil }
        var session = CouncilSession(id: id, date: date, title: row["title"], mode: BallotMode(rawValue: row["mode"]) ?? .secret)
        if let chair: Int = row["chair_stand_in"] { session.standIns[.chair] = chair }
        if let secretary: Int = row["secretary_stand_in"] { session.standIns[.secretary] = secretary }
        for attendance in try Row.fetchAll(db, sql: "SELECT member_id, attendance FROM session_attendance WHERE session_id = ?",
                                           arguments: [id]) {
            session.attendance[attendance["member_id"]] = Attendance(rawValue: attendance["attendance"]) ?? .absent
        }
        var votes: [String: [Int: Vote]] = [:]
        for vote in try Row.fetchAll(db, sql: "SELECT nomination_id, member_id, vote FROM session_vote WHERE session_id = ?",
                                     arguments: [id]) {
            votes[vote["nomination_id"], default: [:]][vote["member_id"]] = Vote(rawValue: vote["vote"]) ?? .abstain
        }
        for item in try Row.fetchAll(db, sql: "SELECT * FROM session_agenda WHERE session_id = ? ORDER BY position", arguments: [id]) {
            let nominationID: String = item["nomination_id"]
            session.agenda.append(nominationID)
            if let memberVotes = votes[nominationID] {
                session.ballots[nominationID] = .votes(memberVotes)
            } else if let agree: Int = item["agree"] {
                session.ballots[nominationID] = .counts(Tally(agree: agree, disagree: item["disagree"] ?? 0, abstain: item["abstain"] ?? 0))
            }
        }
        return session
    }

    /// Records a member's attendance at a session (audited).
    public func setAttendance(_ attendance: Attendance, member: Int, session id: String) throws {
        try write { db in
            try requireOpenSession(id, db)
            let before = try String.fetchOne(db, sql: "SELECT attendance FROM session_attendance WHERE session_id = ? AND member_id = ?",
                                             arguments: [id, member])
            try db.execute(sql: """
                INSERT INTO session_attendance(session_id, member_id, attendance) VALUES (?, ?, ?)
                ON CONFLICT(session_id, member_id) DO UPDATE SET attendance = excluded.attendance
                """, arguments: [id, member, attendance.rawValue])
            try audit(db, action: "attendance", entity: "session", id: id, before: before.map { "\(member): \($0)" },
                      after: "\(member): \(attendance.rawValue)")
        }
    }

    /// Records one attendance for several members at once ("everyone present"), in one
    /// transaction, with an audit row for each member whose attendance changes. Returns how
    /// many changed.
    /// - Throws: `.missing` for an unknown session.
    @discardableResult
    public func setAttendance(_ attendance: Attendance, members: [Int], session id: String) throws -> Int {
        try write { db in
            try requireOpenSession(id, db)
            var changed = 0
            for member in members {
                let before = try String.fetchOne(db, sql: "SELECT attendance FROM session_attendance WHERE session_id = ? AND member_id = ?",
                                                 arguments: [id, member])
                guard before != attendance.rawValue else { continue }
                try db.execute(sql: """
                    INSERT INTO session_attendance(session_id, member_id, attendance) VALUES (?, ?, ?)
                    ON CONFLICT(session_id, member_id) DO UPDATE SET attendance = excluded.attendance
                    """, arguments: [id, member, attendance.rawValue])
                try audit(db, action: "attendance", entity: "session", id: id, before: before.map { "\(member): \($0)" },
                          after: "\(member): \(attendance.rawValue)")
                changed += 1
            }
            return changed
        }
    }

    /// Names the present member who chairs (or keeps the minutes of) the session in place of the
    /// absent chair (or secretary); nil clears it. Audited.
    /// - Throws: `.missing` for an unknown session or member.
    public func setStandIn(_ office: SessionOfficers.Office, member: Int?, session id: String) throws {
        let column = office == .chair ? "chair_stand_in" : "secretary_stand_in"
        try write { db in
            try requireOpenSession(id, db)
            if let member, try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM council_member WHERE id = ?)", arguments: [member]) != true {
                throw StoreError.missing(id: String(member))
            }
            let before = try Int.fetchOne(db, sql: "SELECT \(column) FROM council_session WHERE id = ?", arguments: [id])
            try db.execute(sql: "UPDATE council_session SET \(column) = ? WHERE id = ?", arguments: [member, id])
            try audit(db, action: "stand-in:" + office.rawValue, entity: "session", id: id, before: before.map(String.init),
                      after: member.map(String.init))
        }
    }

    /// Records (or clears, with nil) the ballot of a nomination on the session's agenda.
    public func recordBallot(_ record: BallotRecord?, nomination: String, session id: String) throws {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM session_agenda WHERE session_id = ? AND nomination_id = ?)",
                                    arguments: [id, nomination]) == true else {
                throw StoreError.missing(id: "\(id)/\(nomination)")
            }
            let status = try String.fetchOne(db, sql: "SELECT status FROM nomination WHERE id = ?", arguments: [nomination])
            guard status == NominationStatus.onAgenda.rawValue else {
                throw StoreError.notEditable(id: nomination, status: NominationStatus(rawValue: status ?? "") ?? .received)
            }
            try db.execute(sql: "DELETE FROM session_vote WHERE session_id = ? AND nomination_id = ?", arguments: [id, nomination])
            var tally: Tally?
            switch record {
            case .counts(let counts)?:
                tally = counts
            case .votes(let votes)?:
                for (member, vote) in votes {
                    try db.execute(sql: "INSERT INTO session_vote(session_id, nomination_id, member_id, vote) VALUES (?, ?, ?, ?)",
                                   arguments: [id, nomination, member, vote.rawValue])
                }
                tally = Tally(votes: votes.values)
            case nil:
                tally = nil
            }
            try db.execute(sql: "UPDATE session_agenda SET agree = ?, disagree = ?, abstain = ? WHERE session_id = ? AND nomination_id = ?",
                           arguments: [tally?.agree, tally?.disagree, tally?.abstain, id, nomination])
            try audit(db, action: "ballot", entity: "session", id: id, before: nil,
                      after: tally.map { "\(nomination): \($0.agree)/\($0.disagree)/\($0.abstain)" } ?? "\(nomination): –")
        }
    }

    /// The session's agenda with each nomination's ballot judged: who may vote (members in
    /// term, conflicts left out), the votes and the outcome under the award's rule.
    public func agenda(of session: CouncilSession, rulebook: (Int) -> Rulebook?) throws -> [AgendaItem] {
        let members = try councilMembers()
        return try read { db in
            let households = try Self.households(db)
            return try session.agenda.compactMap { id -> AgendaItem? in
                guard let row = try Row.fetchOne(db, sql: Self.listingSelect + " WHERE n.id = ?", arguments: [id]) else { return nil }
                let listing = Self.listing(from: row)
                let book = rulebook(listing.nomination.year)
                let rule = book.flatMap { book in book.award(listing.nomination.award).flatMap { book.ballotRule(for: $0) } }
                let ballot = NominationBallot(session: session, nominationID: id, nominee: listing.nominee, members: members,
                                              rule: rule, householdOf: { households[$0] })
                return AgendaItem(listing: listing, ballot: ballot, rule: rule)
            }
        }
    }

    /// The session's quorum under the council's attendance rule (`requiredPercent`).
    public func quorum(of session: CouncilSession, requiredPercent: Double) throws -> Quorum {
        Quorum(session: session, members: try councilMembers(), requiredPercent: requiredPercent)
    }

    /// Records the outcome of every agenda item that has a ballot and no outcome yet:
    /// recommended when it passed, not recommended otherwise. Refused as a whole when the
    /// session lacks quorum. Returns the nominations moved, with their outcome.
    public func recordOutcomes(session id: String, requiredPercent: Double,
                               rulebook: @escaping (Int) -> Rulebook?) throws -> [(id: String, outcome: BallotOutcome)] {
        guard let session = try session(id: id) else { throw StoreError.missing(id: id) }
        let quorum = try quorum(of: session, requiredPercent: requiredPercent)
        guard quorum.isReached else { throw StoreError.refused(id: id, .noQuorum(session: id)) }
        let items = try agenda(of: session, rulebook: rulebook)
        return try write { db in
            var moved: [(id: String, outcome: BallotOutcome)] = []
            for item in items where item.listing.nomination.status == .onAgenda {
                guard let outcome = item.ballot.outcome, item.rule != nil, item.ballot.problems.isEmpty else { continue }
                let details = StepDetails(reason: outcome.explanation.vi, sessionID: id, ballotPassed: outcome.passed,
                                          sessionHasQuorum: true)
                try take(outcome.passed ? .recommend : .notRecommend, nomination: item.listing.nomination.id, details: details,
                         rulebook: rulebook, db)
                moved.append((item.listing.nomination.id, outcome))
            }
            return moved
        }
    }

    /// Each person's household (nominee id), for conflicts of interest.
    static func households(_ db: Database) throws -> [String: String] {
        var result: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, household_id FROM nominee WHERE household_id IS NOT NULL") {
            result[row["id"]] = row["household_id"]
        }
        return result
    }

    /// Refuses changes to a session that does not exist.
    private func requireOpenSession(_ id: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM council_session WHERE id = ?)", arguments: [id]) == true else {
            throw StoreError.missing(id: id)
        }
    }
}
