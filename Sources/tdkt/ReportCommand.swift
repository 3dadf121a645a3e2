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
        abstract: "Báo cáo thống kê thi đua, khen thưởng năm (Excel). The yearly statistics report.",
        discussion: """
            Hai biểu: số phong trào thi đua (0601.N) và số lượng khen thưởng của cấp xã (theo 0603.N), kỳ báo cáo \
            01/12 năm trước – 30/11 năm báo cáo; biểu mẫu theo data/report/statistics-forms.json (xem ghi chú trong tệp). \
            Đơn vị nhận báo cáo: cài đặt report.recipient.
            Ví dụ: tdkt report --year 2026 --output ~/tdkt-van-ban/
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Năm báo cáo; mặc định năm nay. The year.", valueName: "yyyy"))
    var year: Int?

    @Option(name: .long, help: "xlsx (mặc định), docx, md hoặc txt.")
    var format: String = "xlsx"

    @Option(name: [.short, .long], help: ArgumentHelp("Ghi vào tệp hoặc thư mục/.", valueName: "tệp|thư-mục/"))
    var output: String?

    @Flag(name: .long, help: "Ghi đè tệp đã có. Overwrite an existing file.")
    var force = false

    func run() throws {
        let vi = options.lang == .vi
        guard let chosen = PaperOutputFormat(argument: format), chosen != .text(.csv) else {
            throw CommandFailure(code: 2, message: vi ? "--format: dùng xlsx, docx, md hoặc txt" : "--format: use xlsx, docx, md or txt")
        }
        if chosen.isBinary, output == nil {
            throw CommandFailure(code: 2, message: vi ? "--format \(chosen.fileExtension) ghi ra tệp: thêm --output TỆP hoặc --output THƯ-MỤC/"
                                                      : "--format \(chosen.fileExtension) writes a file: add --output FILE or --output FOLDER/")
        }
        let year = self.year ?? SystemClock().today().year
        let store = try options.openStore(profile: "cli")
        let report: YearlyReportInput
        do {
            report = try store.yearlyReport(year: year, rules: try options.wardRules(store), forms: try Shipped.statisticsForms())
        } catch let problem as PaperProblem {
            throw CommandFailure(code: 1, message: vi ? problem.message.vi : problem.message.en)
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
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
            throw CommandFailure(code: 1, message: vi ? "không tạo được thư mục \(output)" : "cannot make the folder \(output)")
        }
        try PaperOutputFormat.write(bytes, to: path, force: force, vi: vi)
    }
}
