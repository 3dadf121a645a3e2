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
    /// ASCII graphemes were folded byte by byte).
    private func reference(_ text: String, _ query: String) -> Range<Int>? {
        guard !query.isEmpty else { return nil }
        var folded: [Character] = []
        var owner: [Int] = []
        for (index, grapheme) in text.enumerated() {
            for character in grapheme.isWhitespace ? " " : String(grapheme).foldedForSearch {
                folded.append(character)
                owner.append(index)
            }
        }
        let needle = Array(query)
        guard needle.count <= folded.count else { return nil }
        for start in 0...(folded.count - needle.count) where folded[start..<(start + needle.count)].elementsEqual(needle) {
            return owner[start]..<(owner[start + needle.count - 1] + 1)
        }
        return nil
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
