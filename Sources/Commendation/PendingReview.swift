/// The groups of the pending review, in the order the clerk reads them.
public enum PendingGroup: String, Sendable, Hashable, Codable, CaseIterable {
    /// Past a statutory deadline (whatever the stage).
    case overdue
    /// Returned for more information, or received with facts still missing.
    case missingInformation = "missing-information"
    /// Drafts not yet received by the office.
    case notReceived = "not-received"
    /// Received and complete, or on a session's agenda: waiting for the council.
    case awaitingCouncil = "awaiting-council"
    /// Recommended by the council, waiting for the chair's decision (or for submission).
    case awaitingDecision = "awaiting-decision"
    /// Sent to the province, waiting for its result.
    case submitted
}

/// Where one pending nomination stands against the clock.
public struct PendingAssessment: Sendable, Hashable {
    /// Its group.
    public var group: PendingGroup
    /// Working days since the file was received (nil for drafts).
    public var ageWorkingDays: Int?
    /// The statutory deadline still running for it, if any.
    public var deadline: CivilDate?
    /// Working days left until the deadline: negative when overdue, nil without deadline.
    public var workingDaysLeft: Int?
    /// The clock that set the deadline.
    public var clock: StatutoryClock?

    /// An assessment.
    public init(group: PendingGroup, ageWorkingDays: Int?, deadline: CivilDate?, workingDaysLeft: Int?, clock: StatutoryClock?) {
        self.group = group
        self.ageWorkingDays = ageWorkingDays
        self.deadline = deadline
        self.workingDaysLeft = workingDaysLeft
        self.clock = clock
    }
}

/// Sorting the pending review into groups and ageing it in working days against the
/// statutory clocks of the rulebook. Pure: the store supplies the nominations, the rulebook
/// their clocks, the desk today's date and the working calendar.
public enum PendingReview {
    /// The statuses during which the commune's clocks run (after submission the province's do).
    static let clockRuns: Set<NominationStatus> = [.draft, .received, .returned, .onAgenda, .recommended]

    /// The group a pending nomination belongs to before the clock is looked at: by its stage,
    /// and for drafts and received files by whether the facts are complete. Past its deadline it
    /// is overdue instead (`assess`).
    public static func baseGroup(status: NominationStatus, eligibility: Eligibility) -> PendingGroup {
        switch status {
        case .draft: eligibility == .incomplete ? .missingInformation : .notReceived
        case .returned: .missingInformation
        case .received: eligibility == .incomplete ? .missingInformation : .awaitingCouncil
        case .onAgenda: .awaitingCouncil
        case .recommended: .awaitingDecision
        default: .submitted
        }
    }

    /// The group on `today` of a nomination in `base` with `deadline`: overdue once the deadline
    /// has passed. (Kept standings are re-dated by the same comparison in SQL, `Store.refreshStandings`.)
    public static func group(base: PendingGroup, deadline: CivilDate?, today: CivilDate) -> PendingGroup {
        if let deadline, deadline < today { return .overdue }
        return base
    }

    /// Working days from `today` to `due`: negative once it has passed.
    public static func workingDaysLeft(until due: CivilDate, today: CivilDate, calendar: WorkingCalendar) -> Int {
        due >= today ? calendar.workingDays(after: today, through: due) : -calendar.workingDays(after: due, through: today)
    }

    /// Assesses a pending nomination on `today`.
    /// - Parameters:
    ///   - eligibility: the rulebook's verdict on it (incomplete facts put a received file
    ///     among the ones missing information).
    ///   - clock: its award's clock, if any.
    ///   - provinceDeadline: the province's deadline for yearly proposals (month, day).
    public static func assess(_ nomination: Nomination, eligibility: Eligibility, clock: StatutoryClock?, today: CivilDate,
                              calendar: WorkingCalendar, provinceDeadline: (month: Int, day: Int)) -> PendingAssessment {
        var group = baseGroup(status: nomination.status, eligibility: eligibility)
        let age = nomination.receivedOn.map { calendar.workingDays(after: $0, through: today) }
        var deadline: CivilDate?
        var left: Int?
        if let clock, clockRuns.contains(nomination.status),
           let due = clock.deadline(year: nomination.year, complete: nomination.completeOn, provinceDeadline: provinceDeadline,
                                    calendar: calendar) {
            deadline = due
            left = workingDaysLeft(until: due, today: today, calendar: calendar)
            group = Self.group(base: group, deadline: due, today: today)
        }
        return PendingAssessment(group: group, ageWorkingDays: age, deadline: deadline, workingDaysLeft: left, clock: deadline == nil ? nil : clock)
    }
}
