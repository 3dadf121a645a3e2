import Testing
@testable import VietnameseText

@Suite("Truncating and padding to a width")
struct ColumnFittingTests {
    @Test func truncatesWithEllipsis() {
        #expect("Nguyễn Thị Hồng Nhung".truncated(toWidth: 10) == "Nguyễn Th…")
        #expect("Nguye\u{0302}\u{0303}n Thi\u{0323}".truncated(toWidth: 7) == "Nguye\u{0302}\u{0303}n…")
        #expect("abc".truncated(toWidth: 1) == "…")
        #expect("abc".truncated(toWidth: 2) == "a…")
    }

    @Test func exactFitAndShorterAreNotCut() {
        #expect("Nguyễn".truncated(toWidth: 6) == "Nguyễn")
        #expect("Nguyễn".truncated(toWidth: 40) == "Nguyễn")
        #expect("漢字".truncated(toWidth: 4) == "漢字")
        #expect("".truncated(toWidth: 3) == "")
    }

    @Test func nonPositiveWidthGivesEmptyString() {
        #expect("Nguyễn".truncated(toWidth: 0) == "")
        #expect("Nguyễn".truncated(toWidth: -3) == "")
        #expect("Nguyễn".padded(toWidth: 0) == "")
        #expect("Nguyễn".padded(toWidth: -1) == "")
    }

    @Test func wideCharactersAreNeverSplit() {
        #expect("漢字漢字".truncated(toWidth: 4) == "漢…")
        #expect("漢字漢字".truncated(toWidth: 5) == "漢字…")
        #expect("漢字漢字".truncated(toWidth: 2) == "…")
        #expect("a👍b".truncated(toWidth: 2) == "a…")
        #expect("漢字漢字".padded(toWidth: 4) == "漢… ")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        let cut = "Ho\u{0302}\u{0300}\u{0301}ng".truncated(toWidth: 3)
        #expect(Array(cut.unicodeScalars) == ["H", "o", "\u{0302}", "\u{0300}", "\u{0301}", "…"])
        let cutDecomposed = "He\u{0302}\u{0303}nh".truncated(toWidth: 3)
        #expect(Array(cutDecomposed.unicodeScalars) == ["H", "e", "\u{0302}", "\u{0303}", "…"])
    }

    @Test func paddedHasExactWidth() {
        #expect("An".padded(toWidth: 5) == "An   ")
        #expect("Ánh".padded(toWidth: 3) == "Ánh")
        #expect("漢".padded(toWidth: 3) == "漢 ")
        #expect("Nguyễn Thị Hồng Nhung".padded(toWidth: 10) == "Nguyễn Th…")
    }

    @Test func widthIsNeverExceeded() {
        let samples = [
            "Nguyễn Thị Hồng Nhung", "Nguye\u{0302}\u{0303}n Va\u{0306}n A\u{0302}n", "漢字かな交じり文",
            "Phường 👍 Bến Nghé 🇻🇳", "a\u{200B}b\u{0301}c", "한국어 tiếng Hàn", "x", "",
        ]
        for sample in samples {
            for width in -1...30 {
                let cut = sample.truncated(toWidth: width)
                #expect(cut.displayWidth <= max(width, 0), "\(sample) @ \(width)")
                if width > 0 && sample.displayWidth <= width {
                    #expect(cut == sample)
                } else if width > 0 {
                    #expect(cut.hasSuffix("…"))
                    #expect(sample.hasPrefix(String(cut.dropLast())))
                }
                #expect(sample.padded(toWidth: width).displayWidth == max(width, 0), "\(sample) @ \(width)")
            }
        }
    }
}
