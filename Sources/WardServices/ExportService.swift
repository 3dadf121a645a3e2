import Commendation
import CommendationStore
import Foundation
import Papers
import VietnameseText

/// Exports as the desk and the command line both make them: award names from the ward's rules
/// (the council's own awards included), statuses in the clerk's language, and the publication's
/// preview in one wording.
public enum ExportService {
    /// The table of `rows` in `columns`: awards named by the ward's `rules` in `language`, statuses
    /// from `strings`.
    public static func table(_ rows: [ExportRow], columns: [ExportColumn], rules: WardRules, language: Language,
                             strings: Localizer) -> ExportTable {
        let names = Names(rules: rules, language: language, strings: strings)
        return ExportTable(rows, columns: columns, language: language, award: names.award, status: names.status)
    }

    /// Writes the nominations `filter` admits to `sink` as CSV, row by row as they are read:
    /// the byte-order mark, the header and each record, the same bytes as `table(…).csv` of
    /// the same rows, and never more than a row of them in memory. Awards are named by the
    /// ward's `rules` in `language`, statuses from `strings`, each name worked out once.
    /// `progress`, when given, hears how many rows are written after each; what it throws
    /// stops the export (the desk's Esc).
    /// - Returns: how many nominations were written.
    @discardableResult
    public static func writeCSV(_ store: Store, filter: ExportFilter, columns: [ExportColumn] = ExportColumn.full, rules: WardRules,
                                language: Language, strings: Localizer, to sink: OutputSink,
                                progress: ((Int) throws -> Void)? = nil) throws -> Int {
        let names = Names(rules: rules, language: language, strings: strings)
        try sink.write(CSVText.byteOrderMark + CSVText.record(columns.map { $0.header(language) }) + "\r\n")
        var count = 0
        try store.forEachExportRow(filter) { row in
            count += 1
            let fields = ExportTable.record(row, columns: columns, number: count, language: language, award: names.award,
                                            status: names.status)
            try sink.append { out in
                CSVText.appendRecord(fields, to: &out)
                out.append(0x0D)
                out.append(0x0A)
            }
            try progress?(count)
        }
        try sink.flush()
        return count
    }

    /// The words an export uses for codes — an award by the ward's rules of its year, a status
    /// from the string table —, each worked out once.
    private final class Names {
        private let rules: WardRules
        private let language: Language
        private let strings: Localizer
        private var awards: [String: String] = [:]
        private var statuses: [NominationStatus: String] = [:]

        init(rules: WardRules, language: Language, strings: Localizer) {
            (self.rules, self.language, self.strings) = (rules, language, strings)
        }

        func award(_ code: String, year: Int) -> String {
            let key = code + "|" + String(year)
            if let known = awards[key] { return known }
            let name = rules.rulebook(year)?.award(code)?.name(language) ?? code
            awards[key] = name
            return name
        }

        func status(_ value: NominationStatus) -> String {
            if let known = statuses[value] { return known }
            let name = strings("status." + value.rawValue)
            statuses[value] = name
            return name
        }
    }

    /// The nominations `filter` admits in the exchange format (`ExchangeFormat.write` of the
    /// rows and the units, groups and movements they name, a line end at the end) to `sink`,
    /// which escapes as JSON what an encoder leaves raw (DEL, C1, bidirectional overrides), a
    /// nomination at a time as they are read: no more than one row is held, and the ids of the
    /// units, groups and movements they name. `progress`, when given, hears how many are written
    /// after each; what it throws stops the export. Returns how many were written; flushes the sink.
    /// - Throws: `StoreError`; `OutputSink.Failure` when the sink cannot be written.
    public static func writeExchange(_ store: Store, filter: ExportFilter, to sink: OutputSink,
                                     progress: ((Int) throws -> Void)? = nil) throws -> Int {
        var writer = ExchangeFormat.BatchWriter()
        var named = ExchangeReferences.Named()
        try store.forEachExportRow(filter) { row in
            named.add(row)
            let nomination = row.exchange(index: writer.count)
            try sink.append { writer.append(nomination, to: &$0) }
            try progress?(writer.count)
        }
        try sink.write(try writer.end(references: try store.exchangeReferences(for: named)) + "\n")
        try sink.flush()
        return writer.count
    }

    /// `rows` as an Excel workbook for the office: awards named by the ward's `rules` (the
    /// council's own too) in Vietnamese, statuses from `strings`, dates and money as values.
    public static func workbook(_ rows: [ExportRow], rules: WardRules, strings: Localizer) throws -> Data {
        let paper = ExportTable.spreadsheet(rows, title: "Đề nghị khen thưởng", award: { code, year in
            rules.rulebook(year)?.award(code)?.name.vi ?? code
        }, status: { strings("status." + $0.rawValue) })
        return try SheetRenderer.workbook([paper])
    }

    /// A list to post publicly, as the desk's "Dữ liệu" screen and `tdkt export --publication`
    /// both make it.
    public struct Publication: Sendable {
        /// The years it lists: one (the latest with an award) unless more were asked; none when
        /// the ward has granted nothing.
        public let years: [Int]
        /// Its table in the publication's columns (the whitelist: nothing private), header first.
        public let table: ExportTable
        /// How many awards it lists.
        public var count: Int { table.rows.count - 1 }
    }

    /// The nominations a publication lists: only awards granted (decided by the commune or
    /// approved by the province) — never a nomination still pending or refused, whatever
    /// `filter` asks —, of the years `filter` names, else of the latest year that has one, and
    /// of its awards.
    public static func publicationRows(_ store: Store, _ filter: ExportFilter = ExportFilter()) throws -> (years: [Int], rows: [ExportRow]) {
        let awarded = Set(NominationStatus.awarded)
        var filter = filter
        filter.statuses = filter.statuses.isEmpty ? awarded : filter.statuses.intersection(awarded)
        // Only statuses that were never granted asked: nothing to post (an empty set would let
        // every status through).
        guard !filter.statuses.isEmpty else { return (filter.years.sorted(), []) }
        if filter.years.isEmpty {
            guard let latest = try store.latestYear(filter) else { return ([], []) }
            filter.years = [latest]
        }
        return (filter.years.sorted(), try store.exportRows(filter))
    }

    /// The publication `filter` asks for (`publicationRows`), awards named by the ward's `rules`.
    public static func publication(_ store: Store, filter: ExportFilter = ExportFilter(), rules: WardRules, language: Language,
                                   strings: Localizer) throws -> Publication {
        let (years, rows) = try publicationRows(store, filter)
        return Publication(years: years, table: table(rows, columns: ExportColumn.publication, rules: rules, language: language,
                                                      strings: strings))
    }

    /// How many rows the preview shows, in the desk's dialog and on the command line alike.
    public static let previewRows = 8

    /// What the clerk looks at before a list goes public: the columns, the first
    /// `previewRows` rows, "…" when there are more, and the reminder that nothing private is
    /// written.
    public static func preview(_ table: ExportTable, strings: Localizer) -> [String] {
        var lines = [strings("data.publication.columns", table.rows[0].joined(separator: " | "))]
        lines += table.rows.dropFirst().prefix(previewRows).map { $0.joined(separator: " | ") }
        if table.rows.count > previewRows + 1 { lines.append("…") }
        lines.append(strings("data.publication.never"))
        return lines
    }
}
