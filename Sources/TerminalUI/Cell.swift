/// One terminal cell: a grapheme cluster (or nothing, for the right half of a wide glyph) and its style.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in this cell, NFC. Empty for the second column of a wide grapheme.
    public var text: String
    /// 1 for ordinary cells, 2 for the first column of a wide grapheme, 0 for its continuation.
    public var width: UInt8
    /// How the cell looks.
    public var style: Style

    /// Creates a cell.
    public init(_ text: String, width: UInt8 = 1, style: Style = .normal) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell.
    public static func blank(_ style: Style = .normal) -> Cell { Cell(" ", width: 1, style: style) }

    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }
}
