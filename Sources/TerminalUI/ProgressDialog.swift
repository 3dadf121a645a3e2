extension KeyContext {
    /// A progress box whose work can be stopped.
    public static let progress: KeyContext = "progress"
}

extension Action {
    /// Stops long work (an export) before its end.
    public static let stop: Action = "stop"
}

/// A box with a bar that fills while long work runs ("Đang nhập… ██████░░░░ 60/100"). The work
/// calls `update(done:total:app:)`, which redraws at once. No key is taken meanwhile, but for
/// the key of `.stop` (Esc; Ctrl-C too) when the work is `stoppable`: the status bar offers it,
/// and the work, seeing `stopRequested`, stops.
public final class ProgressDialog: Dialog {
    /// Heading of the box.
    public let title: String
    /// Whether the work stops when asked (`stopRequested`).
    public let stoppable: Bool
    /// Steps done and in all.
    public private(set) var done = 0
    public private(set) var total = 0
    /// Whether the key of `.stop` was pressed since the work began.
    public private(set) var stopRequested = false
    /// The word after the count while there is no total ("60000 dòng đã đọc").
    public let unit: String?

    /// A bar at zero; with `stoppable`, one whose work stops on Esc; with `unit`, the word
    /// after the count while no total is known.
    public init(title: String, stoppable: Bool = false, unit: String? = nil) {
        self.title = title
        self.stoppable = stoppable
        self.unit = unit
    }

    public var keyContexts: [KeyContext] { stoppable ? [.progress] : [] }

    /// Moves the bar and draws the screen now (the event loop is busy with the work). A
    /// stoppable box first reads the keys typed meanwhile: the key of `.stop`, or Ctrl-C,
    /// asks the work to stop; any other is dropped.
    public func update(done: Int, total: Int, app: Application) {
        self.done = done
        self.total = total
        if stoppable {
            while let key = app.terminal.waitingKey() {
                let action = app.keymap.action(for: key, in: keyContexts)
                if action == .stop || action == .interrupt { stopRequested = true }
            }
        }
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
        guard total > 0 else {
            // No total yet (a file read in pieces): the count alone, in its unit, and no bar.
            let count = unit.map { "\(done) \($0)" } ?? String(done)
            buffer.put(count, at: Point(x: box.minX + 2, y: box.minY + 2), style: Style(.dialog), limit: box.width - 4)
            return
        }
        let count = " \(done)/\(total)"
        let bar = Self.bar(done: done, total: total, width: max(1, box.width - 4 - count.displayWidth))
        buffer.put(bar + count, at: Point(x: box.minX + 2, y: box.minY + 2), style: Style(.dialog), limit: box.width - 4)
    }

    /// Only `.stop`, when the work can be stopped: no other key is read while it runs, so the
    /// status bar offers no other (not even F1).
    public func offers(_ action: Action) -> Bool { stoppable && action == .stop }

    public func perform(_ action: Action, app: Application) -> Bool { true }
    public func handle(_ key: KeyEvent, app: Application) -> Bool { true }
}
