import Foundation

/// A JSON document as a tree, keeping booleans, integers, other numbers and strings apart so
/// that the exchange-format reader can say exactly what it found where it expected something
/// else.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses UTF-8 JSON. A syntax error is reported with its line and column.
    public static func parse(_ data: Data) throws -> JSONValue {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw JSONSyntaxError(data: data, underlying: error)
        }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw JSONSyntaxError(data: data, underlying: error)
        }
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
        self = .object(try container.decode([String: JSONValue].self))
    }
}

/// Malformed JSON: where (line and column, from 1) and what the parser said.
public struct JSONSyntaxError: Error, Sendable, Hashable {
    /// Line of the error, from 1; nil when the parser did not say.
    public let line: Int?
    /// Column of the error (in characters), from 1.
    public let column: Int?
    /// The parser's own words.
    public let detail: String

    init(data: Data, underlying: Error) {
        let text = String(describing: underlying)
        detail = (underlying as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? text
        if let offset = Self.offset(in: text) {
            let bytes = [UInt8](data.prefix(max(0, offset)))
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            line = lines.count
            column = String(decoding: lines.last ?? [], as: UTF8.self).count + 1
        } else {
            line = nil
            column = nil
        }
    }

    /// The byte offset in messages such as "… around character 63." (the last mention: "Unescaped
    /// control character around character 63." names a character before its place).
    private static func offset(in text: String) -> Int? {
        guard let range = text.range(of: "character ", options: .backwards) else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }
}
