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

    /// The text of `key` as the table holds it, placeholders unfilled.
    public func template(_ key: String) -> String? { table[key] }

    /// The table with the texts of some keys replaced (the others kept).
    public func replacing(_ texts: [String: String]) -> Localizer {
        Localizer(language: language, table: table.merging(texts) { _, new in new })
    }
}
