/// A Vietnamese person's name as three separate parts: họ (family), đệm (middle) and tên
/// (given), e.g. "Nguyễn" + "Thị Hồng" + "Nhung".
///
/// Every part is kept in NFC with its ends trimmed and inner whitespace collapsed to single
/// spaces, whether it was set through an initializer, assigned later or decoded.
public struct PersonName: Hashable, Sendable, Codable {
    /// Họ, the family name, e.g. "Nguyễn"; "" when unknown.
    public var family: String {
        didSet { family = Self.normalizedPart(family) }
    }

    /// Đệm, the middle name: "" or one or more words, e.g. "Thị Hồng".
    public var middle: String {
        didSet { middle = Self.normalizedPart(middle) }
    }

    /// Tên, the given name by which the person is called and sorted, e.g. "Nhung".
    public var given: String {
        didSet { given = Self.normalizedPart(given) }
    }

    /// A name from its three parts, each stored in NFC, trimmed, inner whitespace collapsed.
    public init(family: String, middle: String, given: String) {
        self.family = Self.normalizedPart(family)
        self.middle = Self.normalizedPart(middle)
        self.given = Self.normalizedPart(given)
    }

    /// Splits a full name at whitespace: the first word is the family name, the last word
    /// the given name and the words between them the middle name. A single word is a given
    /// name only; an empty or blank string gives three empty parts.
    ///
    ///     PersonName(parsing: "Nguyễn Thị Hồng Nhung")  // Nguyễn / Thị Hồng / Nhung
    public init(parsing fullName: String) {
        let words = fullName.nfc.split(whereSeparator: \.isWhitespace).map(String.init)
        switch words.count {
        case 0:
            self.init(family: "", middle: "", given: "")
        case 1:
            self.init(family: "", middle: "", given: words[0])
        default:
            self.init(
                family: words[0],
                middle: words[1..<(words.count - 1)].joined(separator: " "),
                given: words[words.count - 1])
        }
    }

    /// The name as written, "Nguyễn Thị Hồng Nhung": the non-empty parts joined by single
    /// spaces, family first.
    public var fullName: String {
        [family, middle, given].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Official-list order: by given name, then middle name, then family name (each by
    /// Vietnamese collation), then by the full name's NFC UTF-8 bytes as a tie-breaker.
    ///
    /// Layout: the three collation keys and the UTF-8 bytes, separated by byte 0x01.
    public var sortKey: CollationKey {
        sortKey(VietnameseCollation.key)
    }

    /// The same key, each part's key taken from `memo` (names share their parts: an import of
    /// 100 000 people has a few thousand distinct given, middle and family names).
    public func sortKey(memo: CollationKeyMemo) -> CollationKey {
        sortKey(memo.key)
    }

    private func sortKey(_ key: (String) -> CollationKey) -> CollationKey {
        let separator = VietnameseCollation.fieldSeparator
        var bytes = key(given).bytes
        bytes.append(separator)
        bytes += key(middle).bytes
        bytes.append(separator)
        bytes += key(family).bytes
        bytes.append(separator)
        bytes += Array(fullName.utf8)
        return CollationKey(bytes: bytes)
    }

    /// Coding keys: the three parts under their property names.
    private enum CodingKeys: String, CodingKey {
        case family, middle, given
    }

    /// Decodes `family`, `middle` and `given` (a missing `middle` is ""), normalizing each
    /// part as `init(family:middle:given:)` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            family: try container.decode(String.self, forKey: .family),
            middle: try container.decodeIfPresent(String.self, forKey: .middle) ?? "",
            given: try container.decode(String.self, forKey: .given))
    }

    /// Encodes the three parts under the keys `family`, `middle` and `given`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(family, forKey: .family)
        try container.encode(middle, forKey: .middle)
        try container.encode(given, forKey: .given)
    }

    /// A part in NFC with its ends trimmed and inner whitespace runs collapsed to one space.
    static func normalizedPart(_ part: String) -> String {
        part.nfc.collapsingWhitespace
    }
}
