/// The rules a ward works under, made once and asked rather than recomputed: the rulebook of a
/// year (the national one, the province's layer the ward chose, the council's layer), the
/// council's attendance share, the province's deadline for yearly proposals, the base salary
/// over time with the ward's own figure if it set one, and the working calendar.
public struct WardRules {
    /// The rulebook that judges a year. Asked from several threads at once (the pending review
    /// judges on every core): a closure that keeps what it made keeps it under a lock, as
    /// `AppliedRulebooks` does.
    public var rulebook: (Int) -> Rulebook?
    /// Per cent of members a session on awards needs present (the council's working rule, else
    /// the rulebook's).
    public var attendancePercent: Double
    /// The base salary's rates (the law's).
    public var baseSalaries: BaseSalaryTable
    /// The ward's own base salary, which overrides the law's rate (setting `money.base-salary`).
    public var baseSalaryOverride: Int?
    /// Working days and public holidays (the shipped calendar with the ward's own days).
    public var calendar: WorkingCalendar
    /// The province's deadline for yearly proposals (month, day).
    public var provinceDeadline: (month: Int, day: Int)
    /// The council's own layer (for the screens that show or edit it).
    public var councilLayer: CouncilLayer
    /// The rulebooks before the council's layer: the national ones with the province's layer
    /// (what a kept judgement depends on, with the council's layer).
    public var rulebooks: RulebookSet

    /// Rules.
    public init(rulebook: @escaping (Int) -> Rulebook?, attendancePercent: Double, baseSalaries: BaseSalaryTable,
                calendar: WorkingCalendar, baseSalaryOverride: Int? = nil, provinceDeadline: (month: Int, day: Int) = (12, 10),
                councilLayer: CouncilLayer = CouncilLayer(), rulebooks: RulebookSet = RulebookSet([])) {
        self.rulebook = rulebook
        self.attendancePercent = attendancePercent
        self.baseSalaries = baseSalaries
        self.baseSalaryOverride = baseSalaryOverride
        self.calendar = calendar
        self.provinceDeadline = provinceDeadline
        self.councilLayer = councilLayer
        self.rulebooks = rulebooks
    }

    /// The base salary for a decision of `date`: the ward's own figure, else the law's rate of
    /// that day.
    public func baseSalary(on date: CivilDate) -> AppliedBaseSalary? {
        AppliedBaseSalary(on: date, table: baseSalaries, override: baseSalaryOverride)
    }
}
