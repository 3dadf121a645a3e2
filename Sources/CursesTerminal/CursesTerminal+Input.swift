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
                return .key(resolveEscape())
            case .mouse:
                var event = MEVENT()
                guard getmouse(&event) == OK, tdkt_mouse_is_click(event.bstate) != 0 else { continue }
                return .click(Point(x: Int(event.x), y: Int(event.y)))
            case .ignored:
                continue
            case .failed:
                if errno == EINTR { continue }
                return nil
            }
        }
        return nil
    }

    /// One blocking `wget_wch`, with errno cleared first so that a failure can be told
    /// apart: EINTR (a signal, try again) or anything else (input gone).
    private func readCharacter() -> (status: Int32, code: UInt32) {
        var code: wint_t = 0
        errno = 0
        let status = wget_wch(window, &code)
        return (status, UInt32(code))
    }

    /// After an ESC: a printable character already waiting means Alt plus that character
    /// (terminals send Alt-x as ESC x); nothing waiting means Esc itself. ncurses has
    /// already waited `ESCDELAY` (25 ms) for a function-key sequence, so the look-ahead
    /// does not block.
    private func resolveEscape() -> KeyEvent {
        wtimeout(window, 0)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        wtimeout(window, -1)
        switch KeyTranslation.afterEscape(status: status, code: UInt32(code)) {
        case .alt(let character):
            return .alt(character)
        case .escapeAlone:
            return .escape
        case .escapeThenPushBack:
            // Not Alt-able (a key code, a control character): keep it for the next read.
            if status == KEY_CODE_YES {
                ungetch(Int32(bitPattern: code))
            } else {
                unget_wch(wchar_t(bitPattern: code))
            }
            return .escape
        }
    }
}

extension CursesTerminal {
    /// Takes left clicks (a setting; off by default, so that the terminal's own selection
    /// works as usual).
    public func enableMouse() {
        guard !isShutDown else { return }
        mousemask(tdkt_click_mask(), nil)
        mouseinterval(0)
    }
}
