import Foundation
import Testing
@testable import Commendation

/// A batch read on several threads (decision 89) is the batch read on one: the same
/// nominations handed in the same order with the same bytes, the same warnings, and, for a file
/// that is not valid, the same error at the same place, whatever is wrong and wherever.
@Suite struct ExchangeParallelReadingTests {
    /// What a read handed on and how it ended.
    struct Outcome: Equatable, CustomStringConvertible {
        var handed: [Int] = []
        var places: [Range<Int>] = []
        var nominations: [ExchangeNomination] = []
        var warnings: [ExchangeWarning] = []
        var error: ExchangeError?

        var description: String {
            "\(handed.count) handed, \(warnings.count) warnings, error: \(error.map { $0.message(.en) } ?? "none")"
        }
    }

    static func outcome(_ text: String, workers: Int?) throws -> Outcome {
        let set = try Fixtures.shippedSet()
        var outcome = Outcome()
        let each: (ExchangeNomination, Range<Int>) throws -> Void = { nomination, bytes in
            outcome.handed.append(nomination.index)
            outcome.places.append(bytes)
            outcome.nominations.append(nomination)
        }
        do {
            let file = try workers.map { try ExchangeFormat.read(Data(text.utf8), rulebook: { set.rulebook(forYear: $0) }, workers: $0, each: each) }
                ?? ExchangeFormat.read(Data(text.utf8), rulebook: { set.rulebook(forYear: $0) }, each: each)
            outcome.warnings = file.warnings
            outcome.nominations += file.nominations
        } catch let error as ExchangeError {
            outcome.error = error
        }
        return outcome
    }

