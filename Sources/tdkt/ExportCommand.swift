import WardServices
import ArgumentParser
import Commendation
import CommendationStore
import Foundation
import Papers
import VietnameseText

/// `tdkt export`: nominations as CSV (with a BOM, for spreadsheets) or in the exchange format
/// (JSON that `tdkt import` reads back); `--publication` keeps only the columns that may be
/// posted publicly and shows a preview before it writes.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: HelpLanguage.t("Xuất đề nghị ra CSV, JSON hoặc Excel.", "Export nominations as CSV, JSON or Excel."),
        discussion: HelpLanguage.t("""
            --publication: danh sách để niêm yết công khai, như ở màn hình Dữ liệu: các khen thưởng đã được quyết định \
            (kể cả tỉnh đã khen) của năm gần nhất, hoặc của --year; chỉ gồm các cột được phép công bố (không có ngày sinh, \
            số định danh, điện thoại, ghi chú); in bản xem trước, chỉ ghi tệp khi có --yes.
            """, """
            --publication: a list to post publicly, as on the Data screen: the awards granted (the province's too) in the \
            latest year, or in --year; with only the columns that may be published (no birth dates, citizen IDs, phones \
            or notes); a preview is printed, and the file written only with --yes.
            """))

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, xlsx }

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("csv, json hoặc xlsx (Excel: chữ tiếng Việt, ngày là ngày, tiền là số; cần --output).",
                                                           "csv, json or xlsx (Excel: Vietnamese words, dates as dates, money as numbers; needs --output)."),
                                            valueName: "csv|json|xlsx"))
    var format: Format = .csv

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(HelpLanguage.t("Chỉ các năm này.", "Only these years."), valueName: HelpLanguage.t("năm", "year")))
    var year: [Int] = []

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp(HelpLanguage.t("Chỉ các trạng thái này (received, on-agenda, recommended, decided, …).",
                                                 "Only these statuses (received, on-agenda, recommended, decided, …)."),
                               valueName: HelpLanguage.t("trạng-thái", "status")))
    var status: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(HelpLanguage.t("Chỉ các danh hiệu này (mã).", "Only these awards (codes)."), valueName: HelpLanguage.t("mã", "code")))
    var award: [String] = []

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("Danh sách công bố: chỉ các cột được phép niêm yết.", "A list to post publicly: only the columns that may be posted.")))
    var publication = false

    @Option(name: [.short, .long], help: ArgumentHelp(HelpLanguage.t("Ghi vào tệp; mặc định in ra màn hình.", "Write to a file; by default to the screen."), valueName: HelpLanguage.t("tệp", "file")))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("Ghi danh sách công bố sau khi xem trước.", "Write the publication after the preview.")))
    var yes = false

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("Ghi đè tệp đã có.", "Overwrite an existing file.")))
    var force = false

    func run() throws {
        var statuses = Set<NominationStatus>()
        for text in status {
            guard let value = NominationStatus(rawValue: text) else {
                throw options.failure(ExitStatus.invalidInput, "cli.status.unknown", text,
                                      NominationStatus.allCases.map(\.rawValue).joined(separator: ", "))
            }
            statuses.insert(value)
        }
        if publication, format != .csv { throw options.failure(ExitStatus.invalidInput, "cli.publication.csvOnly") }
        if format == .xlsx, output == nil { throw options.failure(ExitStatus.invalidInput, "cli.output.needed", "xlsx") }
        if publication, output == nil { throw options.failure(ExitStatus.invalidInput, "cli.publication.needsOutput") }
        // An export only reads: the store is opened read-only and never created.
        let store = try options.openStore(profile: "cli", readOnly: true)
        if format == .csv, !publication {
            try streamCSV(store, filter: ExportFilter(years: Set(year), statuses: statuses, awards: Set(award)))
            return
        }
        if format == .json {
            try streamExchange(store, filter: ExportFilter(years: Set(year), statuses: statuses, awards: Set(award)))
            return
        }
        let rows: [ExportRow]
        do {
            let filter = ExportFilter(years: Set(year), statuses: statuses, awards: Set(award))
            // A publication lists what the desk's does (awards granted, the latest year unless --year says).
            rows = try publication ? ExportService.publicationRows(store, filter).rows : store.exportRows(filter)
        } catch let error as StoreError {
            throw options.failure(error)
        }
        // What is left is a workbook, or a publication (CSV); the rest streamed above.
        let text: String
        var binary: Data?
        if format == .xlsx {
            binary = try ExportService.workbook(rows, rules: try options.wardRules(store), strings: try options.strings())
            text = ""
        } else {
            let strings = try options.strings()
            // The ward's rules name the awards (the council's own too), as in the desk.
            let table = ExportService.table(rows, columns: publication ? ExportColumn.publication : ExportColumn.full,
                                            rules: try options.wardRules(store), language: options.lang, strings: strings)
            if publication {
                let lines = [strings("cli.publication.preview", table.rows.count - 1)] + ExportService.preview(table, strings: strings)
                TerminalOutput.error(lines.joined(separator: "\n") + "\n")
            }
            text = table.csv
        }
        if publication, !yes, let output {
            throw options.failure(ExitStatus.refused, "cli.publication.notConfirmed", output)
        }
        // An export anchors the audit trail as it is now (outside the store).
        options.recordAnchor(store, reason: "export " + (output ?? "-"))
        guard let output else {
            TerminalOutput.write(text)
            return
        }
        let path = DocumentOutput.expandingHome(output)
        do {
            try DocumentOutput.writeFile(binary ?? Data(text.utf8), to: path, force: force)
        } catch DocumentOutput.Failure.exists {
            throw options.failure(ExitStatus.refused, "cli.output.exists", path)
        } catch DocumentOutput.Failure.write(_, let reason) {
            throw options.failure(ExitStatus.cannotWrite, "cli.output.cannotWrite", path, reason)
        }
        TerminalOutput.error(options.text("cli.export.written", rows.count, path) + "\n")
    }

    /// The full CSV export, written row by row as the store reads them (`ExportService.writeCSV`).
    private func streamCSV(_ store: Store, filter: ExportFilter) throws {
        let (rules, strings) = (try options.wardRules(store), try options.strings())
        try stream(store) { sink in
            try ExportService.writeCSV(store, filter: filter, rules: rules, language: options.lang, strings: strings, to: sink)
        }
    }

    /// The nominations `filter` admits in the exchange format, written as they are read
    /// (a province's million nominations took 5.5 GB when the file was made whole).
    private func streamExchange(_ store: Store, filter: ExportFilter) throws {
        try stream(store, escaping: .json) { sink in try ExportService.writeExchange(store, filter: filter, to: sink) }
    }

    /// Writes to `--output` (or standard output) what `write` writes to its sink, escaped as
    /// `escaping` says (when not given: nothing on a file, for people on standard output);
    /// `write` returns how many nominations it wrote, which a file says.
    private func stream(_ store: Store, escaping: TerminalText.Style? = nil, _ write: (OutputSink) throws -> Int) throws {
        var count = 0
        do {
            if let output {
                let path = DocumentOutput.expandingHome(output)
                do {
                    try DocumentOutput.writeFile(to: path, force: force, escaping: escaping) { count = try write($0) }
                } catch DocumentOutput.Failure.exists {
                    throw options.failure(ExitStatus.refused, "cli.output.exists", path)
                } catch DocumentOutput.Failure.write(_, let reason) {
                    throw options.failure(ExitStatus.cannotWrite, "cli.output.cannotWrite", path, reason)
                }
                TerminalOutput.error(options.text("cli.export.written", count, path) + "\n")
            } else {
                count = try write(escaping.map { OutputSink.standardOutput(escaping: $0) } ?? OutputSink.standardOutput())
            }
        } catch let error as StoreError {
            throw options.failure(error)
        } catch let failure as OutputSink.Failure {
            throw options.failure(ExitStatus.cannotWrite, "cli.output.cannotWrite", output ?? "-", failure.reason)
        }
        // An export anchors the audit trail as it is now (outside the store).
        options.recordAnchor(store, reason: "export " + (output ?? "-"))
    }
}
