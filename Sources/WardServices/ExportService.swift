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
        ExportTable(rows, columns: columns, language: language,
                    award: { code, year in rules.rulebook(year)?.award(code)?.name(language) ?? code },
                    status: { strings("status." + $0.rawValue) })
    }

    /// Writes the nominations `filter` admits to `sink` as CSV, row by row as they are read:
    /// the byte-order mark, the header and each record, the same bytes as `table(…).csv` of
    /// the same rows, and never more than a row of them in memory. Awards are named by the
    /// ward's `rules` in `language`, statuses from `strings`, each name worked out once.
    /// - Returns: how many nominations were written.
    @discardableResult
    public static func writeCSV(_ store: Store, filter: ExportFilter, columns: [ExportColumn] = ExportColumn.full, rules: WardRules,
                                language: Language, strings: Localizer, to sink: OutputSink) throws -> Int {
        var awards: [AwardYear: String] = [:]
        var statuses: [NominationStatus: String] = [:]
        let award = { (code: String, year: Int) -> String in
            let key = AwardYear(code: code, year: year)
            if let known = awards[key] { return known }
            let name = rules.rulebook(year)?.award(code)?.name(language) ?? code
            awards[key] = name
            return name
        }
        let status = { (value: NominationStatus) -> String in
            if let known = statuses[value] { return known }
            let name = strings("status." + value.rawValue)
            statuses[value] = name
            return name
        }
        try sink.write(CSVText.byteOrderMark + CSVText.record(columns.map { $0.header(language) }) + "\r\n")
        var count = 0
        try store.forEachExportRow(filter) { row in
            count += 1
            try sink.write(CSVText.record(ExportTable.record(row, columns: columns, number: count, language: language,
                                                            award: award, status: status)) + "\r\n")
        }
        try sink.flush()
        return count
    }

    private struct AwardYear: Hashable {
        var code: String
        var year: Int
    }

    /// `rows` in the exchange format, with the units, groups and movements they name, as the
    /// text of a file: controls a JSON encoder leaves raw (DEL, C1, bidirectional overrides)
    /// written as `\u` escapes, a line end at the end.
    public static func exchangeText(_ rows: [ExportRow], store: Store) throws -> String {
        let data = try ExchangeFormat.write(rows.enumerated().map { $1.exchange(index: $0) }, references: store.exchangeReferences(for: rows))
        return TerminalText.escaped(String(decoding: data, as: UTF8.self), style: .json) + "\n"
    }

    /// `rows` as an Excel workbook for the office: awards named by the ward's `rules` (the
    /// council's own too) in Vietnamese, statuses from `strings`, dates and money as values.
    public static func workbook(_ rows: [ExportRow], rules: WardRules, strings: Localizer) throws -> Data {
        let paper = ExportTable.spreadsheet(rows, title: "Đề nghị khen thưởng", award: { code, year in
            rules.rulebook(year)?.award(code)?.name.vi ?? code
        }, status: { strings("status." + $0.rawValue) })
        return try SheetRenderer.workbook([paper])
    }

    /// The decided awards of `year` in the publication's columns (the whitelist: nothing
    /// private), for the list posted publicly.
    public static func publication(_ store: Store, year: Int, rules: WardRules, language: Language,
                                   strings: Localizer) throws -> ExportTable {
        let rows = try store.exportRows(ExportFilter(years: [year], statuses: Set(NominationStatus.awarded)))
        return table(rows, columns: ExportColumn.publication, rules: rules, language: language, strings: strings)
    }

    /// What the clerk looks at before a list goes public: the columns, the first `shown` rows,
    /// "…" when there are more, and the reminder that nothing private is written.
    public static func preview(_ table: ExportTable, shown: Int = 8, strings: Localizer) -> [String] {
        var lines = [strings("data.publication.columns", table.rows[0].joined(separator: " | "))]
        lines += table.rows.dropFirst().prefix(shown).map { $0.joined(separator: " | ") }
        if table.rows.count > shown + 1 { lines.append("…") }
        lines.append(strings("data.publication.never"))
        return lines
    }
}
