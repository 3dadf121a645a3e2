/// A language the desk and the domain's texts speak.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// Vietnamese, the default.
    case vi
    /// English, on request.
    case en
}

/// A text given in every language tdkt speaks.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// Vietnamese.
    public var vi: String
    /// English.
    public var en: String

    /// Creates a text in both languages.
    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .vi: return vi
        case .en: return en
        }
    }

    /// The same text in both languages (names, numbers).
    public static func verbatim(_ text: String) -> LocalizedText {
        LocalizedText(vi: text, en: text)
    }
}
