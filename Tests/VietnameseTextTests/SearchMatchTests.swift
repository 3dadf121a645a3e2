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
}
