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
/// TCVN3 or VNI-Windows; "," or ";") or the exchange format (JSON). Always a dry run first: the
/// report of every row, problem and duplicate; nothing is written until the clerk confirms, then
/// all rows in one transaction.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Nhập danh sách từ CSV hoặc JSON (chạy thử trước). Import people, households or nominations.",
        discussion: """
            CSV: dòng đầu là tiêu đề cột, có dấu hay không dấu («Họ và tên», «HO TEN», «Chủ hộ», «Tổ dân phố», «Ngày sinh», \
            «Danh hiệu», «Năm», «Xếp loại»…); mã hóa UTF-8, TCVN3 (ABC) hoặc VNI-Windows được nhận ra tự động.
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
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure(code: 2, message: vi ? "không đọc được tệp \(file)" : "cannot read the file \(file)")
        }
        var importKind: ImportKind?
        if let kind {
            guard let value = ImportKind(rawValue: kind) else {
                throw CommandFailure(code: 2, message: vi ? "--as: dùng people, households hoặc nominations" : "--as: use people, households or nominations")
            }
            importKind = value
        }
        let store = try options.openStore(profile: "cli")
        let layer = try store.councilLayer()
        let national = try DeskResources.rulebooks()
        let rulebook: (Int) -> Rulebook? = { year in national.rulebook(forYear: year).map { layer.applied(to: $0) } }
        let (text, source) = TextFileDecoding.decode(data)
        var report: [String] = []
        if case .legacy(let encoding) = source {
            report.append(vi ? "Mã hóa: \(encoding.rawValue) — đã chuyển sang Unicode." : "Encoding: \(encoding.rawValue) — converted to Unicode.")
        }
        let plan: ImportPlan
        do {
            if text.drop(while: \.isWhitespace).first == "{" {
                let parsed: ExchangeFile
                do {
                    parsed = try ExchangeFormat.read(Data(text.utf8), rulebook: rulebook)
                } catch let error as ExchangeError {
                    throw CommandFailure(code: 2, message: "\(file): " + error.message(language))
                }
                plan = try store.planImport(parsed, rulebook: rulebook)
            } else {
                let table: CSVTable
                do {
                    table = try CSVReader.read(text)
                } catch let error as CSVError {
                    throw CommandFailure(code: 2, message: vi ? "\(file): dòng \(error.line), cột \(error.column): \(error.message.vi)"
                                                              : "\(file): line \(error.line), column \(error.column): \(error.message.en)")
                }
                let reading = ImportReading.read(table, kind: importKind, rulebook: rulebook, defaultYear: year ?? SystemClock().today().year)
                plan = try store.planImport(reading, rulebook: rulebook)
            }
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(language))
        }
        report += Self.describe(plan, store: store, rulebook: rulebook, language: language)
        print(report.joined(separator: "\n"))
        guard plan.problems.isEmpty else {
            throw CommandFailure(code: 2, message: vi ? "\(file): \(plan.problems.count) lỗi; chưa nhập gì. Sửa tệp rồi chạy lại."
                                                      : "\(file): \(plan.problems.count) problems; nothing imported. Fix the file and run again.")
        }
        if dryRun || plan.items.isEmpty {
            print(vi ? "Chạy thử: chưa ghi gì vào kho." : "Dry run: nothing written.")
            return
        }
        if !yes {
            guard isatty(0) != 0 else {
                throw CommandFailure(code: 1, message: vi ? "chưa nhập: thêm --yes để nhập (hoặc chạy trên terminal để được hỏi)."
                                                          : "not imported: add --yes (or run on a terminal to be asked).")
            }
            print(vi ? "Nhập vào kho? (c/K) " : "Import into the store? (y/N) ", terminator: "")
            let answer = (readLine() ?? "").foldedForSearch
            guard ["c", "co", "y", "yes"].contains(answer) else {
                print(vi ? "Không nhập." : "Not imported.")
                return
            }
        }
        do {
            let summary = try store.applyImport(plan, rulebook: rulebook)
            print(vi ? "Đã nhập \(summary.nominees.count) đối tượng, \(summary.nominations.count) đề nghị (một giao dịch, có nhật ký)."
                     : "Imported \(summary.nominees.count) nominees, \(summary.nominations.count) nominations (one transaction, audited).")
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(language))
        }
    }

    /// The dry run's report: every row with what it becomes, the duplicates left out, the problems.
    static func describe(_ plan: ImportPlan, store: Store, rulebook: (Int) -> Rulebook?, language: Language) -> [String] {
        let vi = language == .vi
        var lines: [String] = []
        let kindName: String = {
            switch plan.kind {
            case .people: return vi ? "danh sách người" : "people"
            case .households: return vi ? "danh sách hộ đề nghị Gia đình văn hóa" : "households for Gia đình văn hóa"
            case .nominations: return vi ? "danh sách đề nghị khen thưởng" : "nominations"
            }
        }()
        lines.append((vi ? "Loại: " : "Kind: ") + kindName)
        if !plan.ignoredHeaders.isEmpty {
            lines.append((vi ? "Cột không dùng: " : "Columns not used: ") + plan.ignoredHeaders.joined(separator: ", "))
        }
        for item in plan.items {
            var parts: [String] = []
            if let nominee = item.newNominee {
                let name = nominee.head ?? nominee.personName
                let split = name.map { "\($0.family) | \($0.middle) | \($0.given)" } ?? nominee.name
                parts.append((vi ? "mới: " : "new: ") + split)
                if let group = nominee.groupID.flatMap({ (try? store.nominee(id: $0)) ?? nil }) { parts.append("· " + group.name) }
                if let count = nominee.memberCount { parts.append(vi ? "· \(count) người" : "· \(count) members") }
            } else if let id = item.existingNomineeID {
                let name = (try? store.nominee(id: id))??.name ?? id
                parts.append((vi ? "đã có: " : "existing: ") + "\(id) \(name)")
            }
            if let nomination = item.nomination {
                let award = rulebook(nomination.year)?.award(nomination.award)?.name
                parts.append("→ \(award.map { vi ? $0.vi : $0.en } ?? nomination.award) \(nomination.year)")
            }
            lines.append("  " + (vi ? "dòng \(item.line): " : "line \(item.line): ") + parts.joined(separator: " "))
        }
        for skipped in plan.skipped {
            lines.append("  " + (vi ? "dòng \(skipped.line): bỏ qua, " : "line \(skipped.line): left out, ") + skipped.message(language))
        }
        for problem in plan.problems {
            lines.append("  " + (vi ? "LỖI " : "ERROR ") + problem.text(language))
        }
        lines.append(vi ? "Sẽ thêm \(plan.newNominees) đối tượng, \(plan.newNominations) đề nghị; bỏ qua \(plan.skipped.count) dòng trùng; \(plan.problems.count) lỗi."
                        : "Would add \(plan.newNominees) nominees, \(plan.newNominations) nominations; \(plan.skipped.count) duplicates left out; \(plan.problems.count) problems.")
        return lines
    }
}
