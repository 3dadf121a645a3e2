#if canImport(Glibc)
import Glibc
#endif
import Commendation
import Foundation
import GRDB

/// What a backup holds, as `tdkt backup` and `tdkt restore` report it.
public struct BackupSummary: Sendable, Hashable {
    /// The file.
    public var path: String
    /// Nominations in it.
    public var nominations: Int
    /// Audit rows in it.
    public var auditRows: Int
}

/// Why a backup or a restore did not happen. Nothing was changed.
public enum BackupProblem: Error, Sendable, Hashable {
    /// The destination exists; a backup never replaces a file.
    case exists(path: String)
    /// The file to restore is not a usable tdkt store (`reason` from `StoreError`, or the
    /// integrity check's first line).
    case unusable(path: String, reason: String)
    /// The file to restore has an audit trail whose chain is broken at `row`.
    case brokenAudit(path: String, row: Int)
    /// Another desk has the store open in a write; try again when it is done.
    case busy(path: String)
    /// The operating system refused (`reason`).
    case failed(path: String, reason: String)

    /// What to tell the clerk.
    public func message(_ language: Language) -> String {
        let vi = language == .vi
        switch self {
        case .exists(let path):
            return vi ? "\(path) đã có; bản sao lưu không ghi đè tệp nào." : "\(path) exists; a backup never replaces a file."
        case .unusable(let path, let reason):
            return vi ? "\(path) không phải kho tdkt dùng được: \(reason)" : "\(path) is not a usable tdkt store: \(reason)"
        case .brokenAudit(let path, let row):
            return vi ? "\(path): nhật ký bị sửa ngoài tdkt từ dòng \(row); không khôi phục từ tệp này."
                      : "\(path): the audit trail was changed outside tdkt at row \(row); not restoring from it."
        case .busy(let path):
            return vi ? "\(path) đang được ghi ở một bàn làm việc khác; thử lại sau." : "\(path) is being written by another desk; try later."
        case .failed(let path, let reason):
            return vi ? "Không thực hiện được với \(path): \(reason)" : "Could not do it with \(path): \(reason)"
        }
    }
}

extension Store {
    /// Copies the store into a new file at `destination` with SQLite's online backup, which is
    /// consistent while desks keep working. The file is created 0600 and checked afterwards;
    /// an existing file is never replaced.
    @discardableResult
    public func backup(to destination: String) throws -> BackupSummary {
        let descriptor = open(destination, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw BackupProblem.exists(path: destination) }
            throw BackupProblem.failed(path: destination, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
        do {
            let copy = try DatabaseQueue(path: destination)
            try database.backup(to: copy)
            // One self-contained file: no write-ahead log beside it.
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
            // A store whose audit trail was tampered with is still backed up, as it is.
            return try Self.check(destination, auditMustHold: false)
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            if let problem = error as? BackupProblem { throw problem }
            throw BackupProblem.failed(path: destination, reason: "\(error)")
        }
    }

    /// Checks that `path` is a whole tdkt store: SQLite's integrity check, tdkt's migrations
    /// (none from a newer tdkt), the audit chain. Opens it read-only; changes nothing (an older
    /// backup is migrated when the restored store is first opened).
    public static func check(_ path: String, auditMustHold: Bool = true) throws -> BackupSummary {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            let integrity = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            guard integrity == ["ok"] else { throw BackupProblem.unusable(path: path, reason: integrity.first ?? "integrity_check") }
            let superseded = try queue.read { db in try Schema.migrator().hasBeenSuperseded(db) }
            if superseded { throw BackupProblem.unusable(path: path, reason: StoreError.newerVersion(path: path).message(.vi)) }
            let complete = try queue.read { db in try Schema.migrator().hasCompletedMigrations(db) }
            if !complete, try queue.read({ db in try !db.tableExists("nomination") }) {
                throw BackupProblem.unusable(path: path, reason: "không có bảng nomination")
            }
            if auditMustHold, let row = try queue.read({ db in try firstBrokenAuditRow(db) }) {
                throw BackupProblem.brokenAudit(path: path, row: row)
            }
            let counts = try queue.read { db in
                (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nomination") ?? 0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0)
            }
            return BackupSummary(path: path, nominations: counts.0, auditRows: counts.1)
        } catch let problem as BackupProblem {
            throw problem
        } catch {
            throw BackupProblem.unusable(path: path, reason: StoreError.from(error, path: path).message(.vi))
        }
    }

    /// Replaces the store at `target` with a copy of the backup `source`, after checking the
    /// backup (whole, not from a newer tdkt, audit chain intact). The current file is kept
    /// aside as `target` + ".truoc-khoi-phuc-<time>" and its path returned. The copy is made
    /// next to the target first and renamed over it, so a failure at any point leaves either
    /// the old store or the new one, never half of each. Refused when the store's write-ahead
    /// log cannot be folded in (a desk is reading or writing); a desk left open on the store keeps the old
    /// file, so desks are closed first.
    public static func restore(from source: String, into target: String, stamp: String) throws -> String {
        _ = try check(source)
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".tdkt-khoi-phuc-\(stamp).sqlite")
        let aside = target + ".truoc-khoi-phuc-\(stamp)"
        let sourceQueue: DatabaseQueue
        do {
            var readOnly = Configuration()
            readOnly.readonly = true
            sourceQueue = try DatabaseQueue(path: source, configuration: readOnly)
        } catch {
            throw BackupProblem.unusable(path: source, reason: "\(error)")
        }
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw BackupProblem.failed(path: temporary, reason: String(cString: strerror(errno))) }
        close(descriptor)
        do {
            let copy = try DatabaseQueue(path: temporary)
            try sourceQueue.backup(to: copy)
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
            try sourceQueue.close()
            _ = try check(temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw (error as? BackupProblem) ?? BackupProblem.failed(path: temporary, reason: "\(error)")
        }
        if FileManager.default.fileExists(atPath: target) {
            // Fold the write-ahead log into the file before it moves aside. A checkpoint that
            // another connection blocks does not fail: its first column says it was busy.
            let folded = (try? { () throws -> Bool in
                let current = try DatabaseQueue(path: target)
                defer { try? current.close() }
                return try current.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") == 0 }
            }()) ?? false
            guard folded else {
                try? FileManager.default.removeItem(atPath: temporary)
                throw BackupProblem.busy(path: target)
            }
            guard rename(target, aside) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: temporary)
                throw BackupProblem.failed(path: target, reason: reason)
            }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside, target)  // put the old store back
            throw BackupProblem.failed(path: target, reason: reason)
        }
        return aside
    }
}
