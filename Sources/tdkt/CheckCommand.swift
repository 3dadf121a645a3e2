import WardServices
import ArgumentParser
import Commendation
import CommendationStore
import Desk
import Foundation

/// `tdkt check FILE|-`: the verdicts on nominations in the exchange format.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: HelpLanguage.t("Xét đề nghị khen thưởng trong tệp theo tiêu chí.", "Evaluate nominations in the exchange format."),
        discussion: HelpLanguage.t("""
            Mã thoát: 0 mọi đề nghị đủ điều kiện; 1 có đề nghị không đủ điều kiện; 3 không có đề nghị không đủ nhưng có \
            đề nghị thiếu thông tin; 2 tệp không hợp lệ. Không có --store: chỉ xét tệp (các đề nghị trong tệp là một đợt); \
            có --store: dùng thêm quá trình khen thưởng và tiêu chí của Hội đồng trong kho.
            """, """
            Exit codes: 0 all eligible; 1 any not eligible; 3 none not eligible but some incomplete; 2 invalid input. \
            Without --store only the file is judged (its nominations are one round); with --store the ward's award \
            history and the council's criteria are used too.
            """))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: ArgumentHelp(HelpLanguage.t("Tệp JSON theo định dạng trao đổi, hoặc - để đọc từ đầu vào chuẩn.", "A JSON file in the exchange format, or - for standard input."),
                                 valueName: HelpLanguage.t("tệp", "file")))
    var file: String

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Kho dữ liệu (quá trình khen thưởng, tiêu chí của Hội đồng).", "The store (award history, the council's criteria)."),
                                       valueName: HelpLanguage.t("tệp", "file")))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Ngôn ngữ: vi hoặc en.", "Language: vi or en."), valueName: "vi|en"))
    var lang: Language = .vi

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("table hoặc json.", "table or json."), valueName: "table|json"))
    var format: Format = .table

    func run() throws {
        let name = file == "-" ? (lang == .vi ? "đầu vào chuẩn" : "standard input") : file
        let data: Data
        do {
            data = file == "-" ? try InputFile.read(FileHandle.standardInput, name: name) : try InputFile.read(path: file)
        } catch let failure as InputFile.Failure {
            throw CommandFailure(code: 2, message: failure.message(lang))
        }
        let national = try Shipped.rulebooks()
        var rulebook: (Int) -> Rulebook? = { national.rulebook(forYear: $0) }
        var context: EvaluationContext?
        if let store {
            let opened: Store
            do {
                opened = try Store(path: store, actor: .current(profile: "cli"), readOnly: true)
            } catch let error as StoreError {
                throw CommandFailure(code: 4, message: error.message(lang))
            }
            let chosen: RulebookSet
            do { chosen = try Shipped.rulebooks(for: opened) } catch let unknown as Shipped.UnknownProvince {
                throw CommandFailure(code: 4, message: lang == .vi
                    ? "cài đặt rules.province = «\(unknown.id)» không phải là quy định tỉnh nào tdkt có."
                    : "the setting rules.province = «\(unknown.id)» names no province rules tdkt ships.")
            }
            rulebook = try opened.rulebooks(chosen)
            context = StoreEvaluationContext(store: opened)
        }
        let parsed: ExchangeFile
        do {
            parsed = try ExchangeFormat.read(data, rulebook: rulebook)
        } catch let error as ExchangeError {
            throw CommandFailure(code: 2, message: "\(name): " + error.message(lang))
        }
        for warning in parsed.warnings {
            TerminalOutput.error("tdkt: \(name): " + warning.message(lang) + "\n")
        }
        let report = CheckReport(file: parsed, rulebook: rulebook, context: context)
        switch format {
        case .json: TerminalOutput.json(report.json(language: lang))
        case .table: TerminalOutput.write(report.table(strings: try Shipped.strings(lang), language: lang, rulebook: rulebook))
        }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
