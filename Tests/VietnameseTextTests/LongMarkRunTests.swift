import Foundation
import Testing
@testable import VietnameseText

/// A run of combining marks longer than any letter needs (a pasted or hostile text) is cut into
/// pieces by joiners, so that normalising it stays linear (Unicode's stream-safe format); text a
/// person writes is left as it was. How the time grows with the length is measured in the
/// benchmarks (`TextLength`), not here.
@Suite struct LongMarkRunTests {
    @Test func textAPersonWritesIsLeftAsItWas() {
        #expect("Nguye\u{0302}\u{0303}n".streamSafe == "Nguye\u{0302}\u{0303}n")
        #expect("Nguyễn Thị Hồng Nhung".streamSafe == "Nguyễn Thị Hồng Nhung")
    }

    @Test func aRunPastThirtyMarksGetsJoiners() {
        let run = "a" + String(repeating: "\u{0301}", count: 61)
        #expect(run.streamSafe.unicodeScalars.filter { $0 == "\u{034F}" }.count == 2)
        #expect(run.nfc.unicodeScalars.count == run.unicodeScalars.count + 2 - 1)
    }

    @Test func aLongRunIsNormalisedOnceAndForAll() {
        let text = "ạ" + String(repeating: "\u{0301}\u{0323}", count: 5_000) + " 東"
        let nfcStable = text.nfc.nfc == text.nfc, nfdStable = text.nfd.nfd == text.nfd
        #expect(nfcStable)
        #expect(nfdStable)
        // No run of marks in the result is longer than 30.
        var run = 0, longest = 0
        for scalar in text.nfc.unicodeScalars {
            run = scalar.properties.canonicalCombiningClass.rawValue == 0 ? 0 : run + 1
            longest = max(longest, run)
        }
        #expect(longest <= 30, "\(longest)")
    }
}
