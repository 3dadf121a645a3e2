#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB

/// What the audit trail looked like at a moment, kept outside the store: its length and the
/// hash of its last row. A chain that was cut short, or rewritten from the start, no longer
/// reaches the anchor.
public struct AuditAnchor: Sendable, Hashable {
    /// The store's id (setting `store.id`, kept by backups and restores).
    public var storeID: String
    /// When (ISO 8601, UTC).
    public var at: String
    /// Rows in the trail then.
    public var rows: Int
    /// The last row's hash then ("" for an empty trail).
    public var head: String
    /// Why it was taken ("backup /media/usb/tdkt-….sqlite", "export", "restore").
    public var reason: String
}

/// The anchors file in the configuration folder (`audit-anchors.tsv`, 0600): one anchor per
/// line, appended by every backup, export and restore, newest last. A line that cannot be read
/// is skipped (the file is the clerk's to keep, not a second store).
public struct AuditAnchors: Sendable {
    /// The file.
    public let path: String

    /// The anchors file in `folder`.
    public init(folder: String) {
        path = folder + "/audit-anchors.tsv"
    }

    /// Appends `anchor` (the file and its folder made when missing).
    public func record(_ anchor: AuditAnchor) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_CREAT | O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw AuditKeyProblem(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let clean = { (text: String) in text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
        let line = [anchor.storeID, anchor.at, String(anchor.rows), anchor.head, clean(anchor.reason)].joined(separator: "\t") + "\n"
        let bytes = Array(line.utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else {
            throw AuditKeyProblem(path: path, reason: String(cString: strerror(errno)))
        }
        _ = fsync(descriptor)
    }

    /// The newest anchor of the store `storeID`, if any.
    public func latest(storeID: String) -> AuditAnchor? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var latest: AuditAnchor?
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, fields[0] == storeID, let rows = Int(fields[2]) else { continue }
            latest = AuditAnchor(storeID: fields[0], at: fields[1], rows: rows, head: fields[3], reason: fields[4])
        }
        return latest
    }
}

/// What `tdkt audit verify` found.
public struct AuditVerification: Sendable, Hashable {
    /// Rows in the trail.
    public var rows: Int
    /// The first row whose hash does not follow from its content and the row before.
    public var brokenChainAt: Int?
    /// The first row signed with the clerk's key whose signature does not match.
    public var badSignatureAt: Int?
    /// The first row without a signature after a signed one (signatures removed).
    public var unsignedAt: Int?
    /// Rows whose signature was checked with the clerk's key.
    public var signedRows: Int
    /// Rows signed with other users' keys (not checkable with this one).
    public var otherKeys: Int
    /// The anchor checked, if one was known.
    public var anchor: AuditAnchor?
    /// The trail no longer reaches the anchor: shorter than it, or a different row at its length.
    public var anchorBroken: Bool
    /// With `--against`: the backup's trail is not the beginning of this one (first row that
    /// differs, or the backup's length when this one is shorter).
    public var divergesFromBackupAt: Int?

    /// Whether nothing was found.
    public var holds: Bool {
        brokenChainAt == nil && badSignatureAt == nil && unsignedAt == nil && !anchorBroken && divergesFromBackupAt == nil
    }
}

extension Store {
    /// The store's id (made by migration v10; copied into backups).
    public func storeID() throws -> String? {
        try setting("store.id")
    }

    /// Leaves an anchor of the trail as it is now in the anchors file (if this store has one):
    /// backups do it themselves; exports and restores call it.
    public func recordAnchor(reason: String) throws {
        guard let anchors, let anchor = try auditAnchor(reason: reason) else { return }
        try anchors.record(anchor)
    }

    /// The trail as it is now, as an anchor to keep outside the store.
    public func auditAnchor(reason: String) throws -> AuditAnchor? {
        try read { db in
            guard let id = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'store.id'") else { return nil }
            let rows = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") ?? 0
            let head = try String.fetchOne(db, sql: "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1") ?? ""
            return AuditAnchor(storeID: id, at: timestamp(), rows: rows, head: head, reason: reason)
        }
    }

    /// Checks the audit trail: the hash chain; the signatures made with `key` (and that none
    /// was removed after the first); that the trail still reaches `anchor`; and, with
    /// `backup`, that the backup's trail is the beginning of this one.
    public func verifyAudit(key: AuditKey?, anchor: AuditAnchor?, againstBackup backup: String? = nil) throws -> AuditVerification {
        var result = try read { db -> AuditVerification in
            var result = AuditVerification(rows: 0, brokenChainAt: try Self.firstBrokenAuditRow(db), signedRows: 0, otherKeys: 0,
                                           anchor: anchor, anchorBroken: false)
            var seenSigned = false
            let rows = try Row.fetchCursor(db, sql: "SELECT seq, hash, mac, key_id FROM audit ORDER BY seq")
            var position = 0
            while let row = try rows.next() {
                position += 1
                let seq: Int = row[0], hash: String = row[1], mac: String? = row[2], keyID: String? = row[3]
                if let anchor, position == anchor.rows, hash != anchor.head { result.anchorBroken = true }
                guard let mac, let keyID else {
                    if seenSigned, result.unsignedAt == nil { result.unsignedAt = seq }
                    continue
                }
                seenSigned = true
                guard let key, keyID == key.id else { result.otherKeys += 1; continue }
                result.signedRows += 1
                if key.mac(hash) != mac, result.badSignatureAt == nil { result.badSignatureAt = seq }
            }
            result.rows = position
            if let anchor, position < anchor.rows { result.anchorBroken = true }
            return result
        }
        if let backup { result.divergesFromBackupAt = try divergence(fromBackup: backup) }
        return result
    }

    /// The first position where the backup's trail and this one differ (nil when the backup's is
    /// the beginning of this one).
    private func divergence(fromBackup backup: String) throws -> Int? {
        var configuration = Configuration()
        configuration.readonly = true
        let theirs: [String]
        do {
            let queue = try DatabaseQueue(path: backup, configuration: configuration)
            defer { try? queue.close() }
            theirs = try queue.read { db in try String.fetchAll(db, sql: "SELECT hash FROM audit ORDER BY seq") }
        } catch {
            throw BackupProblem.unusable(path: backup, reason: StoreError.from(error, path: backup).message)
        }
        let ours = try read { db in try String.fetchAll(db, sql: "SELECT hash FROM audit ORDER BY seq LIMIT ?", arguments: [theirs.count]) }
        for (index, hash) in theirs.enumerated() where index >= ours.count || ours[index] != hash { return index + 1 }
        return nil
    }
}
