#if canImport(Glibc)
import Glibc
#endif
import Commendation
import Foundation
import VietnameseText

/// Writing a file that holds personal data (an export, the publication list, a document):
/// readable and writable by its owner only (0600, like the store), whatever the umask, and
/// never through a symbolic link standing where the file goes.
///
/// - A new file is created with O_CREAT | O_EXCL | O_NOFOLLOW: anything already at the path,
///   a symbolic link included (even one that points nowhere), makes it fail with `.exists`.
/// - Replacing (`--force`) writes a new 0600 file beside the target and renames it over the
///   target: a symbolic link there is replaced, never followed, and a reader sees the old file
///   or the new one, never half of one.
///
/// The mode is set with fchmod after creation, since the mode given to open is narrowed by the
/// umask and Foundation's writes leave the umask's mode (0644, or 0666 under umask 000).
public enum PrivateFile {
    /// The owner's read and write permission only.
    public static let mode: mode_t = 0o600

    /// Why a file was not written.
    public enum Failure: Error, Sendable, Hashable {
        /// Something is at the path already (a file, a folder or a symbolic link).
        case exists(path: String)
        /// The system refused (`reason`).
        case failed(path: String, reason: String)

        /// What to tell the clerk.
        public func message(_ language: Language) -> String {
            switch self {
            case .exists(let path):
                return language == .vi ? "\(path) đã có" : "\(path) exists"
            case .failed(let path, let reason):
                return language == .vi ? "không ghi được \(path): \(reason)" : "cannot write \(path): \(reason)"
            }
        }
    }

    /// Writes `data` to a new file at `path`, or over the file there when `replacing`.
    public static func write(_ data: Data, to path: String, replacing: Bool = false) throws {
        guard replacing else {
            try create(path, data: data)
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(".\(name).\(getpid()).\(UUID().uuidString.prefix(8)).tmp")
        try create(temporary, data: data)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure.failed(path: path, reason: reason)
        }
    }

    /// Writes a file at `path` (a new one, or over the file there when `replacing`) as `body`
    /// writes it to the sink it is given: the same file as `write(_:to:replacing:)` of the same
    /// bytes, made without holding them (a streamed export). Nothing is left at the path when
    /// `body` throws; its error comes through. The sink escapes what is written as `escaping`
    /// says (`.json` for the exchange format), when given.
    public static func write(to path: String, replacing: Bool = false, escaping: TerminalText.Style? = nil,
                             _ body: (OutputSink) throws -> Void) throws {
        guard replacing else {
            try create(path, escaping: escaping, body)
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(".\(name).\(getpid()).\(UUID().uuidString.prefix(8)).tmp")
        try create(temporary, escaping: escaping, body)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure.failed(path: path, reason: reason)
        }
    }

    private static func create(_ path: String, data: Data) throws {
        try create(path) { sink in try sink.write(bytes: data) }
    }

    private static func create(_ path: String, escaping: TerminalText.Style? = nil, _ body: (OutputSink) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            if errno == EEXIST || errno == ELOOP { throw Failure.exists(path: path) }
            throw Failure.failed(path: path, reason: String(cString: strerror(errno)))
        }
        var failure: String?
        if fchmod(descriptor, mode) != 0 { failure = String(cString: strerror(errno)) }
        if failure == nil {
            do {
                let sink = OutputSink(descriptor: descriptor, escaping: escaping)
                try body(sink)
                try sink.flush()
            } catch let error as OutputSink.Failure {
                failure = error.reason
            } catch {
                close(descriptor)
                unlink(path)
                throw error
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(path)
            throw Failure.failed(path: path, reason: failure)
        }
    }
}
