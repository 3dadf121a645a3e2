#if canImport(Glibc)
import Glibc
#endif
import Commendation
import Foundation

extension InputFile {
    /// What `readOrSpool(_:name:)` read.
    public enum Input {
        /// The whole input, at most `maximumBytes`.
        case bytes(Data)
        /// A larger input, copied to a temporary file (the owner's only, 0600) at `path`, to
        /// be read by name and then removed (`removeSpool(_:)`).
        case spooled(path: String)
    }

    /// Reads `handle` (standard input for `tdkt check -`) to its end, named `name` in messages:
    /// in memory up to `maximumBytes`, else into a temporary file a megabyte at a time, so that
    /// a pipe of any size is checked as a file given by name is (in two passes, never held).
    /// - Throws: `Failure` when the input cannot be read or the temporary file written.
    public static func readOrSpool(_ handle: FileHandle, name: String) throws -> Input {
        let first = try chunk(of: handle, upTo: maximumBytes + 1, name: name)
        guard first.count > maximumBytes else { return .bytes(first) }
        let folder = NSTemporaryDirectory()
        let path = (folder as NSString).appendingPathComponent("tdkt-input-\(getpid())-\(UUID().uuidString.prefix(8)).json")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, PrivateFile.mode)
        guard descriptor >= 0 else { throw spoolFailure(name: name, folder: folder, reason: String(cString: strerror(errno))) }
        var closed = false
        do {
            defer { if !closed { close(descriptor) } }
            guard fchmod(descriptor, PrivateFile.mode) == 0 else {
                throw spoolFailure(name: name, folder: folder, reason: String(cString: strerror(errno)))
            }
            var bytes = first
            while !bytes.isEmpty {
                try writeAll(bytes, to: descriptor, name: name, folder: folder)
                bytes = try chunk(of: handle, upTo: 1 << 20, name: name)
            }
            closed = true
            guard close(descriptor) == 0 else { throw spoolFailure(name: name, folder: folder, reason: String(cString: strerror(errno))) }
        } catch {
            unlink(path)
            throw error
        }
        return .spooled(path: path)
    }

    /// Removes the temporary file of a spooled input.
    public static func removeSpool(_ path: String) {
        unlink(path)
    }

    /// At most `count` bytes of `handle`: fewer only at its end.
    private static func chunk(of handle: FileHandle, upTo count: Int, name: String) throws -> Data {
        do {
            var data = Data()
            // A pipe gives what it holds at the moment: read until `count` or the end.
            while data.count < count, let more = try handle.read(upToCount: count - data.count), !more.isEmpty {
                data.append(more)
            }
            return data
        } catch {
            throw Failure(message: LocalizedText(vi: "không đọc được \(name): \(error.localizedDescription)",
                                                 en: "cannot read \(name): \(error.localizedDescription)"))
        }
    }

    /// Writes all of `bytes` to `descriptor`.
    private static func writeAll(_ bytes: Data, to descriptor: Int32, name: String, folder: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw spoolFailure(name: name, folder: folder, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// The failure of copying a large input to the temporary folder.
    private static func spoolFailure(name: String, folder: String, reason: String) -> Failure {
        let limit = maximumBytes / 1024 / 1024
        return Failure(message: LocalizedText(
            vi: "\(name) lớn hơn \(limit) MB và không chép được vào thư mục tạm \(folder) để đọc từng phần: \(reason)",
            en: "\(name) is larger than \(limit) MB and could not be copied to the temporary folder \(folder) to be read in pieces: \(reason)"))
    }
}
