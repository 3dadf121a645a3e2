import VietnameseText

extension KeyContext {
    /// Bindings of a page of text longer than its box (the F1 help, a dialog of text): scroll
    /// keys, Enter to close.
    public static let reading: KeyContext = "reading"
}

extension Action {
    /// Closes a page of text (Enter in the F1 help or a dialog of text).
    public static let close: Action = "close"
}

/// Where a page of text that is longer than its box stands, and the keys that move it:
/// ↑/↓ a line, PgUp/PgDn (and whatever else the key table gives them) a page, Home/End to
/// either end. It also says where the page stands ("12–30/41").
public struct TextScroller: Hashable, Sendable {
    /// The first line shown.
    public private(set) var top = 0
    /// How many lines the text has.
    public private(set) var lineCount = 0
    /// How many lines the box shows.
    public private(set) var visibleRows = 1

    /// A scroller at the top of an empty text.
    public init() {}

    /// Tells the scroller how long the text is and how many lines show (each frame, before
    /// drawing); the top line stays within the text.
    public mutating func layout(lineCount: Int, visibleRows: Int) {
        self.lineCount = max(0, lineCount)
        self.visibleRows = max(1, visibleRows)
        top = min(max(0, top), lastTop)
    }

    /// The top line that shows the last line at the bottom.
    public var lastTop: Int { max(0, lineCount - visibleRows) }

    /// Whether the text is longer than the box.
    public var isScrollable: Bool { lineCount > visibleRows }

    /// Whether lines are hidden above / below.
    public var hasMoreAbove: Bool { top > 0 }
    public var hasMoreBelow: Bool { top + visibleRows < lineCount }

    /// The range of lines shown.
    public var shown: Range<Int> { top..<min(lineCount, top + visibleRows) }

    /// Moves for a scrolling action; false for any other action (and for every action when the
    /// text fits, so that the keys are left to others).
    public mutating func perform(_ action: Action) -> Bool {
        guard isScrollable else { return false }
        switch action {
        case .up: top = max(0, top - 1)
        case .down: top = min(lastTop, top + 1)
        case .pageUp: top = max(0, top - max(1, visibleRows - 1))
        case .pageDown: top = min(lastTop, top + max(1, visibleRows - 1))
        case .first: top = 0
        case .last: top = lastTop
        default: return false
        }
        return true
    }

    /// Whether a scrolling action would move the page now (up and back to the top only with
    /// lines hidden above, down and to the end only with lines hidden below); true for any
    /// other action.
    public func offers(_ action: Action) -> Bool {
        switch action {
        case .up, .pageUp, .first: return hasMoreAbove
        case .down, .pageDown, .last: return hasMoreBelow
        default: return true
        }
    }

    /// Where the page stands, "12–30/41" with ▲ when lines are hidden above and ▼ below; ""
    /// when everything shows.
    public var position: String {
        guard isScrollable else { return "" }
        let range = "\(top + 1)–\(min(lineCount, top + visibleRows))/\(lineCount)"
        return (hasMoreAbove ? "▲ " : "") + range + (hasMoreBelow ? " ▼" : "")
    }

    /// Draws `position` right-aligned on row `y`, ending before column `maxX` (on a frame's
    /// border, or the last row of a page).
    public func drawPosition(endingAt maxX: Int, y: Int, style: Style = Style(.muted), on buffer: inout ScreenBuffer) {
        let text = position
        guard !text.isEmpty else { return }
        let label = " " + text + " "
        buffer.put(label, at: Point(x: maxX - label.displayWidth, y: y), style: style)
    }
}
