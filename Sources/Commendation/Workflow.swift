/// A step a nomination can take through the ward's workflow. Each step is one row of
/// `Workflow.table`: the statuses it leaves, the status it reaches and what it needs.
public enum WorkflowStep: String, Sendable, Hashable, Codable, CaseIterable {
    /// The TĐKT office receives a drafted proposal; the statutory clock starts.
    case receive
    /// Sent back to the proposer for more information (needs the reason).
    case returnForInformation = "return"
    /// The missing information arrived: back to received.
    case complete
    /// Put on a council session's agenda (needs the session).
    case putOnAgenda = "put-on-agenda"
    /// Taken off a session's agenda before its outcome, back to received.
    case removeFromAgenda = "remove-from-agenda"
    /// The council recommends it (needs a session with quorum whose ballot passed).
    case recommend
    /// The council does not recommend it (needs a session with quorum whose ballot failed).
    case notRecommend = "not-recommend"
    /// The commune chair decides it (awards the commune decides; needs the decision).
    case decide
    /// Sent to the province (awards decided higher up).
    case submit
    /// The province granted it (needs the province's decision).
    case recordProvinceApproval = "province-approve"
    /// The province did not grant it.
    case recordProvinceRejection = "province-reject"
    /// Revoked (Luật TĐKT 2022, Điều 93; needs the reason and the basis).
    case revoke
}

/// What a step needs besides the nomination's status.
public enum StepRequirement: String, Sendable, Hashable, Codable {
    /// A reason in words.
    case reason
    /// A legal basis (for revocation: the article and the finding).
    case basis
    /// A council session.
    case session
    /// A session that reached quorum, and the nomination's ballot recorded in it.
    case ballot
    /// A decision (number, date, signer).
    case decision
    /// The award is decided by the commune.
    case communeAward
    /// The award is decided higher up (the commune proposes).
    case higherAward
    /// The list posted for comment before the decision (if any) has ended by the decision's day.
    case postingOver = "posting-over"
}

/// One row of the workflow table.
public struct WorkflowRule: Sendable, Hashable {
    /// The step.
    public let step: WorkflowStep
    /// The statuses the step may start from.
    public let from: [NominationStatus]
    /// The status it reaches.
    public let to: NominationStatus
    /// What it needs.
    public let requires: [StepRequirement]
}

/// Why a step was refused.
public enum WorkflowRefusal: Sendable, Hashable, Error {
    /// The step cannot start from the nomination's status; `allowed` are the statuses it can.
    case wrongStatus(step: WorkflowStep, status: NominationStatus, allowed: [NominationStatus])
    /// A required piece is missing.
    case missing(step: WorkflowStep, StepRequirement)
    /// The award is decided higher up, so the commune cannot decide it (submit it instead).
    case notACommuneAward(award: String)
    /// The award is decided by the commune, so it is not sent to the province.
    case notAHigherAward(award: String)
    /// The session did not reach quorum, so it cannot record outcomes.
    case noQuorum(session: String)
    /// The ballot's outcome contradicts the step (recommending a failed ballot, or the reverse).
    case ballotDisagrees(step: WorkflowStep, passed: Bool)
    /// The list is still posted for comment on the decision's day; it can be decided after
    /// `until` (NĐ 86/2023/NĐ-CP).
    case stillPosted(until: CivilDate)
}

/// What the clerk supplies with a step.
public struct StepDetails: Sendable, Hashable {
    /// The reason (return, revoke, a province rejection).
    public var reason: String?
    /// The legal basis (revoke).
    public var basis: String?
    /// The council session's id.
    public var sessionID: String?
    /// The ballot's outcome in that session, when the step records one.
    public var ballotPassed: Bool?
    /// Whether that session reached quorum.
    public var sessionHasQuorum: Bool?
    /// The decision.
    public var decision: DecisionReference?
    /// The last day of the public posting of the nomination's list, if one was recorded.
    public var postedUntil: CivilDate?

    /// Details of a step.
    public init(reason: String? = nil, basis: String? = nil, sessionID: String? = nil, ballotPassed: Bool? = nil,
                sessionHasQuorum: Bool? = nil, decision: DecisionReference? = nil, postedUntil: CivilDate? = nil) {
        self.reason = reason
        self.basis = basis
        self.sessionID = sessionID
        self.ballotPassed = ballotPassed
        self.sessionHasQuorum = sessionHasQuorum
        self.decision = decision
        self.postedUntil = postedUntil
    }
}

