import ArgumentParser
import Commendation
import CommendationStore
import WardServices
import Foundation
import Papers

/// `tdkt report --year 2026`: the yearly statistics of emulation and commendation (movements,
/// Biểu 0601.N; commendations, Biểu 0603.N for the commune's titles) as an Excel workbook, or
/// as Word, Markdown or text.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpLanguage.t("Báo cáo thống kê thi đua, khen thưởng năm (Excel).", "The yearly statistics of emulation and commendation (Excel)."),
        discussion: HelpLanguage.t("""
            Hai biểu: số phong trào thi đua (0601.N) và số lượng khen thưởng của cấp xã (theo 0603.N), kỳ báo cáo \
            01/12 năm trước – 30/11 năm báo cáo; biểu mẫu theo data/report/statistics-forms.json (xem ghi chú trong tệp). \
            Đơn vị nhận báo cáo: cài đặt report.recipient.
            Ví dụ: tdkt report --year 2026 --output ~/tdkt-van-ban/
            """, """
            Two forms: the emulation movements (0601.N) and the commune's commendations (after 0603.N), for the period \
            1 December of the year before to 30 November; the forms as data/report/statistics-forms.json says (see the \
            notes in the file). The recipient: the setting report.recipient.
            Example: tdkt report --year 2026 --output ~/tdkt-van-ban/
            """))

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Năm báo cáo; mặc định năm nay.", "The year; by default this year."), valueName: "yyyy"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("xlsx (mặc định), docx, md hoặc txt.", "xlsx (the default), docx, md or txt."), valueName: "xlsx|docx|md|txt"))
    var format: String = "xlsx"

    @Option(name: [.short, .long], help: ArgumentHelp(HelpLanguage.t("Ghi vào tệp hoặc thư mục/.", "Write to a file or a folder/."), valueName: HelpLanguage.t("tệp|thư-mục/", "file|folder/")))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("Ghi đè tệp đã có.", "Overwrite an existing file.")))
    var force = false

    func run() throws {
        guard let chosen = PaperOutputFormat(argument: format), chosen != .text(.csv) else {
            throw options.failure(ExitStatus.invalidInput, "cli.report.badFormat", format)
        }
        if chosen.isBinary, output == nil { throw options.failure(ExitStatus.invalidInput, "cli.output.needed", chosen.fileExtension) }
        let year = self.year ?? SystemClock().today().year
        // The report only reads the store.
        let store = try options.openStore(profile: "cli", readOnly: true)
        let report: YearlyReportInput
        do {
            report = try store.yearlyReport(year: year, rules: try options.wardRules(store), forms: try Shipped.statisticsForms())
        } catch let problem as PaperProblem {
            throw CommandFailure(code: ExitStatus.invalidInput, message: problem.message(options.lang))
        } catch let error as StoreError {
            throw options.failure(error)
        }
        let bytes: Data
        switch chosen {
        case .xlsx: bytes = try SheetRenderer.workbook(report.papers)
        case .docx: bytes = try WordRenderer.document(Paper(name: "Báo cáo thống kê \(year)", blocks: report.movementsPaper.blocks
                                                                + [.newPage(.portrait)] + report.awardsPaper.blocks))
        case .text(let format):
            bytes = Data(report.papers.map { PaperTextRenderer.render($0, format: format) }.joined(separator: "\n").utf8)
        }
        guard let output else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        let path: String
        do { path = try DocumentOutput.path(output, fileName: "bao-cao-thong-ke-\(year).\(chosen.fileExtension)") } catch {
            throw options.failure(ExitStatus.cannotWrite, "cli.folder.cannotMake", output)
        }
        try PaperOutputFormat.write(bytes, to: path, force: force, options: options)
    }
}
