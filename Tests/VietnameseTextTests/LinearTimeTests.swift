import Foundation
import Testing
@testable import VietnameseText

/// Normalising and folding long text takes time in proportion to its length: eight
/// times the text may take at most twenty times as long (a step that copies the text it is
/// building, or sorts a run of marks by insertion, takes sixty-four times as long).
@Suite struct LinearTimeTests {
    /// The shortest of three runs of `body`, in seconds.
    static func seconds(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    /// Records an issue when `work` on eight times the input takes more than twenty times as
    /// long, in each of three tries (other tests running at the same time can slow one down; a
    /// step that takes the square of the time fails every try).
    static func expectLinear(_ what: String, small: Int, _ work: (Int) -> Void, sourceLocation: SourceLocation = #_sourceLocation) {
        var tries: [(Double, Double)] = []
        for _ in 0..<3 {
            let short = max(seconds { work(small) }, 0.002)
            let long = seconds { work(small * 8) }
            if long < short * 20 { return }
            tries.append((short, long))
        }
        Issue.record("\(what): \(small) and \(small * 8) took \(tries.map { "\($0.0) s and \($0.1) s" }.joined(separator: ", "))",
                     sourceLocation: sourceLocation)
    }

    static func vietnamese(_ count: Int) -> String {
        String(repeating: "Thi đua phát huy nội lực, lao động sáng tạo. ", count: count / 45 + 1)
    }

    @Test func decomposingIsLinear() {
        Self.expectLinear("nfd", small: 80_000) { count in _ = Self.vietnamese(count).nfd }
        Self.expectLinear("foldedForSearch", small: 40_000) { count in _ = Self.vietnamese(count).foldedForSearch }
    }

    @Test func aLongRunOfMarksNormalisesInLinearTime() {
        Self.expectLinear("nfc of marks", small: 20_000) { count in
            _ = ("a" + String(repeating: "\u{0301}\u{0323}", count: count / 2)).nfc
        }
        Self.expectLinear("nfd of marks", small: 20_000) { count in
            _ = ("ạ" + String(repeating: "\u{0301}\u{0323}", count: count / 2) + " 東").nfd
        }
        // Text a person writes is left as it was; a run past 30 marks gets joiners.
        #expect("Nguye\u{0302}\u{0303}n".streamSafe == "Nguye\u{0302}\u{0303}n")
        let run = "a" + String(repeating: "\u{0301}", count: 61)
        #expect(run.streamSafe.unicodeScalars.filter { $0 == "\u{034F}" }.count == 2)
        #expect(run.nfc.unicodeScalars.count == run.unicodeScalars.count + 2 - 1)
    }
}
