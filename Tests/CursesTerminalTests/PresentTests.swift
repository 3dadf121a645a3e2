import CNcursesw
import Foundation
import TerminalUI
import Testing
@testable import CursesTerminal

extension CursesTerminalTests {
    static let name = "Nguyễn Thị Hồng Nhung"

    @Test func vietnameseNameLandsOneGraphemePerCell() throws {
        try withTerminal { terminal in
            #expect(terminal.size == Size(width: 80, height: 24))
            var buffer = ScreenBuffer(size: Size(width: 80, height: 24))
            buffer.put(Self.name, at: Point(x: 3, y: 2))
            terminal.present(buffer)

            let graphemes = Self.name.map(String.init)
            #expect(graphemes.count == 21)
            let cells = terminal.readBack(row: 2, column: 2, count: graphemes.count + 2)
            #expect(cells == [" "] + graphemes + [" "])
            #expect(terminal.readBack(row: 2, column: 3, count: 1) == ["N"])
            #expect(terminal.readBack(row: 2, column: 7, count: 1) == ["ễ"])
            #expect(terminal.readBack(row: 2, column: 12, count: 1) == ["ị"])
            #expect(terminal.readBack(row: 2, column: 15, count: 1) == ["ồ"])
            // Precomposed: one scalar per Vietnamese letter reached ncurses.
            for cell in cells {
                #expect(cell.unicodeScalars.count == 1, "\(cell.debugDescription)")
            }
            // Rows around it untouched.
            #expect(terminal.readBack(row: 1, column: 3, count: 21).allSatisfy { $0 == " " })
            #expect(terminal.readBack(row: 3, column: 3, count: 21).allSatisfy { $0 == " " })
        }
    }

