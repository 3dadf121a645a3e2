import Testing
@testable import VietnameseText

/// Collapsing whitespace returns an already collapsed string as it is, and any other exactly
/// as splitting at whitespace characters and joining with one space does.
@Suite struct WhitespaceCollapsingTests {
    /// The definition the fast path must agree with.
    private func reference(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func agreesWithSplittingAtWhitespaceOnRandomStrings() {
        // Every White_Space scalar, letters, a combining mark after a space, CR LF.
        let pieces = ["Nguyễn", "a", "Đ", " ", "  ", "\t", "\n", "\r\n", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}",
                      "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{301}", " \u{301}", "e\u{302}", "x"]
        var generator = SeededGenerator(state: 11)
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.collapsingWhitespace == reference(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func keepsNamesAndCollapsesRuns() {
        #expect("Thị Hồng".collapsingWhitespace == "Thị Hồng")
        #expect(" Thị  Hồng\u{A0}".collapsingWhitespace == "Thị Hồng")
        #expect("Thị\u{2003}Hồng".collapsingWhitespace == "Thị Hồng")
        #expect("".collapsingWhitespace == "")
        #expect(" ".collapsingWhitespace == "")
    }
}
