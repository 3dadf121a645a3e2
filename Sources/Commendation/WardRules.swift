/// The rules a ward works under, asked rather than recomputed: the rulebook of a year (the
/// national one with the council's layer), the council's attendance share, the base salary over
/// time and the working calendar.
public struct WardRules {
    /// The rulebook that judges a year.
    public var rulebook: (Int) -> Rulebook?
    /// Per cent of members a session on awards needs present.
    public var attendancePercent: Double
    /// The base salary's rates (the ward's override is kept in the store).
    public var baseSalaries: BaseSalaryTable
    /// Working days and public holidays.
    public var calendar: WorkingCalendar

    /// Rules.
    public init(rulebook: @escaping (Int) -> Rulebook?, attendancePercent: Double, baseSalaries: BaseSalaryTable,
                calendar: WorkingCalendar) {
        self.rulebook = rulebook
        self.attendancePercent = attendancePercent
        self.baseSalaries = baseSalaries
        self.calendar = calendar
    }
}
