/// Which statistics forms the yearly report follows, and what is known of them: data
/// (`Resources/data/report/statistics-forms.json`), because the circular that sets them changes
/// (Thông tư 02/2023/TT-BNV; Thông tư 18/2025/TT-BNV of 08/10/2025 has the same subject and its
/// forms could not be read) and a ward may be told otherwise by its province.
public struct StatisticsForms: Sendable, Hashable, Codable {
    /// The circular the forms belong to, as cited under "Biểu số".
    public var circular: String
    /// The movements form ("0601.N/BNV-TĐKT") and its title.
    public var movementsForm: String
    public var movementsTitle: String
    /// The commendations form and its title.
    public var awardsForm: String
    public var awardsTitle: String
    /// "15/12 năm báo cáo".
    public var receiveDay: String
    /// The first day of the reporting period, in the year before the report's year
    /// (1 December: the period runs 01/12 to 30/11).
    public var periodStartMonth: Int
    public var periodStartDay: Int
    /// Who receives the report when the ward has not said (setting `report.recipient`).
    public var recipient: String
    /// "firm", "likely" or "check": how sure the layout is.
    public var certainty: String
    /// What was read and what was not.
    public var note: String

    /// The forms of `Thông tư 02/2023/TT-BNV`, as shipped.
    public init(circular: String, movementsForm: String, movementsTitle: String, awardsForm: String, awardsTitle: String,
                receiveDay: String, periodStartMonth: Int, periodStartDay: Int, recipient: String, certainty: String, note: String) {
        self.circular = circular
        self.movementsForm = movementsForm
        self.movementsTitle = movementsTitle
        self.awardsForm = awardsForm
        self.awardsTitle = awardsTitle
        self.receiveDay = receiveDay
        self.periodStartMonth = periodStartMonth
        self.periodStartDay = periodStartDay
        self.recipient = recipient
        self.certainty = certainty
        self.note = note
    }

    /// The reporting period of `year`: from the start day of the year before to the day before
    /// it in `year` (01/12/2025 – 30/11/2026).
    public func period(of year: Int) -> ClosedRange<CivilDate> {
        let start = CivilDate(year: year - 1, month: periodStartMonth, day: periodStartDay) ?? CivilDate(year: year, month: 1, day: 1)!
        let next = CivilDate(year: year, month: periodStartMonth, day: periodStartDay) ?? CivilDate(year: year, month: 12, day: 31)!
        return start...(next.adding(days: -1) ?? next)
    }
}
