import Commendation
import Desk
import Testing
import TerminalUI
import VietnameseText

/// The screen never breaks: decomposed and precomposed text look the same, wide glyphs are
/// clipped cleanly, and any sequence of resizes ends on the screen a fresh start would draw.
@Suite struct ScreenRobustnessTests {
    @Test func decomposedAndPrecomposedNamesLookTheSame() throws {
        let nfc = try Pilot("nfc")
        nfc.type("1")
        nfc.press(.enter, .enter)
        nfc.type("Nguyễn")
        let nfd = try Pilot("nfd")
        nfd.type("1")
        nfd.press(.enter, .enter)
        nfd.type("Nguye\u{0302}\u{0303}n")
        #expect(nfc.screen == nfd.screen)
        #expect(nfd.screen.contains("Nguyễn"))
    }

    @Test func aWideGlyphAtTheClipEdgeIsCutWithAnEllipsis() throws {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        buffer.put("Lan 漢字漢字", at: Point(x: 0, y: 0), limit: 7)
        #expect(buffer.rowText(0) == "Lan 漢…")
        #expect(buffer[6, 0].text == "…")
        let text = "Lan 漢字漢字".truncated(toWidth: 7)
        #expect(text.displayWidth <= 7)
        #expect(text.hasSuffix("…"))
    }

    @Test(arguments: [[Size(width: 60, height: 20), Size(width: 120, height: 40), Size(width: 80, height: 24)],
                      [Size(width: 200, height: 60), Size(width: 79, height: 23), Size(width: 100, height: 30)],
                      [Size(width: 80, height: 24), Size(width: 30, height: 5), Size(width: 81, height: 25)]])
    func resizesEndOnTheScreenAFreshStartDraws(sizes: [Size]) throws {
        let last = try #require(sizes.last)
        let resized = try Pilot("resize-\(sizes.map(\.width).map(String.init).joined(separator: "-"))")
        resized.type("3")
        for size in sizes { resized.resize(size.width, size.height) }
        let fresh = try Pilot("fresh-\(last.width)x\(last.height)-\(sizes.count)", size: last)
        fresh.type("3")
        #expect(resized.screen == fresh.screen)
    }
}
