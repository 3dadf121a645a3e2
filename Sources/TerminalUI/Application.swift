import VietnameseText

/// The event loop as an instance: a stack of screens, dialogs over them, a key table, and a
/// terminal to read from and draw on. Nothing here is static, so tests can run many at once.
public final class Application {
    /// Where keys come from and frames go.
    public let terminal: Terminal
    /// The key table.
    public var keymap: Keymap
    /// User-interface text.
    public var strings: Localizer
    /// Left part of the title bar (the program and the ward).
    public var heading: String
    /// The smallest size the layout is designed for; below it a notice is shown instead.
    public var minimumSize = Size(width: 80, height: 24)
    /// The screens, bottom first; the last one is shown.
    public private(set) var screens: [Screen] = []
    /// Dialogs over the screens, bottom first; the last one receives keys.
    public private(set) var dialogs: [Dialog] = []
    /// False once the application has been asked to quit.
    public private(set) var isRunning = true
    /// A one-line message shown in the status bar until the next key.
    public private(set) var message: (text: String, role: ColorRole)?
    /// Frames drawn so far.
    public private(set) var framesDrawn = 0
    /// The built-in input method typing into text fields now; nil when off (the terminal's own
    /// input method, or plain typing).
    public var inputMethod: VietnameseComposer?
    /// The method Ctrl-T turns on.
    public var preferredInputMethod = VietnameseComposer(.telex)

    /// An application on `terminal` with a key table and strings.
    public init(terminal: Terminal, keymap: Keymap, strings: Localizer, heading: String = "tdkt") {
        self.terminal = terminal
        self.keymap = keymap
        self.strings = strings
        self.heading = heading
    }

    // MARK: Navigation

    /// Shows `screen` on top of the current one.
    public func push(_ screen: Screen) {
        screens.append(screen)
    }

    /// Closes the top screen (never the last one) and tells the one below.
    public func pop() {
        guard screens.count > 1 else { return }
        screens.removeLast()
        screens.last?.didReappear(app: self)
    }

    /// Replaces the top screen.
    public func replaceTop(with screen: Screen) {
        if !screens.isEmpty { screens.removeLast() }
        screens.append(screen)
    }

    /// Shows a dialog over everything.
    public func present(_ dialog: Dialog) {
        dialogs.append(dialog)
    }

    /// Closes the top dialog.
    public func dismissDialog() {
        if !dialogs.isEmpty { dialogs.removeLast() }
    }

    /// Closes `dialog` wherever it stands (a submit handler may have opened another above it).
    public func dismissDialog(_ dialog: Dialog) {
        dialogs.removeAll { $0 === dialog }
    }

    /// Shows a message in the status bar until the next key.
    public func show(message text: String, role: ColorRole = .ok) {
        message = (text, role)
    }

    /// Whether any open screen holds unsaved input.
    public var hasUnsavedChanges: Bool { screens.contains(where: \.hasUnsavedChanges) }

    /// Quits at once.
    public func quit() { isRunning = false }

    /// Quits, first asking when something is unsaved.
    public func requestQuit() {
        guard hasUnsavedChanges else { return quit() }
        if dialogs.last is QuitConfirmation { return }
        present(QuitConfirmation(strings: strings))
    }

    /// Closes the top screen, first asking when it holds unsaved input.
    public func requestBack() {
        guard let top = screens.last, screens.count > 1 else { return }
        guard top.hasUnsavedChanges else { return pop() }
        present(MessageDialog(
            title: strings("ui.discard.title"),
            lines: [strings("ui.discard.message")],
            buttons: [
                .init(strings("ui.discard.stay"), role: .cancel) { app in app.dismissDialog() },
                .init(strings("ui.discard.leave")) { app in app.dismissDialog(); app.pop() },
            ]))
    }

    /// Runs when the clerk has done nothing for about a second (the desk looks for changes
    /// another desk made).
    public var onIdle: ((Application) -> Void)?

    /// The screen on top, when no dialog covers it.
    public var uncoveredScreen: (any Screen)? { dialogs.isEmpty ? screens.last : nil }

    // MARK: The loop

    /// Draws, then handles events until the application quits or the terminal has no more
    /// input. On a `HeadlessTerminal` this returns as soon as the queued keys are handled: the
    /// application is then idle.
    public func run() {
        render()
        while isRunning, let event = terminal.nextEvent() {
            handle(event)
            if isRunning { render() }
        }
    }

    /// Handles one event.
    public func handle(_ event: TerminalEvent) {
        switch event {
        case .resize:
            terminal.invalidate()
        case .key(let key):
            message = nil
            handle(key)
        case .click(let point):
            message = nil
            if let dialog = dialogs.last {
                _ = dialog.click(at: point, app: self)
            } else {
                _ = screens.last?.click(at: point, app: self)
            }
        case .idle:
            onIdle?(self)
            uncoveredScreen?.idle(app: self)
        }
    }

    /// The key contexts in force: the top dialog's, or the top screen's.
    public var currentContexts: [KeyContext] {
        if let dialog = dialogs.last { return dialog.keyContexts }
        return screens.last?.keyContexts ?? []
    }

    /// The bindings the status bar shows now: those of the key table marked for it in the
    /// contexts in force whose action would do something (the top dialog or screen says so),
    /// less Esc on the first screen (there is nothing to go back to).
    public var statusBarBindings: [KeyBinding] {
        keymap.bindings(in: currentContexts).filter { binding in
            guard binding.inStatusBar else { return false }
            if binding.action == .back, binding.context == .global, dialogs.isEmpty { return screens.count > 1 }
            if let dialog = dialogs.last { return dialog.offers(binding.action) }
            return screens.last?.offers(binding.action) ?? true
        }
    }

