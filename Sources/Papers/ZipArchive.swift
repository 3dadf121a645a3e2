import CZlib
import Foundation

/// A ZIP file written in one go (PKWARE APPNOTE 6.3: local headers, central directory, end
/// record; no ZIP64, so each entry and the whole file stay under 4 GiB): each entry deflated
/// with zlib, names in UTF-8, every entry dated 1 January 1980 so that the same content gives
/// the same bytes. Office Open XML packages (.docx, .xlsx) are such files.
struct ZipArchive {
    private var body = Data()
    private var directory = Data()
    private var count = 0

    /// Adds a file.
    mutating func add(_ path: String, _ content: Data) throws {
        let name = Data(path.utf8)
        let compressed = try Deflate.compress(content)
        let crc = Deflate.crc32(content)
        let offset = UInt32(body.count)
        var local = Data()
        local.append(le32: 0x0403_4b50)
        local.append(le16: 20)  // version needed: 2.0 (deflate)
        local.append(le16: 0x0800)  // names are UTF-8
        local.append(le16: 8)  // deflate
        local.append(le16: 0)  // 00:00
        local.append(le16: 0x0021)  // 1980-01-01
        local.append(le32: crc)
        local.append(le32: UInt32(compressed.count))
        local.append(le32: UInt32(content.count))
        local.append(le16: UInt16(name.count))
        local.append(le16: 0)
        body.append(local)
        body.append(name)
        body.append(compressed)

        directory.append(le32: 0x0201_4b50)
        directory.append(le16: 20)
        directory.append(le16: 20)
        directory.append(le16: 0x0800)
        directory.append(le16: 8)
        directory.append(le16: 0)
        directory.append(le16: 0x0021)
        directory.append(le32: crc)
        directory.append(le32: UInt32(compressed.count))
        directory.append(le32: UInt32(content.count))
        directory.append(le16: UInt16(name.count))
        directory.append(le16: 0)  // extra
        directory.append(le16: 0)  // comment
        directory.append(le16: 0)  // disk
        directory.append(le16: 0)  // internal attributes
        directory.append(le32: 0)  // external attributes
        directory.append(le32: offset)
        directory.append(name)
        count += 1
    }

    /// Adds a text file in UTF-8.
    mutating func add(_ path: String, _ text: String) throws {
        try add(path, Data(text.utf8))
    }

    /// The ZIP file's bytes.
    var data: Data {
        var out = body
        out.append(directory)
        out.append(le32: 0x0605_4b50)
        out.append(le16: 0)
        out.append(le16: 0)
        out.append(le16: UInt16(count))
        out.append(le16: UInt16(count))
        out.append(le32: UInt32(directory.count))
        out.append(le32: UInt32(body.count))
        out.append(le16: 0)
        return out
    }
}

/// Raw deflate and CRC-32 through zlib.
enum Deflate {
    /// `data` deflated (raw, no zlib header), as a ZIP entry holds it.
    static func compress(_ data: Data) throws -> Data {
        var stream = z_stream()
        guard deflateInit2_(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw PapersError.packaging }
        defer { deflateEnd(&stream) }
        let capacity = Int(deflateBound(&stream, uLong(data.count)))
        var output = Data(count: capacity)
        var input = data
        let status: Int32 = input.withUnsafeMutableBytes { (inBuffer: UnsafeMutableRawBufferPointer) in
            output.withUnsafeMutableBytes { (outBuffer: UnsafeMutableRawBufferPointer) in
                stream.next_in = inBuffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(outBuffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw PapersError.packaging }
        return output.prefix(Int(stream.total_out))
    }

    /// `data` inflated from raw deflate, `size` bytes long.
    static func decompress(_ data: Data, size: Int) throws -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PapersError.packaging
        }
        defer { inflateEnd(&stream) }
        var output = Data(count: max(size, 1))
        var input = data
        let status: Int32 = input.withUnsafeMutableBytes { (inBuffer: UnsafeMutableRawBufferPointer) in
            output.withUnsafeMutableBytes { (outBuffer: UnsafeMutableRawBufferPointer) in
                stream.next_in = inBuffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(outBuffer.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else { throw PapersError.packaging }
        return output.prefix(size)
    }

    /// The CRC-32 of `data`.
    static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(buffer.count)))
        }
    }
}

extension Data {
    mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xff))
        append(UInt8(value >> 8))
    }

    mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xff)) }
    }

    func le16(at offset: Int) -> Int {
        Int(self[startIndex + offset]) | Int(self[startIndex + offset + 1]) << 8
    }

    func le32(at offset: Int) -> Int {
        le16(at: offset) | le16(at: offset + 2) << 16
    }
}

/// Why a paper could not be written or read.
public enum PapersError: Error, Sendable, Hashable {
    /// The ZIP package could not be made, or is not one tdkt can read.
    case packaging
    /// A part the package should have is missing.
    case missingPart(String)
}
