import Foundation
import VietnameseText

/// Looks up user-interface text by key in one language's string table and fills in
/// numbered placeholders: `{0}`, `{1}`, …
public struct Localizer: Sendable {
    /// Language code of the table ("vi", "en").
    public let language: String
    private let table: [String: String]

    /// A localizer over an already loaded table.
    public init(language: String, table: [String: String]) {
        self.language = language
        self.table = table
    }

    /// Loads a table from JSON: an object whose values are strings.
    public init(language: String, json: Data) throws {
        let decoded = try JSONDecoder().decode([String: String].self, from: json)
        self.init(language: language, table: decoded)
    }

    /// All keys of the table.
    public var keys: Set<String> { Set(table.keys) }

    /// The text for `key` with placeholders replaced by `arguments`. A missing key is shown as
    /// `⟦key⟧` so that it is visible on screen and in tests, never silently blank.
    public func callAsFunction(_ key: String, _ arguments: CustomStringConvertible...) -> String {
        guard let template = table[key] else { return "⟦\(key)⟧" }
        return template.fillingPlaceholders(arguments.map(\.description))
    }

    /// The text for `key` with placeholders replaced by the elements of `arguments`.
    public func callAsFunction(_ key: String, arguments: [String]) -> String {
        guard let template = table[key] else { return "⟦\(key)⟧" }
        return template.fillingPlaceholders(arguments)
    }

    /// Whether the table has `key`.
    public func has(_ key: String) -> Bool { table[key] != nil }

    /// The table with every `{key:action}` or `{key:context.action}` in its texts replaced
    /// by the name of the first key `keymap` gives that action (in that context, or in the
    /// first binding of the action), so that a hint ("F2 để lưu") names the key the clerk
    /// has, rebound or not. A placeholder the table cannot resolve is left as it is.
    public func withKeyNames(from keymap: Keymap) -> Localizer {
        func name(_ reference: Substring) -> String? {
            let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
            let action = Action(rawValue: parts.last ?? "")
            let binding = parts.count == 2
                ? keymap.bindings.first { $0.action == action && $0.context.rawValue == parts[0] }
                : keymap.bindings.first { $0.action == action }
            return binding?.keys.first?.displayName
        }
        var resolved = table
        for (key, template) in table where template.contains("{key:") {
            var result = ""
            var rest = Substring(template)
            while let open = rest.range(of: "{key:") {
                result += rest[..<open.lowerBound]
                guard let close = rest[open.upperBound...].firstIndex(of: "}"), let keyName = name(rest[open.upperBound..<close]) else {
                    result += rest[open]
                    rest = rest[open.upperBound...]
                    continue
                }
                result += keyName
                rest = rest[rest.index(after: close)...]
            }
            resolved[key] = result + rest
        }
        return Localizer(language: language, table: resolved)
    }
}
