import Commendation
import Foundation

/// Reading a file that `tdkt import`, `tdkt check` or the desk's import takes in, whole and
/// in memory: refused above `maximumBytes`, before it is read, with a message that says why.
/// `tdkt check` reads a larger file it is given by name in two passes instead (`StreamedCheck`).
///
/// A file is parsed, normalised and planned in memory at about 25 times its size (a 13 MB
/// CSV of 100 000 rows peaked at 310 MB), so a limit keeps an import within a ward computer's
/// memory. `tdkt import` reads a larger CSV file row by row instead (`StreamedImportFile`).
public enum InputFile {
    /// 16 MiB: a list of well over 100 000 people, or some 25 000 nominations in the exchange
    /// format.
    public static let maximumBytes = 16 * 1024 * 1024

    /// Why a file was not read.
    public struct Failure: Error, Sendable {
        /// What to tell the clerk.
        public var message: LocalizedText
    }

    /// The size in bytes of the file at `path` ("~" is the home folder), or nil when it cannot
    /// be looked at (reading it then says why).
    public static func size(path: String) -> Int? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: DocumentOutput.expandingHome(path))
        return (attributes?[.size] as? NSNumber)?.intValue
    }

    /// The bytes of the file at `path` ("~" is the home folder).
    /// - Throws: `Failure` when it cannot be read or is larger than `maximumBytes`.
    public static func read(path: String) throws -> Data {
        let expanded = DocumentOutput.expandingHome(path)
        guard let handle = FileHandle(forReadingAtPath: expanded) else {
            throw Failure(message: LocalizedText(vi: "không đọc được tệp \(path)", en: "cannot read the file \(path)"))
        }
        defer { try? handle.close() }
        return try read(handle, name: path)
    }

    /// At most `maximumBytes` from `handle` (standard input for `check -`), named `name` in
    /// messages.
    public static func read(_ handle: FileHandle, name: String) throws -> Data {
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw Failure(message: LocalizedText(vi: "không đọc được \(name): \(error.localizedDescription)",
                                                 en: "cannot read \(name): \(error.localizedDescription)"))
        }
        guard data.count <= maximumBytes else {
            let limit = maximumBytes / 1024 / 1024
            throw Failure(message: LocalizedText(
                vi: "\(name) lớn hơn \(limit) MB, quá lớn để đọc cả tệp vào bộ nhớ; tệp lớn hơn thì nhập bằng «tdkt import» và xét bằng «tdkt check» với tên tệp (đọc từng phần), hoặc chia tệp thành nhiều phần",
                en: "\(name) is larger than \(limit) MB, too large to read whole into memory; a larger file is imported with «tdkt import» and checked with «tdkt check» given its name (read in pieces), or split it into parts"))
        }
        return data
    }
}
