#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Writing whole files that survive a kill or a power cut: a file is written under a temporary
/// name in the folder it is meant for, flushed to the disk, then given its final name in one
/// step, and the folder flushed. A kill leaves the final name absent or whole, never half a
/// file; the temporary is named for its process, so the next run removes what a killed one
/// left.
enum DurableFile {
    /// The prefix of every temporary tdkt makes beside a final file.
    static let temporaryPrefix = ".tdkt-tmp-"

    /// A new, empty temporary (mode 0600) in `folder`: ".tdkt-tmp-<pid>-<tag>-<random>.sqlite".
    static func makeTemporary(in folder: String, tag: String) throws -> String {
        let name = "\(temporaryPrefix)\(getpid())-\(tag)-\(UInt32.random(in: 0...UInt32.max)).sqlite"
        let path = (folder.isEmpty ? "." : folder) + "/" + name
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw BackupProblem.failed(path: path, reason: String(cString: strerror(errno))) }
        close(descriptor)
        return path
    }

    /// Removes the temporaries of `folder` whose process is gone (a backup or restore killed
    /// half-way), with their journals.
    static func removeStaleTemporaries(in folder: String) {
        let folder = folder.isEmpty ? "." : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) {
            let pidText = name.dropFirst(temporaryPrefix.count).prefix { $0.isNumber }
            guard let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder + "/" + name)
        }
    }

    /// Flushes the file at `path` to the disk.
    static func sync(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BackupProblem.failed(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw BackupProblem.failed(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Flushes the folder holding `path`, so that a rename or link in it survives a power cut.
    static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Gives the flushed `temporary` the name `final`, never replacing a file there: a hard link
    /// (which fails on an existing name) then the temporary removed; where the file system has
    /// no hard links (a FAT-formatted USB stick), a rename after checking the name is free.
    /// - Throws: `BackupProblem.exists` when `final` exists; `.failed` otherwise.
    static func publish(_ temporary: String, as final: String) throws {
        if link(temporary, final) == 0 {
            unlink(temporary)
            syncFolder(of: final)
            return
        }
        let linkError = errno
        if linkError == EEXIST { unlink(temporary); throw BackupProblem.exists(path: final) }
        guard [EPERM, EOPNOTSUPP, EXDEV, EMLINK].contains(linkError) else {
            unlink(temporary)
            throw BackupProblem.failed(path: final, reason: String(cString: strerror(linkError)))
        }
        guard access(final, F_OK) != 0 else { unlink(temporary); throw BackupProblem.exists(path: final) }
        guard rename(temporary, final) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw BackupProblem.failed(path: final, reason: reason)
        }
        syncFolder(of: final)
    }

    /// Keeps the file at `path` also under `aside`: a hard link (the same bytes, no copy), else a
    /// flushed copy.
    static func keep(_ path: String, as aside: String) throws {
        if link(path, aside) == 0 { syncFolder(of: aside); return }
        guard [EPERM, EOPNOTSUPP, EXDEV, EMLINK].contains(errno) else {
            throw BackupProblem.failed(path: aside, reason: String(cString: strerror(errno)))
        }
        do {
            try FileManager.default.copyItem(atPath: path, toPath: aside)
            try sync(aside)
            syncFolder(of: aside)
        } catch let problem as BackupProblem {
            throw problem
        } catch {
            throw BackupProblem.failed(path: aside, reason: error.localizedDescription)
        }
    }
}
