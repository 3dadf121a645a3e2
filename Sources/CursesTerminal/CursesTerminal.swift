#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalUI

/// The real terminal, drawn with ncursesw. The only type in tdkt that knows ncurses exists.
///
/// ncurses is process-global state: create one `CursesTerminal` at a time, use it from one
/// thread, and call `shutdown()` before creating another.
public final class CursesTerminal: Terminal {
    /// Why a terminal could not be opened.
    public enum OpenError: Error, Hashable, Sendable {
        /// `newterm` refused the terminal type (no terminfo entry, or not usable).
        case unknownTerminal(String)
    }

    /// The stdscr of this terminal's ncurses screen.
    let window: UnsafeMutablePointer<WINDOW>
    /// The screen made with `newterm`, freed by `shutdown()`; nil for `initscr`.
    private let screen: OpaquePointer?
    /// How roles are drawn.
    let palette: CursesPalette
    /// The frame last presented, to write only what changed.
    var shownFrame: ScreenBuffer?
    /// Set by `invalidate()`: the next `present` writes every cell and ncurses repaints all.
    var needsFullRepaint = true
    /// Whether the hardware cursor was last made visible (nil: unknown).
    var cursorVisible: Bool?
    /// The file descriptor keys are read from (to tell a read timeout from closed input).
    let inputDescriptor: Int32
    /// `wget_wch` failures in a row while the input was readable (closed input fails at once).
    var failuresWhileReadable = 0
    /// Timed-out reads since the last key.
    var quietReads = 0
    /// Whether `enableMouse()` has asked for clicks.
    var mouseIsOn = false
    /// The sequences of `KeySequences` ncurses would not take for this terminal type (empty for
    /// every type tdkt knows; a test checks).
    let refusedKeySequences: [KeySequence]
    /// Set once `shutdown()` has run.
    private(set) var isShutDown = false

    /// Number of cells handed to ncurses since the terminal was opened (what `present`
    /// found changed). Lets tests check that unchanged cells are not written again.
    public internal(set) var cellsWritten = 0

    /// Opens the process's terminal (standard input and output) for the type named by `TERM`.
    ///
    /// Sets the locale from the environment first, falling back to a UTF-8 `LC_CTYPE` when
    /// the environment's codeset is not UTF-8 (see `UTF8Locale.ensure()`). Unlike `initscr`,
    /// which ends the process, an unusable terminal type throws `OpenError.unknownTerminal`
    /// so that the caller can say so in the clerk's language.
    public convenience init() throws {
        let type = getenv("TERM").map { String(cString: $0) } ?? ""
        try self.init(termType: type.isEmpty ? "unknown" : type, input: tdkt_stdin(), output: tdkt_stdout())
    }

    /// Opens a terminal of type `termType` (a terminfo name such as "xterm-256color") that
    /// reads from `input` and writes to `output`, with `newterm`. Tests use it on /dev/null
    /// or a pseudo-terminal. The `FILE`s stay the caller's: close them after `shutdown()`.
    /// Throws `OpenError.unknownTerminal` when ncurses cannot use `termType`.
    public init(termType: String, input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>) throws {
        UTF8Locale.ensure()
        guard let screen = newterm(termType, output, input) else {
            throw OpenError.unknownTerminal(termType)
        }
        set_term(screen)
        self.screen = screen
        inputDescriptor = fileno(input)
        window = tdkt_stdscr()
        palette = Self.setUp(window)
        refusedKeySequences = Self.registerKeySequences()
    }

    /// The input modes, colours and signal handlers every terminal gets.
    private static func setUp(_ window: UnsafeMutablePointer<WINDOW>) -> CursesPalette {
        raw()  // Ctrl-C, Ctrl-Z, Ctrl-Q… arrive as keys; the application decides.
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        intrflush(window, false)
        meta(window, true)
        tdkt_install_restore_handlers()

        let noColor = getenv("NO_COLOR").map { String(cString: $0) }
        let mode = CursesPalette.mode(hasColors: has_colors(), noColor: noColor)
        guard mode == .color, start_color() == OK else { return CursesPalette(mode: .monochrome) }
        let defaultColors = use_default_colors() == OK
        let colorMode = CursesPalette.mode(
            hasColors: true, colorPairs: Int(tdkt_color_pairs()), noColor: noColor)
        let palette = CursesPalette(mode: colorMode)
        palette.install(defaultColors: defaultColors)
        return palette
    }

    deinit {
        shutdown()
    }

    /// True when roles are drawn with attributes only (no colours on this terminal, or
    /// `NO_COLOR` set).
    public var isMonochrome: Bool { palette.mode == .monochrome }

    /// Gives the terminal back as it was (`endwin`): cooked mode, cursor shown, colours
    /// reset. The app calls it on exit; `deinit` calls it too. Calling it again does
    /// nothing. Afterwards the terminal is closed: `nextEvent()` returns nil and `present`
    /// does nothing. A screen opened with `newterm` is freed (`delscreen`).
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        curs_set(1)
        endwin()
        tdkt_remove_restore_handlers()
        if let screen {
            delscreen(screen)
        }
    }

    /// The terminal's size in cells, as ncurses knows it (updated on resize).
    public var size: Size {
        guard !isShutDown else { return Size(width: 0, height: 0) }
        var rows: Int32 = 0, columns: Int32 = 0
        tdkt_getmaxyx(window, &rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }

    /// Forgets what is on the screen: the next `present` writes every cell and ncurses
    /// clears and repaints the whole physical screen.
    public func invalidate() {
        needsFullRepaint = true
        cursorVisible = nil
    }

    /// Stops the process like Ctrl-Z in a shell and returns when it is resumed (`fg`).
    ///
    /// The terminal is handed back first (`endwin`); the default SIGTSTP action is put in
    /// place for the moment (ncurses may have its own handler) so the process really
    /// stops. On SIGCONT the screen is restored and invalidated for the next `present`.
    public func suspend() {
        guard !isShutDown else { return }
        endwin()
        tdkt_stop_process()
        // Back from the shell: whatever it printed is on the screen now.
        clearok(tdkt_curscr(), true)
        wrefresh(window)
        invalidate()
    }
}
