#if canImport(Glibc)
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
        abstract: "Nhập danh sách từ CSV hoặc JSON (chạy thử trước). Import people, households or nominations.",
        discussion: """
            CSV: dòng đầu là tiêu đề cột, có dấu hay không dấu («Họ và tên», «HO TEN», «Chủ hộ», «Tổ dân phố», «Ngày sinh», \
            «Danh hiệu», «Năm», «Xếp loại»…); mã hóa UTF-8, TCVN3 (ABC), VNI-Windows hoặc Windows-1258 được nhận ra tự động; tệp lớn hơn 16 MB không nhập được.
            """)

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("Tệp CSV hoặc JSON.", valueName: "tệp"))
    var file: String

    @Flag(name: .long, help: "Chỉ chạy thử và in báo cáo; không ghi gì. Report only.")
    var dryRun = false

    @Option(name: .customLong("as"), help: "people | households | nominations (mặc định: đoán theo tiêu đề cột).")
    var kind: String?

    @Option(name: .long, help: ArgumentHelp("Năm đề nghị khi tệp không có cột Năm; mặc định năm nay.", valueName: "yyyy"))
    var year: Int?

    @Flag(name: .long, help: "Nhập luôn sau báo cáo, không hỏi lại. Import without asking.")
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
            throw CommandFailure(code: 4, message: error.message(language))
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
            let summary = try store.applyImport(plan, rulebook: rulebook)
            TerminalOutput.line(vi ? "Đã nhập \(summary.nominees.count) đối tượng, \(summary.nominations.count) đề nghị (một giao dịch, có nhật ký)."
                     : "Imported \(summary.nominees.count) nominees, \(summary.nominations.count) nominations (one transaction, audited).")
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(language))
        }
    }
}