    private func handle(_ key: KeyEvent) {
        let action = keymap.action(for: key, in: currentContexts)
        if let dialog = dialogs.last {
            if let action, dialog.perform(action, app: self) { return }
            if dialog.handle(key, app: self) { return }
            if let action, Self.passThroughDialogs.contains(action) { performGlobal(action) }
            return
        }
        guard let screen = screens.last else { return }
        if let action, screen.perform(action, app: self) { return }
        if screen.handle(key, app: self) { return }
        if let action { performGlobal(action) }
    }

    /// Global actions a dialog does not block.
    private static let passThroughDialogs: Set<Action> = [.help, .redraw, .suspend, .quit, .interrupt, .toggleInputMethod]

    /// "Gõ: Telex" / "Gõ: VNI" / "Gõ: tắt", for the status bar.
    public var inputMethodLabel: String {
        switch inputMethod?.kind {
        case .telex?: return strings("ui.input.telex")
        case .vni?: return strings("ui.input.vni")
        case nil: return strings("ui.input.off")
        }
    }

    private func performGlobal(_ action: Action) {
        switch action {
        case .help:
            if let dialog = dialogs.last {
                present(HelpScreen(keymap: keymap, contexts: dialog.keyContexts, strings: strings, overDialog: true))
            } else {
                push(HelpScreen(keymap: keymap, chains: screens.last?.helpContexts ?? [[]], strings: strings))
            }
        case .quit, .interrupt:
            requestQuit()
        case .back:
            requestBack()
        case .redraw:
            terminal.invalidate()
        case .suspend:
            terminal.suspend()
        case .toggleInputMethod:
            inputMethod = inputMethod == nil ? preferredInputMethod : nil
            show(message: inputMethodLabel, role: .ok)
        default:
            break
        }
    }

    // MARK: Drawing

    /// Draws the current state into a frame and presents it.
    public func render() {
        var buffer = ScreenBuffer(size: terminal.size)
        draw(on: &buffer)
        terminal.present(buffer)
        framesDrawn += 1
    }

    /// Draws the whole screen: title bar, top screen, dialogs, status bar; or the
    /// too-small notice.
    public func draw(on buffer: inout ScreenBuffer) {
        let size = buffer.size
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            drawTooSmall(on: &buffer)
            return
        }
        let (titleRow, rest) = buffer.bounds.splitTop(1)
        let shown = message ?? (inputMethod == nil ? nil : (inputMethodLabel, .statusKey))
        // A message too long for the bar takes rows of its own above it, whole, and the screen
        // gives them up until the next key (nothing under the message is hidden).
        var band: [String] = []
        if let shown, !StatusBar.fits(message: shown.text, bindings: statusBarBindings, strings: strings, width: rest.width) {
            band = Array(TextWrap.lines(shown.text, width: rest.width - 2).prefix(max(1, (rest.height - 1) / 2)))
        }
        let (content, bottom) = rest.splitBottom(1 + (band.isEmpty ? 0 : band.count + 1))
        TitleBar.draw(left: heading, right: screens.last?.title ?? "", in: titleRow, on: &buffer)
        screens.last?.draw(in: content, on: &buffer)
        for dialog in dialogs {
            buffer.cursor = nil
            dialog.draw(in: content, on: &buffer)
        }
        let (bandRect, statusRow) = bottom.splitBottom(1)
        if let shown, !band.isEmpty {
            buffer.fill(bandRect, style: Style(.normal))
            buffer.put(String(repeating: "─", count: bandRect.width), at: bandRect.origin, style: Style(.frame))
            for (offset, line) in band.enumerated() {
                buffer.put(line, at: Point(x: bandRect.minX + 1, y: bandRect.minY + 1 + offset), style: Style(shown.role, [.bold]),
                           limit: bandRect.width - 2)
            }
        }
        StatusBar.draw(bindings: statusBarBindings, message: band.isEmpty ? shown : nil, strings: strings, in: statusRow, on: &buffer)
    }

    private func drawTooSmall(on buffer: inout ScreenBuffer) {
        let width = buffer.size.width
        let lines = [strings("ui.tooSmall.title")]
            + TextWrap.lines(strings("ui.tooSmall.message", buffer.size.description, minimumSize.description), width: max(1, width - 2))
        let top = max(0, (buffer.size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (width - line.displayWidth) / 2)
            buffer.put(line, at: Point(x: x, y: top + offset), style: Style(offset == 0 ? .warning : .normal, offset == 0 ? [.bold] : []))
        }
    }
}

extension Action {
    /// F1: help for the current screen.
    public static let help: Action = "help"
    /// F10: quit (asks only when something is unsaved).
    public static let quit: Action = "quit"
    /// Ctrl-C: like quit.
    public static let interrupt: Action = "interrupt"
    /// Esc: back / cancel.
    public static let back: Action = "back"
    /// Ctrl-L: repaint the whole screen.
    public static let redraw: Action = "redraw"
    /// Ctrl-Z: suspend to the shell.
    public static let suspend: Action = "suspend"
    /// Ctrl-T: the built-in Telex / VNI on or off.
    public static let toggleInputMethod: Action = "toggle-input-method"
    /// F2: save.
    public static let save: Action = "save"
    /// Enter: choose / open.
    public static let choose: Action = "choose"
    /// Tab: next field.
    public static let nextField: Action = "next-field"
    /// Shift-Tab: previous field.
    public static let previousField: Action = "previous-field"
    /// Move up one row.
    public static let up: Action = "up"
    /// Move down one row.
    public static let down: Action = "down"
    /// One page up.
    public static let pageUp: Action = "page-up"
    /// One page down.
    public static let pageDown: Action = "page-down"
    /// To the first row.
    public static let first: Action = "first"
    /// To the last row.
    public static let last: Action = "last"
}
