import Foundation

/// Which days public servants work: Monday to Friday, except the listed days off (public
/// holidays, compensatory days, swapped days), plus the listed Saturdays and Sundays worked in
/// exchange. Used to count deadlines given in working days (ngày làm việc).
///
/// The list comes from a JSON file (`Resources/data/calendar/vn-holidays.json` is shipped; a ward
/// may keep its own and `merged(with:)` it). Counting is pure arithmetic on day numbers: it needs
/// no clock, time zone or locale, and costs O(log) in the length of the period.
public struct WorkingCalendar: Sendable, Hashable {
    /// The listed days by date.
    private let entries: [CivilDate: PublicHoliday]
    /// The file's notes by year (source and certainty of that year's days).
    public let notes: [Int: String]
    /// Day numbers of the listed days that change the Monday–Friday rule, ascending: a day off on
    /// a weekday, or a day worked on a weekend.
    private let exceptionDays: [Int]
    /// `exceptionSums[i]` is the change in working days made by the first `i` exceptions
    /// (−1 for each weekday off, +1 for each weekend day worked).
    private let exceptionSums: [Int]

    /// A calendar listing `days`; when a date is listed more than once, the later entry wins.
    /// `notes` say, per year, where that year's days come from.
    public init(days: [PublicHoliday], notes: [Int: String] = [:]) {
        var entries: [CivilDate: PublicHoliday] = [:]
        for day in days { entries[day.date] = day }
        self.entries = entries
        self.notes = notes
        var exceptions: [(day: Int, change: Int)] = []
        for entry in entries.values {
            switch (entry.kind, entry.date.weekday.isWeekend) {
            case (.holiday, false): exceptions.append((entry.date.dayNumber, -1))
            case (.workday, true): exceptions.append((entry.date.dayNumber, +1))
            default: break
            }
        }
        exceptions.sort { $0.day < $1.day }
        exceptionDays = exceptions.map(\.day)
        var sums = [0]
        sums.reserveCapacity(exceptions.count + 1)
        for exception in exceptions { sums.append(sums[sums.count - 1] + exception.change) }
        exceptionSums = sums
    }

    /// A text that changes whenever the counting of working days would: the listed days that
    /// change the Monday–Friday rule and how. Stable across runs (unlike `hashValue`), for caches
    /// of deadlines kept in a store.
    public var countingFingerprint: String {
        exceptionDays.indices.map { String(exceptionDays[$0]) + (exceptionSums[$0 + 1] < exceptionSums[$0] ? "-" : "+") }
            .joined(separator: ",")
    }

    /// Reads a calendar file:
    /// `{"about": "…", "notes": {"2027": "…"}, "days": [{"date": "2026-02-16", "name": "Tết Nguyên đán", "kind": "holiday"}, …]}`.
    /// `about` (text for people) and `notes` (text per year) are optional. Every entry needs a real
    /// date `YYYY-MM-DD`, a non-empty name and a kind (`holiday` or `workday`); a date may be
    /// listed only once in a file; unknown keys are refused so that a misspelling is not lost.
    /// Names and notes are normalised to NFC.
    /// - Throws: `CalendarFileError` naming the entry (from 1), the key and the line, in
    ///   Vietnamese and English; for malformed JSON, its line and column.
    public static func decode(_ data: Data) throws -> WorkingCalendar {
        var reader = CalendarFileReader(data: data)
        let file = try reader.read()
        return WorkingCalendar(days: file.days, notes: file.notes)
    }

    /// This calendar with `other`'s days and notes laid over it: a day listed in both takes
    /// `other`'s entry (a ward's own file correcting or adding to the shipped one; listing a
    /// weekday as `workday` cancels a shipped day off).
    public func merged(with other: WorkingCalendar) -> WorkingCalendar {
        var days = entries
        for (date, day) in other.entries { days[date] = day }
        return WorkingCalendar(days: Array(days.values), notes: notes.merging(other.notes) { _, theirs in theirs })
    }

    /// Every listed day, in date order.
    public var days: [PublicHoliday] {
        entries.values.sorted { $0.date < $1.date }
    }

