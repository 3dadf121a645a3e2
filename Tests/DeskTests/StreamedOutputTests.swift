import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing
import VietnameseText
import WardServices

/// Commands that stream their rows (`tdkt export --format csv`, `tdkt pending --format json`)
/// write the same bytes as the in-memory reports they replace.
@Suite struct StreamedOutputTests {
    /// What `body` writes to a sink (a temporary file read back); with `flushing` false, only
    /// what `body` itself flushed.
    static func captured(escaping: TerminalText.Style? = nil, flushing: Bool = true, _ body: (OutputSink) throws -> Void) throws -> String {
        let path = NSTemporaryDirectory() + "tdkt-sink-\(getpid())-\(UUID().uuidString).txt"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        defer { unlink(path) }
        // A small buffer, so that the test writes across many flushes.
        let sink = OutputSink(descriptor: descriptor, escaping: escaping, capacity: 512)
        try body(sink)
        if flushing { try sink.flush() }
        close(descriptor)
        return String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    @Test func theStreamedCSVExportIsTheTablesCSV() throws {
        let pilot = try Pilot("streamed-csv")
        let rules = try WardRules.of(pilot.store, holidays: nil, today: Pilot.today)
        for language in [Language.vi, .en] {
            let strings = try Shipped.strings(language)
            for filter in [ExportFilter(), ExportFilter(years: [2025], statuses: Set(NominationStatus.awarded))] {
                let table = ExportService.table(try pilot.store.exportRows(filter), columns: ExportColumn.full, rules: rules,
                                                language: language, strings: strings)
                #expect(table.rows.count > 1)
                var heard: [Int] = []
                let streamed = try Self.captured(escaping: .readable) { sink in
                    try ExportService.writeCSV(pilot.store, filter: filter, rules: rules, language: language, strings: strings, to: sink) {
                        heard.append($0)
                    }
                }
                #expect(streamed == TerminalText.escaped(table.csv))
                #expect(heard == Array(0..<(table.rows.count - 1)).map { $0 + 1 })
                #expect(try pilot.store.exportCount(filter) == table.rows.count - 1)
            }
        }
    }

    @Test func exportRowsCarryTheirDecisionsAndHonourRollNumbers() throws {
        let pilot = try Pilot("streamed-decisions")
        let rows = try pilot.store.exportRows(ExportFilter(statuses: [.decided]))
        #expect(!rows.isEmpty)
        #expect(rows.contains { $0.decision != nil && $0.honourRoll != nil && $0.decisionDate != nil })
        #expect(try pilot.store.exportRows(ExportFilter(statuses: [.received])).allSatisfy { $0.decision == nil && $0.honourRoll == nil })
    }

    @Test func theStreamedPendingJSONIsTheReportsJSON() throws {
        let pilot = try Pilot("streamed-pending")
        let rules = try WardRules.of(pilot.store, holidays: nil, today: Pilot.today)
        for language in [Language.vi, .en] {
            let strings = try Shipped.strings(language)
            let report = try PendingReport(store: pilot.store, rules: rules, today: Pilot.today)
            #expect(report.items.count > 10)
            let expected = TerminalText.escaped(try report.encodedJSON(strings: strings, language: language), style: .json) + "\n"
            // One window on the calling thread; windows of a few nominations on several threads,
            // taken in the review's order.
            for (window, workers) in [(250, 1), (7, 3), (1, 2), (5, 1)] {
                let streamed = try Self.captured(escaping: .json) { sink in
                    try PendingJSON.write(store: pilot.store, rules: rules, today: Pilot.today, strings: strings, language: language,
                                          to: sink, window: window, workers: workers)
                }
                #expect(streamed == expected, "window \(window), \(workers) threads")
            }
        }
    }

    @Test func anEmptyReviewStreamsAsTheEncoderWritesIt() throws {
        let pilot = try Pilot("streamed-pending-empty", demo: false)
        let rules = try WardRules.of(pilot.store, holidays: nil, today: Pilot.today)
        let strings = try Shipped.strings(.vi)
        let report = try PendingReport(store: pilot.store, rules: rules, today: Pilot.today)
        let streamed = try Self.captured(escaping: .json) { sink in
            try PendingJSON.write(store: pilot.store, rules: rules, today: Pilot.today, strings: strings, language: .vi, to: sink)
        }
        #expect(streamed == TerminalText.escaped(try report.encodedJSON(strings: strings, language: .vi), style: .json) + "\n")
    }

    @Test func theStreamedCheckReportIsTheEncodersJSONAndTheWholeTable() throws {
        let pilot = try Pilot("streamed-check")
        let text = try ExportService.exchangeText(try pilot.store.exportRows(ExportFilter()), store: pilot.store)
        let national = try Shipped.rulebooks()
        let rulebook: (Int) -> Rulebook? = { national.rulebook(forYear: $0) }
        let report = CheckReport(file: try ExchangeFormat.read(Data(text.utf8), rulebook: rulebook), rulebook: rulebook)
        #expect(report.results.count > 10)
        #expect(Set(report.results.map(\.status)).count > 1)
        for language in [Language.vi, .en] {
            let streamed = try Self.captured(escaping: .json, flushing: false) { sink in try report.writeJSON(language: language, to: sink) }
            #expect(streamed == TerminalText.escaped(try report.encodedJSON(language: language), style: .json) + "\n")
            let strings = try Shipped.strings(language)
            let table = try Self.captured(escaping: .readable, flushing: false) { sink in
                try report.writeTable(strings: strings, language: language, rulebook: rulebook, to: sink)
            }
            #expect(table == TerminalText.escaped(report.wholeTable(strings: strings, language: language, rulebook: rulebook)))
        }
        let empty = CheckReport(file: try ExchangeFormat.read(Data(#"{"version": 1, "nominations": []}"#.utf8), rulebook: rulebook),
                                rulebook: rulebook)
        let streamed = try Self.captured(escaping: .json, flushing: false) { sink in try empty.writeJSON(language: .vi, to: sink) }
        #expect(streamed == TerminalText.escaped(try empty.encodedJSON(language: .vi), style: .json) + "\n")
    }

    /// `CheckReport.judge` judges on a second thread while the results are written: the same
    /// results, in the same order, as the report judged whole, with and without a store.
    @Test func judgingWhileWritingGivesTheWholeReportsResults() throws {
        let pilot = try Pilot("judge-while-writing")
        let text = try ExportService.exchangeText(try pilot.store.exportRows(ExportFilter()), store: pilot.store)
        let national = try Shipped.rulebooks()
        let rulebook: (Int) -> Rulebook? = { national.rulebook(forYear: $0) }
        let rules = try WardRules.of(pilot.store, holidays: nil, today: Pilot.today)
        // The ward's nominations eight times over (ids made unique), so that the judging runs
        // ahead of the writing by several batches, and the copies meet each other as duplicates.
        guard var root = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let nominations = root["nominations"] as? [[String: Any]] else {
            Issue.record("not an exchange file")
            return
        }
        root["nominations"] = (0..<8).flatMap { copy in
            nominations.map { nomination in
                var nomination = nomination
                nomination["id"] = "\(nomination["id"] ?? "")-\(copy)"
                return nomination
            }
        }
        let file = try ExchangeFormat.read(try JSONSerialization.data(withJSONObject: root), rulebook: rulebook)
        #expect(file.nominations.count > 300)
        for (rulebook, context) in [(rulebook, nil), (rules.rulebook, StoreEvaluationContext(store: pilot.store) as EvaluationContext)] {
            let whole = CheckReport(file: file, rulebook: rulebook, context: context)
            var streamed: [CheckReport.Result] = []
            // The writer asks the rulebook too, as the table's award names do.
            try CheckReport.judge(file: file, rulebook: rulebook, context: context) { result in
                _ = rulebook(result.nomination.year)
                streamed.append(result)
            }
            #expect(streamed.map(\.nomination.label) == whole.results.map(\.nomination.label))
            #expect(streamed.map(\.evaluation) == whole.results.map(\.evaluation))
            #expect(Set(streamed.map(\.status)).count > 1)
        }
    }

    @Test func theStreamedExchangeExportIsTheWholeFilesText() throws {
        let pilot = try Pilot("streamed-exchange")
        let filters = [ExportFilter(), ExportFilter(years: [2025], statuses: Set(NominationStatus.awarded)),
                       ExportFilter(awards: ["gia-dinh-van-hoa"]), ExportFilter(years: [1990])]
        let national = try Shipped.rulebooks()
        var sizes: [Int] = []
        for filter in filters {
            let rows = try pilot.store.exportRows(filter)
            sizes.append(rows.count)
            var count = -1
            var heard: [Int] = []
            let streamed = try Self.captured(escaping: .json) { sink in
                count = try ExportService.writeExchange(pilot.store, filter: filter, to: sink) { heard.append($0) }
            }
            #expect(count == rows.count)
            // A screen's bar: the count asked first, then each row as it is written.
            #expect(try pilot.store.exportCount(filter) == rows.count)
            #expect(heard == Array(0..<rows.count).map { $0 + 1 })
            #expect(streamed == (try ExportService.exchangeText(rows, store: pilot.store)))
            #expect(try ExchangeFormat.read(Data(streamed.utf8), rulebook: { national.rulebook(forYear: $0) }).nominations.count == rows.count)
        }
        // Many rows and none; references with each row set and none.
        #expect(sizes[0] > 20 && sizes.last == 0, "\(sizes)")
    }

    /// Bytes appended to a sink are escaped as the same text written to it.
    @Test func bytesAppendedAreEscapedAsTextWritten() throws {
        let pieces = ["plain\n", "Nguyễn Thị Hồng, \"85,7\u{A0}%\"\n", "a name \u{1B}[31m\u{202E}x\u{7F}\u{85}\u{2066}\n", "tab\tcr\r\n", "", "last"]
        for style in [TerminalText.Style.readable, .json] {
            let written = try Self.captured(escaping: style) { sink in for piece in pieces { try sink.write(piece) } }
            let appended = try Self.captured(escaping: style) { sink in
                for piece in pieces { try sink.append { $0.append(contentsOf: piece.utf8) } }
            }
            #expect(appended == written)
            #expect(written.contains(style == .json ? "\\u001b" : "\\x1b"))
        }
    }

    /// A name or an id holding controls (a store written by another program) is escaped in the
    /// streamed JSON exactly as in the encoder's.
    @Test func theStreamedPendingJSONEscapesWhatTheEncoderEscapes() throws {
        let pilot = try Pilot("streamed-pending-controls")
        let nominee = try #require(try pilot.store.allPending().first?.nominee.id)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        let raw = try DatabaseQueue(path: pilot.store.path, configuration: configuration)
        try raw.write { db in
            try db.execute(sql: "UPDATE nominee SET name = ? WHERE id = ?", arguments: ["Tên \u{1B}[2J\u{202E}lạ\u{7F}\"\\\u{1}", nominee])
        }
        try raw.close()
        let rules = try WardRules.of(pilot.store, holidays: nil, today: Pilot.today)
        let strings = try Shipped.strings(.vi)
        let report = try PendingReport(store: pilot.store, rules: rules, today: Pilot.today)
        let streamed = try Self.captured(escaping: .json) { sink in
            try PendingJSON.write(store: pilot.store, rules: rules, today: Pilot.today, strings: strings, language: .vi, to: sink)
        }
        #expect(streamed.contains("\\u001b[2J\\u202el"))
        #expect(streamed == TerminalText.escaped(try report.encodedJSON(strings: strings, language: .vi), style: .json) + "\n")
    }

    /// A read-only store whose file keeps every standing, judged under the same rules and dated
    /// the same day, is reviewed from the file's standings (nothing judged), as is one whose
    /// standings are stale (all judged again, in memory of its own): the same JSON either way.
    @Test func aReadOnlyReviewReadsTheFilesStandingsOrJudgesAgain() throws {
        let pilot = try Pilot("streamed-pending-read-only")
        let rules = try WardRules.of(pilot.store, holidays: nil, today: Pilot.today)
        let strings = try Shipped.strings(.vi)
        let kept = try PendingAwards(store: pilot.store, rules: rules, today: Pilot.today)
        #expect(kept.judged > 10)
        let json = try Self.captured(escaping: .json) { sink in
            try PendingJSON.write(store: pilot.store, rules: rules, today: Pilot.today, strings: strings, language: .vi, to: sink)
        }
        let readOnly = try Store(path: pilot.store.path, clock: FixedClock(Pilot.today), readOnly: true)
        let fromFile = try PendingAwards(store: readOnly, rules: rules, today: Pilot.today)
        #expect(fromFile.judged == 0)
        #expect(try Self.captured(escaping: .json) { sink in
            try PendingJSON.write(store: readOnly, rules: rules, today: Pilot.today, strings: strings, language: .vi, to: sink)
        } == json)
        // Another day: the standings are dated again in the desk's own memory, none judged.
        let later = try PendingAwards(store: readOnly, rules: rules, today: Pilot.today.adding(days: 40)!)
        #expect(later.judged == 0)
        #expect(try later.counts().values.reduce(0, +) == kept.counts().values.reduce(0, +))
        // Standings forgotten in the file: the read-only review judges them all in its own memory.
        try pilot.store.forgetStandings()
        let stale = try Store(path: pilot.store.path, clock: FixedClock(Pilot.today), readOnly: true)
        #expect(try PendingAwards(store: stale, rules: rules, today: Pilot.today).judged == kept.judged)
        #expect(try Self.captured(escaping: .json) { sink in
            try PendingJSON.write(store: stale, rules: rules, today: Pilot.today, strings: strings, language: .vi, to: sink)
        } == json)
        // Its standings are on the one connection that holds them: windows read there one at a
        // time, judged on several threads.
        #expect(try Self.captured(escaping: .json) { sink in
            try PendingJSON.write(store: stale, rules: rules, today: Pilot.today, strings: strings, language: .vi, to: sink,
                                  window: 3, workers: 3)
        } == json)
        #expect(try Self.captured(escaping: .json) { sink in
            try PendingJSON.write(store: readOnly, rules: rules, today: Pilot.today, strings: strings, language: .vi, to: sink,
                                  window: 3, workers: 3)
        } == json)
    }
}

