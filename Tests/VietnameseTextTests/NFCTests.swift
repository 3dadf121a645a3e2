import Foundation
import Testing
@testable import VietnameseText

@Suite("NFC")
struct NFCTests {
    @Test func decomposedInputBecomesPrecomposed() {
        let decomposed = "Nguye\u{0302}\u{0303}n Thi\u{0323} Ho\u{0302}\u{0300}ng"
        let precomposed = "Nguy\u{1EC5}n Th\u{1ECB} H\u{1ED3}ng"
        #expect(decomposed.nfc == precomposed)
        #expect(Array(decomposed.nfc.unicodeScalars) == Array(precomposed.unicodeScalars))
        #expect(decomposed.nfc.unicodeScalars.count == 15)
    }

    @Test func marksInNonCanonicalOrderStillCompose() {
        // Dot below (ccc 220) written after the circumflex (ccc 230) or before it: both "ệ".
        #expect(Array("e\u{0302}\u{0323}".nfc.unicodeScalars) == ["\u{1EC7}"])
        #expect(Array("e\u{0323}\u{0302}".nfc.unicodeScalars) == ["\u{1EC7}"])
    }

    @Test func precomposedAndASCIIAreUnchanged() {
        let precomposed = "Ph\u{01B0}\u{1EDD}ng B\u{1EBF}n Ngh\u{00E9}"
        #expect(Array(precomposed.nfc.unicodeScalars) == Array(precomposed.unicodeScalars))
        #expect("Quan 1".nfc == "Quan 1")
        #expect("".nfc == "")
    }

    @Test func nfdSplitsLettersIntoBaseAndMarks() {
        #expect(Array("ệ".nfd.unicodeScalars) == ["e", "\u{0323}", "\u{0302}"])
        #expect("đ".nfd == "đ")
    }

    /// The Latin fast path gives exactly Foundation's forms, scalar for scalar: every Latin
    /// letter alone, and mixed strings that must fall back (a loose mark, Greek, an ligature).
    @Test func fastPathAgreesWithFoundation() {
        var samples = (Array(UInt32(0xA0)...0x2FF) + Array(UInt32(0x1E00)...0x1EFF)).compactMap { Unicode.Scalar($0).map { String($0) } }
        samples += ["Nguyễn Thị Hồng Nhung", "ĐẶNG  Văn Ân", "Trường Tiểu học Kim Đồng", "Hộ Lê Văn Ơn",
                    "e\u{0302}\u{0301}t", "á\u{0323}", "Ωmega ǅ ﬁ", "Ằ\u{0300}", "ḱ ǹ ẘ", "\u{0301}a", "Việt 東京"]
        for sample in samples {
            #expect(Array(sample.nfd.unicodeScalars) == Array(sample.decomposedStringWithCanonicalMapping.unicodeScalars), "\(sample)")
            #expect(Array(sample.nfc.unicodeScalars) == Array(sample.precomposedStringWithCanonicalMapping.unicodeScalars), "\(sample)")
        }
    }

    @Test func trimmingAgreesWithFoundationOnRandomEnds() {
        let pieces = ["Nguyễn", "e\u{0302}\u{0303}", " ", "\t", "\n", "\r\n", "\u{85}", "\u{A0}", "\u{1680}", "\u{2003}", "\u{2028}",
                      "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{200B}", "\u{301}", "x"]
        var generator = SeededGenerator(state: 5)
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...5, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.nfcTrimmed == text.nfc.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
        }
    }

    /// The bits that stand for the precomposed letters say what the table says, for every
    /// scalar below U+2000 and some above.
    @Test func precomposedBitsAgreeWithTheTable() {
        for value in Array(UInt32(0)..<0x2000) + [0x2000, 0x1EF9 + 0x1000, 0x10000] {
            #expect(LatinDecomposition.isPrecomposed(value) == (LatinDecomposition.table[value] != nil), "U+\(String(value, radix: 16))")
        }
        #expect(LatinDecomposition.isPrecomposed(0x1EC5) && !LatinDecomposition.isPrecomposed(0x0301))
    }
}