    /// The first through the last year that has a listed day; nil when nothing is listed. Outside
    /// these years the calendar knows only weekends, so a desk should warn before trusting it.
    public var years: ClosedRange<Int>? {
        guard let first = entries.keys.min(), let last = entries.keys.max() else { return nil }
        return first.year...last.year
    }

    /// True when `date` is worked: a listed day is worked when it is a `workday` (a Saturday or
    /// Sunday worked in exchange); any other day when it falls Monday to Friday.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if let entry = entries[date] { return entry.kind == .workday }
        return !date.weekday.isWeekend
    }

    /// The day off listed for `date` (a holiday, a compensatory or swapped day); nil when the day
    /// is not listed or is listed as a `workday`.
    public func holiday(on date: CivilDate) -> PublicHoliday? {
        guard let entry = entries[date], entry.kind == .holiday else { return nil }
        return entry
    }

    /// The entry listed for `date`, of either kind; nil when the day is not listed.
    public func entry(on date: CivilDate) -> PublicHoliday? {
        entries[date]
    }

    /// The number of working days `d` with `start < d <= end`; 0 when `end <= start`. So a file
    /// received on `start` and answered on `end` took this many working days.
    public func workingDays(after start: CivilDate, through end: CivilDate) -> Int {
        let a = start.dayNumber, b = end.dayNumber
        return b <= a ? 0 : workingDays(afterDay: a, throughDay: b)
    }

    /// The `n`-th working day after `date` (`n == 0` gives `date` itself, whatever day it is), so
    /// that `workingDays(after: date, through: result) == n`. A negative `n` counts back: the
    /// `|n|`-th working day before `date`. Results beyond 0001-01-01…9999-12-31 stop at that edge.
    public func adding(workingDays n: Int, to date: CivilDate) -> CivilDate {
        if n == 0 { return date }
        let a = date.dayNumber
        let target = Int(clamping: n.magnitude)
        let edge = n > 0 ? CivilDate.dayNumbers.upperBound : CivilDate.dayNumbers.lowerBound
        // Working days from `date` to `day` (exclusive of `date`), in the direction of counting.
        func counted(_ day: Int) -> Int {
            n > 0 ? workingDays(afterDay: a, throughDay: day) : workingDays(afterDay: day - 1, throughDay: a - 1)
        }
        // `near` has counted < target, `far` has counted >= target; widen, then halve.
        var near = a
        var step = target
        var far = Self.move(a, by: step, toward: edge)
        while counted(far) < target {
            if far == edge { return CivilDate(dayNumber: edge)! }
            near = far
            step = step > Int.max / 2 ? Int.max : step * 2
            far = Self.move(a, by: step, toward: edge)
        }
        while abs(far - near) > 1 {
            let middle = near + (far - near) / 2
            if counted(middle) >= target { far = middle } else { near = middle }
        }
        return CivilDate(dayNumber: far)!
    }

    // MARK: Counting

    /// Working days among day numbers `a + 1 ... b` (`a < b`).
    private func workingDays(afterDay a: Int, throughDay b: Int) -> Int {
        Self.weekdays(before: b + 1) - Self.weekdays(before: a + 1) + exceptionSums[exceptionsThrough(b)] - exceptionSums[exceptionsThrough(a)]
    }

    /// Monday-to-Friday days before day number `x`, counted from the Monday 1969-12-29 (negative
    /// before it); only differences are meaningful.
    private static func weekdays(before x: Int) -> Int {
        let fromMonday = x + 3
        let weeks = fromMonday >= 0 ? fromMonday / 7 : -((-fromMonday + 6) / 7)
        return weeks * 5 + min(fromMonday - weeks * 7, 5)
    }

    /// How many exceptions fall on or before day number `x`.
    private func exceptionsThrough(_ x: Int) -> Int {
        var low = 0, high = exceptionDays.count
        while low < high {
            let middle = (low + high) / 2
            if exceptionDays[middle] <= x { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// `from` moved `distance` days toward `edge`, stopping at it.
    private static func move(_ from: Int, by distance: Int, toward edge: Int) -> Int {
        edge >= from ? (distance >= edge - from ? edge : from + distance) : (distance >= from - edge ? edge : from - distance)
    }
}
