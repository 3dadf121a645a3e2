import VietnameseText

/// A box of read-only text that scrolls: paragraphs with a colour role each, wrapped to the
/// box. ↑/↓/PgUp/PgDn scroll; Enter or Esc closes.
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
    private var top = 0
    private var visibleRows = 1
    private var lineCount = 0

    /// A dialog titled `title` showing `paragraphs`.
    public init(title: String, paragraphs: [Paragraph]) {
        self.title = title
        self.paragraphs = paragraphs
    }

    public var keyContexts: [KeyContext] { [.dialog] }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let box = rect.centered(Size(width: min(rect.width - 2, 90), height: rect.height))
        let textWidth = max(10, box.width - 4)
        var lines: [(String, Paragraph)] = []
        for paragraph in paragraphs {
            if paragraph.text.isEmpty { lines.append(("", paragraph)); continue }
            for line in TextWrap.lines(paragraph.text, width: textWidth - paragraph.indent) { lines.append((line, paragraph)) }
        }
        lineCount = lines.count
        let height = min(box.height, lines.count + 4)
        let frame = rect.centered(Size(width: box.width, height: height))
        visibleRows = max(1, height - 4)
        top = min(top, max(0, lines.count - visibleRows))
        buffer.fill(frame, style: Style(.dialog))
        buffer.box(frame)
        buffer.put(" \(title) ", at: Point(x: frame.minX + 2, y: frame.minY), style: Style(.frame, [.bold]), limit: frame.width - 4)
        for (row, (text, paragraph)) in lines.dropFirst(top).prefix(visibleRows).enumerated() {
            buffer.put(text, at: Point(x: frame.minX + 2 + paragraph.indent, y: frame.minY + 2 + row),
                       style: Style(paragraph.role, paragraph.bold ? [.bold] : []), limit: textWidth - paragraph.indent)
        }
        if top > 0 { buffer.put("▲", at: Point(x: frame.maxX - 2, y: frame.minY + 1), style: Style(.muted)) }
        if top + visibleRows < lines.count { buffer.put("▼", at: Point(x: frame.maxX - 2, y: frame.maxY - 2), style: Style(.muted)) }
    }

    public func perform(_ action: Action, app: Application) -> Bool {
        let last = max(0, lineCount - visibleRows)
        switch action {
        case .up: top = max(0, top - 1)
        case .down: top = min(last, top + 1)
        case .pageUp: top = max(0, top - visibleRows)
        case .pageDown: top = min(last, top + visibleRows)
        case .choose, .back: app.dismissDialog(self)
        default: return false
        }
        return true
    }

    public func handle(_ key: KeyEvent, app: Application) -> Bool { false }
}
