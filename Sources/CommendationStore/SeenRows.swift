import Foundation
import GRDB

/// The keys of the rows an import has planned so far (a person's citizen ID, or folded name
/// and birth date; a household's head and residential group), each with the line it was first
/// seen on: how a later row is found to repeat an earlier one.
///
/// A file read whole keeps them in a dictionary. A streamed file of millions of rows keeps
/// them in a temporary SQLite file of their own (`onDisk()`), so that memory does not grow
/// with the file: SQLite keeps a few megabytes of its pages in memory and the rest on disk,
/// and deletes the file when it is closed.
final class SeenRows {
    private var memory: [String: Int] = [:]
    private let disk: DatabaseQueue?

    private init(disk: DatabaseQueue?) {
        self.disk = disk
    }

    /// Keys kept in memory.
    static func inMemory() -> SeenRows { SeenRows(disk: nil) }

    /// Keys kept in a temporary database on disk, removed when the import ends.
    /// - Throws: `StoreError` when the temporary database cannot be made.
    static func onDisk() throws -> SeenRows {
        do {
            var configuration = Configuration()
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -4096")
            }
            // An empty path: SQLite's private temporary database, on disk, deleted when closed.
            let queue = try DatabaseQueue(path: "", configuration: configuration)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE seen (key TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID")
            }
            return SeenRows(disk: queue)
        } catch {
            throw Self.failure(error)
        }
    }

    /// The temporary database's error as the clerk reads it: the disk full, or SQLite's message.
    private static func failure(_ error: any Error) -> StoreError {
        let folder = NSTemporaryDirectory()
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL { return .diskFull(path: folder) }
        return .other(path: folder, message: (error as? DatabaseError)?.message ?? "\(error)")
    }

    /// The line `key` was first seen on, or nil when it is new (it is then kept with `line`).
    func firstLine(of key: String, line: Int) throws -> Int? {
        guard let disk else {
            if let earlier = memory[key] { return earlier }
            memory[key] = line
            return nil
        }
        do {
            return try disk.inDatabase { db -> Int? in
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO seen (key, line) VALUES (?, ?)").execute(arguments: [key, line])
                if db.changesCount > 0 { return nil }
                return try Int.fetchOne(db.cachedStatement(sql: "SELECT line FROM seen WHERE key = ?"), arguments: [key])
            }
        } catch {
            throw Self.failure(error)
        }
    }
}
