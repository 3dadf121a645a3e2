import CommendationStore
import Foundation

/// Names of backup files: "tdkt-20261129-2215.sqlite", in local time, sortable.
public enum BackupNaming {
    /// "20261129-221530".
    public static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }

    /// "tdkt-20261129-221530.sqlite".
    public static func fileName(_ date: Date) -> String { "tdkt-\(stamp(date)).sqlite" }
}
