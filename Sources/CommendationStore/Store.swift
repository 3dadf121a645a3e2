import Commendation
import Foundation
import GRDB

/// Who makes a change: the operating-system user and the desk profile. Written into every
/// audit row.
public struct Actor: Sendable, Hashable {
    /// OS user name.
    public var osUser: String
    /// Desk profile ("desk", "cli").
    public var profile: String
    /// Creates an actor.
    public init(osUser: String, profile: String) {
        self.osUser = osUser
        self.profile = profile
    }
    /// The current OS user with `profile`.
    public static func current(profile: String) -> Actor {
        let environment = ProcessInfo.processInfo.environment
        let name = [environment["USER"], environment["LOGNAME"], accountName()].compactMap { $0 }.first { !$0.isEmpty } ?? "unknown"
        return Actor(osUser: name, profile: profile)
    }

    /// The account of the process's user, from the password database (when USER is unset, as
    /// under some service managers and terminals).
    private static func accountName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}

/// The ward's local file store: one SQLite file in WAL mode, every change in a transaction and
/// written to the audit trail.
public final class Store: Sendable {
    /// Path of the file.
    public let path: String
    /// True when this open created the file (first run).
    public let wasCreated: Bool
    /// True when the store was opened read-only (asked for, or the file cannot be written):
    /// everything can be read; every write fails with `StoreError.readOnly`.
    public let isReadOnly: Bool
    let database: DatabasePool
    let clock: any Clock
    let actor: Actor
    /// The shared hold on `<store>.lock` that keeps a restore from swapping the file under us.
    private let lock: StoreLock?
    /// The file opened (device and inode): a write refuses once the path names another file.
    private let identity: FileIdentity?
    /// The key that signs the audit rows this store writes (nil: rows carry the plain chain only).
    let auditKey: AuditKey?
    /// Where backups and exports leave an anchor of the audit trail (nil: nowhere).
    public let anchors: AuditAnchors?

    /// Opens the store at `path`, creating its folder (mode 0700) and file (mode 0600) when
    /// missing and `create` allows it, and brings the schema up to date. A file this process may
    /// not write is opened read-only (`isReadOnly`), as is any file when `readOnly` is true.
    /// Before anything is written the file is looked at: a regular file (not a FIFO, a device,
    /// a link to one), an SQLite database, not from a newer tdkt, with every table and index its
    /// migrations made.
    /// - Throws: `StoreError` saying why the store cannot be used.
    public init(path: String, clock: any Clock = SystemClock(), actor: Actor = .current(profile: "desk"), readOnly: Bool = false,
                create: Bool = true, auditKey: AuditKey? = nil, anchors: AuditAnchors? = nil) throws {
        self.path = path
        self.auditKey = auditKey
        self.anchors = anchors
        self.clock = clock
        self.actor = actor
        let fileManager = FileManager.default
        var created = false
        var readOnly = readOnly
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError.isAFolder(path: path)
        }
        if (readOnly || !create), !fileManager.fileExists(atPath: path) {
            throw StoreError.noStore(path: path)
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            throw StoreError.notAFile(path: path)
        }
        if !fileManager.fileExists(atPath: path) {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !fileManager.fileExists(atPath: folder) {
                if let reason = Self.makeFolders(folder) {
                    throw StoreError.cannotCreateFolder(path: path, folder: folder, reason: reason)
                }
            }
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            close(descriptor)
            created = true
        } else if !fileManager.isWritableFile(atPath: path) {
            readOnly = true
        }
        wasCreated = created
        isReadOnly = readOnly
        lock = try StoreLock.shared(storePath: path)
        identity = FileIdentity(path: path)
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(5)
        configuration.foreignKeysEnabled = true
        // A save the clerk saw acknowledged survives a power cut, not only a crash.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        do {
            if !created {
                // Look before touching: a store from a newer tdkt (or not a store at all) is
                // refused before anything, even the journal mode, is written to it.
                var look = Configuration()
                look.readonly = true
                // Waits as the store's own connections do: another tdkt opening the same file
                // at that moment (setting up its journal) held it for an instant, and the look
                // was refused as "locked" (one trial in a hundred of two imports at once).
                look.busyMode = configuration.busyMode
                let queue = try DatabaseQueue(path: path, configuration: look)
                let (superseded, version, missing) = try queue.read { db in
                    let migrator = Schema.migrator()
                    // A store whose schema was cut short (a table dropped) is refused before the
                    // journal mode or a migration touches it.
                    let missing = try migrator.hasCompletedMigrations(db) ? Schema.missingObjects(db) : []
                    return (try migrator.hasBeenSuperseded(db), try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, missing)
                }
                try queue.close()
                if superseded || version > Schema.migrationIDs.count { throw StoreError.newerVersion(path: path) }
                if !missing.isEmpty { throw StoreError.incomplete(path: path, missing: missing) }
            }
            database = try DatabasePool(path: path, configuration: configuration)
            let migrator = Schema.migrator()
            if readOnly {
                guard try database.read({ db in try migrator.hasCompletedMigrations(db) }) else {
                    throw StoreError.needsUpgrade(path: path)
                }
            } else {
                try migrator.migrate(database)
                try database.writeWithoutTransaction { db in
                    if try Int.fetchOne(db, sql: "PRAGMA user_version") != Schema.migrationIDs.count {
                        try db.execute(sql: "PRAGMA user_version = \(Schema.migrationIDs.count)")
                    }
                }
            }
            let missing = try database.read { db in try Schema.missingObjects(db) }
            if !missing.isEmpty { throw StoreError.incomplete(path: path, missing: missing) }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Runs a write transaction, mapping errors to `StoreError`. Refused when the store's path
    /// now names another file (restored or moved by hand under this open store): the write
    /// would land in the file moved aside and be lost.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if let identity, FileIdentity(path: path) != identity { throw StoreError.replaced(path: path) }
        do {
            return try database.write(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Runs a read, mapping errors to `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Identifiers of the migrations applied to the file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in
            let applied = try Schema.migrator().appliedIdentifiers(db)
            return Schema.migrationIDs.filter(applied.contains)
        }
    }

    /// Whether the store holds no nominee yet (a new, empty store).
    public func isEmpty() throws -> Bool {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM nominee LIMIT 1)") == 0 }
    }

    // MARK: Settings

    /// A setting's value.
    public func setting(_ key: String) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    /// Sets a setting (audited).
    public func setSetting(_ key: String, to value: String) throws {
        try write { db in
            let before = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
            guard before != value else { return }
            try db.execute(sql: "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [key, value])
            try audit(db, action: "set", entity: "setting", id: key, before: before, after: value)
        }
    }

    /// Timestamp for rows and audit entries (UTC, ISO 8601 with seconds).
    func timestamp() -> String {
        UTCTimestamp.string(from: clock.now())
    }
}

/// A file's device and inode: what says that a path still names the file opened.
struct FileIdentity: Sendable, Hashable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file at `path` (symlinks followed); nil when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

extension Store {
    /// Makes `folder` and the folders above it that are missing, each 0700; nil when done, else
    /// the system's words for why not (Foundation's own message names no cause).
    static func makeFolders(_ folder: String) -> String? {
        var prefix = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0, errno != EEXIST { return String(cString: strerror(errno)) }
        }
        var info = stat()
        guard stat(folder, &info) == 0 else { return String(cString: strerror(errno)) }
        return (info.st_mode & S_IFMT) == S_IFDIR ? nil : String(cString: strerror(ENOTDIR))
    }
}
