import Testing
import TerminalUI
import VietnameseText

@Suite("TextWrap")
struct TextWrapTests {
    static let samples = [
        "Cá nhân đạt danh hiệu Lao động tiên tiến hai năm liền được đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường.",
        "Nguyễn Thị Hồng Nhung, tổ dân phố 7, khu phố 3",
        "漢字 表記 の 説明 文 と Tiếng Việt có dấu",
        "   nhiều    khoảng   trắng   ",
        "Siêu-dài-không-có-khoảng-trắng-nào-cả-để-ngắt-dòng ở đây",
    ]

    @Test("Lines never exceed the width, and words that fit are kept whole",
          arguments: samples, [1, 2, 5, 8, 12, 20, 33, 80])
    func wrapping(text: String, width: Int) {
        let lines = TextWrap.lines(text, width: width)
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.displayWidth <= width, "\"\(line)\" is wider than \(width)")
            #expect(!line.hasPrefix(" ") && !line.hasSuffix(" "))
        }
        let words = text.split(separator: " ").map(String.init)
        let wordsOut = lines.flatMap { $0.split(separator: " ").map(String.init) }
        #expect(wordsOut.count == words.count)
        for (original, shown) in zip(words, wordsOut) {
            if original.displayWidth <= width {
                #expect(shown == original)
            } else {
                #expect(shown.hasSuffix("…"))
                #expect(original.hasPrefix(String(shown.dropLast())))
            }
        }
    }

    @Test("Words go on the line while they fit")
    func greedy() {
        #expect(TextWrap.lines("Nguyễn Thị Hồng Nhung", width: 10) == ["Nguyễn Thị", "Hồng Nhung"])
        #expect(TextWrap.lines("Nguyễn Thị Hồng Nhung", width: 9) == ["Nguyễn", "Thị Hồng", "Nhung"])
        #expect(TextWrap.lines("Nguyễn Thị Hồng Nhung", width: 21) == ["Nguyễn Thị Hồng Nhung"])
        #expect(TextWrap.lines("漢字 漢字", width: 4) == ["漢字", "漢字"])
        #expect(TextWrap.lines("漢字 漢字", width: 5) == ["漢字", "漢字"])
    }

    @Test("A word wider than the line is cut with an ellipsis")
    func longWord() {
        #expect(TextWrap.lines("Thành-phố-Hồ-Chí-Minh", width: 8) == ["Thành-p…"])
        #expect(TextWrap.lines("ab 漢字漢字", width: 4) == ["ab", "漢…"])
    }

    @Test("Empty text is one empty line; no width gives no lines")
    func edges() {
        #expect(TextWrap.lines("", width: 10) == [""])
        #expect(TextWrap.lines("   ", width: 10) == [""])
        #expect(TextWrap.lines("Hồng", width: 0) == [])
        #expect(TextWrap.lines("Hồng", width: -3) == [])
    }
}
