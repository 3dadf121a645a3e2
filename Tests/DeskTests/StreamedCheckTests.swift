import Commendation
import CommendationStore
import Foundation
import Testing
import VietnameseText
@testable import WardServices

/// A check of a file too large to hold (`StreamedCheck`, decision 82) reports, byte for byte,
/// what the same file read whole reports (`CheckReport`), however its nominations are ordered.
@Suite("Streamed check")
struct StreamedCheckTests {
    /// The exchange text of the demo ward, its nominations shuffled by `seed` (a nominee's
    /// nominations far apart), spaced out so that the file is over 16 MB.
    static func shuffledFile(_ pilot: Pilot, seed: UInt64) throws -> Data {
        let text = try ExportService.exchangeText(try pilot.store.exportRows(ExportFilter()), store: pilot.store)
        var root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var random = SeededGenerator(seed: seed)
        let nominations = try #require(root["nominations"] as? [Any]).shuffled(using: &random)
        let padding = (17 << 20) / max(1, nominations.count)
        root["nominations"] = []
        var head = try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
        // `"nominations":[]` is opened again and the shuffled list written into it, spaced out.
        let marker = Data("\"nominations\":[]".utf8)
        let range = try #require(head.range(of: marker))
        var file = head.subdata(in: 0..<range.lowerBound) + Data("\"nominations\":[".utf8)
        for (index, nomination) in nominations.enumerated() {
            if index > 0 { file.append(UInt8(ascii: ",")) }
            file.append(Data(repeating: 0x20, count: padding))
            file.append(try JSONSerialization.data(withJSONObject: nomination, options: [.sortedKeys]))
        }
        file.append(Data("]".utf8))
        head = head.subdata(in: range.upperBound..<head.count)
        return file + head
    }

    /// `name` in the tests' folder, made when missing.
    static func path(_ name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: DeskTestFolder.root, withIntermediateDirectories: true)
        return DeskTestFolder.path(name)
    }

    /// The streamed check of the file at `path`, in JSON and as a table, in `language`.
    static func streamed(_ path: String, rulebook: @escaping (Int) -> Rulebook?, context: EvaluationContext? = nil,
                         language: Language, workers: Int = ParallelMap.defaultWorkers) throws -> (json: String, table: String, exitCode: Int32) {
        let check = try StreamedCheck(path: path, name: path, rulebook: rulebook, workers: workers) { _ in }
        var exitCode: Int32 = -1
        let json = try StreamedOutputTests.captured(escaping: .json, flushing: false) { sink in
            var writer = CheckReport.JSONWriter(language: language, sink: sink)
            try check.judge(context: context) { try writer.write($0) }
            try writer.finish()
            exitCode = writer.counts.exitCode
        }
        let strings = try Shipped.strings(language)
        let table = try StreamedOutputTests.captured(escaping: .readable, flushing: false) { sink in
            var writer = CheckReport.TableWriter(strings: strings, language: language, rulebook: rulebook, sink: sink)
            try check.judge(context: context) { try writer.write($0) }
            try writer.finish()
        }
        return (json, table, exitCode)
    }

    /// On one thread and on three (decision 89), the same bytes.
    @Test(arguments: [(1, 1), (2, 3)] as [(UInt64, Int)])
    func aShuffledFileIsReportedAsTheWholeFileIs(_ seed: UInt64, workers: Int) throws {
        let pilot = try Pilot("streamed-check-\(seed)")
        let national = try Shipped.rulebooks()
        let rulebook: (Int) -> Rulebook? = { national.rulebook(forYear: $0) }
        // Over 16 MB: the pages read are let go every 4 MB along the file.
        let data = try Self.shuffledFile(pilot, seed: seed)
        let path = try Self.path("streamed-check-\(seed).json")
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = CheckReport(file: try ExchangeFormat.read(data, rulebook: rulebook), rulebook: rulebook)
        #expect(whole.results.count > 10)
        #expect(data.count > 16 << 20)
        // Nominees with more than one nomination, the case the parts must get right.
        #expect(Dictionary(grouping: whole.results.compactMap(\.nomination.nominee.id), by: { $0 }).values.contains { $0.count > 1 })
        for language in [Language.vi, .en] {
            let (json, table, exitCode) = try Self.streamed(path, rulebook: rulebook, language: language, workers: workers)
            #expect(json == TerminalText.escaped(try whole.encodedJSON(language: language), style: .json) + "\n")
            let strings = try Shipped.strings(language)
            #expect(table == TerminalText.escaped(whole.wholeTable(strings: strings, language: language, rulebook: rulebook)))
            #expect(exitCode == whole.exitCode)
        }
        // With the store's history and the council's rules, as `tdkt check --store` judges.
        let rules = try WardRules.of(pilot.store, holidays: nil, today: Pilot.today)
        let stored = CheckReport(file: try ExchangeFormat.read(data, rulebook: rules.rulebook), rulebook: rules.rulebook,
                                 context: StoreEvaluationContext(store: pilot.store))
        let (json, _, _) = try Self.streamed(path, rulebook: rules.rulebook, context: StoreEvaluationContext(store: pilot.store), language: .vi)
        #expect(json == TerminalText.escaped(try stored.encodedJSON(language: .vi), style: .json) + "\n")
    }

    @Test func aFileOfOneNominationIsCheckedAsOne() throws {
        let national = try Shipped.rulebooks()
        let rulebook: (Int) -> Rulebook? = { national.rulebook(forYear: $0) }
        let text = #"{"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang", "nominee": {"type": "person", "familyName": "Lê", "givenName": "An"}, "facts": {"rating": "tot"}}"#
        let path = try Self.path("streamed-check-one.json")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = CheckReport(file: try ExchangeFormat.read(Data(text.utf8), rulebook: rulebook), rulebook: rulebook)
        let (json, _, exitCode) = try Self.streamed(path, rulebook: rulebook, language: .vi)
        #expect(whole.results.count == 1)
        #expect(json == TerminalText.escaped(try whole.encodedJSON(language: .vi), style: .json) + "\n")
        #expect(exitCode == whole.exitCode)
    }

    @Test func aFileChangedBetweenThePassesIsSaidSo() throws {
        let national = try Shipped.rulebooks()
        let rulebook: (Int) -> Rulebook? = { national.rulebook(forYear: $0) }
        let one = #"{"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang", "nominee": {"type": "person", "id": "P-1", "familyName": "Lê", "givenName": "An"}, "facts": {"rating": "tot"}}"#
        let path = try Self.path("streamed-check-changed.json")
        try Data(("{\"version\": 1, \"nominations\": [" + one + "," + one + "]}  ").utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try StreamedCheck(path: path, name: "tep.json", rulebook: rulebook) { _ in }
        #expect(check.count == 2)
        // Written again in place, as long as before: the second nomination two bytes later.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(("{\"version\": 1, \"nominations\": [" + one + ",  " + one + "]}").utf8))
        try handle.close()
        let failure = #expect(throws: StreamedCheck.Failure.self) {
            try check.judge { _ in }
        }
        #expect(failure?.message.vi == "tep.json đã thay đổi trong khi đang xét; hãy xét lại")
    }
}
