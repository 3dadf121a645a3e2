#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

extension CursesTerminal {
    /// Test aid: the graphemes ncurses holds on its standard screen for `count` cells of
    /// row `row` from `column` on — what the last `present` left there, read back with
    /// `mvwin_wch` and `getcchar`. The second column of a wide glyph reads as "". Cells past
    /// the edge of the screen are left out, so the result may be shorter than `count`.
    /// Not meant for the application: it reads ncurses' copy, not the physical terminal.
    public func readBack(row: Int, column: Int, count: Int) -> [String] {
        let screen = size
        guard !isShutDown, row >= 0, row < screen.height, column >= 0, count > 0 else { return [] }
        let end = min(column + count, screen.width)
        var result: [String] = []
        var continuation = false
        // Walk from the start of the row: only then is it known which cells are the
        // second half of a wide glyph.
        for x in 0..<end {
            let (text, width) = grapheme(row: row, column: x)
            let isSecondHalf = continuation
            continuation = !isSecondHalf && width == 2
            if x >= column {
                result.append(isSecondHalf ? "" : text)
            }
        }
        return result
    }

    /// The grapheme at one cell of stdscr and the width the C library gives it.
    private func grapheme(row: Int, column: Int) -> (String, Int) {
        var character = cchar_t()
        guard mvwin_wch(window, Int32(row), Int32(column), &character) != ERR else { return ("", 0) }
        let capacity = Int(tdkt_ccharw_max()) + 1
        var wide = [wchar_t](repeating: 0, count: capacity)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&character, &wide, &attributes, &pair, nil) != ERR else { return ("", 0) }
        var text = String.UnicodeScalarView()
        for value in wide {
            guard value != 0, let scalar = Unicode.Scalar(UInt32(bitPattern: value)) else { break }
            text.append(scalar)
        }
        let width = wide[0] == 0 ? 0 : Int(tdkt_wcwidth(wide[0]))
        return (String(text), width)
    }
}
