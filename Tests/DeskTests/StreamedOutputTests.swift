import Commendation
import CommendationStore
import Foundation
import Testing
import VietnameseText
import WardServices

/// Commands that stream their rows (`tdkt export --format csv`, `tdkt pending --format json`)
/// write the same bytes as the in-memory reports they replace.
@Suite struct StreamedOutputTests {
    /// What `body` writes to a sink (a temporary file read back).
    static func captured(escaping: TerminalText.Style? = nil, _ body: (OutputSink) throws -> Void) throws -> String {
        let path = NSTemporaryDirectory() + "tdkt-sink-\(getpid())-\(UUID().uuidString).txt"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        defer { unlink(path) }
        // A small buffer, so that the test writes across many flushes.
        let sink = OutputSink(descriptor: descriptor, escaping: escaping, capacity: 512)
        try body(sink)
        try sink.flush()
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
}
