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
