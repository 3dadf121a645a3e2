/// A box with a bar that fills while long work runs ("Đang nhập… ██████░░░░ 60/100"). The work
/// calls `update(done:total:app:)`, which redraws at once; no key is taken meanwhile.
public final class ProgressDialog: Dialog {
    /// Heading of the box.
    public let title: String
    /// Steps done and in all.
    public private(set) var done = 0
    public private(set) var total = 0

    /// A bar at zero.
    public init(title: String) {
        self.title = title
    }

    public var keyContexts: [KeyContext] { [] }

    /// Moves the bar and draws the screen now (the event loop is busy with the work).
    public func update(done: Int, total: Int, app: Application) {
        self.done = done
        self.total = total
        app.render()
    }

    /// The bar in `width` cells: full blocks for what is done, light shade for the rest.
    public static func bar(done: Int, total: Int, width: Int) -> String {
        let filled = total <= 0 ? 0 : min(width, done * width / total)
        return String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, width - filled))
    }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let width = max(10, min(rect.width - 4, 60))
        let box = rect.centered(Size(width: width, height: 5))
        buffer.fill(box, style: Style(.dialog))
        buffer.box(box, style: Style(.frame))
        buffer.put(" \(title) ", at: Point(x: box.minX + 2, y: box.minY), style: Style(.frame, [.bold]), limit: box.width - 4)
        let count = " \(done)/\(total)"
        let bar = Self.bar(done: done, total: total, width: max(1, box.width - 4 - count.displayWidth))
        buffer.put(bar + count, at: Point(x: box.minX + 2, y: box.minY + 2), style: Style(.dialog), limit: box.width - 4)
    }

    /// Nothing: no key is read while the work runs, so the status bar offers none (not even Esc).
    public func offers(_ action: Action) -> Bool { false }

    public func perform(_ action: Action, app: Application) -> Bool { true }
    public func handle(_ key: KeyEvent, app: Application) -> Bool { true }
}
