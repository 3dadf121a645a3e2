import Commendation
import Foundation
import VietnameseText

/// Where written documents go: a file the clerk names, or a folder (`~/tdkt-van-ban` from the
/// desk) where each document gets its own name and an existing file is never replaced.
public enum DocumentOutput {
    /// The desk's folder for documents unless the setting `documents.folder` says otherwise.
    public static let defaultFolder = "~/tdkt-van-ban"

    /// Why a document could not be written.
    public enum Failure: Error, Sendable, Hashable {
        /// The folder could not be made (or is a file).
        case folder(String)
        /// The file is there and was not to be replaced.
        case exists(String)
        /// The file could not be written: the path and the system's reason.
        case write(String, String)
    }

    /// The file for `output`: inside it when it ends with "/" or is a folder (made if
    /// missing, private to the user), else `output` itself; "~" is the home folder.
    public static func path(_ output: String, fileName: String) throws -> String {
        let expanded = expandingHome(output)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: expanded, isDirectory: &isFolder)
        if output.hasSuffix("/") || (exists && isFolder.boolValue) {
            try makeFolder(expanded)
            return (expanded as NSString).appendingPathComponent(fileName)
        }
        return expanded
    }

    /// Writes `text` into `folder` as `fileName`, or as "name-2.ext", "name-3.ext"… when a file
    /// of that name exists. A ".csv" file gets a byte-order mark so that spreadsheets read it as
    /// UTF-8. Returns the path written.
    public static func write(_ text: String, fileName: String, folder: String) throws -> String {
        let ext = (fileName as NSString).pathExtension
        return try write(bytes(text, csv: ext.lowercased() == "csv"), fileName: fileName, folder: folder)
    }

    /// Writes `data` into `folder` as `fileName`, or as "name-2.ext", "name-3.ext"… when a file
    /// of that name exists; readable by the user only (0600). Returns the path written.
    public static func write(_ data: Data, fileName: String, folder: String) throws -> String {
        try write(fileName: fileName, folder: folder) { sink in try sink.write(bytes: data) }
    }

    /// Writes into `folder`, as `fileName` or "name-2.ext", "name-3.ext"… when a file of that
    /// name exists, what `body` writes to its sink (escaped as `escaping` says, when given),
    /// without holding the bytes (an export of a province's million nominations); readable by
    /// the user only (0600). Returns the path written.
    public static func write(fileName: String, folder: String, escaping: TerminalText.Style? = nil,
                             _ body: (OutputSink) throws -> Void) throws -> String {
        let directory = expandingHome(folder)
        try makeFolder(directory)
        let base = (fileName as NSString).deletingPathExtension, ext = (fileName as NSString).pathExtension
        var copy = 1
        while true {
            let name = copy == 1 ? fileName : "\(base)-\(copy).\(ext)"
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                // A name taken is found before `body` runs (the file is created exclusively).
                try writeFile(to: path, force: false, escaping: escaping, body)
                return path
            } catch Failure.exists {
                copy += 1
            }
        }
    }

    /// Writes `data` to `path`, readable and writable by the user only (0600, whatever the
    /// umask), never through a symbolic link (see `PrivateFile`). A file that is there is replaced
    /// only with `force` — then atomically, through a private temporary file renamed over it;
    /// otherwise `Failure.exists`, and nothing changes.
    public static func writeFile(_ data: Data, to path: String, force: Bool) throws {
        do {
            try PrivateFile.write(data, to: path, replacing: force)
        } catch PrivateFile.Failure.exists(let path) {
            throw Failure.exists(path)
        } catch PrivateFile.Failure.failed(let path, let reason) {
            throw Failure.write(path, reason)
        }
    }

    /// Writes the file at `path` as `body` writes it to its sink, under the same rules as
    /// `writeFile(_:to:force:)` (0600, never through a link, replaced only with `force`), without
    /// holding its bytes; the sink escapes as `escaping` says, when given.
    public static func writeFile(to path: String, force: Bool, escaping: TerminalText.Style? = nil,
                                 _ body: (OutputSink) throws -> Void) throws {
        do {
            try PrivateFile.write(to: path, replacing: force, escaping: escaping, body)
        } catch PrivateFile.Failure.exists(let path) {
            throw Failure.exists(path)
        } catch PrivateFile.Failure.failed(let path, let reason) {
            throw Failure.write(path, reason)
        }
    }

    /// The file's bytes: UTF-8, with a byte-order mark for CSV.
    public static func bytes(_ text: String, csv: Bool) -> Data {
        Data(((csv ? "\u{FEFF}" : "") + text).utf8)
    }

    /// `path` with a leading "~" replaced by `$HOME` (as a shell does), else the account's home.
    public static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + path.dropFirst()
    }

    private static func makeFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Failure.folder(path) }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure.folder(path)
        }
    }
}
