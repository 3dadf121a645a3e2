#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TerminalUI

extension CursesTerminal {
    /// Waits for the next key or resize. Keys ncurses reports that the toolkit has no name
    /// for are skipped. Returns nil when the input is closed (or after `shutdown()`).
    public func nextEvent() -> TerminalEvent? {
        while !isShutDown {
            let (status, code) = readCharacter()
            switch KeyTranslation.event(status: status, code: code) {
            case .key(let key):
                return .key(key)
            case .resize:
                // ncurses has resized stdscr already; repaint everything on the next frame.
                invalidate()
                return .resize(size)
            case .escape:
                // nil: an escape sequence nobody knows, read whole and dropped.
                guard let key = resolveEscape() else { continue }
                return .key(key)
            case .mouse:
                var event = MEVENT()
                if getmouse(&event) == OK {
                    guard tdkt_mouse_is_click(event.bstate) != 0 else { continue }
                    return .click(Point(x: Int(event.x), y: Int(event.y)))
                }
                // A mouse report with tdkt's mouse off (another program left tracking on):
                // ncurses matched only its beginning, the terminfo entry's kmous; drop the rest.
                if !mouseIsOn, let prefix = mouseReportPrefix() { _ = dropSequence(after: prefix) }
                continue
            case .ignored:
                continue
            case .failed:
                if errno == EINTR { continue }
                if !inputIsReadable() {  // the read timed out
                    quietReads += 1
                    if quietReads % Self.readsPerIdle == 0 { return .idle }
                    continue
                }
                failuresWhileReadable += 1
                if failuresWhileReadable < 3 { continue }
                return nil
            }
        }
        return nil
    }

    /// A key already typed, read without waiting (`wtimeout` 0); nil when none is. A resize
    /// met on the way repaints the next frame; a click or a sequence nobody knows is dropped.
    public func waitingKey() -> KeyEvent? {
        guard !isShutDown else { return nil }
        var code: wint_t = 0
        wtimeout(window, 0)
        let status = wget_wch(window, &code)
        wtimeout(window, Self.readTimeout)
        switch KeyTranslation.event(status: status, code: UInt32(code)) {
        case .key(let key):
            return key
        case .escape:
            return resolveEscape()
        case .resize:
            invalidate()
            return nil
        case .mouse, .ignored, .failed:
            return nil
        }
    }

    /// How long one read waits before ncurses looks again for a resize. A SIGWINCH that lands
    /// just before a blocking read would otherwise wait for the next key; with a timeout the
    /// resize shows within this many milliseconds.
    static let readTimeout: Int32 = 250
    /// Timed-out reads in a row that make an `.idle` event (about a second).
    static let readsPerIdle = 4

    /// One `wget_wch` that waits at most `readTimeout`, with errno cleared first so that a
    /// failure can be told apart: EINTR (a signal), a timeout (nothing to read), or the input
    /// gone (readable, yet nothing read, several times in a row).
    private func readCharacter() -> (status: Int32, code: UInt32) {
        var code: wint_t = 0
        errno = 0
        wtimeout(window, Self.readTimeout)
        let status = wget_wch(window, &code)
        if status != ERR {
            failuresWhileReadable = 0
            quietReads = 0
        }
        return (status, UInt32(code))
    }

    /// Whether the input has something (or end of file) to read now.
    private func inputIsReadable() -> Bool {
        var descriptor = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }

    /// After an ESC: a printable character already waiting means Alt plus that character
    /// (terminals send Alt-x as ESC x); nothing waiting means Esc itself. ncurses has
    /// already waited `ESCDELAY` (25 ms) for a function-key sequence, so the look-ahead
    /// does not block. ESC [ and ESC O with more behind them begin a sequence ncurses did not
    /// recognise (it recognises those of `KeySequences` and the terminfo entry): it is read to
    /// its end and dropped, and nil returned.
    private func resolveEscape() -> KeyEvent? {
        wtimeout(window, 0)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        wtimeout(window, Self.readTimeout)
        switch KeyTranslation.afterEscape(status: status, code: UInt32(code)) {
        case .alt(let character):
            guard EscapeSequenceScanner.introduces(UInt32(code)) else { return .alt(character) }
            return dropSequence(after: [UInt32(code)]) ? nil : .alt(character)
        case .escapeAlone:
            return .escape
        case .escapeThenPushBack:
            // Not Alt-able (a key code, a control character): keep it for the next read.
            pushBack(status: status, code: UInt32(code))
            return .escape
        }
    }

    /// Puts a character or key code back to be read next.
    func pushBack(status: Int32, code: UInt32) {
        if status == KEY_CODE_YES {
            ungetch(Int32(bitPattern: code))
        } else {
            unget_wch(wchar_t(bitPattern: code))
        }
    }
}

extension CursesTerminal {
    /// Takes left clicks (a setting; off by default, so that the terminal's own selection
    /// works as usual).
    public func enableMouse() {
        guard !isShutDown else { return }
        mouseIsOn = true
        mousemask(tdkt_click_mask(), nil)
        mouseinterval(0)
    }
}
