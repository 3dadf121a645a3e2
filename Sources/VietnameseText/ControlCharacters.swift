extension Unicode.Scalar {
    /// Whether the scalar may not stand in a name or any other text tdkt keeps or shows: a C0
    /// control (U+0000–U+001F, tab and line breaks included), DEL, a C1 control
    /// (U+0080–U+009F), or a bidirectional embedding, override or isolate (U+202A–U+202E,
    /// U+2066–U+2069), which make a terminal or a spreadsheet show text in another order than
    /// it is stored.
    public var isTextControl: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The scalar as "U+001B".
    public var codePointName: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// A control character found in text: which, and where.
public struct TextControl: Sendable, Hashable {
    /// The scalar.
    public var scalar: Unicode.Scalar
    /// Its place: the character (grapheme) it stands in, counted from 1.
    public var column: Int

    /// A control character at `column`.
    public init(scalar: Unicode.Scalar, column: Int) {
        self.scalar = scalar
        self.column = column
    }
}

extension String {
    /// The first control character or bidirectional override in the text (see
    /// `Unicode.Scalar.isTextControl`), with the character it stands in counted from 1; nil
    /// when there is none.
    public var firstTextControl: TextControl? {
        // Most text has none: look at the bytes first (every such scalar starts with a byte
        // below 0x20, 0x7F, 0xC2 (C1) or 0xE2 (the overrides)).
        // The bytes are read in place: walking the `utf8` view was a fortieth of a check's time.
        var text = self
        let suspect = text.withUTF8 { bytes in bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 } }
        guard suspect else { return nil }
        var column = 0
        for character in self {
            column += 1
            if let scalar = character.unicodeScalars.first(where: \.isTextControl) {
                return TextControl(scalar: scalar, column: column)
            }
        }
        return nil
    }
}

extension Unicode.Scalar {
    /// The usual short name of a control character or override ("NUL", "ESC", "CSI", "RLO"),
    /// for messages; nil for others.
    public var controlName: String? {
        switch value {
        case 0x00: "NUL"
        case 0x07: "BEL"
        case 0x08: "BS"
        case 0x09: "TAB"
        case 0x0A: "LF"
        case 0x0D: "CR"
        case 0x1B: "ESC"
        case 0x7F: "DEL"
        case 0x85: "NEL"
        case 0x9B: "CSI"
        case 0x9D: "OSC"
        case 0x202A: "LRE"
        case 0x202B: "RLE"
        case 0x202C: "PDF"
        case 0x202D: "LRO"
        case 0x202E: "RLO"
        case 0x2066: "LRI"
        case 0x2067: "RLI"
        case 0x2068: "FSI"
        case 0x2069: "PDI"
        default: nil
        }
    }
}
