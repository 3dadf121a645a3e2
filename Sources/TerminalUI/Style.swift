/// What a piece of text means on screen. Backends map roles to colours, or to
/// bold / reverse / underline alone on monochrome terminals and under `NO_COLOR`.
public enum ColorRole: UInt8, Hashable, Sendable, CaseIterable {
    /// Ordinary text.
    case normal
    /// The title bar at the top.
    case title
    /// The status bar at the bottom.
    case statusBar
    /// A key name in the status bar ("F2").
    case statusKey
    /// The selected row of a list or menu.
    case selected
    /// An editable field's value area.
    case field
    /// The field that has focus.
    case focusedField
    /// An error message or a failed criterion.
    case error
    /// A passed criterion, an eligible verdict, a success message.
    case ok
    /// Something that needs attention but is not wrong (unknown, incomplete).
    case warning
    /// Secondary text: hints, column rules, disabled items.
    case muted
    /// A dialog's body.
    case dialog
    /// A dialog's or a panel's frame and heading.
    case frame
    /// Matched text in search results.
    case highlight
}

/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// Raw bits.
    public let rawValue: UInt8
    /// Creates from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Bold (or bright).
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Reverse video.
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    /// Underlined.
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Dim.
    public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// How one cell looks: a role (mapped to colours by the backend) plus attributes.
public struct Style: Hashable, Sendable {
    /// The meaning of the text.
    public var role: ColorRole
    /// Extra attributes on top of what the role implies.
    public var attributes: TextAttributes

    /// Creates a style.
    public init(_ role: ColorRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Ordinary text.
    public static let normal = Style()

    /// The same style with `attributes` added.
    public func with(_ extra: TextAttributes) -> Style {
        Style(role, attributes.union(extra))
    }
}
