import Foundation

/// Reading a text file: UTF-16 with a byte-order mark, UTF-8 (with or without one), else a
/// legacy Vietnamese encoding (TCVN3, VNI-Windows, Windows-1258) — but only one in which the
/// whole file reads as Vietnamese. Anything else is refused with the place where the file
/// stops being UTF-8: a UTF-8 file with a damaged byte is never read as TCVN3 ("Hoàng" stored
/// as "HoÃ ng").
public enum TextFileDecoding {
    /// How a file was read.
    public enum Source: Sendable, Hashable {
        case utf8
        /// UTF-16 with its byte-order mark (a spreadsheet's "Unicode text").
        case utf16
        case legacy(LegacyEncoding)
    }

    /// A file that is not text tdkt can read: where it stops being UTF-8 (or UTF-16).
    public struct Failure: Error, Sendable, Hashable {
        /// Line, from 1.
        public var line: Int
        /// Byte in the line, from 1.
        public var byte: Int
        /// The byte found there.
        public var value: UInt8
        /// True when the file holds Vietnamese letters written in UTF-8: a UTF-8 file damaged.
        public var damagedUTF8: Bool
        /// True for a UTF-16 file (its byte-order mark) with a surrogate alone.
        public var utf16: Bool = false

        /// What to tell the clerk, naming the line and byte.
        public var message: (vi: String, en: String) {
            let hex = String(value, radix: 16, uppercase: true)
            let place = (vi: "dòng \(line), byte \(byte) (0x\(hex))", en: "line \(line), byte \(byte) (0x\(hex))")
            if utf16 {
                return ("tệp UTF-16 hỏng ở \(place.vi): một nửa cặp surrogate đứng một mình",
                        "the UTF-16 file is damaged at \(place.en): half a surrogate pair, alone")
            }
            if damagedUTF8 {
                return ("tệp UTF-8 bị hỏng ở \(place.vi): byte này không phải UTF-8 (các chữ khác của tệp là UTF-8); hãy lấy lại tệp gốc hoặc lưu lại dưới dạng «CSV UTF-8»",
                        "the UTF-8 file is damaged at \(place.en): this byte is not UTF-8 (the file's other letters are); get the original file again or save it as \"CSV UTF-8\"")
            }
            return ("tệp không phải UTF-8 (từ \(place.vi)) và không đọc được thành chữ tiếng Việt theo TCVN3, VNI-Windows hay Windows-1258; hãy lưu lại dưới dạng «CSV UTF-8»",
                    "the file is not UTF-8 (from \(place.en)) and does not read as Vietnamese in TCVN3, VNI-Windows or Windows-1258; save it as \"CSV UTF-8\"")
        }
    }

    /// The text of `data` and how it was read.
    /// - Throws: `Failure` when the file is neither UTF-8 (nor UTF-16 with its mark) nor reads
    ///   as Vietnamese throughout in one of the legacy encodings.
    public static func decode(_ data: Data) throws -> (text: String, source: Source) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let scan = UTF8Scan.scan(bytes)
        guard let invalid = scan.firstInvalid else { return (String(decoding: bytes, as: UTF8.self).nfc, .utf8) }
        let place = UTF8Scan.place(of: invalid, in: bytes)
        let failure = Failure(line: place.line, byte: place.byte, value: bytes[invalid], damagedUTF8: scan.hasUTF8Letter)
        if scan.hasUTF8Letter { throw failure }
        var best: (encoding: LegacyEncoding, text: String, score: Int)?
        for encoding in LegacyEncoding.allCases {
            let (text, stray) = encoding.read(bytes)
            guard !stray, let score = VietnameseReading.score(text, marksAreCaseless: encoding == .tcvn3) else { continue }
            if best == nil || score > best!.score { best = (encoding, text, score) }
        }
        guard let best else { throw failure }
        return (best.text, .legacy(best.encoding))
    }

    private static func decodeUTF16(_ bytes: [UInt8]) throws -> (text: String, source: Source) {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        for index in stride(from: 2, to: bytes.count - 1, by: 2) {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
        }
        var line = 1, lineStart = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            if unit == 0x0A { line += 1; lineStart = index + 1 }
            if (0xD800...0xDBFF).contains(unit), index + 1 < units.count, (0xDC00...0xDFFF).contains(units[index + 1]) {
                index += 2
                continue
            }
            if (0xD800...0xDFFF).contains(unit) {
                throw Failure(line: line, byte: (index - lineStart) * 2 + 1, value: UInt8(unit >> 8), damagedUTF8: false, utf16: true)
            }
            index += 1
        }
        return (String(decoding: units, as: UTF16.self).nfc, .utf16)
    }
}
