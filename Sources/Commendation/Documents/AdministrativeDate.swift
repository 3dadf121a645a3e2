import Foundation
import VietnameseText

/// Dates as administrative documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I):
/// "Đầm Hà, ngày 05 tháng 02 năm 2026". Days below 10 and the months 1 and 2 take a leading
/// zero; the months 3 to 12 do not ("ngày 10 tháng 3 năm 2026").
public enum AdministrativeDate {
    /// The day as written: "05", "10".
    public static func day(_ date: CivilDate) -> String {
        date.day < 10 ? "0\(date.day)" : "\(date.day)"
    }

    /// The month as written: "01", "02", "3", "12".
    public static func month(_ date: CivilDate) -> String {
        date.month < 3 ? "0\(date.month)" : "\(date.month)"
    }

    /// "ngày 05 tháng 02 năm 2026".
    public static func long(_ date: CivilDate) -> String {
        "ngày \(day(date)) tháng \(month(date)) năm \(date.year)"
    }

    /// The place and date line under the motto: "Đầm Hà, ngày 25 tháng 02 năm 2020".
    /// Without a date (a draft to be dated when signed) the day and month are left blank:
    /// "Đầm Hà, ngày      tháng      năm 2026" (`blank` is put in each gap; the year is
    /// printed when known, otherwise left blank too).
    public static func line(place: String, date: CivilDate?, year: Int? = nil, blank: String = "     ") -> String {
        let when: String
        if let date {
            when = long(date)
        } else {
            when = "ngày \(blank) tháng \(blank) năm \(year.map(String.init) ?? blank)"
        }
        let placeText = place.nfc.trimmingCharacters(in: .whitespaces)
        return placeText.isEmpty ? when : "\(placeText), \(when)"
    }

    /// Inclusive count of days from `start` to `end` (12/11 to 21/11 is 10 days); 0 when `end`
    /// is before `start`.
    public static func daysInclusive(from start: CivilDate, to end: CivilDate) -> Int {
        max(0, end.dayNumber - start.dayNumber + 1)
    }
}
