import VietnameseText

/// A grid of cells that views draw into. The backend compares it with the last frame it
/// showed and writes only the cells that changed.
public struct ScreenBuffer: Equatable, Sendable {
    /// Size of the grid.
    public private(set) var size: Size
    /// Cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should stand after this frame (the insertion point of the
    /// focused text field); `nil` hides it.
    public var cursor: Point?

    /// A blank grid of `size`.
    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank(), count: size.width * size.height)
    }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// Blanks every cell and hides the cursor.
    public mutating func clear(_ style: Style = .normal) {
        for i in cells.indices { cells[i] = .blank(style) }
        cursor = nil
    }

    /// Blanks the cells of `rect` with `style`.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.minY..<r.maxY {
            for x in r.minX..<r.maxX { setCell(x: x, y: y, .blank(style)) }
        }
    }

    /// Writes `text` starting at `point`, one grapheme per cell (two for wide glyphs), never
    /// past `limit` columns from `point` nor past the edge of the grid. A wide glyph that does
    /// not fit whole is replaced by a blank. Line breaks and tabs are drawn as a space; any
    /// other control character or bidirectional override as its escape (`\x1b`, `\u{202e}`,
    /// see `TerminalText`), so that no cell ever holds one. Text cut short (something other
    /// than spaces did not fit) ends with "…" in its last column, so that a cut always shows.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, style: Style = .normal, limit: Int? = nil) -> Int {
        guard point.y >= 0, point.y < size.height, point.x < size.width else { return 0 }
        var x = point.x
        let end = min(size.width, limit.map { point.x + max(0, $0) } ?? size.width)
        let shown = Self.visible(text)
        for (offset, character) in zip(shown.indices, shown) {
            var grapheme = String(character)
            var width = DisplayWidth.of(character)
            if character.isNewline || character == "\t" {
                grapheme = " "
                width = 1
            } else if width == 0 {
                continue
            }
            if x + width > end {
                while x < end {
                    if x >= 0 { setCell(x: x, y: point.y, .blank(style)) }
                    x += 1
                }
                let cutText = shown[offset...].contains { !$0.isWhitespace }
                if cutText, end - 1 >= max(0, point.x) {
                    setCell(x: end - 1, y: point.y, Cell("…", width: 1, style: style))
                }
                break
            }
            if x >= 0 {
                setCell(x: x, y: point.y, Cell(grapheme.nfc, width: UInt8(width), style: style))
                if width == 2 { setCell(x: x + 1, y: point.y, Cell("", width: 0, style: style)) }
            } else if width == 2, x + 1 == 0 {
                // A wide glyph cut by the left edge: its visible half is a blank.
                setCell(x: 0, y: point.y, .blank(style))
            }
            x += width
        }
        return max(0, x - point.x)
    }

    /// `text` with every control character other than a line break or tab escaped (a control
    /// is always a grapheme of its own, but for CR LF).
    private static func visible(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        var out = ""
        for character in text {
            if character.isNewline || character == "\t" || !character.unicodeScalars.contains(where: \.isTextControl) {
                out.append(character)
            } else {
                for scalar in character.unicodeScalars {
                    out += scalar.isTextControl ? TerminalText.escape(scalar) : String(scalar)
                }
            }
        }
        return out
    }

    /// Changes the style of the cells of `rect`, keeping their text.
    public mutating func restyle(_ rect: Rect, style: Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.minY..<r.maxY {
            for x in r.minX..<r.maxX { cells[y * size.width + x].style = style }
        }
    }

    /// Draws a single-line box around `rect`.
    public mutating func box(_ rect: Rect, style: Style = Style(.frame)) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        put("┌" + String(repeating: "─", count: rect.width - 2) + "┐", at: rect.origin, style: style, limit: rect.width)
        for y in (rect.minY + 1)..<(rect.maxY - 1) {
            put("│", at: Point(x: rect.minX, y: y), style: style)
            put("│", at: Point(x: rect.maxX - 1, y: y), style: style)
        }
        put("└" + String(repeating: "─", count: rect.width - 2) + "┘",
            at: Point(x: rect.minX, y: rect.maxY - 1), style: style, limit: rect.width)
    }

    /// The text of row `y`, with wide glyphs once and trailing blanks removed.
    public func rowText(_ y: Int) -> String {
        var line = ""
        for x in 0..<size.width {
            let cell = self[x, y]
            if !cell.isContinuation { line += cell.text }
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// All rows joined by newlines: what a person would read on the screen.
    public var text: String {
        (0..<size.height).map(rowText).joined(separator: "\n")
    }

    /// Sets a cell, first blanking the other half of any wide glyph it cuts through.
    private mutating func setCell(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let old = self[x, y]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[y * size.width + x - 1] = .blank(self[x - 1, y].style)
        } else if old.width == 2, x + 1 < size.width, cell.width != 2 {
            cells[y * size.width + x + 1] = .blank(self[x + 1, y].style)
        }
        if cell.width == 2, x + 1 >= size.width {
            cells[y * size.width + x] = .blank(cell.style)
            return
        }
        cells[y * size.width + x] = cell
    }
}