    @Test func decomposedNameLandsLikePrecomposed() throws {
        let decomposed = Self.name.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > Self.name.unicodeScalars.count)
        try withTerminal { terminal in
            var buffer = ScreenBuffer(size: Size(width: 80, height: 24))
            buffer.put(Self.name, at: Point(x: 3, y: 2))
            buffer.put(decomposed, at: Point(x: 3, y: 4))
            terminal.present(buffer)

            let precomposed = terminal.readBack(row: 2, column: 0, count: 30)
            let fromDecomposed = terminal.readBack(row: 4, column: 0, count: 30)
            #expect(fromDecomposed == precomposed)
            // Compare scalars too: String equality is canonical equivalence.
            #expect(fromDecomposed.map { Array($0.unicodeScalars) } == precomposed.map { Array($0.unicodeScalars) })
        }
    }

    @Test func decomposedCellBuiltByHandIsComposedBeforeNcurses() throws {
        try withTerminal { terminal in
            var buffer = ScreenBuffer(size: Size(width: 80, height: 24))
            buffer[0, 0] = Cell("e\u{302}\u{303}")  // ễ, decomposed, bypassing put()
            buffer[1, 0] = Cell("\u{303}")  // a lone combining tilde must not join cell 0
            terminal.present(buffer)
            let cells = terminal.readBack(row: 0, column: 0, count: 2)
            #expect(cells.first.map { Array($0.unicodeScalars) } == ["ễ"])
            #expect(cells.last.map { Array($0.unicodeScalars) } == [" ", "\u{303}"])
        }
    }

    @Test func wideGlyphsTakeTwoCellsEach() throws {
        try withTerminal { terminal in
            var buffer = ScreenBuffer(size: Size(width: 80, height: 24))
            buffer.put("漢字", at: Point(x: 4, y: 5))
            buffer.put("Hà Nội", at: Point(x: 8, y: 5))
            terminal.present(buffer)
            #expect(terminal.readBack(row: 5, column: 3, count: 12)
                == [" ", "漢", "", "字", "", "H", "à", " ", "N", "ộ", "i", " "])
        }
    }

    @Test func secondPresentWritesOnlyChangedCells() throws {
        try withTerminal { terminal in
            var buffer = ScreenBuffer(size: Size(width: 80, height: 24))
            buffer.put(Self.name, at: Point(x: 3, y: 2))
            buffer.put("漢字", at: Point(x: 0, y: 0))
            terminal.present(buffer)
            // Every cell but the two continuation cells.
            #expect(terminal.cellsWritten == 80 * 24 - 2)

            let before = terminal.cellsWritten
            terminal.present(buffer)
            #expect(terminal.cellsWritten == before, "an identical frame writes nothing")

            buffer.put("Hồ", at: Point(x: 3, y: 2))  // "Ng" → "Hồ"
            terminal.present(buffer)
            #expect(terminal.cellsWritten == before + 2)
            #expect(terminal.readBack(row: 2, column: 3, count: 6) == ["H", "ồ", "u", "y", "ễ", "n"])
            #expect(terminal.readBack(row: 0, column: 0, count: 4) == ["漢", "", "字", ""])

            // A wide glyph replaced by two narrow letters.
            buffer.put("ăâ", at: Point(x: 0, y: 0))
            terminal.present(buffer)
            #expect(terminal.cellsWritten == before + 4)
            #expect(terminal.readBack(row: 0, column: 0, count: 4) == ["ă", "â", "字", ""])

            terminal.invalidate()
            let beforeRepaint = terminal.cellsWritten
            terminal.present(buffer)
            #expect(terminal.cellsWritten == beforeRepaint + 80 * 24 - 1)
        }
    }

    @Test func sizeChangeRepaintsAndClearsTheRest() throws {
        try withTerminal { terminal in
            var big = ScreenBuffer(size: Size(width: 80, height: 24))
            big.put("Phường Bến Nghé", at: Point(x: 60, y: 20))
            terminal.present(big)
            var small = ScreenBuffer(size: Size(width: 40, height: 10))
            small.put("Quận 1", at: Point(x: 0, y: 0))
            let before = terminal.cellsWritten
            terminal.present(small)
            #expect(terminal.cellsWritten == before + 40 * 10)
            #expect(terminal.readBack(row: 20, column: 60, count: 6).allSatisfy { $0 == " " })
            #expect(terminal.readBack(row: 0, column: 0, count: 6) == ["Q", "u", "ậ", "n", " ", "1"])
        }
    }

    @Test func cursorIsPlacedAtTheFramesCursor() throws {
        try withTerminal { terminal in
            var buffer = ScreenBuffer(size: Size(width: 80, height: 24))
            buffer.put("Họ tên: Lê Văn Tám", at: Point(x: 2, y: 7))
            buffer.cursor = Point(x: 20, y: 7)
            terminal.present(buffer)
            #expect(terminal.cursorVisible == true)
            #expect(getcury(terminal.window) == 7)
            #expect(getcurx(terminal.window) == 20)
            buffer.cursor = nil
            terminal.present(buffer)
            #expect(terminal.cursorVisible == false)
        }
    }

    @Test func shutdownIsIdempotentAndClosesTheTerminal() throws {
        try withTerminal { terminal in
            terminal.shutdown()
            terminal.shutdown()
            #expect(terminal.nextEvent() == nil)
            terminal.present(ScreenBuffer(size: Size(width: 80, height: 24)))
            #expect(terminal.cellsWritten == 0)
            #expect(terminal.readBack(row: 0, column: 0, count: 3).isEmpty)
        }
    }

    @Test func monochromeTerminalIsMonochrome() throws {
        try withTerminal("xterm-mono") { terminal in
            #expect(terminal.isMonochrome)
            var buffer = ScreenBuffer(size: Size(width: 80, height: 24))
            buffer.put("Đã chọn", at: Point(x: 0, y: 0), style: Style(.selected))
            terminal.present(buffer)
            #expect(terminal.readBack(row: 0, column: 0, count: 7) == ["Đ", "ã", " ", "c", "h", "ọ", "n"])
        }
    }

    @Test func unknownTerminalTypeThrows() throws {
        let output = try #require(fopen("/dev/null", "we"))
        defer { fclose(output) }
        let input = try #require(fopen("/dev/null", "re"))
        defer { fclose(input) }
        #expect(throws: CursesTerminal.OpenError.unknownTerminal("no-such-terminal-tdkt")) {
            _ = try CursesTerminal(termType: "no-such-terminal-tdkt", input: input, output: output)
        }
    }
}
