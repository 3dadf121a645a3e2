/// Something that happened at the terminal.
public enum TerminalEvent: Hashable, Sendable {
    /// A key was pressed (or a character typed or pasted).
    case key(KeyEvent)
    /// The terminal changed size.
    case resize(Size)
    /// A left click at a cell (only when the mouse is enabled).
    case click(Point)
    /// Nothing happened for about a second: a moment to notice changes made elsewhere.
    case idle
}

/// The one thing the toolkit needs from a terminal. `CursesTerminal` implements it with
/// ncursesw; `HeadlessTerminal` implements it in memory for tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Waits for the next event. Returns `nil` when there will be no more input
    /// (end of file, or a headless terminal whose queue is empty).
    func nextEvent() -> TerminalEvent?
    /// A key already typed, read without waiting; nil when none is waiting. Long work that
    /// draws its progress asks this between steps (Esc stops an export).
    func waitingKey() -> KeyEvent?
    /// Shows `frame`: writes the cells that differ from the last frame shown, then places
    /// the cursor at `frame.cursor` (or hides it).
    func present(_ frame: ScreenBuffer)
    /// Forgets what is on the screen so that the next `present` repaints every cell (Ctrl-L).
    func invalidate()
    /// Hands the terminal back to the shell and stops the process (Ctrl-Z); returns after
    /// the shell resumes it (`fg`), with the terminal ready and invalidated.
    func suspend()
}
