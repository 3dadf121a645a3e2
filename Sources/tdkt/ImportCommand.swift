#if canImport(Glibc)
import WardServices
import Glibc
#endif
import ArgumentParser
import Commendation
import CommendationStore
import Desk
import Foundation
import VietnameseText

/// `tdkt import FILE`: people, households for Gia đình văn hóa, or nominations from CSV (UTF-8,
/// TCVN3, VNI-Windows or Windows-1258; "," or ";") or the exchange format (JSON). Always a dry run first: the
/// report of every row, problem and duplicate; nothing is written until the clerk confirms, then
/// all rows in one transaction.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpLanguage.t("Nhập danh sách từ CSV hoặc JSON (chạy thử trước).",
                                 "Import people, households or nominations from CSV or JSON (a dry run first)."),
        discussion: HelpLanguage.t("""
            CSV: dòng đầu là tiêu đề cột, có dấu hay không dấu («Họ và tên», «HO TEN», «Chủ hộ», «Tổ dân phố», «Ngày sinh», \
            «Danh hiệu», «Năm», «Xếp loại»…); mã hóa UTF-8, TCVN3 (ABC), VNI-Windows hoặc Windows-1258 được nhận ra tự động; \
            tệp lớn hơn 16 MB không nhập được. JSON: định dạng trao đổi (docs/NOMINATION-FORMAT.md).
            """, """
            CSV: the first row names the columns, in Vietnamese with or without accents («Họ và tên», «HO TEN», «Chủ hộ», \
            «Tổ dân phố», «Ngày sinh», «Danh hiệu», «Năm», «Xếp loại»…); UTF-8, TCVN3 (ABC), VNI-Windows or Windows-1258 is \
            recognised; files over 16 MB are refused. JSON: the exchange format (docs/NOMINATION-FORMAT.md).
            """))

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp(HelpLanguage.t("Tệp CSV hoặc JSON.", "A CSV or JSON file."), valueName: HelpLanguage.t("tệp", "file")))
    var file: String

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("Chỉ chạy thử và in báo cáo; không ghi gì.", "Only the dry run's report; nothing is written.")))
    var dryRun = false

    @Option(name: .customLong("as"), help: ArgumentHelp(HelpLanguage.t("people | households | nominations (không có: đoán theo tiêu đề cột).",
                                                                 "people | households | nominations (none: guessed from the headers).")))
    var kind: String?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Năm đề nghị khi tệp không có cột Năm; mặc định năm nay.", "The nominations' year when the file has no year column; by default this year."), valueName: "yyyy"))
    var year: Int?

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("Nhập luôn sau báo cáo, không hỏi lại.", "Import after the report without asking.")))
    var yes = false

    func run() throws {
        let vi = options.lang == .vi
        let language = options.lang
        var importKind: ImportKind?
        if let kind {
            guard let value = ImportKind(rawValue: kind) else {
                throw CommandFailure(code: 2, message: vi ? "--as: dùng people, households hoặc nominations" : "--as: use people, households or nominations")
            }
            importKind = value
        }
        let store = try options.openStore(profile: "cli")
        let rulebook = try store.rulebooks(try options.rulebooks(store))
        let prepared: ImportFile.Prepared
        do {
            prepared = try ImportFile.prepare(path: file, store: store, rulebook: rulebook, kind: importKind,
                                              year: year ?? SystemClock().today().year)
        } catch let failure as ImportFile.Failure {
            throw CommandFailure(code: failure.code, message: failure.message(language))
        }
        let plan = prepared.plan
        do {
            TerminalOutput.line(try ImportFile.report(prepared, store: store, rulebook: rulebook, language: language).joined(separator: "\n"))
        } catch let error as StoreError {
            throw CommandFailure(code: ExitStatus.store, message: error.message(language))
        }
        guard plan.problems.isEmpty else {
            throw CommandFailure(code: 2, message: vi ? "\(file): \(plan.problems.count) lỗi; chưa nhập gì. Sửa tệp rồi chạy lại."
                                                      : "\(file): \(plan.problems.count) problems; nothing imported. Fix the file and run again.")
        }
        if dryRun || plan.items.isEmpty {
            TerminalOutput.line(vi ? "Chạy thử: chưa ghi gì vào kho." : "Dry run: nothing written.")
            return
        }
        if !yes {
            guard isatty(0) != 0 else {
                throw CommandFailure(code: 1, message: vi ? "chưa nhập: thêm --yes để nhập (hoặc chạy trên terminal để được hỏi)."
                                                          : "not imported: add --yes (or run on a terminal to be asked).")
            }
            TerminalOutput.write(vi ? "Nhập vào kho? (c/K) " : "Import into the store? (y/N) ")
            let answer = (readLine() ?? "").foldedForSearch
            guard ["c", "co", "y", "yes"].contains(answer) else {
                TerminalOutput.line(vi ? "Không nhập." : "Not imported.")
                return
            }
        }
        do {
            var plan = plan
            var summary: ImportSummary?
            // Another writer between the plan and the write (another import of the same file):
            // the plan is made again, seeing what came in, and its duplicates are left out.
            for attempt in 1...3 {
                do {
                    summary = try store.applyImport(plan, rulebook: rulebook)
                    break
                } catch StoreError.changedSincePlan where attempt < 3 {
                    let again = try ImportFile.prepare(path: file, store: store, rulebook: rulebook, kind: importKind,
                                                       year: year ?? SystemClock().today().year)
                    guard again.plan.problems.isEmpty else {
                        throw CommandFailure(code: 2, message: vi ? "\(file): kho vừa thay đổi và tệp giờ có \(again.plan.problems.count) lỗi; chưa nhập gì."
                                                                  : "\(file): the store changed and the file now has \(again.plan.problems.count) problems; nothing imported.")
                    }
                    TerminalOutput.line(vi ? "Kho vừa được ghi từ nơi khác: đã kiểm tra lại (\(again.plan.newNominees) đối tượng mới, \(again.plan.skipped.count) dòng bỏ qua)."
                             : "The store was written elsewhere: checked again (\(again.plan.newNominees) new nominees, \(again.plan.skipped.count) rows left out).")
                    plan = again.plan
                }
            }
            guard let summary else { return }
            TerminalOutput.line(vi ? "Đã nhập \(summary.nominees.count) đối tượng, \(summary.nominations.count) đề nghị (một giao dịch, có nhật ký)."
                     : "Imported \(summary.nominees.count) nominees, \(summary.nominations.count) nominations (one transaction, audited).")
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(language))
        } catch let failure as ImportFile.Failure {
            throw CommandFailure(code: failure.code, message: failure.message(language))
        }
    }
}
