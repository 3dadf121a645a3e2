import Foundation

/// Day arithmetic on civil dates, in the proleptic Gregorian calendar, without Foundation's
/// `Calendar` (so no time zone or locale can shift a day).
extension CivilDate {
    /// A day of the week, numbered as in ISO 8601 (Monday 1 … Sunday 7).
    public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable {
        /// Thứ Hai.
        case monday = 1
        /// Thứ Ba.
        case tuesday
        /// Thứ Tư.
        case wednesday
        /// Thứ Năm.
        case thursday
        /// Thứ Sáu.
        case friday
        /// Thứ Bảy.
        case saturday
        /// Chủ nhật.
        case sunday

        /// Saturday or Sunday, the weekly rest of public servants.
        public var isWeekend: Bool { self == .saturday || self == .sunday }

        /// "thứ Hai" … "Chủ nhật".
        public var vietnameseName: String {
            switch self {
            case .monday: return "thứ Hai"
            case .tuesday: return "thứ Ba"
            case .wednesday: return "thứ Tư"
            case .thursday: return "thứ Năm"
            case .friday: return "thứ Sáu"
            case .saturday: return "thứ Bảy"
            case .sunday: return "Chủ nhật"
            }
        }

        /// Monday first.
        public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
    }

    /// The day numbers a `CivilDate` can have: 0001-01-01 (−719 162) through 9999-12-31 (2 932 896).
    public static let dayNumbers: ClosedRange<Int> = -719_162...2_932_896

    /// Days since 1970-01-01 (negative before it), counted in the proleptic Gregorian calendar.
    public var dayNumber: Int {
        // H. Hinnant's days_from_civil: years start on 1 March, so the leap day ends the year.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01, or nil outside 0001-01-01…9999-12-31.
    public init?(dayNumber: Int) {
        guard CivilDate.dayNumbers.contains(dayNumber) else { return nil }
        // H. Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4).
        let fromMonday = ((dayNumber + 3) % 7 + 7) % 7
        return Weekday(rawValue: fromMonday + 1)!
    }

    /// The date `days` later (earlier when negative), or nil when that is outside 0001–9999.
    public func adding(days: Int) -> CivilDate? {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return overflow ? nil : CivilDate(dayNumber: sum)
    }
}
