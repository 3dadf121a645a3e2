import Foundation

/// A JSON document as a tree, keeping booleans, integers, other numbers and strings apart so
/// that the exchange-format reader can say exactly what it found where it expected something
/// else.
///
/// Not `indirect`: arrays and objects already hold their elements in storage of their own, and
/// an indirect enum put every value, each string and number too, in a box of its own.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// Parses UTF-8 JSON with `JSONParser`: a syntax error, a byte that is not UTF-8, a key
    /// given twice or a number out of range is reported with its line and column.
    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONParser.parse(data)
    }

    /// A short description of the value for messages: `"good"`, `2025`, `true`, `an object`.
    public var summary: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .number(let value): return String(value)
        case .string(let value):
            let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
            return "\"" + shown + "\""
        case .array: return "[…]"
        case .object: return "{…}"
        }
    }
}

extension JSONValue: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(Int.self) { self = .integer(value); return }
        if let value = try? container.decode(Double.self) { self = .number(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode([JSONValue].self) { self = .array(value); return }
        var object = JSONObject()
        for (key, value) in try container.decode([String: JSONValue].self).sorted(by: { $0.key < $1.key }) { object[key] = value }
        self = .object(object)
    }
}
