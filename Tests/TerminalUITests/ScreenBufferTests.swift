import Testing
import TerminalUI
import VietnameseText

@Suite("ScreenBuffer")
struct ScreenBufferTests {
    private let name = "Nguyễn Thị Hồng Nhung"

    @Test("A new buffer is blank, with no cursor")
    func newBufferIsBlank() {
        let buffer = ScreenBuffer(size: Size(width: 10, height: 3))
        #expect(buffer.cursor == nil)
        #expect(buffer.cells.count == 30)
        #expect(buffer.cells.allSatisfy { $0 == Cell.blank() })
        #expect(buffer.text == "\n\n")
        #expect(buffer.bounds == Rect(x: 0, y: 0, width: 10, height: 3))
    }

    @Test("put writes one grapheme per cell")
    func putOneGraphemePerCell() {
        var buffer = ScreenBuffer(size: Size(width: 30, height: 2))
        let written = buffer.put(name, at: Point(x: 2, y: 1), style: Style(.field))
        #expect(written == 21)
        #expect(name.count == 21)
        for (offset, character) in name.enumerated() {
            let cell = buffer[2 + offset, 1]
            #expect(cell.text == String(character))
            #expect(cell.width == 1)
            #expect(cell.style == Style(.field))
        }
        #expect(buffer[23, 1] == Cell.blank())
        #expect(buffer[1, 1] == Cell.blank())
        #expect(buffer.rowText(1) == "  " + name)
        #expect(buffer.rowText(0) == "")
    }

    @Test("Decomposed input is stored precomposed, one cell per letter")
    func putStoresNFC() {
        let decomposed = name.decomposedForTest
        #expect(decomposed.unicodeScalars.count > name.unicodeScalars.count)
        var buffer = ScreenBuffer(size: Size(width: 30, height: 1))
        let written = buffer.put(decomposed, at: Point(x: 0, y: 0))
        #expect(written == 21)
        #expect(buffer[4, 0].text.unicodeScalars.map(\.value) == [0x1EC5])  // ễ
        #expect(buffer[4, 0].text == "ễ")
        #expect(buffer[9, 0].text.unicodeScalars.count == 1)  // ị
        #expect(buffer.rowText(0) == name)
        #expect(Array(buffer.rowText(0).utf8) == Array(name.utf8))
    }

    @Test("put stops at the limit, marks the cut with “…” and returns the columns written")
    func putClipsAtLimit() {
        var buffer = ScreenBuffer(size: Size(width: 30, height: 1))
        let written = buffer.put(name, at: Point(x: 3, y: 0), limit: 6)
        #expect(written == 6)
        #expect(buffer.rowText(0) == "   Nguyễ…")
        #expect(buffer[9, 0] == Cell.blank())
        #expect(buffer.put("abc", at: Point(x: 0, y: 0), limit: 0) == 0)
        #expect(buffer.rowText(0) == "   Nguyễ…")
        // Text that fits exactly, or is cut only in trailing spaces, is not marked.
        var exact = ScreenBuffer(size: Size(width: 30, height: 1))
        exact.put("Nguyễn   ", at: Point(x: 0, y: 0), limit: 6)
        #expect(exact.rowText(0) == "Nguyễn")
    }

