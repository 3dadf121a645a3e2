/// Checking UTF-8 byte by byte, to say where a file stops being UTF-8.
public enum UTF8Scan {
    /// The length (2 to 4) of the well-formed UTF-8 sequence that begins at `at` with a byte
    /// of 0x80 or more, or nil when there is none: no overlong forms, no surrogates, nothing
    /// past U+10FFFF, no sequence cut by the end.
    @inlinable
    public static func sequenceLength<Bytes: RandomAccessCollection>(_ bytes: Bytes, at: Bytes.Index) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[at]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard at + length <= bytes.endIndex else { return nil }
        guard bytes[at + 1] >= low, bytes[at + 1] <= high else { return nil }
        for offset in 2..<max(2, length) where bytes[at + offset] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// What a scan of `bytes` found: the offset of the first byte that is not UTF-8 (nil when
    /// all are), and whether a Vietnamese letter stands in it written in UTF-8 (a sequence for
    /// U+00C0–U+01B0 or U+1EA0–U+1EF9) — the sign of a UTF-8 file that was damaged, since no
    /// legacy Vietnamese text holds such byte pairs.
    @inlinable
    public static func scan<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> (firstInvalid: Int?, hasUTF8Letter: Bool)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex
        var firstInvalid: Int?
        var hasLetter = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: index) else {
                if firstInvalid == nil { firstInvalid = index - bytes.startIndex }
                if hasLetter { break }
                index += 1
                continue
            }
            if !hasLetter {
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                if (0xC0...0x1B0).contains(value) || (0x1EA0...0x1EF9).contains(value) {
                    hasLetter = true
                    if firstInvalid != nil { break }
                }
            }
            index += length
        }
        return (firstInvalid, hasLetter)
    }

    /// The line (from 1) and the byte within it (from 1) of `offset` in `bytes`.
    public static func place<Bytes: RandomAccessCollection>(of offset: Int, in bytes: Bytes) -> (line: Int, byte: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var line = 1
        var lineStart = 0
        var position = 0
        for byte in bytes {
            if position == offset { break }
            if byte == 0x0A {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        return (line, offset - lineStart + 1)
    }
}
