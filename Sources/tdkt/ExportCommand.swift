import WardServices
import ArgumentParser
import Commendation
import CommendationStore
import Desk
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
            --publication: danh sách để niêm yết công khai, chỉ gồm các cột được phép công bố (không có ngày sinh, \
            số định danh, điện thoại, ghi chú); in bản xem trước, chỉ ghi tệp khi có --yes.
            """, """
            --publication: a list to post publicly, with only the columns that may be published (no birth dates, \
            citizen IDs, phones or notes); a preview is printed, and the file written only with --yes.
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
        let vi = options.lang == .vi
        var statuses = Set<NominationStatus>()
        for text in status {
            guard let value = NominationStatus(rawValue: text) else {
                throw CommandFailure(code: 2, message: vi
                    ? "--status: không có trạng thái «\(text)»; dùng: \(NominationStatus.allCases.map(\.rawValue).joined(separator: ", "))"
                    : "--status: no status «\(text)»; use: \(NominationStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            statuses.insert(value)
        }
        if publication, format != .csv {
            throw CommandFailure(code: 2, message: vi ? "--publication chỉ xuất CSV." : "--publication writes CSV only.")
        }
        if format == .xlsx, output == nil {
            throw CommandFailure(code: 2, message: vi ? "--format xlsx ghi ra tệp: thêm --output TỆP.xlsx" : "--format xlsx writes a file: add --output FILE.xlsx")
        }
        if publication, output == nil {
            throw CommandFailure(code: 2, message: vi ? "--publication cần --output TỆP (xem trước rồi ghi với --yes)."
                                                      : "--publication needs --output FILE (preview, then write with --yes).")
        }
        let store = try options.openStore(profile: "cli")
        if format == .csv, !publication {
            try streamCSV(store, filter: ExportFilter(years: Set(year), statuses: statuses, awards: Set(award)))
            return
        }
        let rows: [ExportRow]
        do {
            rows = try store.exportRows(ExportFilter(years: Set(year), statuses: statuses, awards: Set(award)))
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
        }
        let text: String
        var binary: Data?
        switch format {
        case .xlsx:
            binary = try ExportService.workbook(rows, rules: try options.wardRules(store), strings: try options.strings())
            text = ""
        case .json:
            text = try ExportService.exchangeText(rows, store: store)
        case .csv:
            let strings = try options.strings()
            // The ward's rules name the awards (the council's own too), as in the desk.
            let table = ExportService.table(rows, columns: publication ? ExportColumn.publication : ExportColumn.full,
                                            rules: try options.wardRules(store), language: options.lang, strings: strings)
            if publication {
                let lines = [strings("cli.publication.preview", table.rows.count - 1)] + ExportService.preview(table, shown: 5, strings: strings)
                TerminalOutput.error(lines.joined(separator: "\n") + "\n")
            }
            text = table.csv
        }
        // An export anchors the audit trail as it is now (outside the store).
        options.recordAnchor(store, reason: "export " + (output ?? "-"))
        guard let output else {
            TerminalOutput.write(text)
            return
        }
        if publication, !yes {
            throw CommandFailure(code: 1, message: vi ? "chưa ghi \(output): xem lại bản xem trước ở trên rồi thêm --yes để ghi."
                                                      : "\(output) not written: look at the preview above, then add --yes.")
        }
        let path = DocumentOutput.expandingHome(output)
        do {
            try DocumentOutput.writeFile(binary ?? Data(text.utf8), to: path, force: force)
        } catch DocumentOutput.Failure.exists {
            throw CommandFailure(code: 1, message: vi ? "\(path) đã có; thêm --force để ghi đè" : "\(path) exists; add --force to overwrite")
        } catch DocumentOutput.Failure.write(_, let reason) {
            throw CommandFailure(code: 1, message: vi ? "không ghi được \(path): \(reason)" : "cannot write \(path): \(reason)")
        }
        TerminalOutput.error((vi ? "Đã ghi \(rows.count) đề nghị vào " : "Wrote \(rows.count) nominations to ") + path + "\n")
    }

    /// The full CSV export, written row by row as the store reads them (`ExportService.writeCSV`).
    private func streamCSV(_ store: Store, filter: ExportFilter) throws {
        let vi = options.lang == .vi
        let (rules, strings) = (try options.wardRules(store), try options.strings())
        let write = { (sink: OutputSink) throws -> Int in
            try ExportService.writeCSV(store, filter: filter, rules: rules, language: options.lang, strings: strings, to: sink)
        }
        var count = 0
        do {
            if let output {
                let path = DocumentOutput.expandingHome(output)
                do {
                    try DocumentOutput.writeFile(to: path, force: force) { count = try write($0) }
                } catch DocumentOutput.Failure.exists {
                    throw CommandFailure(code: 1, message: vi ? "\(path) đã có; thêm --force để ghi đè" : "\(path) exists; add --force to overwrite")
                } catch DocumentOutput.Failure.write(_, let reason) {
                    throw CommandFailure(code: 1, message: vi ? "không ghi được \(path): \(reason)" : "cannot write \(path): \(reason)")
                }
                TerminalOutput.error((vi ? "Đã ghi \(count) đề nghị vào " : "Wrote \(count) nominations to ") + path + "\n")
            } else {
                count = try write(OutputSink.standardOutput())
            }
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
        } catch let failure as OutputSink.Failure {
            throw CommandFailure(code: 1, message: vi ? "không ghi được: \(failure.reason)" : "cannot write: \(failure.reason)")
        }
        // An export anchors the audit trail as it is now (outside the store).
        options.recordAnchor(store, reason: "export " + (output ?? "-"))
    }
}
