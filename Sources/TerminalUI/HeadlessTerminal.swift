/// An in-memory terminal for tests: events are queued by the test, frames are kept for
/// inspection. `nextEvent()` returns `nil` once the queue is empty, so an event loop run on
/// it stops when it has handled everything it was given (it is then idle).
public final class HeadlessTerminal: Terminal {
    /// Current size.
    public private(set) var size: Size
    /// The last frame presented.
    public private(set) var screen: ScreenBuffer
    /// How many frames were presented.
    public private(set) var frameCount = 0
    /// Number of cells that differed from the previous frame, summed over all frames.
    public private(set) var cellsWritten = 0
    /// How many times the process would have been suspended.
    public private(set) var suspendCount = 0
    private var queue: [TerminalEvent] = []
    private var invalidated = true

    /// A terminal of `size`, blank.
    public init(size: Size = Size(width: 80, height: 24)) {
        self.size = size
        screen = ScreenBuffer(size: size)
    }

    /// Queues key presses.
    public func enqueue(_ keys: [KeyEvent]) {
        queue.append(contentsOf: keys.map(TerminalEvent.key))
    }

    /// Queues the characters of `text` as typed keys.
    public func enqueue(typing text: String) {
        enqueue(text.map { KeyEvent.character($0) })
    }

    /// Queues a left click at a cell.
    public func enqueue(click point: Point) {
        queue.append(.click(point))
    }

    /// Queues a second of nothing happening.
    public func enqueueIdle() {
        queue.append(.idle)
    }

    /// Changes the size and queues the resize event, as a real terminal does.
    public func resize(to newSize: Size) {
        size = newSize
        queue.append(.resize(newSize))
    }

    /// True when no event is waiting.
    public var isIdle: Bool { queue.isEmpty }

    public func nextEvent() -> TerminalEvent? {
        queue.isEmpty ? nil : queue.removeFirst()
    }

    /// The next queued event when it is a key (taken off the queue); nil otherwise.
    public func waitingKey() -> KeyEvent? {
        guard case .key(let key)? = queue.first else { return nil }
        queue.removeFirst()
        return key
    }

    public func present(_ frame: ScreenBuffer) {
        if invalidated || frame.size != screen.size {
            cellsWritten += frame.cells.count
        } else {
            cellsWritten += zip(frame.cells, screen.cells).filter { $0 != $1 }.count
        }
        screen = frame
        invalidated = false
        frameCount += 1
    }

    public func invalidate() { invalidated = true }

    public func suspend() {
        suspendCount += 1
        invalidated = true
    }
}
