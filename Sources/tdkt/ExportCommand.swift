import ArgumentParser
import Commendation
import CommendationStore
import Desk
import Foundation
import VietnameseText

/// `tdkt export`: nominations as CSV (with a BOM, for spreadsheets) or in the exchange format
/// (JSON that `tdkt import` reads back); `--publication` keeps only the columns that may be
/// posted publicly and shows a preview before it writes.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Xuất đề nghị ra CSV (mở bằng Excel) hoặc JSON. Export nominations as CSV or JSON.",
        discussion: """
            --publication: danh sách để niêm yết công khai, chỉ gồm các cột được phép công bố (không có ngày sinh, \
            số định danh, điện thoại, ghi chú); in bản xem trước, chỉ ghi tệp khi có --yes.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "csv (mặc định) hoặc json.")
    var format: Format = .csv

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Chỉ các năm này. Only these years.", valueName: "năm"))
    var year: [Int] = []

    @Option(name: .long, parsing: .upToNextOption,
            help: ArgumentHelp("Chỉ các trạng thái này (received, on-agenda, recommended, decided, …). Only these statuses.",
                               valueName: "trạng-thái"))
    var status: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Chỉ các danh hiệu này (mã). Only these awards.", valueName: "mã"))
    var award: [String] = []

    @Flag(name: .long, help: "Danh sách công bố: chỉ các cột được phép niêm yết. A list to post publicly.")
    var publication = false

    @Option(name: [.short, .long], help: ArgumentHelp("Ghi vào tệp; mặc định in ra màn hình.", valueName: "tệp"))
    var output: String?

    @Flag(name: .long, help: "Ghi danh sách công bố sau khi xem trước. Write the publication after the preview.")
    var yes = false

    @Flag(name: .long, help: "Ghi đè tệp đã có. Overwrite an existing file.")
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
        if publication, format == .json {
            throw CommandFailure(code: 2, message: vi ? "--publication chỉ xuất CSV." : "--publication writes CSV only.")
        }
        if publication, output == nil {
            throw CommandFailure(code: 2, message: vi ? "--publication cần --output TỆP (xem trước rồi ghi với --yes)."
                                                      : "--publication needs --output FILE (preview, then write with --yes).")
        }
        let store = try options.openStore(profile: "cli")
        let rows: [ExportRow]
        do {
            rows = try store.exportRows(ExportFilter(years: Set(year), statuses: statuses, awards: Set(award)))
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
        }
        let text: String
        switch format {
        case .json:
            let data = try ExchangeFormat.write(rows.enumerated().map { $1.exchange(index: $0) })
            // Controls a JSON encoder leaves raw (DEL, C1, overrides) written as \u escapes.
            text = TerminalText.escaped(String(decoding: data, as: UTF8.self), style: .json) + "\n"
        case .csv:
            let strings = try options.strings()
            let rulebooks = try DeskResources.rulebooks()
            let table = ExportTable(rows, columns: publication ? ExportColumn.publication : ExportColumn.full, language: options.lang,
                                    award: { code, year in
                                        let name = rulebooks.rulebook(forYear: year)?.award(code)?.name
                                        return name.map { vi ? $0.vi : $0.en } ?? code
                                    },
                                    status: { strings("status." + $0.rawValue) })
            if publication { TerminalOutput.error(Self.preview(table, vi: vi)) }
            text = table.csv
        }
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
            try PrivateFile.write(Data(text.utf8), to: path, replacing: force)
        } catch PrivateFile.Failure.exists {
            throw CommandFailure(code: 1, message: vi ? "\(path) đã có; thêm --force để ghi đè" : "\(path) exists; add --force to overwrite")
        } catch let failure as PrivateFile.Failure {
            throw CommandFailure(code: 1, message: failure.message(options.lang))
        }
        TerminalOutput.error((vi ? "Đã ghi \(rows.count) đề nghị vào " : "Wrote \(rows.count) nominations to ") + path + "\n")
    }

    /// The columns and the first rows, for the clerk to look at before a list goes public.
    static func preview(_ table: ExportTable, vi: Bool) -> String {
        var lines = [vi ? "Xem trước danh sách công bố (\(table.rows.count - 1) dòng; các cột: \(table.rows[0].joined(separator: " | ")))"
                        : "Preview of the publication (\(table.rows.count - 1) rows; columns: \(table.rows[0].joined(separator: " | ")))"]
        for row in table.rows.dropFirst().prefix(5) { lines.append("  " + row.joined(separator: " | ")) }
        if table.rows.count > 6 { lines.append("  …") }
        return lines.joined(separator: "\n") + "\n"
    }
}
