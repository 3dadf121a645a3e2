import VietnameseText
/// A box over the screens that takes the keys until it is dismissed.
public protocol Dialog: AnyObject {
    /// Key contexts in force while the dialog is open (the global context is added).
    var keyContexts: [KeyContext] { get }
    /// Draws the dialog over `rect` (the content area between title and status bar).
    func draw(in rect: Rect, on buffer: inout ScreenBuffer)
    /// Carries out an action from the key table; false when unused.
    func perform(_ action: Action, app: Application) -> Bool
    /// Takes a key no binding claimed; false when unused.
    func handle(_ key: KeyEvent, app: Application) -> Bool
    /// A left click at a cell (mouse enabled); false when unused.
    func click(at point: Point, app: Application) -> Bool
    /// Whether `action` would do something now (the status bar shows only such keys).
    func offers(_ action: Action) -> Bool
}

extension Dialog {
    /// By default every action of the contexts in force does something.
    public func offers(_ action: Action) -> Bool { true }
    /// By default a dialog takes no clicks.
    public func click(at point: Point, app: Application) -> Bool { false }
}

extension KeyContext {
    /// Bindings that apply inside a dialog with buttons.
    public static let dialog: KeyContext = "dialog"
}

/// A message with buttons: "Lưu thay đổi?" [Ở lại] [Thoát].
public class MessageDialog: Dialog {
    /// A button of a dialog.
    public struct Button {
        /// What a button is for; `cancel` is what Esc does.
        public enum Role { case normal, cancel }
        /// The text on the button.
        public var label: String
        /// Its role.
        public var role: Role
        /// What happens when it is chosen (the handler dismisses the dialog itself).
        public var handler: (Application) -> Void
        /// Creates a button.
        public init(_ label: String, role: Role = .normal, handler: @escaping (Application) -> Void) {
            self.label = label
            self.role = role
            self.handler = handler
        }
    }

    /// Heading of the box.
    public let title: String
    /// Body text, one entry per paragraph (wrapped to the box).
    public let lines: [String]
    /// Buttons, left to right.
    public let buttons: [Button]
    /// Index of the focused button.
    public private(set) var focus: Int
    /// Colour role of the body text.
    public var bodyRole: ColorRole = .dialog
    /// Whether a blank line separates the paragraphs (false: one paragraph per line, for reports).
    public var spacedParagraphs = true
    /// The width the box would like (it still fits the screen); nil sizes it to the title.
    public var preferredWidth: Int?
    /// Where each button was drawn last (for clicks).
    private var buttonRects: [Rect] = []
    /// The body's place when it is longer than the box.
    private var scroller = TextScroller()

    /// Creates a dialog; the focus starts on the first button.
    public init(title: String, lines: [String], buttons: [Button], focus: Int = 0) {
        self.title = title
        self.lines = lines
        self.buttons = buttons
        self.focus = min(max(0, focus), max(0, buttons.count - 1))
    }

    /// The buttons' keys; the reading keys too while the text is longer than the box.
    public var keyContexts: [KeyContext] { scroller.isScrollable ? [.dialog, .reading] : [.dialog] }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let labels = buttons.map { "[ \($0.label) ]" }
        let buttonsWidth = labels.reduce(0) { $0 + $1.displayWidth } + 2 * max(0, labels.count - 1)
        let width = max(4, min(rect.width - 4, max(preferredWidth ?? 48, title.displayWidth + 6, buttonsWidth + 6)))
        var body: [String] = []
        for (index, paragraph) in lines.enumerated() {
            if index > 0, spacedParagraphs { body.append("") }
            body += TextWrap.lines(paragraph, width: width - 4)
        }
        let height = min(rect.height, body.count + 5)
        let box = rect.centered(Size(width: width, height: height))
        buffer.fill(box, style: Style(.dialog))
        buffer.box(box, style: Style(.frame))
        buffer.put(" \(title) ", at: Point(x: box.minX + 2, y: box.minY), style: Style(.frame, [.bold]), limit: box.width - 4)
        scroller.layout(lineCount: body.count, visibleRows: height - 5)
        for (i, line) in body[scroller.shown].enumerated() {
            buffer.put(line, at: Point(x: box.minX + 2, y: box.minY + 2 + i), style: Style(bodyRole), limit: box.width - 4)
        }
        scroller.drawPosition(endingAt: box.maxX - 2, y: box.minY + 1, on: &buffer)
        var x = box.minX + max(2, (box.width - buttonsWidth) / 2)
        buttonRects = []
        for (i, label) in labels.enumerated() {
            let style = i == focus ? Style(.selected, [.bold]) : Style(.dialog)
            let width = buffer.put(label, at: Point(x: x, y: box.maxY - 2), style: style, limit: max(0, box.maxX - 2 - x))
            buttonRects.append(Rect(x: x, y: box.maxY - 2, width: width, height: 1))
            x += width + 2
        }
    }

    /// The reading keys only where there is more to read.
    public func offers(_ action: Action) -> Bool { scroller.offers(action) }

    public func click(at point: Point, app: Application) -> Bool {
        guard let index = buttonRects.firstIndex(where: { $0.contains(point) }) else { return false }
        focus = index
        buttons[index].handler(app)
        return true
    }

    public func perform(_ action: Action, app: Application) -> Bool {
        if scroller.perform(action) { return true }
        switch action {
        case .nextField, .down:
            focus = (focus + 1) % max(1, buttons.count)
        case .previousField, .up:
            focus = (focus + max(1, buttons.count) - 1) % max(1, buttons.count)
        case .choose:
            guard buttons.indices.contains(focus) else { app.dismissDialog(); return true }
            buttons[focus].handler(app)
        case .back:
            if let cancel = buttons.first(where: { $0.role == .cancel }) { cancel.handler(app) } else { app.dismissDialog() }
        default:
            return false
        }
        return true
    }

    /// Every key of a dialog comes from the key table (Tab, ←/→ between the buttons).
    public func handle(_ key: KeyEvent, app: Application) -> Bool { false }
}

/// "Có thay đổi chưa lưu — thoát mà không lưu?" shown by F10 / Ctrl-C when something is unsaved.
public final class QuitConfirmation: MessageDialog {
    /// Creates the confirmation; the safe answer (stay) has the focus.
    public init(strings: Localizer) {
        super.init(
            title: strings("ui.quit.title"),
            lines: [strings("ui.quit.message")],
            buttons: [
                .init(strings("ui.quit.stay"), role: .cancel) { app in app.dismissDialog() },
                .init(strings("ui.quit.leave")) { app in app.dismissDialog(); app.quit() },
            ])
        bodyRole = .warning
    }
}
