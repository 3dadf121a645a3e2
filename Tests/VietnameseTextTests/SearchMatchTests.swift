import Foundation
import Testing
import VietnameseText

@Suite struct SearchMatchTests {
    @Test func findsTheGraphemesOfAnAccentInsensitiveMatch() {
        let name = "Nguyễn Thị Hồng Nhung"
        #expect(name.graphemeRange(matching: "hong") == 11..<15)
        #expect(name.graphemeRange(matching: "nguyen thi") == 0..<10)
        #expect(name.graphemeRange(matching: "xyz") == nil)
        #expect(name.graphemeRange(matching: "") == nil)
    }

    @Test func dWithStrokeAndDecomposedTextMatchAsTheirFoldedForms() {
        #expect("Đặng Văn Quý".graphemeRange(matching: "dang") == 0..<4)
        let decomposed = "Nguye\u{0302}\u{0303}n"
        #expect(decomposed.graphemeRange(matching: "nguyen") == 0..<6)
    }

    @Test func wideGlyphsCountAsOneGraphemeEach() {
        #expect("漢字 Lan".graphemeRange(matching: "lan") == 3..<6)
    }

    /// The range as folding each grapheme on its own finds it (what `graphemeRange` did before
    /// ASCII graphemes were folded byte by byte), the match found by `String.range(of:)` in the
    /// folded text rather than by the same scan.
    private func reference(_ text: String, _ query: String) -> Range<Int>? {
        guard !query.isEmpty else { return nil }
        var folded = ""
        var owner: [Int] = []
        for (index, grapheme) in text.enumerated() {
            let piece = grapheme.isWhitespace ? " " : String(grapheme).foldedForSearch
            folded += piece
            owner += Array(repeating: index, count: piece.count)
        }
        guard let found = folded.range(of: query, options: .literal) else { return nil }
        let start = folded.distance(from: folded.startIndex, to: found.lowerBound)
        let end = folded.distance(from: folded.startIndex, to: found.upperBound)
        return owner[start]..<(owner[end - 1] + 1)
    }

    @Test func asciiGraphemesFoldAsEveryOtherGrapheme() {
        let texts = ["2026-LDTT-0001", "■ 2026-TTLDTT-0042", "Nguyễn Thị Hồng", "NGUYEN\tTHI\u{0001}HONG", "a\r\nb  C",
                     "Trần Văn An (Tổ 3)", "x\u{7F}y", "Đã nhận · 12 ngày", "LĐTT", "  Hoa  "]
        let queries = ["2026", "ldtt-00", "nguyen thi", "hong", "a b", "b c", "thi", "xy", "n (to 3", "da nhan", "ldtt", "hoa", " ", "zz"]
        for text in texts {
            for query in queries {
                #expect(text.graphemeRange(matching: query) == reference(text, query), "\(text) / \(query)")
            }
        }
    }
}
