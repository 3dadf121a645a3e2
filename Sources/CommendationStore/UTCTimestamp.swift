import Commendation
import Foundation

/// ISO 8601 timestamps in UTC with whole seconds ("2026-11-30T00:38:47Z"), formatted by
/// arithmetic: the store writes one for every row and audit entry, and a date formatter
/// built per call cost more than the insert itself on large imports.
enum UTCTimestamp {
    /// `date` as "YYYY-MM-DDTHH:MM:SSZ" (seconds rounded down).
    static func string(from date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let ofDay = seconds - days * 86_400
        let day = CivilDate(dayNumber: days)?.iso ?? "0001-01-01"
        return day + "T" + (ofDay / 3_600).zeroPadded(to: 2) + ":" + (ofDay % 3_600 / 60).zeroPadded(to: 2) + ":"
            + (ofDay % 60).zeroPadded(to: 2) + "Z"
    }
}
