import Testing
import TerminalUI

@Suite("Geometry")
struct GeometryTests {
    @Test("Sizes are never negative and print as width×height")
    func size() {
        #expect(Size(width: -3, height: 5) == Size(width: 0, height: 5))
        #expect(Size(width: 80, height: 24).description == "80×24")
        #expect(Rect(x: 1, y: 1, width: 0, height: 4).isEmpty)
    }

    @Test("Rectangles intersect, inset, centre and split")
    func rect() {
        let r = Rect(x: 2, y: 3, width: 10, height: 6)
        #expect(r.maxX == 12 && r.maxY == 9)
        #expect(r.contains(Point(x: 2, y: 3)))
        #expect(!r.contains(Point(x: 12, y: 3)))
        #expect(r.intersection(Rect(x: 10, y: 0, width: 10, height: 5)) == Rect(x: 10, y: 3, width: 2, height: 2))
        #expect(r.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(r.insetBy(dx: 1, dy: 2) == Rect(x: 3, y: 5, width: 8, height: 2))
        #expect(r.centered(Size(width: 4, height: 2)) == Rect(x: 5, y: 5, width: 4, height: 2))
        #expect(r.centered(Size(width: 40, height: 20)) == r)
        let (top, rest) = r.splitTop(1)
        #expect(top == Rect(x: 2, y: 3, width: 10, height: 1))
        #expect(rest == Rect(x: 2, y: 4, width: 10, height: 5))
        let (body, bottom) = r.splitBottom(2)
        #expect(body.height == 4 && bottom == Rect(x: 2, y: 7, width: 10, height: 2))
        let (left, right) = r.splitRight(3)
        #expect(left.width == 7 && right == Rect(x: 9, y: 3, width: 3, height: 6))
        #expect(r.splitTop(100).0 == r)
        #expect(r.splitTop(-1).1 == r)
    }

    @Test("Styles add attributes")
    func style() {
        #expect(Style(.error).with([.bold]) == Style(.error, [.bold]))
        #expect(Style(.error, [.underline]).with(.bold).attributes == [.bold, .underline])
        #expect(Style.normal == Style(.normal, []))
        #expect(Cell.blank(Style(.dialog)).text == " ")
        #expect(!Cell.blank().isContinuation)
        #expect(Cell("", width: 0).isContinuation)
    }
}
