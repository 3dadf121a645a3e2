/// JSON written by hand, piece by piece, in the layout Foundation's `JSONEncoder` gives with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two spaces per level, `"key" :
/// value`, an empty array as "[", an empty line and "]". A report that streams its rows writes
/// them with these, and its tests compare the bytes with the encoder's.
public enum JSONText {
    /// `text` as a JSON string, escaped as `JSONEncoder` escapes it: `\"`, `\\`, `\b`, `\f`,
    /// `\n`, `\r`, `\t`, other controls below U+0020 as `\u00xx` (lower-case hex); "/" and
    /// everything else as it is.
    public static func quoted(_ text: String) -> String {
        var needsEscape = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscape = true
            break
        }
        guard needsEscape else { return "\"" + text + "\"" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The indent of `level` (two spaces each).
    public static func indent(_ level: Int) -> String {
        level < indents.count ? indents[level] : String(repeating: "  ", count: level)
    }

    private static let indents = (0..<12).map { String(repeating: "  ", count: $0) }

    /// `"key" : value` at `level`, without a line end or comma.
    public static func member(_ key: String, _ value: String, level: Int) -> String {
        var out = indent(level)
        appendMember(key, value, to: &out)
        return out
    }

    private static func appendMember(_ key: String, _ value: String, to out: inout String) {
        out += "\""
        out += key
        out += "\" : "
        out += value
    }

    /// Members of an object at `level` (its braces at `level - 1`), in the order given (the
    /// caller sorts the keys), each on its own line; `nil` values are left out, as the encoder
    /// leaves out an optional that is nil.
    public static func object(_ members: [(String, String?)], level: Int) -> String {
        var out = "{\n"
        var first = true
        let inner = indent(level)
        for (key, value) in members {
            guard let value else { continue }
            if !first { out += ",\n" }
            first = false
            out += inner
            appendMember(key, value, to: &out)
        }
        if first { return "{\n\n" + indent(level - 1) + "}" }
        out += "\n"
        out += indent(level - 1)
        out += "}"
        return out
    }

    /// An array of values already written at `level` (its brackets at `level - 1`).
    public static func array(_ values: [String], level: Int) -> String {
        guard !values.isEmpty else { return "[\n\n" + indent(level - 1) + "]" }
        var out = "[\n"
        let inner = indent(level)
        for (index, value) in values.enumerated() {
            if index > 0 { out += ",\n" }
            out += inner
            out += value
        }
        out += "\n"
        out += indent(level - 1)
        out += "]"
        return out
    }
}

/// The same JSON written as bytes into a buffer the caller keeps (`OutputSink.append`): a
/// report of tens of thousands of objects builds no string per value, member and object.
extension JSONText {
    /// Appends `text` as a JSON string, escaped as `quoted(_:)` escapes it.
    public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendQuoted(utf8: $0, to: &out) }
    }

    /// Appends the UTF-8 text `bytes` as a JSON string, escaped as `quoted(_:)` escapes it.
    public static func appendQuoted(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var plain = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain..<index]))
            plain = index + 1
            out.append(0x5C)
            switch byte {
            case 0x22, 0x5C: out.append(byte)
            case 0x08: out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(UInt8(ascii: "f"))
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            default:
                let hex = "0123456789abcdef".utf8
                out.append(UInt8(ascii: "u"))
                out.append(0x30)
                out.append(0x30)
                out.append(hex[hex.index(hex.startIndex, offsetBy: Int(byte >> 4))])
                out.append(hex[hex.index(hex.startIndex, offsetBy: Int(byte & 0x0F))])
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plain...]))
        out.append(0x22)
    }

    /// Appends the indent of `level` (two spaces each).
    public static func appendIndent(_ level: Int, to out: inout [UInt8]) {
        for _ in 0..<max(0, level) { out.append(0x20); out.append(0x20) }
    }

    /// Appends a line end, the indent of `level` and `"key" : ` (the start of a member).
    public static func appendMemberStart(_ key: StaticString, level: Int, to out: inout [UInt8]) {
        out.append(0x0A)
        appendIndent(level, to: &out)
        out.append(0x22)
        out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        out.append(0x22)
        out.append(0x20)
        out.append(0x3A)
        out.append(0x20)
    }

    /// An object written member by member into bytes, in `object(_:level:)`'s layout: it opens
    /// with "{", puts the comma between members and closes on its own line.
    public struct ObjectBytes {
        private let level: Int
        private var empty = true

        /// Opens an object whose members are at `level`.
        public init(level: Int, to out: inout [UInt8]) {
            self.level = level
            out.append(UInt8(ascii: "{"))
        }

        /// Starts the member `key` (a comma before it unless it is the first); its value follows.
        public mutating func member(_ key: StaticString, to out: inout [UInt8]) {
            if !empty { out.append(UInt8(ascii: ",")) }
            empty = false
            JSONText.appendMemberStart(key, level: level, to: &out)
        }

        /// The member `key` with `value` as a JSON string.
        public mutating func string(_ key: StaticString, _ value: String, to out: inout [UInt8]) {
            member(key, to: &out)
            JSONText.appendQuoted(value, to: &out)
        }

        /// The member `key` with `value` in decimal.
        public mutating func integer(_ key: StaticString, _ value: Int, to out: inout [UInt8]) {
            member(key, to: &out)
            JSONText.appendInteger(value, to: &out)
        }

        /// The member `key` with `value` as `true` or `false`.
        public mutating func boolean(_ key: StaticString, _ value: Bool, to out: inout [UInt8]) {
            member(key, to: &out)
            JSONText.appendBoolean(value, to: &out)
        }

        /// Starts a member whose key is data (escaped as a string is); its value follows.
        public mutating func member(named key: String, to out: inout [UInt8]) {
            if !empty { out.append(UInt8(ascii: ",")) }
            empty = false
            out.append(0x0A)
            JSONText.appendIndent(level, to: &out)
            JSONText.appendQuoted(key, to: &out)
            out.append(contentsOf: " : ".utf8)
        }

        /// Closes the object ("{", an empty line and "}" when it has no member, as the encoder writes it).
        public func close(to out: inout [UInt8]) {
            out.append(0x0A)
            if empty { out.append(0x0A) }
            JSONText.appendIndent(level - 1, to: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `true` or `false`.
    public static func appendBoolean(_ value: Bool, to out: inout [UInt8]) {
        out.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    public static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        guard value >= 0 else {
            out.append(contentsOf: String(value).utf8)
            return
        }
        appendDigits(value, width: 1, to: &out)
    }

    /// Appends `value` (not negative) in decimal, with leading zeros up to `width` digits.
    public static func appendDigits(_ value: Int, width: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { space in
            var count = 0
            var rest = value
            repeat {
                space[space.count - 1 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            while count < min(width, space.count) {
                space[space.count - 1 - count] = UInt8(ascii: "0")
                count += 1
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: space[(space.count - count)...]))
        }
    }
}
