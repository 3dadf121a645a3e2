/// Whether a member took part in a session.
public enum Attendance: String, Sendable, Hashable, Codable, CaseIterable {
    /// Present (counts toward quorum and votes).
    case present
    /// Absent, with a written opinion (votes, but does not count toward quorum).
    case writtenOpinion = "written-opinion"
    /// Absent, without an opinion.
    case absent
}

/// How the council votes in a session.
public enum BallotMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// By show of hands: each member's vote is recorded.
    case open
    /// Secret ballot: only the counts are recorded.
    case secret
}

/// The votes recorded for one nomination in a session: counts (a secret ballot, or an open one
/// recorded summarily) or each member's vote (an open ballot).
public enum BallotRecord: Sendable, Hashable, Codable {
    /// Counted votes.
    case counts(Tally)
    /// Each member's vote, by member id.
    case votes([Int: Vote])

    /// The counts.
    public var tally: Tally {
        switch self {
        case .counts(let tally): return tally
        case .votes(let votes): return Tally(votes: votes.values)
        }
    }
}

/// A meeting of the council: its date, who came, what it considered and how it voted.
public struct CouncilSession: Sendable, Hashable, Identifiable {
    /// Identifier ("PH-2026-01").
    public var id: String
    /// The day of the meeting.
    public var date: CivilDate
    /// A title for the minutes ("Phiên họp xét khen thưởng năm 2026").
    public var title: String
    /// Open or secret ballot.
    public var mode: BallotMode
    /// Who came, by member id; members not listed are absent.
    public var attendance: [Int: Attendance]
    /// The nominations considered, in agenda order.
    public var agenda: [String]
    /// The ballots, by nomination id.
    public var ballots: [String: BallotRecord]
    /// Members named to chair or keep the minutes in place of an absent chair or secretary.
    public var standIns: [SessionOfficers.Office: Int]

    /// A session.
    public init(id: String, date: CivilDate, title: String, mode: BallotMode, attendance: [Int: Attendance] = [:],
                agenda: [String] = [], ballots: [String: BallotRecord] = [:], standIns: [SessionOfficers.Office: Int] = [:]) {
        self.id = id
        self.date = date
        self.title = title
        self.mode = mode
        self.attendance = attendance
        self.agenda = agenda
        self.ballots = ballots
        self.standIns = standIns
    }

    /// A member's attendance (absent when not recorded).
    public func attendance(of memberID: Int) -> Attendance { attendance[memberID] ?? .absent }
}

/// Whether enough members came for a session that considers awards.
public struct Quorum: Sendable, Hashable {
    /// Members in term on the session's date.
    public let members: Int
    /// Of them, present.
    public let present: Int
    /// Per cent of members who must be present.
    public let requiredPercent: Double

    /// Whether the session may record outcomes.
    public var isReached: Bool {
        members > 0 && Double(present) * 100 >= requiredPercent * Double(members) - 1e-9
    }

    /// The quorum of `session` among `members` (those in term on its date count), with the
    /// council's working rule `requiredPercent` (80 by default).
    public init(session: CouncilSession, members all: [CouncilMember], requiredPercent: Double) {
        let sitting = all.filter { $0.isInTerm(on: session.date) }
        members = sitting.count
        present = sitting.filter { session.attendance(of: $0.id) == .present }.count
        self.requiredPercent = requiredPercent
    }

    /// "12/14 có mặt = 85,7 %; cần ≥ 80 %".
    public var explanation: LocalizedText {
        let percent = members == 0 ? 0 : Double(present) * 100 / Double(members)
        return LocalizedText(
            vi: "\(present)/\(members) có mặt = \(BallotOutcome.percentage(percent, comma: true)); cần ≥ \(BallotOutcome.percentage(requiredPercent, comma: true))",
            en: "\(present)/\(members) present = \(BallotOutcome.percentage(percent, comma: false)); needs ≥ \(BallotOutcome.percentage(requiredPercent, comma: false))")
    }
}