    static func many(_ count: Int, broken: Int? = nil, brokenAs fragment: String = "\"năm\"") -> [String] {
        (0..<count).map { index in
            Exchange.nomination(id: "N-\(index)", year: index == broken ? fragment : "2025",
                                extra: index % 7 == 3 ? #", "zeta\#(index)": [1, {"a": "]"}]"# : "")
        }
    }

    /// Files that read well and files wrong in every way the two reads must agree on.
    static let texts: [String] = [
        Exchange.file([Exchange.nomination(id: "A", extra: #", "zeta": 1"#), Exchange.nomination(id: "B"),
                       Exchange.nomination(id: "C", extra: #", "alpha": {"x": [1, 2]}"#)]),
        // Brackets, braces, escaped quotes and backslashes inside strings.
        Exchange.file([Exchange.nomination(id: "A", extra: #", "note": "a ] } \" \\ [ { ,"#),
                       Exchange.nomination(id: "B\\\"]", extra: #", "note": "\\"#), Exchange.nomination(id: "C")]),
        // Tabs, carriage returns and no spaces at all.
        "{\"version\":1,\"nominations\":[" + Exchange.nomination(id: "A") + "," + Exchange.nomination(id: "B") + "]}",
        "{\r\n\t\"version\": 1,\r\n\t\"nominations\": [\r\n\t" + Exchange.nomination(id: "A") + "\r\n\t,\t" + Exchange.nomination(id: "B") + "\r\n]\r\n}",
        // A syntax error inside a nomination, after one, after the list.
        Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B", year: "tru"), Exchange.nomination(id: "C")]),
        Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B", year: "\"năm\"")]) + " ]",
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + " " + Exchange.nomination(id: "B") + "]}",
        // A nomination not valid, then others (one with a syntax error).
        Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B", year: "\"năm\""),
                       Exchange.nomination(id: "C", kind: "\"khong-co\""), Exchange.nomination(id: "D", year: "20x5")]),
        // The file's version wrong, with nominations wrong too.
        Exchange.file([Exchange.nomination(id: "A", year: "\"năm\""), Exchange.nomination(id: "B")], version: "2"),
        // A key twice in a nomination; the list twice in the file.
        Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B", extra: #", "id": "B2""#)]),
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + "], \"nominations\": [" + Exchange.nomination(id: "B") + "]}",
        // Strings that do not end, or hold what a string may not.
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + ", {\"id\": \"B]}",
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + ", {\"id\": \"B\\",
        Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B\u{01}")]),
        Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B\\q")]),
        // Empty places in the list, a comma too many, a bracket that does not close.
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + ", , " + Exchange.nomination(id: "B") + "]}",
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + ", " + Exchange.nomination(id: "B") + ",]}",
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + ", " + Exchange.nomination(id: "B", facts: "{\"rating\": [1}"),
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + ", " + Exchange.nomination(id: "B", facts: "[}") + "]}",
        // Things that are not nominations; one nomination; none; a list that is not one.
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + ", 12, \"x\", true, null, [1]]}",
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + ", 12x]}",
        Exchange.nomination(id: "ONE"),
        Exchange.file([]),
        Exchange.file([Exchange.nomination(id: "A")]),
        "{\"version\": 1, \"nominations\": 5}",
        "{\"version\": 1, \"nominations\": [" + Exchange.nomination(id: "A") + ", " + Exchange.nomination(id: "B") + "], \"references\": 3}",
        // Nested as deep as allowed, and one deeper.
        Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B", extra: ", \"deep\": " + String(repeating: "[", count: 124) + String(repeating: "]", count: 124))]),
        Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B", extra: ", \"deep\": " + String(repeating: "[", count: 126) + String(repeating: "]", count: 126))]),
        // Many nominations, shared among the threads: all well, one wrong late, one wrong early.
        Exchange.file(many(300)),
        Exchange.file(many(300, broken: 250)),
        Exchange.file(many(300, broken: 70, brokenAs: "[2025")),
    ]

    @Test(arguments: Array(texts.indices))
    func readOnSeveralThreadsAsOnOne(_ index: Int) throws {
        var text = Self.texts[index]
        let one = try Self.outcome(text, workers: nil)
        for workers in [2, 3] {
            let several = try Self.outcome(text, workers: workers)
            #expect(several == one, "file \(index), \(workers) threads: \(several) against \(one)")
            #expect(several.error?.position == one.error?.position)
        }
        // Not a byte of UTF-8 in a nomination's string.
        if index == 0 {
            text = text.replacingOccurrences(of: "\"B\"", with: "\"B\u{FFFD}\"")
            var bytes = Data(text.utf8)
            let mark = try #require(bytes.range(of: Data("\u{FFFD}".utf8)))
            bytes.replaceSubrange(mark, with: [0xC3])
            let set = try Fixtures.shippedSet()
            let plain = #expect(throws: ExchangeError.self) { try ExchangeFormat.read(bytes, rulebook: { set.rulebook(forYear: $0) }) }
            let parallel = #expect(throws: ExchangeError.self) {
                try ExchangeFormat.read(bytes, rulebook: { set.rulebook(forYear: $0) }, workers: 2)
            }
            #expect(plain?.message(.en) == parallel?.message(.en))
            #expect(plain?.message(.en).isEmpty == false)
        }
    }

    @Test func theCorpusHoldsBothGoodFilesAndBadOnes() throws {
        let outcomes = try Self.texts.map { try Self.outcome($0, workers: 2) }
        #expect(outcomes.filter { $0.error == nil }.count >= 8)
        #expect(outcomes.filter { $0.error != nil }.count >= 15)
        #expect(outcomes.contains { $0.error == nil && $0.handed.count == 300 })
        // The late error is met after the nominations before it were handed.
        #expect(outcomes.contains { $0.error?.nomination?.hasPrefix("N-250") == true && $0.handed == Array(0..<250) })
    }

    @Test func theSkippingParserFindsWhatTheStreamingOneFinds() throws {
        for text in Self.texts {
            var streamed: [Range<Int>] = []
            var skipped: [Range<Int>] = []
            let data = Data(text.utf8)
            guard let root = try? JSONParser.parse(data, streamingArray: "nominations", element: { _, _, bytes in streamed.append(bytes) })
            else { continue }
            let skippedRoot = try JSONParser.parse(data, skippingArray: "nominations") { index, bytes in
                #expect(index == skipped.count)
                skipped.append(bytes)
            }
            #expect(skippedRoot == root)
            #expect(skipped == streamed)
        }
    }
}
