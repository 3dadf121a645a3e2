import Commendation
import CommendationStore
import Foundation

extension WardRules {
    /// The rules of the ward that keeps `store`, read once: the shipped rulebooks with the
    /// province layer the ward chose and the council's layer (each year's rulebook made once),
    /// the council's attendance share (else the rulebook's of `today`), the province's deadline
    /// (setting `clock.province-deadline`, else the rulebook's), the base salary's rates with the
    /// ward's own figure, and the shipped calendar with the ward's own days (`holidays`).
    /// - Throws: the store's error, or `Shipped.UnknownProvince`.
    public static func of(_ store: Store, holidays: WorkingCalendar?, today: CivilDate) throws -> WardRules {
        let rulebooks = try Shipped.rulebooks(for: store)
        let layer = try store.councilLayer()
        let applied = AppliedRulebooks(rulebooks: rulebooks, layer: layer)
        let current = (rulebooks.rulebook(on: today)).map(layer.applied(to:))
        let shipped = try Shipped.calendar()
        return WardRules(rulebook: { applied.rulebook(forYear: $0) },
                         attendancePercent: layer.options["session.attendance"] ?? current?.procedure?.attendancePercent ?? 80,
                         baseSalaries: try Shipped.baseSalaries(),
                         calendar: holidays.map { shipped.merged(with: $0) } ?? shipped,
                         baseSalaryOverride: try store.baseSalaryOverride(),
                         provinceDeadline: try store.provinceDeadline(rulebook: current),
                         councilLayer: layer, rulebooks: rulebooks)
    }
}

/// The ward's own days off and make-up workdays, `holidays.json` in the configuration folder,
/// laid over the shipped calendar.
public enum WardHolidays {
    /// The ward's days; nil when the file is not there.
    /// - Throws: `CalendarFileError` (with its line) when the file cannot be read as a calendar.
    public static func load(folder: String = StoreLocation.configFolder()) throws -> WorkingCalendar? {
        guard let data = FileManager.default.contents(atPath: folder + "/holidays.json") else { return nil }
        return try WorkingCalendar.decode(data)
    }
}
