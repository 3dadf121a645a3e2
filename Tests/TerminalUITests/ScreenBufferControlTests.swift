import Testing
@testable import TerminalUI
import VietnameseText

/// No cell ever holds a control character or a bidirectional override: they are drawn as
/// their escapes, line breaks and tabs as a space.
@Suite struct ScreenBufferControlTests {
    @Test func controlsAreDrawnAsEscapes() {
        var buffer = ScreenBuffer(size: Size(width: 40, height: 2))
        let written = buffer.put("A\u{1B}[31mB\u{9B}C\u{202E}D\u{7}", at: Point(x: 0, y: 0))
        #expect(buffer.rowText(0) == "A\\x1b[31mB\\x9bC\\u{202e}D\\x07")
        #expect(written == buffer.rowText(0).count)
        buffer.put("x\ty\nz\r\nw", at: Point(x: 0, y: 1))
        #expect(buffer.rowText(1) == "x y z w")
        for cell in buffer.cells {
            let holdsControl = cell.text.unicodeScalars.contains { $0.isTextControl }
            #expect(!holdsControl, "\(Array(cell.text.unicodeScalars))")
        }
    }

    @Test func anEscapeIsCutByTheLimitLikeAnyText() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        buffer.put("ab\u{1B}cd", at: Point(x: 0, y: 0), limit: 4)
        // The escape "\x1b" takes four columns; cut, its last shown column says so.
        #expect(buffer.rowText(0) == "ab\\…")
    }
}
