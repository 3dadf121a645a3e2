import Commendation
import CommendationStore
import Foundation
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
                let streamed = try Self.captured(escaping: .readable) { sink in
                    try ExportService.writeCSV(pilot.store, filter: filter, rules: rules, language: language, strings: strings, to: sink)
                }
                #expect(streamed == TerminalText.escaped(table.csv))
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
            let streamed = try Self.captured(escaping: .json) { sink in
                try PendingJSON.write(store: pilot.store, rules: rules, today: Pilot.today, strings: strings, language: language, to: sink)
            }
            #expect(streamed == TerminalText.escaped(try report.encodedJSON(strings: strings, language: language), style: .json) + "\n")
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
}
