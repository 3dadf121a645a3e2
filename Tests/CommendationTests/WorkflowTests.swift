import Testing
import Commendation

/// The workflow as the issue describes it, written out by hand and independently of
/// `Workflow.table`: draft → received → returned (reason) → received (complete) → on-agenda
/// (session) → recommended / not-recommended (quorum and a ballot that agrees) → decided
/// (commune awards, with the decision) or submitted (higher awards) → province-approved (with
/// the decision) / province-rejected; revoked (reason and basis) from decided or
/// province-approved. A nomination on an agenda can be taken off it, or returned.
private enum Expected {
    struct Row {
        let from: Set<NominationStatus>
        let to: NominationStatus
    }

    static let rows: [WorkflowStep: Row] = [
        .receive: Row(from: [.draft], to: .received),
        .returnForInformation: Row(from: [.received, .onAgenda], to: .returned),
        .complete: Row(from: [.returned], to: .received),
        .putOnAgenda: Row(from: [.received], to: .onAgenda),
        .removeFromAgenda: Row(from: [.onAgenda], to: .received),
        .recommend: Row(from: [.onAgenda], to: .recommended),
        .notRecommend: Row(from: [.onAgenda], to: .notRecommended),
        .decide: Row(from: [.recommended], to: .decided),
        .submit: Row(from: [.recommended], to: .submitted),
        .recordProvinceApproval: Row(from: [.submitted], to: .provinceApproved),
        .recordProvinceRejection: Row(from: [.submitted], to: .provinceRejected),
        .revoke: Row(from: [.decided, .provinceApproved], to: .revoked),
    ]

    /// The raw values the store and the history write for each step.
    static let rawValues: [WorkflowStep: String] = [
        .receive: "receive", .returnForInformation: "return", .complete: "complete", .putOnAgenda: "put-on-agenda",
        .removeFromAgenda: "remove-from-agenda", .recommend: "recommend", .notRecommend: "not-recommend",
        .decide: "decide", .submit: "submit", .recordProvinceApproval: "province-approve",
        .recordProvinceRejection: "province-reject", .revoke: "revoke",
    ]

    /// Statuses no step leaves.
    static let final: Set<NominationStatus> = [.notRecommended, .provinceRejected, .revoked]

    static func row(_ step: WorkflowStep) -> Row {
        guard let row = rows[step] else { preconditionFailure("no expected row for \(step)") }
        return row
    }

    /// Who decides an award for which `step` is legal (decide: the commune; submit: the province).
    static func decider(for step: WorkflowStep) -> Decider {
        step == .submit ? .province : .commune
    }

    /// Details that satisfy every requirement of `step`.
    static func completeDetails(for step: WorkflowStep) -> StepDetails {
        StepDetails(reason: "Khai không trung thực thành tích", basis: "Luật TĐKT 2022, Điều 93, khoản 1",
                    sessionID: "PH-2026-01", ballotPassed: step != .notRecommend, sessionHasQuorum: true,
                    decision: DecisionReference(number: "215/QĐ-UBND", date: CivilDate(year: 2026, month: 12, day: 18)))
    }
}

@Suite("Workflow table")
struct WorkflowTableTests {
    @Test func everyStepHasExactlyOneRowThatMatchesTheExpectation() {
        #expect(Workflow.table.count == WorkflowStep.allCases.count)
        #expect(Set(Workflow.table.map(\.step)) == Set(WorkflowStep.allCases))
        for rule in Workflow.table {
            let expected = Expected.row(rule.step)
            #expect(Set(rule.from) == expected.from, "\(rule.step) starts from \(rule.from)")
            #expect(rule.from.count == expected.from.count, "\(rule.step) lists a status twice: \(rule.from)")
            #expect(rule.to == expected.to, "\(rule.step) reaches \(rule.to)")
            #expect(Workflow.rule(rule.step) == rule)
        }
    }

