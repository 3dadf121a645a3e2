import VietnameseText

/// How a run of text is emphasised.
public enum TextStyle: Sendable, Hashable {
    /// Upright, regular.
    case normal
    /// Bold.
    case bold
    /// Italic.
    case italic
    /// Bold and italic.
    case boldItalic

    /// Whether the style is bold.
    public var isBold: Bool { self == .bold || self == .boldItalic }
    /// Whether the style is italic.
    public var isItalic: Bool { self == .italic || self == .boldItalic }
}

/// A piece of text with its emphasis.
public struct TextRun: Sendable, Hashable {
    /// The text, in NFC.
    public var text: String
    /// Its emphasis.
    public var style: TextStyle

    /// A run. Text is kept in NFC.
    public init(_ text: String, _ style: TextStyle = .normal) {
        self.text = text.nfc
        self.style = style
    }
}

/// How a paragraph sits between the margins.
public enum PaperAlignment: String, Sendable, Hashable {
    /// Body text: both edges straight, the first line indented.
    case justified
    /// Centered (titles, the authority above the bases, "QUYẾT ĐỊNH:").
    case centered
}

/// A paragraph of styled runs.
public struct PaperParagraph: Sendable, Hashable {
    /// The runs.
    public var runs: [TextRun]
    /// Justified body text or a centered line.
    public var alignment: PaperAlignment
    /// The first line's indent, counted in characters of 80-column text (0: flush with the
    /// margin; 4: a body paragraph; 7 and more: the parts of a sub-item).
    public var indent: Int

    /// A paragraph.
    public init(_ runs: [TextRun], alignment: PaperAlignment = .justified, indent: Int = 4) {
        self.runs = runs
        self.alignment = alignment
        self.indent = indent
    }

    /// The text without emphasis.
    public var text: String { runs.map(\.text).joined() }
}

/// A list item: its marker ("1.", "-", "a)") and text.
public struct PaperItem: Sendable, Hashable {
    /// The marker, printed before the text with one space.
    public var marker: String
    /// The text.
    public var runs: [TextRun]
    /// The marker's indent, counted in characters of 80-column text.
    public var indent: Int

    /// An item.
    public init(marker: String, runs: [TextRun], indent: Int = 4) {
        self.marker = marker.nfc
        self.runs = runs
        self.indent = indent
    }

    /// The text with its marker, without emphasis.
    public var text: String { marker + " " + runs.map(\.text).joined() }
}
