/// A period the law counts in days from an event, with its basis: the public posting of a list
/// before a decision, the publication of the list after it (Gia đình văn hóa; thôn, tổ dân phố
/// văn hóa — NĐ 86/2023/NĐ-CP).
public struct PeriodRule: Sendable, Hashable, Codable {
    /// Days.
    public var days: Int
    /// Working days (true) or calendar days.
    public var working: Bool
    /// The legal basis.
    public var basis: String
    /// How sure we are of it.
    public var certainty: Certainty

    /// A rule.
    public init(days: Int, working: Bool, basis: String, certainty: Certainty) {
        self.days = days
        self.working = working
        self.basis = basis
        self.certainty = certainty
    }

    /// The last day of a period that starts on `start` and lasts `days` days, `start` counted
    /// (a posting from 26/11 for 10 days lasts until 05/12).
    public func lastDay(startingOn start: CivilDate, calendar: WorkingCalendar) -> CivilDate {
        guard working else { return start.adding(days: days - 1) ?? start }
        let first = calendar.isWorkingDay(start) ? start : calendar.adding(workingDays: 1, to: start)
        return calendar.adding(workingDays: days - 1, to: first)
    }

    /// The last day for something due within `days` days after `event` (a decision published
    /// within 15 days of 06/12 is due by 21/12).
    public func deadline(after event: CivilDate, calendar: WorkingCalendar) -> CivilDate {
        working ? calendar.adding(workingDays: days, to: event) : (event.adding(days: days) ?? event)
    }
}
