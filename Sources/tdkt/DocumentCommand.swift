import ArgumentParser
import Commendation
import CommendationStore
import Desk
import Foundation
import VietnameseText

/// `tdkt document KIND`: a document written from the record (biên bản, tờ trình, danh sách,
/// quyết định, niêm yết) as Markdown, plain text or CSV, on standard output or in a file.
struct DocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Viết văn bản từ dữ liệu: tờ-trình, danh-sách, biên-bản, quyết-định, chi-tiền, niêm-yết. Write a document from the record.",
        discussion: """
            Loại văn bản (có dấu hoặc không dấu): tờ-trình (to-trinh), danh-sách (danh-sach), biên-bản (bien-ban), \
            quyết-định (quyet-dinh), chi-tiền (chi-tien: danh sách chi tiền thưởng), niêm-yết (niem-yet). \
            Mặc định lấy phiên họp gần nhất có chương trình. Tiền thưởng tính theo mức lương cơ sở của ngày ký \
            (--date; dự thảo không có ngày thì lấy hôm nay).
            Ví dụ: tdkt document biên-bản --session PH-2026-02 --format txt
                   tdkt document quyet-dinh --decision 125/QĐ-UBND --output ~/tdkt-van-ban/
            """)

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("tờ-trình | danh-sách | biên-bản | quyết-định | chi-tiền | niêm-yết", valueName: "loại"))
    var kind: String

    @Option(name: .long, help: ArgumentHelp("Phiên họp (PH-2026-02); mặc định phiên gần nhất. The council session.", valueName: "PH-…"))
    var session: String?

    @Option(name: .long, help: ArgumentHelp("In quyết định đã ban hành (125/QĐ-UBND) thay cho dự thảo. An issued decision.",
                                            valueName: "số/ký hiệu"))
    var decision: String?

    @Option(name: .long, help: ArgumentHelp("Năm (niêm yết Gia đình văn hóa); mặc định năm nay. The year.", valueName: "yyyy"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp("Số văn bản nếu đã có (01); để trống thì chừa chỗ. The document's number.", valueName: "số"))
    var number: String?

    @Option(name: .long, help: ArgumentHelp("Ngày văn bản; để trống thì chừa chỗ. The document's date.", valueName: "dd/mm/yyyy"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Ngày bắt đầu niêm yết; mặc định hôm nay. First day of the posting.", valueName: "dd/mm/yyyy"))
    var from: String?

    @Option(name: .long, help: "md (mặc định), txt hoặc csv.")
    var format: String = "md"

    @Option(name: [.short, .long], help: ArgumentHelp("Ghi vào tệp, hoặc vào thư mục (tên tệp tự đặt); mặc định in ra màn hình.",
                                                      valueName: "tệp|thư-mục/"))
    var output: String?

    @Flag(name: .long, help: "Ghi đè tệp đã có. Overwrite an existing file.")
    var force = false

    func run() throws {
        let vi = options.lang == .vi
        guard let kind = DocumentKind(argument: kind) else {
            throw CommandFailure(code: 2, message: vi
                ? "không có loại văn bản «\(self.kind)»; dùng: tờ-trình, danh-sách, biên-bản, quyết-định, chi-tiền, niêm-yết"
                : "no document kind «\(self.kind)»; use: to-trinh, danh-sach, bien-ban, quyet-dinh, chi-tien, niem-yet")
        }
        guard let format = Self.format(format) else {
            throw CommandFailure(code: 2, message: vi ? "--format: «\(format)» không dùng được; dùng md, txt hoặc csv"
                                                      : "--format: «\(format)» is not one of md, txt, csv")
        }
        if format == .csv, kind == .submission {
            throw CommandFailure(code: 2, message: vi ? "tờ trình không có dạng CSV; dùng md hoặc txt (danh sách kèm theo: danh-sách)"
                                                      : "a submission has no CSV form; use md or txt (its list: danh-sach)")
        }
        let request = PaperRequest(sessionID: session, decisionNumber: decision, year: year, number: number,
                                   date: try day(date, option: "--date"), postedFrom: try day(from, option: "--from"),
                                   today: SystemClock().today())
        let store = try options.openStore(profile: "cli")
        let text: String
        let scope: String
        do {
            let rules = try options.wardRules(store)
            text = try store.paper(kind, request, format: format, rules: rules)
            scope = try store.paperScope(kind, request)
            // A posting list written to a file is the list posted from the day it says: no
            // decision until the posting has ended. (A preview on the screen records nothing.)
            if kind == .posting, output != nil, !options.readOnly {
                try store.recordPosting(award: "gia-dinh-van-hoa", year: request.year ?? request.today.year,
                                        from: request.postedFrom ?? request.today, rules: rules)
            }
        } catch let problem as PaperProblem {
            throw CommandFailure(code: 1, message: vi ? problem.message.vi : problem.message.en)
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
        }
        let bytes = DocumentOutput.bytes(text, csv: format == .csv)
        guard let output else {
            TerminalOutput.write(text)
            return
        }
        let path: String
        do {
            path = try DocumentOutput.path(output, fileName: kind.fileName(scope: scope, format: format))
        } catch {
            throw CommandFailure(code: 1, message: vi ? "không tạo được thư mục \(output)" : "cannot make the folder \(output)")
        }
        do {
            try PrivateFile.write(bytes, to: path, replacing: force)
        } catch PrivateFile.Failure.exists {
            throw CommandFailure(code: 1, message: vi ? "\(path) đã có; thêm --force để ghi đè" : "\(path) exists; add --force to overwrite")
        } catch let failure as PrivateFile.Failure {
            throw CommandFailure(code: 1, message: failure.message(options.lang))
        }
        TerminalOutput.error((vi ? "Đã ghi " : "Wrote ") + path + "\n")
    }

    /// "md", "markdown", "txt", "text", "csv".
    static func format(_ text: String) -> DocumentFormat? {
        switch text.lowercased() {
        case "md", "markdown": return .markdown
        case "txt", "text", "plain-text": return .plainText
        case "csv": return .csv
        default: return nil
        }
    }

    private func day(_ text: String?, option: String) throws -> CivilDate? {
        guard let text else { return nil }
        guard let day = CivilDate(vietnamese: text) ?? CivilDate(iso: text) else {
            throw CommandFailure(code: 2, message: options.lang == .vi ? "\(option): «\(text)» không phải là ngày (dd/mm/yyyy)."
                                                                        : "\(option): «\(text)» is not a date (dd/mm/yyyy).")
        }
        return day
    }
}
