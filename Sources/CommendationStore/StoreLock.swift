#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The lock beside a store that says who has it open: every open `Store` holds a shared
/// `flock` on `<store>.lock` for its lifetime, and a restore takes it exclusively, so that a
/// store is never swapped under a desk that would go on writing into the file moved aside.
/// (`flock` on a file of its own: locking the database file itself would share SQLite's POSIX
/// locks, which any `close` in the process releases.)
final class StoreLock: Sendable {
    /// The lock file's path for the store at `storePath`.
    static func path(for storePath: String) -> String { storePath + ".lock" }

    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// A shared hold, taken by every open store; nil when the lock file cannot be made (a
    /// read-only folder: then nothing is restored into it either). Never waits: a restore in
    /// progress makes it fail with `EWOULDBLOCK`.
    static func shared(storePath: String) throws -> StoreLock? {
        let descriptor = open(path(for: storePath), O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else {
            close(descriptor)
            throw StoreError.locked(path: storePath)
        }
        return StoreLock(descriptor: descriptor)
    }

    /// The exclusive hold a restore needs; nil when another process or open store holds it
    /// (`holders` says who, when the system lets us see).
    static func exclusive(storePath: String) throws -> StoreLock? {
        let descriptor = open(path(for: storePath), O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            throw BackupProblem.failed(path: path(for: storePath), reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return StoreLock(descriptor: descriptor)
    }

    /// The processes that have the lock file open, as "tdkt (PID 4242)", read from `/proc`
    /// (empty where it cannot be read); this process is left out.
    static func holders(storePath: String) -> [String] {
        let target = (path(for: storePath) as NSString).standardizingPath
        let resolved = URL(fileURLWithPath: path(for: storePath)).resolvingSymlinksInPath().path
        let me = getpid()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var found: [String] = []
        for entry in entries {
            guard let pid = Int32(entry), pid != me,
                  let fds = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(entry)/fd") else { continue }
            let holds = fds.contains { fd in
                let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/fd/\(fd)")) ?? ""
                return link == target || link == resolved
            }
            guard holds else { continue }
            let name = (try? String(contentsOfFile: "/proc/\(entry)/comm", encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
            found.append("\(name) (PID \(pid))")
        }
        return found.sorted()
    }
}