    @Test func stepsKeepTheirRawValues() {
        for step in WorkflowStep.allCases {
            #expect(step.rawValue == Expected.rawValues[step], "\(step)")
            #expect(WorkflowStep(rawValue: step.rawValue) == step)
        }
    }

    @Test func requirementsOfEachStep() {
        #expect(Workflow.rule(.receive).requires.isEmpty)
        #expect(Workflow.rule(.returnForInformation).requires == [.reason])
        #expect(Workflow.rule(.complete).requires.isEmpty)
        #expect(Workflow.rule(.putOnAgenda).requires == [.session])
        #expect(Workflow.rule(.removeFromAgenda).requires.isEmpty)
        #expect(Set(Workflow.rule(.recommend).requires) == [.session, .ballot])
        #expect(Set(Workflow.rule(.notRecommend).requires) == [.session, .ballot])
        #expect(Set(Workflow.rule(.decide).requires) == [.communeAward, .decision, .postingOver])
        #expect(Workflow.rule(.submit).requires == [.higherAward])
        #expect(Workflow.rule(.recordProvinceApproval).requires == [.decision])
        #expect(Workflow.rule(.recordProvinceRejection).requires.isEmpty)
        #expect(Set(Workflow.rule(.revoke).requires) == [.reason, .basis])
    }

    /// NĐ 86/2023: a list posted for comment cannot be decided while it is posted; the refusal
    /// gives the last day of the posting. The day after, it can.
    @Test func aPostedListIsDecidedOnlyAfterItsPosting() {
        let until = CivilDate(year: 2026, month: 12, day: 5)!
        func decide(on day: CivilDate, postedUntil: CivilDate?) -> WorkflowRefusal? {
            Workflow.check(.decide, from: .recommended, award: "gia-dinh-van-hoa", decidedBy: .commune,
                           details: StepDetails(decision: DecisionReference(number: "12/QĐ-UBND", date: day), postedUntil: postedUntil))
        }
        #expect(decide(on: CivilDate(year: 2026, month: 12, day: 1)!, postedUntil: until) == .stillPosted(until: until))
        #expect(decide(on: until, postedUntil: until) == .stillPosted(until: until))
        #expect(decide(on: CivilDate(year: 2026, month: 12, day: 6)!, postedUntil: until) == nil)
        #expect(decide(on: CivilDate(year: 2026, month: 12, day: 1)!, postedUntil: nil) == nil)
    }

    @Test(arguments: NominationStatus.allCases)
    func stepsFromAStatusAreThoseOfTheExpectation(_ status: NominationStatus) {
        let expected = Set(WorkflowStep.allCases.filter { Expected.row($0).from.contains(status) })
        #expect(Set(Workflow.steps(from: status)) == expected)
        if Expected.final.contains(status) {
            #expect(Workflow.steps(from: status).isEmpty, "\(status) is final")
        } else {
            #expect(!Workflow.steps(from: status).isEmpty, "\(status) is not final")
        }
    }

    @Test func everyStatusIsReachableFromDraft() {
        var reached: Set<NominationStatus> = [.draft]
        var frontier: [NominationStatus] = [.draft]
        while let status = frontier.popLast() {
            for step in Workflow.steps(from: status) {
                let target = Workflow.rule(step).to
                if reached.insert(target).inserted { frontier.append(target) }
            }
        }
        #expect(reached == Set(NominationStatus.allCases))
    }
}

@Suite("Workflow transitions")
struct WorkflowTransitionTests {
    /// Every status × every step: the legal ones reach the expected status, the others are
    /// refused with `.wrongStatus` naming the statuses the step starts from.
    @Test(arguments: NominationStatus.allCases, WorkflowStep.allCases)
    func transition(_ status: NominationStatus, _ step: WorkflowStep) {
        let expected = Expected.row(step)
        let details = Expected.completeDetails(for: step)
        let decider = Expected.decider(for: step)
        let result = Workflow.apply(step, to: status, award: "award", decidedBy: decider, details: details)
        let check = Workflow.check(step, from: status, award: "award", decidedBy: decider, details: details)
        if expected.from.contains(status) {
            #expect(result == .success(expected.to), "\(step) from \(status)")
            #expect(check == nil, "\(step) from \(status)")
        } else {
            guard case .failure(.wrongStatus(let refusedStep, let refusedStatus, let allowed)) = result else {
                Issue.record("\(step) from \(status) should be refused for its status, got \(result)")
                return
            }
            #expect(refusedStep == step)
            #expect(refusedStatus == status)
            #expect(Set(allowed) == expected.from, "\(step) names \(allowed)")
            #expect(check == .wrongStatus(step: step, status: status, allowed: allowed))
        }
    }

