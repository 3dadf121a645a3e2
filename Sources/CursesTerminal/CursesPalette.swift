import CNcursesw
import TerminalUI

/// How each `ColorRole` looks on this terminal: a colour pair plus attributes, or, on a
/// monochrome terminal and under `NO_COLOR`, attributes alone.
///
/// The mapping tables are pure and tested without a terminal; only `install()` talks to
/// ncurses.
struct CursesPalette: Sendable {
    /// Whether roles are shown with colours.
    enum Mode: Hashable, Sendable {
        /// Colour pairs on the terminal's default background.
        case color
        /// Bold, reverse, underline and dim only.
        case monochrome
    }

    /// A role's colours. `-1` is the terminal's default colour (`use_default_colors`).
    struct RoleColors: Hashable, Sendable {
        /// Foreground colour number (`COLOR_*`) or -1.
        var foreground: Int16
        /// Background colour number (`COLOR_*`) or -1.
        var background: Int16
        /// Attributes that go with the colours.
        var attributes: TextAttributes
    }

    /// Colour pairs needed: one per role, pair 0 being the terminal default for `.normal`.
    static let pairsNeeded = ColorRole.allCases.count

    /// The mode in use.
    let mode: Mode

    /// Creates a palette for `mode`.
    init(mode: Mode) {
        self.mode = mode
    }

    /// Colours are used when the terminal has them (and enough pairs) and `NO_COLOR` is
    /// absent or empty (https://no-color.org).
    static func mode(hasColors: Bool, colorPairs: Int = Int.max, noColor: String?) -> Mode {
        if let noColor, !noColor.isEmpty { return .monochrome }
        guard hasColors, colorPairs >= pairsNeeded else { return .monochrome }
        return .color
    }

    /// A role without colour: reverse for bars and selections, bold for errors, dim for
    /// secondary text.
    static func monochrome(_ role: ColorRole) -> TextAttributes {
        switch role {
        case .normal, .ok, .dialog, .frame: return []
        case .title, .statusBar, .selected, .focusedField: return .reverse
        case .statusKey: return .bold
        case .field: return .underline
        case .error, .warning: return .bold
        case .muted: return .dim
        case .highlight: return [.bold, .underline]
        }
    }

    /// A role in colour. Text stays on the terminal's own background except for bars,
    /// selections and fields, so the desk is calm on dark and light terminals alike.
    /// Fields use a background rather than an underline, which would run through the dot
    /// below of ạ, ọ, ụ….
    static func colors(_ role: ColorRole) -> RoleColors {
        let black = Int16(COLOR_BLACK), white = Int16(COLOR_WHITE), blue = Int16(COLOR_BLUE)
        let cyan = Int16(COLOR_CYAN), red = Int16(COLOR_RED), green = Int16(COLOR_GREEN)
        let yellow = Int16(COLOR_YELLOW)
        switch role {
        case .normal: return RoleColors(foreground: -1, background: -1, attributes: [])
        case .title: return RoleColors(foreground: white, background: blue, attributes: .bold)
        case .statusBar: return RoleColors(foreground: black, background: cyan, attributes: [])
        case .statusKey: return RoleColors(foreground: white, background: blue, attributes: .bold)
        case .selected: return RoleColors(foreground: black, background: cyan, attributes: [])
        case .field: return RoleColors(foreground: black, background: white, attributes: [])
        case .focusedField: return RoleColors(foreground: white, background: blue, attributes: .bold)
        case .error: return RoleColors(foreground: red, background: -1, attributes: .bold)
        case .ok: return RoleColors(foreground: green, background: -1, attributes: [])
        case .warning: return RoleColors(foreground: yellow, background: -1, attributes: .bold)
        case .muted: return RoleColors(foreground: -1, background: -1, attributes: .dim)
        case .dialog: return RoleColors(foreground: -1, background: -1, attributes: [])
        case .frame: return RoleColors(foreground: cyan, background: -1, attributes: [])
        case .highlight: return RoleColors(foreground: black, background: yellow, attributes: .bold)
        }
    }

    /// The colour pair of a role: 0 (the terminal default) for `.normal`, then one per role.
    static func pair(for role: ColorRole) -> Int16 {
        Int16(role.rawValue)
    }

    /// The attributes a style gets in this mode: the role's own plus the style's extras.
    func textAttributes(for style: Style) -> TextAttributes {
        switch mode {
        case .color: return Self.colors(style.role).attributes.union(style.attributes)
        case .monochrome: return Self.monochrome(style.role).union(style.attributes)
        }
    }

    /// The ncurses rendition of a style: attribute bits (without colour) and colour pair,
    /// as `setcchar` takes them.
    func rendition(for style: Style) -> (attributes: attr_t, pair: Int16) {
        let pair = mode == .color ? Self.pair(for: style.role) : 0
        return (Self.bits(textAttributes(for: style)), pair)
    }

    /// ncurses attribute bits for toolkit attributes.
    static func bits(_ attributes: TextAttributes) -> attr_t {
        var bits = tdkt_a_normal()
        if attributes.contains(.bold) { bits |= tdkt_a_bold() }
        if attributes.contains(.reverse) { bits |= tdkt_a_reverse() }
        if attributes.contains(.underline) { bits |= tdkt_a_underline() }
        if attributes.contains(.dim) { bits |= tdkt_a_dim() }
        return bits
    }

    /// Defines the colour pairs (colour mode only). Call after `start_color()`;
    /// `defaultColors` tells whether `use_default_colors()` succeeded — if not, "default"
    /// becomes white on black.
    func install(defaultColors: Bool) {
        guard mode == .color else { return }
        for role in ColorRole.allCases where role != .normal {
            let c = Self.colors(role)
            let fg = c.foreground >= 0 || defaultColors ? c.foreground : Int16(COLOR_WHITE)
            let bg = c.background >= 0 || defaultColors ? c.background : Int16(COLOR_BLACK)
            init_pair(Self.pair(for: role), fg, bg)
        }
    }
}
