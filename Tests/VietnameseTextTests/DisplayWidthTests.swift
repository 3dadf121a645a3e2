import Testing
@testable import VietnameseText

@Suite("Display width")
struct DisplayWidthTests {
    @Test func vietnameseLettersAreOneColumnEach() {
        #expect("Nguyễn".displayWidth == 6)
        #expect("Nguye\u{0302}\u{0303}n".displayWidth == 6)
        #expect("Nguyễn Thị Hồng Nhung".displayWidth == 21)
        #expect(DisplayWidth.of("ệ") == 1)
        #expect(DisplayWidth.of("e\u{0323}\u{0302}") == 1)
        #expect(DisplayWidth.of("Đ") == 1)
    }

    @Test func wideCharactersAreTwoColumns() {
        #expect("漢字".displayWidth == 4)
        #expect("한국어".displayWidth == 6)
        #expect("カタカナ".displayWidth == 8)
        #expect("ＡＢ".displayWidth == 4)  // fullwidth Latin
        #expect(DisplayWidth.of("\u{3000}") == 2)  // ideographic space
    }

    @Test func emojiAreTwoColumns() {
        #expect("👍".displayWidth == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)  // with skin tone modifier
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)  // ZWJ family
        #expect(DisplayWidth.of("🇻🇳") == 2)  // flag
        #expect(DisplayWidth.of("🫶") == 2)  // U+1FAF6
        #expect(DisplayWidth.of("⚡") == 2)  // U+26A1, emoji presentation by default
    }

    @Test func emojiPresentationSelectorMakesTwoColumns() {
        #expect(DisplayWidth.of("\u{2764}") == 1)
        #expect(DisplayWidth.of("\u{2764}\u{FE0F}") == 2)
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}") == 2)  // keycap
    }

    @Test func invisibleClustersAreZeroColumns() {
        #expect(DisplayWidth.of("\u{0301}") == 0)  // lone combining acute
        #expect(DisplayWidth.of("\u{0323}\u{0302}") == 0)
        for zeroWidth: Unicode.Scalar in ["\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}",
            "\u{2060}", "\u{FEFF}", "\u{FE00}", "\u{FE0E}", "\u{E0100}"]
        {
            #expect(DisplayWidth.of(Character(zeroWidth)) == 0, "U+\(String(zeroWidth.value, radix: 16))")
        }
        #expect(DisplayWidth.of("\n") == 0)
        #expect(DisplayWidth.of("\r\n") == 0)
        #expect(DisplayWidth.of("\u{07}") == 0)
        #expect("a\u{200B}b".displayWidth == 2)
    }

    @Test func narrowCharactersAreOneColumn() {
        #expect("abc 123".displayWidth == 7)
        #expect(DisplayWidth.of("…") == 1)
        #expect(DisplayWidth.of("Ж") == 1)
        #expect(DisplayWidth.of("€") == 1)
        #expect("".displayWidth == 0)
    }

    /// A string's width is the sum over its characters, whichever way it is measured: Latin
    /// text (told from its scalars) and anything else (character by character).
    @Test func stringWidthIsTheSumOverCharacters() {
        let pieces = ["a", "Z", " ", "~", "\u{A0}", "\u{AD}", "©", "Đ", "ư", "ǿ", "ễ", "e\u{302}\u{303}", "\u{301}", " \u{301}",
                      "\u{36F}", "\u{370}", "漢", "👍", "\u{200B}", "\t", "\r\n", "ɐ", "\u{1E9E}", "\u{1EFF}"]
        var generator = SeededGenerator(state: 9)
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.displayWidth == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(Array(text.unicodeScalars))")
        }
    }
}