/// Why a member may not vote on a nomination.
public enum ConflictOfInterest: Sendable, Hashable {
    /// The member is the nominee.
    case isTheNominee
    /// The member belongs to the nominated household.
    case ofTheNomineesHousehold
    /// The member and the nominated person live in the same household.
    case sameHousehold(householdID: String)

    /// The conflict between `member` and `nominee`, if any. `householdOf` gives a person's
    /// household (nominee id), from the nominee records.
    public static func between(_ member: CouncilMember, and nominee: Nominee,
                               householdOf: (String) -> String?) -> ConflictOfInterest? {
        guard let personID = member.personID else { return nil }
        if personID == nominee.id { return .isTheNominee }
        let household = householdOf(personID)
        if nominee.type == .household, household == nominee.id { return .ofTheNomineesHousehold }
        if nominee.type == .person, let household, householdOf(nominee.id) == household {
            return .sameHousehold(householdID: household)
        }
        return nil
    }
}

/// Who may vote on one nomination in a session, and the result of its ballot.
public struct NominationBallot: Sendable, Hashable {
    /// Members in term on the session's date and not conflicted.
    public let eligible: [CouncilMember]
    /// Members left out of this ballot, with why.
    public let excluded: [(member: CouncilMember, conflict: ConflictOfInterest)]
    /// The recorded votes, with votes of excluded members dropped; nil when not yet recorded.
    public let record: BallotRecord?
    /// The outcome under the award's rule, when recorded and the rulebook has a rule.
    public let outcome: BallotOutcome?
    /// Votes the record has that it should not: more votes than eligible voters, or votes of
    /// members who were absent without an opinion, or excluded.
    public let problems: [BallotProblem]

    /// The ballot on `nominee` in `session` under `rule`.
    public init(session: CouncilSession, nominationID: String, nominee: Nominee, members: [CouncilMember], rule: BallotRule?,
                householdOf: (String) -> String?) {
        var eligible: [CouncilMember] = []
        var excluded: [(member: CouncilMember, conflict: ConflictOfInterest)] = []
        for member in members where member.isInTerm(on: session.date) {
            if let conflict = ConflictOfInterest.between(member, and: nominee, householdOf: householdOf) {
                excluded.append((member, conflict))
            } else {
                eligible.append(member)
            }
        }
        self.eligible = eligible
        self.excluded = excluded
        var problems: [BallotProblem] = []
        let voters = eligible.filter { session.attendance(of: $0.id) != .absent }
        var record = session.ballots[nominationID]
        if case .votes(let votes)? = record {
            let allowed = Set(voters.map(\.id))
            let excludedIDs = Set(excluded.map(\.member.id))
            for memberID in votes.keys.sorted() where !allowed.contains(memberID) {
                problems.append(excludedIDs.contains(memberID) ? .conflictedMemberVoted(memberID) : .absentMemberVoted(memberID))
            }
            record = .votes(votes.filter { allowed.contains($0.key) })
        }
        if let tally = record?.tally, tally.total > voters.count {
            problems.append(.moreVotesThanVoters(votes: tally.total, voters: voters.count))
        }
        self.record = record
        self.problems = problems
        outcome = record.flatMap { record in rule?.outcome(of: record.tally, members: eligible.count) }
    }

    public static func == (a: NominationBallot, b: NominationBallot) -> Bool {
        a.eligible == b.eligible && a.excluded.map(\.member) == b.excluded.map(\.member)
            && a.excluded.map(\.conflict) == b.excluded.map(\.conflict) && a.record == b.record && a.problems == b.problems
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(eligible)
        hasher.combine(record)
    }
}

/// Something wrong with the votes recorded for a nomination.
public enum BallotProblem: Sendable, Hashable {
    /// More votes than members who could vote.
    case moreVotesThanVoters(votes: Int, voters: Int)
    /// A member absent without a written opinion has a vote (dropped).
    case absentMemberVoted(Int)
    /// A conflicted member has a vote (dropped).
    case conflictedMemberVoted(Int)
}
