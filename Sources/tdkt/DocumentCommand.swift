import ArgumentParser
import Commendation
import CommendationStore
import WardServices
import Foundation
import Papers
import VietnameseText

/// `tdkt document KIND`: a document written from the record (biên bản, tờ trình, danh sách,
/// quyết định, niêm yết, chi tiền) as Markdown, plain text or CSV on standard output or in a
/// file, or as a Word document or an Excel workbook in a file (0600, never replaced without
/// `--force`).
struct DocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: HelpLanguage.t("Viết văn bản từ dữ liệu: tờ-trình, danh-sách, biên-bản, quyết-định, chi-tiền, niêm-yết.",
                                 "Write a document from the record: tờ-trình, danh-sách, biên-bản, quyết-định, chi-tiền, niêm-yết."),
        discussion: HelpLanguage.t("""
            Loại văn bản (có dấu hoặc không dấu): tờ-trình (to-trinh), danh-sách (danh-sach), biên-bản (bien-ban), \
            quyết-định (quyet-dinh), chi-tiền (chi-tien: danh sách chi tiền thưởng), niêm-yết (niem-yet). \
            Mặc định lấy phiên họp gần nhất có chương trình. Tiền thưởng tính theo mức lương cơ sở của ngày ký \
            (--date; dự thảo không có ngày thì lấy hôm nay).
            Ví dụ: tdkt document biên-bản --session PH-2026-02 --format txt
                   tdkt document quyet-dinh --decision 125/QĐ-UBND --format docx --output ~/tdkt-van-ban/
                   tdkt document chi-tien --decision 125/QĐ-UBND --format xlsx --output ~/tdkt-van-ban/
            Word (docx) theo thể thức Nghị định 30/2020/NĐ-CP; Excel (xlsx) cho các danh sách; docx và xlsx cần --output.
            """, """
            Kinds (with or without accents): tờ-trình (to-trinh: the submission), danh-sách (danh-sach: the list), \
            biên-bản (bien-ban: the minutes), quyết-định (quyet-dinh: the decision), chi-tiền (chi-tien: the payment \
            list), niêm-yết (niem-yet: the posting list). By default the latest session with an agenda. Money follows \
            the base salary of the day signed (--date; a draft without a date uses today).
            Examples: tdkt document biên-bản --session PH-2026-02 --format txt
                      tdkt document quyet-dinh --decision 125/QĐ-UBND --format docx --output ~/tdkt-van-ban/
                      tdkt document chi-tien --decision 125/QĐ-UBND --format xlsx --output ~/tdkt-van-ban/
            Word (docx) in the layout of Nghị định 30/2020/NĐ-CP; Excel (xlsx) for lists; docx and xlsx need --output.
            """))

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("tờ-trình | danh-sách | biên-bản | quyết-định | chi-tiền | niêm-yết", valueName: HelpLanguage.t("loại", "kind")))
    var kind: String

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Phiên họp (PH-2026-02); mặc định phiên gần nhất.", "The council session (PH-2026-02); by default the latest."), valueName: "PH-…"))
    var session: String?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("In quyết định đã ban hành (125/QĐ-UBND) thay cho dự thảo.", "An issued decision (125/QĐ-UBND) instead of a draft."),
                                            valueName: HelpLanguage.t("số/ký-hiệu", "number")))
    var decision: String?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Năm (niêm yết Gia đình văn hóa); mặc định năm nay.", "The year (Cultured Family posting); by default this year."), valueName: "yyyy"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Số văn bản nếu đã có (01); để trống thì chừa chỗ.", "The document's number if it has one (01); left blank otherwise."), valueName: HelpLanguage.t("số", "number")))
    var number: String?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Ngày văn bản; để trống thì chừa chỗ.", "The document's date; left blank otherwise."), valueName: "dd/mm/yyyy"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Ngày bắt đầu niêm yết; mặc định hôm nay.", "First day of the posting; by default today."), valueName: "dd/mm/yyyy"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("md (mặc định), txt, csv, docx (Word) hoặc xlsx (Excel, các danh sách).",
                                                           "md (the default), txt, csv, docx (Word) or xlsx (Excel, for lists)."),
                                            valueName: "md|txt|csv|docx|xlsx"))
    var format: String = "md"

    @Option(name: [.short, .long], help: ArgumentHelp(HelpLanguage.t("Ghi vào tệp, hoặc vào thư mục (tên tệp tự đặt); mặc định in ra màn hình.",
                                                                        "Write to a file, or into a folder/ (named for you); by default to the screen."),
                                                      valueName: HelpLanguage.t("tệp|thư-mục/", "file|folder/")))
    var output: String?

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("Ghi đè tệp đã có.", "Overwrite an existing file.")))
    var force = false

    func run() throws {
        guard let kind = DocumentKind(argument: kind) else {
            throw options.failure(ExitStatus.invalidInput, "cli.document.noKind", self.kind)
        }
        guard let output = PaperOutputFormat(argument: format) else {
            throw options.failure(ExitStatus.invalidInput, "cli.document.badFormat", format)
        }
        if output == .text(.csv) || output == .xlsx, kind == .submission {
            throw options.failure(ExitStatus.invalidInput, "cli.document.submissionNotList")
        }
        if output.isBinary, self.output == nil {
            throw options.failure(ExitStatus.invalidInput, "cli.output.needed", output.fileExtension)
        }
        let request = PaperRequest(sessionID: session, decisionNumber: decision, year: year, number: number,
                                   date: try day(date, option: "--date"), postedFrom: try day(from, option: "--from"),
                                   today: SystemClock().today())
        // A posting list written to a file is the list posted from the day it says: no decision
        // until the posting has ended. Every other document (and a preview on the screen) only
        // reads, on a store opened read-only.
        let records = kind == .posting && self.output != nil && !options.readOnly
        let store = try options.openStore(profile: "cli", readOnly: !records)
        let bytes: Data
        let scope: String
        do {
            let rules = try options.wardRules(store)
            let input = try store.documentInput(kind, request, rules: rules)
            bytes = try output.bytes(input)
            scope = try store.paperScope(kind, request)
            if records {
                try store.recordPosting(award: "gia-dinh-van-hoa", year: request.year ?? request.today.year,
                                        from: request.postedFrom ?? request.today, rules: rules)
            }
        } catch let problem as PaperProblem {
            throw CommandFailure(code: ExitStatus.invalidInput, message: problem.message(options.lang))
        } catch let error as StoreError {
            throw options.failure(error)
        }
        guard let destination = self.output else {
            // Text for a terminal: controls a name holds are shown escaped (a byte-order mark
            // left out).
            var text = String(decoding: bytes, as: UTF8.self)
            if text.first == "\u{FEFF}" { text.removeFirst() }
            TerminalOutput.write(text)
            return
        }
        let path: String
        do {
            path = try DocumentOutput.path(destination, fileName: kind.fileName(scope: scope, extension: output.fileExtension))
        } catch {
            throw options.failure(ExitStatus.cannotWrite, "cli.folder.cannotMake", destination)
        }
        try PaperOutputFormat.write(bytes, to: path, force: force, options: options)
    }

    private func day(_ text: String?, option: String) throws -> CivilDate? {
        guard let text else { return nil }
        guard let day = CivilDate(vietnamese: text) ?? CivilDate(iso: text) else {
            throw options.failure(ExitStatus.invalidInput, "cli.date.invalid", option, text)
        }
        return day
    }
}
