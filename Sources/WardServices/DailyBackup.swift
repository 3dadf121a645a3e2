import CommendationStore
import Foundation

/// The automatic daily backup: when the desk opens and the backup folder (setting
/// `backup-folder`) has no copy from today, it makes one ("tdkt-20261129-081500.sqlite",
/// 0600, SQLite's online backup) and keeps the newest `backup-keep` copies, deleting older
/// ones. Only files named like tdkt's backups are ever deleted.
public enum DailyBackup {
    /// What happened.
    public enum Outcome: Sendable, Hashable {
        /// A copy was made at `path`; `removed` old copies were deleted.
        case made(path: String, removed: [String])
        /// Today's copy exists already.
        case alreadyToday
    }

    /// Makes today's copy of `store` in `folder` if there is none, and rotates.
    public static func run(store: Store, folder: String, keep: Int, now: Date = Date()) throws -> Outcome {
        let directory = DocumentOutput.expandingHome(folder)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let today = String(BackupNaming.stamp(now).prefix(8))
        let existing = try backups(in: directory)
        if existing.contains(where: { $0.dropFirst(5).hasPrefix(today) }) { return .alreadyToday }
        let path = (directory as NSString).appendingPathComponent(BackupNaming.fileName(now))
        try store.backup(to: path)
        let all = try backups(in: directory).sorted()
        let removed = all.count > keep ? Array(all.prefix(all.count - keep)) : []
        for name in removed { try FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name)) }
        return .made(path: path, removed: removed)
    }

    /// Names of tdkt's backups in `directory` ("tdkt-YYYYMMDD-HHMMSS.sqlite").
    static func backups(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { name in
            name.hasPrefix("tdkt-") && name.hasSuffix(".sqlite") && name.count == "tdkt-20261129-081500.sqlite".count
                && name.dropFirst(5).prefix(8).allSatisfy(\.isNumber)
        }
    }
}
