@testable import CommendationStore
import Testing

/// The rows an import has seen: fingerprints (a streamed import) answer as the keys themselves
/// (a whole-file import) do, across the table's growth; a second pass replays the first.
@Suite struct SeenRowsTests {
    /// Keys with repeats: every seventh key is one seen 3 to 50 keys before.
    static func keys(_ count: Int) -> [String] {
        var keys: [String] = []
        for index in 0..<count {
            keys.append(index % 7 == 6 && index > 50 ? keys[index - 3 - index % 48] : "p|nguyen van an \(index)|1990-01-\(index % 28)")
        }
        return keys
    }

    @Test func fingerprintsAnswerAsTheKeysDoEvenWhenTheTableGrows() {
        let keys = Self.keys(20_000)
        let whole = SeenRows.inMemory()
        // Sized for far fewer rows: the table doubles several times on the way.
        let fingerprints = SeenRows.fingerprints(expectedRows: 100)
        var repeats = 0
        for (index, key) in keys.enumerated() {
            let line = index + 2
            let expected = whole.firstLine(of: key, line: line)
            #expect(fingerprints.firstLine(of: key, line: line) == expected, "line \(line)")
            if expected != nil { repeats += 1 }
        }
        #expect(repeats > 2_000)
        #expect(fingerprints.firstLine(of: "p|nguyen van an 5|1990-01-5", line: 99_999) == 7)
        #expect(fingerprints.firstLine(of: "p|khong co|", line: 100_000) == nil)
    }

    @Test func aSecondPassReplaysTheRepeatsOfTheFirst() {
        let keys = Self.keys(5_000)
        let first = SeenRows.fingerprints(expectedRows: 5_000)
        var answers: [Bool] = []
        for (index, key) in keys.enumerated() { answers.append(first.firstLine(of: key, line: index + 2) != nil) }
        let second = SeenRows.replaying(first.repeated)
        for (index, key) in keys.enumerated() {
            #expect((second.firstLine(of: key, line: index + 2) != nil) == answers[index], "line \(index + 2)")
        }
        #expect(answers.contains(true) && answers.contains(false))
    }

    @Test func aLineSetHoldsItsLinesOnly() {
        var set = LineSet()
        for line in [0, 1, 63, 64, 65, 1_000, 1_500_001] { set.insert(line) }
        for line in [0, 1, 63, 64, 65, 1_000, 1_500_001] { #expect(set.contains(line)) }
        for line in [2, 62, 66, 999, 1_001, 1_500_000, 1_500_002, 9_000_000, -1] { #expect(!set.contains(line)) }
    }
}
