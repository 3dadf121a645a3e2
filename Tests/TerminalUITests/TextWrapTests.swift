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

    @Test("Items break only between them, each kept whole where it fits",
          arguments: [1, 4, 9, 12, 20, 31, 47, 80])
    func items(width: Int) {
        let items = ["4236 hồ sơ: quá hạn 3462", "thiếu TT 60", "nháp 78", "chờ HĐ 568", "chờ QĐ 68", "đã trình 0"]
        let lines = TextWrap.lines(items: items, separator: " · ", width: width)
        #expect(!lines.isEmpty)
        for line in lines { #expect(line.displayWidth <= width, "\"\(line)\" is wider than \(width)") }
        // Nothing lost, in order: the items' letters, separators and spaces aside.
        let letters = items.joined().filter { $0 != " " && DisplayWidth.of($0) <= width }
        #expect(lines.joined().filter { $0 != " " && $0 != "·" } == letters)
        for item in items where item.displayWidth <= width {
            #expect(lines.contains { $0.components(separatedBy: " · ").contains(item) }, "\(item) kept whole at \(width)")
        }
    }

    @Test("Items go on the line while they fit; the separator is left out at a break")
    func itemsGreedy() {
        let items = ["4236 hồ sơ: quá hạn 3462", "thiếu TT 60", "nháp 78", "chờ HĐ 568", "chờ QĐ 68", "đã trình 0"]
        #expect(TextWrap.lines(items: items, separator: " · ", width: 78) ==
                ["4236 hồ sơ: quá hạn 3462 · thiếu TT 60 · nháp 78 · chờ HĐ 568 · chờ QĐ 68", "đã trình 0"])
        #expect(TextWrap.lines(items: ["quá hạn 3", "nháp 7", "đã trình 0"], separator: " · ", width: 20) == ["quá hạn 3 · nháp 7", "đã trình 0"])
        #expect(TextWrap.lines(items: ["quá hạn 3", "nháp 7"], separator: " · ", width: 18) == ["quá hạn 3 · nháp 7"])
        #expect(TextWrap.lines(items: ["một mục rất dài", "ngắn"], separator: " · ", width: 8) == ["một mục", "rất dài", "ngắn"])
        #expect(TextWrap.lines(items: [], separator: " · ", width: 8) == [""])
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
