import VietnameseText

/// A box of read-only text that scrolls: paragraphs with a colour role each, wrapped to the
/// box. The reading keys of the key table scroll it (↑/↓, PgUp/PgDn, Space, Home/End) and its
/// bottom border says where it stands; Enter or Esc closes.
public final class TextDialog: Dialog {
    /// One paragraph.
    public struct Paragraph: Sendable {
        /// The text.
        public var text: String
        /// Its colour role.
        public var role: ColorRole
        /// Bold.
        public var bold: Bool
        /// Columns it is indented by.
        public var indent: Int
        /// Creates a paragraph.
        public init(_ text: String, role: ColorRole = .dialog, bold: Bool = false, indent: Int = 0) {
            self.text = text
            self.role = role
            self.bold = bold
            self.indent = indent
        }
    }

    private let title: String
    private let paragraphs: [Paragraph]
    private var scroller = TextScroller()

    /// A dialog titled `title` showing `paragraphs`.
    public init(title: String, paragraphs: [Paragraph]) {
        self.title = title
        self.paragraphs = paragraphs
    }

    /// Enter closes; the reading keys while the text is longer than the box (the status bar
    /// shows them then).
    public var keyContexts: [KeyContext] { scroller.isScrollable ? [.textPage, .reading] : [.textPage] }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let box = rect.centered(Size(width: min(rect.width - 2, 90), height: rect.height))
        let textWidth = max(10, box.width - 4)
        var lines: [(String, Paragraph)] = []
        for paragraph in paragraphs {
            if paragraph.text.isEmpty { lines.append(("", paragraph)); continue }
            for line in TextWrap.lines(paragraph.text, width: textWidth - paragraph.indent) { lines.append((line, paragraph)) }
        }
        let height = min(box.height, lines.count + 4)
        let frame = rect.centered(Size(width: box.width, height: height))
        scroller.layout(lineCount: lines.count, visibleRows: height - 4)
        buffer.fill(frame, style: Style(.dialog))
        buffer.box(frame)
        buffer.put(" \(title) ", at: Point(x: frame.minX + 2, y: frame.minY), style: Style(.frame, [.bold]), limit: frame.width - 4)
        for (row, (text, paragraph)) in lines[scroller.shown].enumerated() {
            buffer.put(text, at: Point(x: frame.minX + 2 + paragraph.indent, y: frame.minY + 2 + row),
                       style: Style(paragraph.role, paragraph.bold ? [.bold] : []), limit: textWidth - paragraph.indent)
        }
        scroller.drawPosition(endingAt: frame.maxX - 2, y: frame.maxY - 1, style: Style(.frame, [.bold]), on: &buffer)
    }

    public func perform(_ action: Action, app: Application) -> Bool {
        if scroller.perform(action) { return true }
        switch action {
        case .choose, .close, .back: app.dismissDialog(self)
        default: return false
        }
        return true
    }

    public func handle(_ key: KeyEvent, app: Application) -> Bool { false }

    /// The reading keys only where there is more to read.
    public func offers(_ action: Action) -> Bool { scroller.offers(action) }
}