    @Test("put stops at the right edge")
    func putClipsAtRightEdge() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
        let written = buffer.put(name, at: Point(x: 4, y: 0))
        #expect(written == 6)
        #expect(buffer.rowText(0) == "    Nguyễ…")
        #expect(buffer.rowText(1) == "")
        // A limit past the edge is cut at the edge too.
        #expect(buffer.put(name, at: Point(x: 7, y: 1), limit: 50) == 3)
        #expect(buffer.rowText(1) == "       Ng…")
        // Outside the grid nothing is written.
        #expect(buffer.put("x", at: Point(x: 10, y: 0)) == 0)
        #expect(buffer.put("x", at: Point(x: 0, y: 2)) == 0)
        #expect(buffer.put("x", at: Point(x: 0, y: -1)) == 0)
    }

    @Test("Text starting left of the grid shows only its visible part")
    func putFromNegativeColumn() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        buffer.put("Hồng Nhung", at: Point(x: -5, y: 0))
        #expect(buffer.rowText(0) == "Nhung")
    }

    @Test("A wide glyph cut by the left edge leaves a blank, not what was there before")
    func wideGlyphAtLeftEdge() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
        buffer.put("xxxx", at: Point(x: 0, y: 0))
        buffer.put("漢b", at: Point(x: -1, y: 0))
        #expect(buffer[1, 0].text == "b")
        #expect(buffer[0, 0] == Cell.blank())
        #expect(buffer.rowText(0) == " bxx")
    }

    @Test("A wide glyph takes a cell and a continuation")
    func wideGlyph() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        let written = buffer.put("a漢b", at: Point(x: 0, y: 0))
        #expect(written == 4)
        #expect(buffer[1, 0].text == "漢")
        #expect(buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[2, 0].text == "")
        #expect(buffer[3, 0].text == "b")
        #expect(buffer.rowText(0) == "a漢b")
    }

    @Test("A wide glyph that does not fit in the last column is cut, with “…”")
    func wideGlyphAtRightEdge() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        buffer.put("xxxxx", at: Point(x: 0, y: 0))
        let written = buffer.put("ab漢", at: Point(x: 2, y: 0))
        #expect(written == 3)
        #expect(buffer[4, 0].text == "…")
        #expect(!buffer.cells.contains { $0.width == 2 || $0.isContinuation })
        #expect(buffer.rowText(0) == "xxab…")
    }

    @Test("A wide glyph that does not fit within the limit is cut, with “…”")
    func wideGlyphAtLimit() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        buffer.put("xxxxxxxxxx", at: Point(x: 0, y: 0))
        let written = buffer.put("a漢", at: Point(x: 0, y: 0), limit: 2)
        #expect(written == 2)
        #expect(buffer[0, 0].text == "a")
        #expect(buffer[1, 0].text == "…")
        #expect(buffer[2, 0].text == "x")
        #expect(!buffer.cells.contains { $0.width == 2 || $0.isContinuation })
    }

    @Test("Overwriting the left half of a wide glyph blanks its right half")
    func overwriteLeftHalf() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.put("漢字", at: Point(x: 0, y: 0))
        buffer.put("a", at: Point(x: 2, y: 0))
        #expect(buffer[2, 0].text == "a")
        #expect(buffer[3, 0] == Cell.blank())
        #expect(buffer[0, 0].text == "漢")
        #expect(buffer.rowText(0) == "漢a")
        #expect(!buffer.cells.enumerated().contains { index, cell in
            cell.isContinuation && (index == 0 || buffer.cells[index - 1].width != 2)
        })
    }

    @Test("Overwriting the right half of a wide glyph blanks its left half")
    func overwriteRightHalf() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.put("漢字", at: Point(x: 0, y: 0))
        buffer.put("b", at: Point(x: 1, y: 0))
        #expect(buffer[0, 0] == Cell.blank())
        #expect(buffer[1, 0].text == "b")
        #expect(buffer[2, 0].text == "字")
        #expect(buffer[3, 0].isContinuation)
        #expect(buffer.rowText(0) == " b字")
    }

    @Test("A wide glyph written one column into another blanks the cut glyphs' other halves")
    func wideOverWideShifted() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.put("漢字", at: Point(x: 0, y: 0))
        buffer.put("中", at: Point(x: 1, y: 0))
        #expect(buffer[0, 0] == Cell.blank())
        #expect(buffer[1, 0].text == "中")
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0] == Cell.blank())
        #expect(buffer.rowText(0) == " 中")
    }

    @Test("A wide glyph written exactly over another replaces it")
    func wideOverWideSamePlace() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.put("漢字", at: Point(x: 0, y: 0))
        buffer.put("中", at: Point(x: 0, y: 0))
        #expect(buffer[0, 0].text == "中")
        #expect(buffer[0, 0].width == 2)
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer[2, 0].text == "字")
        #expect(buffer.rowText(0) == "中字")
    }

    @Test("fill over half of a wide glyph blanks the whole glyph")
    func fillCutsWideGlyph() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.put("a漢b", at: Point(x: 0, y: 0))
        buffer.fill(Rect(x: 2, y: 0, width: 4, height: 1), style: Style(.dialog))
        #expect(buffer[1, 0] == Cell.blank())
        #expect(buffer[2, 0] == Cell.blank(Style(.dialog)))
        #expect(buffer.rowText(0) == "a")
    }

    @Test("rowText and text trim trailing blanks only")
    func rowTextTrims() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 3))
        buffer.put("  Hồng  ", at: Point(x: 0, y: 0))
        buffer.put("Nhung", at: Point(x: 3, y: 2))
        #expect(buffer.rowText(0) == "  Hồng")
        #expect(buffer.rowText(1) == "")
        #expect(buffer.rowText(2) == "   Nhung")
        #expect(buffer.text == "  Hồng\n\n   Nhung")
    }

    @Test("fill blanks a rectangle with a style, clipped to the grid")
    func fill() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 3))
        for y in 0..<3 { buffer.put("abcdef", at: Point(x: 0, y: y)) }
        buffer.fill(Rect(x: 4, y: 1, width: 10, height: 10), style: Style(.dialog))
        #expect(buffer.rowText(0) == "abcdef")
        #expect(buffer.rowText(1) == "abcd")
        #expect(buffer.rowText(2) == "abcd")
        #expect(buffer[5, 2] == Cell.blank(Style(.dialog)))
        #expect(buffer[3, 2].style == .normal)
        buffer.fill(Rect(x: -3, y: -3, width: 2, height: 2))
        #expect(buffer.rowText(0) == "abcdef")
    }

    @Test("restyle keeps the text and changes the style")
    func restyle() {
        var buffer = ScreenBuffer(size: Size(width: 8, height: 2))
        buffer.put("Hồng", at: Point(x: 0, y: 0))
        buffer.restyle(Rect(x: 1, y: 0, width: 2, height: 5), style: Style(.selected, [.bold]))
        #expect(buffer[0, 0].style == .normal)
        #expect(buffer[1, 0].style == Style(.selected, [.bold]))
        #expect(buffer[2, 0].style == Style(.selected, [.bold]))
        #expect(buffer[3, 0].style == .normal)
        #expect(buffer[1, 1].style == Style(.selected, [.bold]))
        #expect(buffer.rowText(0) == "Hồng")
    }

    @Test("box draws corners and sides")
    func box() {
        var buffer = ScreenBuffer(size: Size(width: 8, height: 5))
        buffer.box(Rect(x: 1, y: 1, width: 5, height: 3))
        #expect(buffer[1, 1].text == "┌")
        #expect(buffer[5, 1].text == "┐")
        #expect(buffer[1, 3].text == "└")
        #expect(buffer[5, 3].text == "┘")
        #expect(buffer[3, 1].text == "─")
        #expect(buffer[1, 2].text == "│")
        #expect(buffer[5, 2].text == "│")
        #expect(buffer[3, 2] == Cell.blank())
        #expect(buffer[1, 1].style == Style(.frame))
        #expect(buffer.text == "\n ┌───┐\n │   │\n └───┘\n")
        // Too small to draw: nothing happens.
        var small = ScreenBuffer(size: Size(width: 3, height: 3))
        small.box(Rect(x: 0, y: 0, width: 1, height: 3))
        #expect(small.text == "\n\n")
    }

    @Test("clear blanks every cell and hides the cursor")
    func clear() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 2))
        buffer.put("abcd", at: Point(x: 0, y: 1))
        buffer.cursor = Point(x: 1, y: 1)
        buffer.clear(Style(.dialog))
        #expect(buffer.cursor == nil)
        #expect(buffer.cells.allSatisfy { $0 == Cell.blank(Style(.dialog)) })
    }

    @Test("Tabs and newlines become spaces; lone zero-width characters take no cell")
    func controlCharacters() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        let written = buffer.put("a\tb\nc\u{200B}d", at: Point(x: 0, y: 0))
        #expect(written == 6)
        #expect(buffer.rowText(0) == "a b cd")
    }
}