/// The ward's workflow for nominations, as a table: which step leaves which statuses for
/// which, and what it needs. Pure: the store applies a step only when `check` finds nothing
/// against it, and writes who and when to the audit trail.
public enum Workflow {
    /// Every step, in the order a nomination usually takes them.
    public static let table: [WorkflowRule] = [
        WorkflowRule(step: .receive, from: [.draft], to: .received, requires: []),
        WorkflowRule(step: .returnForInformation, from: [.received, .onAgenda], to: .returned, requires: [.reason]),
        WorkflowRule(step: .complete, from: [.returned], to: .received, requires: []),
        WorkflowRule(step: .putOnAgenda, from: [.received], to: .onAgenda, requires: [.session]),
        WorkflowRule(step: .removeFromAgenda, from: [.onAgenda], to: .received, requires: []),
        WorkflowRule(step: .recommend, from: [.onAgenda], to: .recommended, requires: [.session, .ballot]),
        WorkflowRule(step: .notRecommend, from: [.onAgenda], to: .notRecommended, requires: [.session, .ballot]),
        WorkflowRule(step: .decide, from: [.recommended], to: .decided, requires: [.communeAward, .decision, .postingOver]),
        WorkflowRule(step: .submit, from: [.recommended], to: .submitted, requires: [.higherAward]),
        WorkflowRule(step: .recordProvinceApproval, from: [.submitted], to: .provinceApproved, requires: [.decision]),
        WorkflowRule(step: .recordProvinceRejection, from: [.submitted], to: .provinceRejected, requires: []),
        WorkflowRule(step: .revoke, from: [.decided, .provinceApproved], to: .revoked, requires: [.reason, .basis]),
    ]

    /// The rule of `step`.
    public static func rule(_ step: WorkflowStep) -> WorkflowRule {
        table.first { $0.step == step }!
    }

    /// The steps a nomination in `status` can take.
    public static func steps(from status: NominationStatus) -> [WorkflowStep] {
        table.filter { $0.from.contains(status) }.map(\.step)
    }

    /// Whether `step` may be taken from `status` for an award decided by `decidedBy`, with
    /// `details`: nil when it may, or the first reason it may not.
    public static func check(_ step: WorkflowStep, from status: NominationStatus, award: String, decidedBy: Decider,
                             details: StepDetails) -> WorkflowRefusal? {
        let rule = rule(step)
        guard rule.from.contains(status) else {
            return .wrongStatus(step: step, status: status, allowed: rule.from)
        }
        for requirement in rule.requires {
            switch requirement {
            case .reason:
                if isBlank(details.reason) { return .missing(step: step, .reason) }
            case .basis:
                if isBlank(details.basis) { return .missing(step: step, .basis) }
            case .session:
                if isBlank(details.sessionID) { return .missing(step: step, .session) }
            case .ballot:
                guard details.sessionHasQuorum != false else { return .noQuorum(session: details.sessionID ?? "") }
                guard let passed = details.ballotPassed, details.sessionHasQuorum == true else {
                    return .missing(step: step, .ballot)
                }
                if (step == .recommend) != passed { return .ballotDisagrees(step: step, passed: passed) }
            case .decision:
                guard let decision = details.decision, !isBlank(decision.number), decision.date != nil else {
                    return .missing(step: step, .decision)
                }
            case .communeAward:
                if decidedBy != .commune { return .notACommuneAward(award: award) }
            case .higherAward:
                if decidedBy == .commune { return .notAHigherAward(award: award) }
            case .postingOver:
                if let until = details.postedUntil, let day = details.decision?.date, day <= until {
                    return .stillPosted(until: until)
                }
            }
        }
        return nil
    }

    /// The status `step` reaches from `status`, or the refusal.
    public static func apply(_ step: WorkflowStep, to status: NominationStatus, award: String, decidedBy: Decider,
                             details: StepDetails) -> Result<NominationStatus, WorkflowRefusal> {
        if let refusal = check(step, from: status, award: award, decidedBy: decidedBy, details: details) {
            return .failure(refusal)
        }
        return .success(rule(step).to)
    }

    private static func isBlank(_ text: String?) -> Bool {
        (text ?? "").allSatisfy(\.isWhitespace)
    }
}
