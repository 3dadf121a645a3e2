/// A key whose bytewise order is Vietnamese alphabetical order.
///
/// Compare keys instead of strings to sort Vietnamese text: `<` is a plain lexicographic
/// comparison of `bytes` (what C's `memcmp` or SQLite's BINARY collation does on a BLOB),
/// and `hex` keeps that order in a TEXT column. Keys are built by
/// `VietnameseCollation.key(_:)`; see there for the byte layout.
public struct CollationKey: Comparable, Hashable, Sendable {
    /// The key's bytes; comparing two keys compares these lexicographically.
    public let bytes: [UInt8]

    /// A key made of the given bytes, for example read back from storage.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Convenience: the key of `text` by Vietnamese collation, as `VietnameseCollation.key(text)`.
    public init(_ text: String) {
        self = VietnameseCollation.key(text)
    }

    /// A key from its `hex` form (upper- or lowercase digits), or nil if `hex` is not an
    /// even-length string of hexadecimal digits.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else {
                return nil
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.bytes = bytes
    }

    /// The bytes as lowercase hexadecimal, two digits per byte. Hex strings of keys sort
    /// (bytewise, e.g. SQLite BINARY) exactly as the keys do, which makes them handy for a
    /// TEXT column.
    public var hex: String {
        var digits: [UInt8] = []
        digits.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            digits.append(Self.hexDigits[Int(byte >> 4)])
            digits.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// Whether the left key sorts before the right one: bytewise lexicographic order, a
    /// proper prefix sorting first.
    public static func < (lhs: CollationKey, rhs: CollationKey) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }

    /// ASCII codes of the lowercase hexadecimal digits 0–9, a–f.
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The value of one ASCII hexadecimal digit, or nil.
    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
