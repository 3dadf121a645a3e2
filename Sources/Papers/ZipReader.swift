import Foundation

/// The files of a ZIP package (stored or deflated entries, as Office and tdkt write them),
/// read through its central directory: for tests that look inside what tdkt wrote, and for
/// anything that must read a .docx or .xlsx back.
public struct ZipReader: Sendable {
    /// The entries' names, in the directory's order.
    public let names: [String]
    private let files: [String: Data]

    /// Reads a ZIP file's bytes.
    public init(_ data: Data) throws {
        let bytes = Data(data)
        guard bytes.count >= 22 else { throw PapersError.packaging }
        var end = bytes.count - 22
        while end >= 0, bytes.le32(at: end) != 0x0605_4b50 { end -= 1 }
        guard end >= 0 else { throw PapersError.packaging }
        let count = bytes.le16(at: end + 10)
        var offset = bytes.le32(at: end + 16)
        var names: [String] = [], files: [String: Data] = [:]
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, bytes.le32(at: offset) == 0x0201_4b50 else { throw PapersError.packaging }
            let method = bytes.le16(at: offset + 10), crc = UInt32(bytes.le32(at: offset + 16))
            let compressedSize = bytes.le32(at: offset + 20), size = bytes.le32(at: offset + 24)
            let nameLength = bytes.le16(at: offset + 28), extra = bytes.le16(at: offset + 30), comment = bytes.le16(at: offset + 32)
            let local = bytes.le32(at: offset + 42)
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let start = local + 30 + bytes.le16(at: local + 26) + bytes.le16(at: local + 28)
            guard start + compressedSize <= bytes.count else { throw PapersError.packaging }
            let raw = bytes.subdata(in: start..<(start + compressedSize))
            switch method {
            case 0: files[name] = raw
            case 8: files[name] = try Deflate.decompress(raw, size: size)
            default: throw PapersError.packaging
            }
            guard let content = files[name], Deflate.crc32(content) == crc else { throw PapersError.packaging }
            names.append(name)
            offset += 46 + nameLength + extra + comment
        }
        self.names = names
        self.files = files
    }

    /// The bytes of the file at `path`.
    public func data(_ path: String) throws -> Data {
        guard let data = files[path] else { throw PapersError.missingPart(path) }
        return data
    }

    /// The text of the file at `path` (UTF-8).
    public func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }
}
