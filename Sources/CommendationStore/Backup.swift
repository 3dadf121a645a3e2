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
    /// Why the audit anchor of the backup could not be kept (the backup itself is whole).
    public var anchorFailure: String?
}

/// Why a backup or a restore did not happen. Nothing was changed.
public enum BackupProblem: Error, Sendable, Hashable {
    /// The destination exists; a backup never replaces a file.
    case exists(path: String)
    /// The file to restore is not a usable tdkt store (`reason` from `StoreError`, or the
    /// integrity check's first line).
    case unusable(path: String, reason: LocalizedText)
    /// The file to restore has an audit trail whose chain is broken at `row`.
    case brokenAudit(path: String, row: Int)
    /// Another desk has the store open in a write; try again when it is done.
    case busy(path: String)
    /// tdkt has the store open elsewhere (`by`: the processes, as the system names them);
    /// close those desks first.
    case inUse(path: String, by: [String])
    /// The operating system refused (`reason`).
    case failed(path: String, reason: String)

    /// What to tell the clerk.
    public func message(_ language: Language) -> String {
        let vi = language == .vi
        switch self {
        case .exists(let path):
            return vi ? "\(path) đã có; bản sao lưu không ghi đè tệp nào." : "\(path) exists; a backup never replaces a file."
        case .unusable(let path, let reason):
            return vi ? "\(path) không phải kho tdkt dùng được: \(reason(.vi))" : "\(path) is not a usable tdkt store: \(reason(.en))"
        case .brokenAudit(let path, let row):
            return vi ? "\(path): nhật ký bị sửa ngoài tdkt từ dòng \(row); không khôi phục từ tệp này."
                      : "\(path): the audit trail was changed outside tdkt at row \(row); not restoring from it."
        case .busy(let path):
            return vi ? "\(path) đang được ghi ở một bàn làm việc khác; thử lại sau." : "\(path) is being written by another desk; try later."
        case .inUse(let path, let holders):
            let who = holders.isEmpty ? "" : (vi ? " (đang mở: " : " (open in: ") + holders.joined(separator: ", ") + ")"
            return vi ? "\(path) đang được mở ở bàn làm việc khác\(who); hãy đóng rồi khôi phục lại. Chưa thay đổi gì."
                      : "\(path) is open in another desk\(who); close it, then restore again. Nothing was changed."
        case .failed(let path, let reason):
            return vi ? "Không thực hiện được với \(path): \(reason)" : "Could not do it with \(path): \(reason)"
        }
    }
}

extension Store {
    /// Copies the store into a new file at `destination` with SQLite's online backup, which is
    /// consistent while desks keep working. The copy is made under a temporary name beside the
    /// destination, flushed and checked, then given its name (`DurableFile`): a kill at any
    /// moment leaves no file, or a whole one, under the destination's name. The file is 0600; an
    /// existing file is never replaced.
    @discardableResult
    public func backup(to destination: String) throws -> BackupSummary {
        if access(destination, F_OK) == 0 { throw BackupProblem.exists(path: destination) }
        let folder = (destination as NSString).deletingLastPathComponent
        DurableFile.removeStaleTemporaries(in: folder)
        let temporary = try DurableFile.makeTemporary(in: folder, tag: "sao-luu")
        do {
            let copy = try DatabaseQueue(path: temporary)
            try database.backup(to: copy)
            // One self-contained file: no write-ahead log beside it.
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
            try DurableFile.sync(temporary)
            // A store whose audit trail was tampered with is still backed up, as it is.
            var summary = try Self.check(temporary, auditMustHold: false)
            try DurableFile.publish(temporary, as: destination)
            summary.path = destination
            do { try recordAnchor(reason: "backup " + destination) } catch { summary.anchorFailure = "\(error)" }
            return summary
        } catch {
            unlink(temporary)
            unlink(temporary + "-journal")
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
            guard integrity == ["ok"] else { throw BackupProblem.unusable(path: path, reason: .verbatim(integrity.first ?? "integrity_check")) }
            let superseded = try queue.read { db in try Schema.migrator().hasBeenSuperseded(db) }
            if superseded { throw BackupProblem.unusable(path: path, reason: StoreError.newerVersion(path: path).message) }
            let complete = try queue.read { db in try Schema.migrator().hasCompletedMigrations(db) }
            if !complete, try queue.read({ db in try !db.tableExists("nomination") }) {
                throw BackupProblem.unusable(path: path, reason: LocalizedText(vi: "không có bảng đề nghị (nomination)", en: "it has no nomination table"))
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
            throw BackupProblem.unusable(path: path, reason: StoreError.from(error, path: path).message)
        }
    }

    /// Replaces the store at `target` with a copy of the backup `source`, after checking the
    /// backup (whole, not from a newer tdkt, audit chain intact). The current file is kept aside
    /// as `target` + ".truoc-khoi-phuc-<time>" (a hard link, or a copy) and that path returned.
    ///
    /// At every instant the store's name holds a whole store, the old or the new: the copy is
    /// made and flushed under a temporary name beside the target, then renamed over it in one
    /// step, and the folder flushed. Refused while any tdkt has the store open (the lock beside
    /// it; `BackupProblem.inUse` names who) — a desk left open would go on writing into the file
    /// moved aside.
    public static func restore(from source: String, into target: String, stamp: String) throws -> String {
        _ = try check(source)
        let folder = (target as NSString).deletingLastPathComponent
        let aside = target + ".truoc-khoi-phuc-\(stamp)"
        guard let hold = try StoreLock.exclusive(storePath: target) else {
            throw BackupProblem.inUse(path: target, by: StoreLock.holders(storePath: target))
        }
        defer { withExtendedLifetime(hold) {} }
        DurableFile.removeStaleTemporaries(in: folder)
        let sourceQueue: DatabaseQueue
        do {
            var readOnly = Configuration()
            readOnly.readonly = true
            sourceQueue = try DatabaseQueue(path: source, configuration: readOnly)
        } catch {
            throw BackupProblem.unusable(path: source, reason: .verbatim("\(error)"))
        }
        let temporary = try DurableFile.makeTemporary(in: folder, tag: "khoi-phuc")
        do {
            let copy = try DatabaseQueue(path: temporary)
            try sourceQueue.backup(to: copy)
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
            try sourceQueue.close()
            try DurableFile.sync(temporary)
            _ = try check(temporary)
        } catch {
            unlink(temporary)
            unlink(temporary + "-journal")
            throw (error as? BackupProblem) ?? BackupProblem.failed(path: temporary, reason: "\(error)")
        }
        if access(target, F_OK) == 0 {
            do {
                // Fold the write-ahead log into the file before it is kept aside: the file alone
                // is then the whole old store, and the empty log cannot touch the new one.
                let current = try DatabaseQueue(path: target)
                let folded = try current.writeWithoutTransaction { db in
                    try Int.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") == 0
                }
                try current.close()
                guard folded else { throw BackupProblem.busy(path: target) }
                try DurableFile.keep(target, as: aside)
            } catch {
                unlink(temporary)
                throw (error as? BackupProblem) ?? BackupProblem.failed(path: target, reason: "\(error)")
            }
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw BackupProblem.failed(path: target, reason: reason)
        }
        DurableFile.syncFolder(of: target)
        // The old store's (empty) log and shared memory: nobody has the store open.
        for suffix in ["-wal", "-shm"] { unlink(target + suffix) }
        return aside
    }
}
