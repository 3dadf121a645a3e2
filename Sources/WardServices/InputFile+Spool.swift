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
        do {
            // Created exclusively, 0600, never through a link; removed when writing it fails.
            try PrivateFile.write(to: path) { sink in
                var bytes = first
                while !bytes.isEmpty {
                    try sink.write(bytes: bytes)
                    bytes = try chunk(of: handle, upTo: 1 << 20, name: name)
                }
            }
        } catch let failure as PrivateFile.Failure {
            let reason = switch failure {
            case .exists: String(cString: strerror(EEXIST))
            case .failed(_, let reason): reason
            }
            let limit = maximumBytes / 1024 / 1024
            throw Failure(message: LocalizedText(
                vi: "\(name) lớn hơn \(limit) MB và không chép được vào thư mục tạm \(folder) để đọc từng phần: \(reason)",
                en: "\(name) is larger than \(limit) MB and could not be copied to the temporary folder \(folder) to be read in pieces: \(reason)"))
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
}
