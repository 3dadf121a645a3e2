#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import Foundation
import TerminalUI

extension CursesTerminal {
    /// Shows `frame`: writes to ncurses only the cells that differ from the frame shown
    /// before (every cell after `invalidate()` or a size change), places or hides the
    /// cursor, then sends the difference to the terminal in one `doupdate`.
    public func present(_ frame: ScreenBuffer) {
        guard !isShutDown else { return }
        let sizeChanged = shownFrame?.size != frame.size
        let writeAll = needsFullRepaint || sizeChanged
        if sizeChanged {
            // Cells outside a smaller frame must not keep old text.
            werase(window)
        }
        if needsFullRepaint {
            clearok(tdkt_curscr(), true)
        }

        let screen = size
        let rows = min(frame.size.height, screen.height)
        let columns = min(frame.size.width, screen.width)
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = frame[x, y]
                // ncurses fills the second column of a wide glyph itself.
                if cell.isContinuation { continue }
                if !writeAll, let shown = shownFrame, shown[x, y] == cell { continue }
                write(cell, x: x, y: y, lastColumn: columns - 1)
            }
        }

        placeCursor(frame.cursor, rows: rows, columns: columns)
        wnoutrefresh(window)
        doupdate()
        shownFrame = frame
        needsFullRepaint = false
    }

    /// Shows the cursor at `point`, or hides it.
    private func placeCursor(_ point: Point?, rows: Int, columns: Int) {
        if let point, point.x >= 0, point.y >= 0, point.x < columns, point.y < rows {
            if cursorVisible != true {
                curs_set(1)
                cursorVisible = true
            }
            wmove(window, Int32(point.y), Int32(point.x))
        } else if cursorVisible != false {
            curs_set(0)
            cursorVisible = false
        }
    }

    /// Writes one cell at column `x`, row `y`.
    private func write(_ cell: Cell, x: Int, y: Int, lastColumn: Int) {
        var scalars = Self.scalars(for: cell.text)
        // What the C library (and so ncurses and the terminal) thinks the width is.
        var width = Self.columns(of: scalars)
        if width < 0 {
            // Unknown to the C library (a character newer than its tables): ncurses would
            // print it as an escape. Show the replacement character instead.
            scalars = ["\u{FFFD}"]
            width = 1
        }
        if cell.width == 2, x >= lastColumn {
            scalars = [" "]  // half a wide glyph cannot be shown
        } else if cell.width <= 1, width != 1 {
            // The layout reserved one column but the glyph would take two and overwrite
            // the next cell: show a narrow stand-in instead.
            scalars = ["\u{FFFD}"]
        }
        let rendition = palette.rendition(for: cell.style)
        let capacity = Int(tdkt_ccharw_max()) + 1
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: capacity) { buffer in
            var count = 0
            for scalar in scalars.prefix(capacity - 1) {
                buffer[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            buffer[count] = 0
            var character = cchar_t()
            setcchar(&character, buffer.baseAddress, rendition.attributes, rendition.pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x), &character)
        }
        cellsWritten += 1
        if cell.width == 2, width == 1, x < lastColumn {
            // The layout reserved two columns but the glyph takes one: blank the second.
            var blank = cchar_t()
            let space: [wchar_t] = [0x20, 0]
            setcchar(&blank, space, rendition.attributes, rendition.pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &blank)
        }
    }

    /// The scalars to hand to `setcchar` for a cell's grapheme: NFC (one scalar per
    /// Vietnamese letter), never starting with a control character or a lone combining
    /// mark (which ncurses would attach to the previous cell), never empty.
    static func scalars(for text: String) -> [Unicode.Scalar] {
        var scalars = Array(text.unicodeScalars)
        if scalars.count > 1 {
            // Cells are NFC already; this only guards against a decomposed cell built by hand.
            scalars = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        }
        guard let first = scalars.first else { return [" "] }
        if !KeyTranslation.isPrintable(first) { return [" "] }
        if tdkt_wcwidth(wchar_t(bitPattern: first.value)) == 0 {
            scalars.insert(" ", at: 0)
        }
        return scalars
    }

    /// Columns the C library gives a grapheme: the `wcwidth` of its first (spacing)
    /// scalar, -1 when it does not know the character.
    static func columns(of scalars: [Unicode.Scalar]) -> Int {
        guard let first = scalars.first else { return 1 }
        return Int(tdkt_wcwidth(wchar_t(bitPattern: first.value)))
    }
}
