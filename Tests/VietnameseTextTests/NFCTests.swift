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
}
