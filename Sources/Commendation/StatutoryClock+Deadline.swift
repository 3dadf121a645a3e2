
extension StatutoryClock {
    /// The deadline for a nomination of `year` whose file was complete on `complete` (nil
    /// when the clock has not started: then the review deadline, if the clock has one), with
    /// the province's deadline (month, day).
    public func deadline(year: Int, complete: CivilDate?, provinceDeadline: (month: Int, day: Int),
                         calendar: WorkingCalendar) -> CivilDate? {
        var date: CivilDate?
        switch anchor {
        case .complete:
            guard let complete else { return reviewBy.flatMap { CivilDate(year: year, month: $0.month, day: $0.day) } }
            date = complete
        case .dayOfYear: date = CivilDate(year: year, month: month ?? 12, day: day ?? 31)
        case .provinceDeadline: date = CivilDate(year: year, month: provinceDeadline.month, day: provinceDeadline.day)
        }
        guard var result = date else { return nil }
        for stage in stages {
            result = stage.working ? calendar.adding(workingDays: stage.days, to: result) : (result.adding(days: stage.days) ?? result)
        }
        return result
    }
}