    /// The wrong status is reported before anything missing: an illegal step with no details
    /// at all still says it is the status.
    @Test(arguments: NominationStatus.allCases, WorkflowStep.allCases)
    func wrongStatusComesFirst(_ status: NominationStatus, _ step: WorkflowStep) {
        guard !Expected.row(step).from.contains(status) else { return }
        let refusal = Workflow.check(step, from: status, award: "award", decidedBy: .district, details: StepDetails())
        guard case .wrongStatus(step, status, _)? = refusal else {
            Issue.record("\(step) from \(status): \(String(describing: refusal))")
            return
        }
    }

    @Test func aWholeLifeFromDraftToRevoked() {
        var status = NominationStatus.draft
        let path: [(WorkflowStep, NominationStatus)] = [
            (.receive, .received), (.returnForInformation, .returned), (.complete, .received), (.putOnAgenda, .onAgenda),
            (.removeFromAgenda, .received), (.putOnAgenda, .onAgenda), (.recommend, .recommended), (.decide, .decided),
            (.revoke, .revoked),
        ]
        for (step, target) in path {
            let result = Workflow.apply(step, to: status, award: "lao-dong-tien-tien", decidedBy: .commune,
                                        details: Expected.completeDetails(for: step))
            #expect(result == .success(target), "\(step) from \(status)")
            status = target
        }
        #expect(status == .revoked)
        #expect(Workflow.steps(from: status).isEmpty)
    }

    @Test func aHigherAwardGoesToTheProvince() {
        let details = Expected.completeDetails(for: .submit)
        #expect(Workflow.apply(.submit, to: .recommended, award: "bang-khen-tinh", decidedBy: .province, details: details)
                == .success(.submitted))
        #expect(Workflow.apply(.recordProvinceApproval, to: .submitted, award: "bang-khen-tinh", decidedBy: .province,
                               details: details) == .success(.provinceApproved))
        #expect(Workflow.apply(.recordProvinceRejection, to: .submitted, award: "bang-khen-tinh", decidedBy: .province,
                               details: StepDetails()) == .success(.provinceRejected))
        #expect(Workflow.apply(.revoke, to: .provinceApproved, award: "bang-khen-tinh", decidedBy: .province,
                               details: details) == .success(.revoked))
    }
}

@Suite("Workflow requirements")
struct WorkflowRequirementTests {
    private func check(_ step: WorkflowStep, from status: NominationStatus, award: String = "lao-dong-tien-tien",
                       decidedBy: Decider = .commune, _ details: StepDetails) -> WorkflowRefusal? {
        Workflow.check(step, from: status, award: award, decidedBy: decidedBy, details: details)
    }

