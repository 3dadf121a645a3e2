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
        // Nothing is lost: the text's letters, spaces aside, are all there in order (a word
        // wider than the line is broken across lines).
        let letters = text.filter { $0 != " " && DisplayWidth.of($0) <= width }
        #expect(lines.joined().filter { $0 != " " } == letters)
        for word in text.split(separator: " ").map(String.init) where word.displayWidth <= width {
            #expect(lines.contains { $0.split(separator: " ").map(String.init).contains(word) }, "\(word) kept whole")
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

    @Test("A word wider than the line is broken across lines, never cut")
    func longWord() {
        #expect(TextWrap.lines("Thành-phố-Hồ-Chí-Minh", width: 8) == ["Thành-ph", "ố-Hồ-Chí", "-Minh"])
        #expect(TextWrap.lines("ab 漢字漢字", width: 4) == ["ab", "漢字", "漢字"])
        #expect(TextWrap.lines("tệp /tmp/walk/danh-sach-khen-thuong.csv", width: 20)
                    == ["tệp", "/tmp/walk/danh-sach-", "khen-thuong.csv"])
    }

    @Test("Empty text is one empty line; no width gives no lines")
    func edges() {
        #expect(TextWrap.lines("", width: 10) == [""])
        #expect(TextWrap.lines("   ", width: 10) == [""])
        #expect(TextWrap.lines("Hồng", width: 0) == [])
        #expect(TextWrap.lines("Hồng", width: -3) == [])
    }
}