    @Test(arguments: [nil, "", " ", "  \t\n ", "\u{00A0}"] as [String?])
    func returningNeedsAReason(_ reason: String?) {
        for status in [NominationStatus.received, .onAgenda] {
            #expect(check(.returnForInformation, from: status, StepDetails(reason: reason))
                    == .missing(step: .returnForInformation, .reason), "reason \(String(describing: reason))")
        }
    }

    @Test func returningWithAReasonIsAllowed() {
        #expect(check(.returnForInformation, from: .received, StepDetails(reason: "Thiếu báo cáo thành tích")) == nil)
        #expect(check(.returnForInformation, from: .onAgenda, StepDetails(reason: " x ")) == nil)
        #expect(Workflow.apply(.returnForInformation, to: .onAgenda, award: "giay-khen", decidedBy: .commune,
                               details: StepDetails(reason: "Thiếu xác nhận của tổ dân phố")) == .success(.returned))
    }

    @Test(arguments: [nil, "", "   "] as [String?])
    func revokingNeedsAReason(_ reason: String?) {
        for status in [NominationStatus.decided, .provinceApproved] {
            #expect(check(.revoke, from: status, StepDetails(reason: reason, basis: "Luật TĐKT 2022, Điều 93"))
                    == .missing(step: .revoke, .reason))
        }
    }

    @Test(arguments: [nil, "", " \n "] as [String?])
    func revokingNeedsABasis(_ basis: String?) {
        for status in [NominationStatus.decided, .provinceApproved] {
            #expect(check(.revoke, from: status, StepDetails(reason: "Giả mạo hồ sơ", basis: basis))
                    == .missing(step: .revoke, .basis))
        }
    }

    @Test func revokingWithNeitherSaysTheReasonFirstAndWithBothIsAllowed() {
        #expect(check(.revoke, from: .decided, StepDetails()) == .missing(step: .revoke, .reason))
        #expect(check(.revoke, from: .decided, StepDetails(reason: "Giả mạo hồ sơ", basis: "Luật TĐKT 2022, Điều 93")) == nil)
        #expect(check(.revoke, from: .provinceApproved, StepDetails(reason: "Giả mạo hồ sơ", basis: "Điều 93")) == nil)
    }

    @Test(arguments: [nil, "", "  "] as [String?])
    func puttingOnAnAgendaNeedsASession(_ session: String?) {
        #expect(check(.putOnAgenda, from: .received, StepDetails(sessionID: session)) == .missing(step: .putOnAgenda, .session))
    }

    @Test func puttingOnAnAgendaWithASessionIsAllowed() {
        #expect(check(.putOnAgenda, from: .received, StepDetails(sessionID: "PH-2026-02")) == nil)
    }

    @Test(arguments: [WorkflowStep.recommend, .notRecommend])
    func councilOutcomesNeedASession(_ step: WorkflowStep) {
        let details = StepDetails(ballotPassed: step == .recommend, sessionHasQuorum: true)
        #expect(check(step, from: .onAgenda, details) == .missing(step: step, .session))
        var blank = details
        blank.sessionID = " "
        #expect(check(step, from: .onAgenda, blank) == .missing(step: step, .session))
    }

    @Test(arguments: [WorkflowStep.recommend, .notRecommend], [true, false])
    func councilOutcomesNeedQuorum(_ step: WorkflowStep, _ passed: Bool) {
        let details = StepDetails(sessionID: "PH-2026-02", ballotPassed: passed, sessionHasQuorum: false)
        #expect(check(step, from: .onAgenda, details) == .noQuorum(session: "PH-2026-02"))
        #expect(Workflow.apply(step, to: .onAgenda, award: "x", decidedBy: .commune, details: details)
                == .failure(.noQuorum(session: "PH-2026-02")))
    }

    @Test(arguments: [WorkflowStep.recommend, .notRecommend])
    func councilOutcomesNeedTheBallot(_ step: WorkflowStep) {
        // No ballot recorded.
        #expect(check(step, from: .onAgenda, StepDetails(sessionID: "PH-2026-02", sessionHasQuorum: true))
                == .missing(step: step, .ballot))
        // A ballot, but nobody said whether the session reached quorum.
        #expect(check(step, from: .onAgenda, StepDetails(sessionID: "PH-2026-02", ballotPassed: step == .recommend))
                == .missing(step: step, .ballot))
    }

    @Test func theBallotMustAgreeWithTheOutcome() {
        let failed = StepDetails(sessionID: "PH-2026-02", ballotPassed: false, sessionHasQuorum: true)
        let passed = StepDetails(sessionID: "PH-2026-02", ballotPassed: true, sessionHasQuorum: true)
        #expect(check(.recommend, from: .onAgenda, failed) == .ballotDisagrees(step: .recommend, passed: false))
        #expect(check(.notRecommend, from: .onAgenda, passed) == .ballotDisagrees(step: .notRecommend, passed: true))
        #expect(check(.recommend, from: .onAgenda, passed) == nil)
        #expect(check(.notRecommend, from: .onAgenda, failed) == nil)
        #expect(Workflow.apply(.notRecommend, to: .onAgenda, award: "x", decidedBy: .commune, details: failed)
                == .success(.notRecommended))
    }

    @Test func decidingNeedsACompleteDecision() {
        let date = CivilDate(year: 2026, month: 12, day: 18)
        #expect(check(.decide, from: .recommended, StepDetails()) == .missing(step: .decide, .decision))
        #expect(check(.decide, from: .recommended, StepDetails(decision: DecisionReference(number: "", date: date)))
                == .missing(step: .decide, .decision))
        #expect(check(.decide, from: .recommended, StepDetails(decision: DecisionReference(number: "  ", date: date)))
                == .missing(step: .decide, .decision))
        #expect(check(.decide, from: .recommended, StepDetails(decision: DecisionReference(number: "215/QĐ-UBND", date: nil)))
                == .missing(step: .decide, .decision))
        #expect(check(.decide, from: .recommended, StepDetails(decision: DecisionReference(number: "215/QĐ-UBND", date: date)))
                == nil)
    }

    @Test(arguments: [Decider.province, .district])
    func onlyCommuneAwardsAreDecidedByTheCommune(_ decider: Decider) {
        let decision = DecisionReference(number: "215/QĐ-UBND", date: CivilDate(year: 2026, month: 12, day: 18))
        #expect(check(.decide, from: .recommended, award: "bang-khen-tinh", decidedBy: decider, StepDetails(decision: decision))
                == .notACommuneAward(award: "bang-khen-tinh"))
        // The award is the first thing said wrong, even without a decision.
        #expect(check(.decide, from: .recommended, award: "bang-khen-tinh", decidedBy: decider, StepDetails())
                == .notACommuneAward(award: "bang-khen-tinh"))
        // The same award decided higher up is submitted instead.
        #expect(check(.submit, from: .recommended, award: "bang-khen-tinh", decidedBy: decider, StepDetails()) == nil)
    }

    @Test func communeAwardsAreNotSubmitted() {
        #expect(check(.submit, from: .recommended, award: "lao-dong-tien-tien", decidedBy: .commune, StepDetails())
                == .notAHigherAward(award: "lao-dong-tien-tien"))
        #expect(Workflow.apply(.submit, to: .recommended, award: "giay-khen", decidedBy: .commune, details: StepDetails())
                == .failure(.notAHigherAward(award: "giay-khen")))
    }

    @Test func provinceApprovalNeedsTheProvincesDecision() {
        let date = CivilDate(year: 2027, month: 1, day: 15)
        #expect(check(.recordProvinceApproval, from: .submitted, decidedBy: .province, StepDetails())
                == .missing(step: .recordProvinceApproval, .decision))
        #expect(check(.recordProvinceApproval, from: .submitted, decidedBy: .province,
                      StepDetails(decision: DecisionReference(number: "3012/QĐ-UBND", date: nil)))
                == .missing(step: .recordProvinceApproval, .decision))
        #expect(check(.recordProvinceApproval, from: .submitted, decidedBy: .province,
                      StepDetails(decision: DecisionReference(number: "3012/QĐ-UBND", date: date))) == nil)
    }

    @Test func stepsWithoutRequirementsNeedNoDetails() {
        #expect(check(.receive, from: .draft, StepDetails()) == nil)
        #expect(check(.complete, from: .returned, StepDetails()) == nil)
        #expect(check(.removeFromAgenda, from: .onAgenda, StepDetails()) == nil)
        #expect(check(.recordProvinceRejection, from: .submitted, decidedBy: .province, StepDetails()) == nil)
    }
}
