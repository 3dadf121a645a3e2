import ArgumentParser
import Commendation
import CommendationStore
import Foundation
import WardServices

/// `tdkt check FILE|-`: the verdicts on nominations in the exchange format.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: HelpLanguage.t("Xét đề nghị khen thưởng trong tệp theo tiêu chí.", "Evaluate nominations in the exchange format."),
        discussion: HelpLanguage.t("""
            Mã thoát: 0 mọi đề nghị đủ điều kiện; 1 có đề nghị không đủ điều kiện; 3 không có đề nghị không đủ nhưng có \
            đề nghị thiếu thông tin; 2 tệp không hợp lệ. Không có --store: chỉ xét tệp (các đề nghị trong tệp là một đợt); \
            có --store: dùng thêm quá trình khen thưởng và tiêu chí của Hội đồng trong kho (chỉ đọc). \
            Tệp lớn hơn 16 MB được đọc hai lượt, không giữ cả tệp trong bộ nhớ (đầu vào chuẩn lớn hơn 16 MB được chép \
            vào một tệp tạm trước).
            """, """
            Exit codes: 0 all eligible; 1 any not eligible; 3 none not eligible but some incomplete; 2 invalid input. \
            Without --store only the file is judged (its nominations are one round); with --store the ward's award \
            history and the council's criteria are used too (read only). \
            A file over 16 MB is read in two passes, never held whole (standard input over 16 MB is first copied to a \
            temporary file).
            """))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @Argument(help: ArgumentHelp(HelpLanguage.t("Tệp JSON theo định dạng trao đổi, hoặc - để đọc từ đầu vào chuẩn.", "A JSON file in the exchange format, or - for standard input."),
                                 valueName: HelpLanguage.t("tệp", "file")))
    var file: String

    /// `--store` (the ward's award history and the council's criteria; opened read-only, never
    /// created), `--lang`, `--read-only` (check only reads in any case).
    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("table hoặc json.", "table or json."), valueName: "table|json"))
    var format: Format = .table

    func run() throws {
        let lang = options.lang
        let name = file == "-" ? options.text("cli.check.standardInput") : file
        var rulebook: (Int) -> Rulebook?
        var context: EvaluationContext?
        if options.store != nil {
            // The ward's rules: its province's layer and the council's own criteria.
            let opened = try options.openStore(profile: "cli", readOnly: true)
            let rules = try options.wardRules(opened)
            rulebook = rules.rulebook
            context = StoreEvaluationContext(store: opened)
        } else {
            let national = try Shipped.rulebooks()
            rulebook = { national.rulebook(forYear: $0) }
        }
        if file != "-", let size = InputFile.size(path: file), size > InputFile.maximumBytes {
            try checkStreamed(path: file, name: name, rulebook: rulebook, context: context)
            return
        }
        let parsed: ExchangeFile
        switch try input(name: name) {
        case .bytes(let data):
            // The file's bytes and its JSON tree are let go once its nominations are read.
            parsed = try read(data, name: name, rulebook: rulebook)
        case .spooled(let path):
            // Standard input over 16 MB: copied to a temporary file and checked from there.
            defer { InputFile.removeSpool(path) }
            try checkStreamed(path: path, name: name, rulebook: rulebook, context: context)
            return
        }
        for warning in parsed.warnings {
            TerminalOutput.error("tdkt: \(name): " + warning.message(lang) + "\n")
        }
        let exitCode: Int32
        do {
            var writer = try writer(rulebook: rulebook)
            // Judged and written at once, on two threads: no result is held. A store that failed
            // while judging is said (exit 4) before any nomination judged without it is written.
            do {
                try CheckReport.judge(file: parsed, rulebook: rulebook, context: context) { try writer.write($0) }
            } catch let error as StoreError {
                throw options.failure(error)
            }
            try writer.finish()
            exitCode = writer.counts.exitCode
        } catch let failure as OutputSink.Failure {
            throw options.failure(ExitStatus.cannotWrite, "cli.output.cannotWrite", "-", failure.reason)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }

    /// The writer of `--format`, to standard output.
    private func writer(rulebook: @escaping (Int) -> Rulebook?) throws -> any CheckReport.Writer {
        switch format {
        case .json: CheckReport.JSONWriter(language: options.lang, sink: OutputSink.standardOutput(escaping: .json))
        case .table: CheckReport.TableWriter(strings: try options.strings(), language: options.lang, rulebook: rulebook,
                                             sink: OutputSink.standardOutput())
        }
    }

    /// Checks a file over `InputFile.maximumBytes` in two passes, never held (decision 82): the
    /// same verdicts and output as a file read whole.
    private func checkStreamed(path: String, name: String, rulebook: @escaping (Int) -> Rulebook?, context: EvaluationContext?) throws {
        let lang = options.lang
        let check: StreamedCheck
        do {
            check = try StreamedCheck(path: path, name: name, rulebook: rulebook) { warning in
                TerminalOutput.error("tdkt: \(name): " + warning.message(lang) + "\n")
            }
        } catch let failure as StreamedCheck.Failure {
            throw CommandFailure(code: ExitStatus.invalidInput, message: failure.message(lang))
        } catch let error as ExchangeError {
            throw CommandFailure(code: ExitStatus.invalidInput, message: "\(name): " + error.message(lang))
        }
        let exitCode: Int32
        do {
            var writer = try writer(rulebook: rulebook)
            try judge(check, context: context) { try writer.write($0) }
            try writer.finish()
            exitCode = writer.counts.exitCode
        } catch let failure as OutputSink.Failure {
            throw options.failure(ExitStatus.cannotWrite, "cli.output.cannotWrite", "-", failure.reason)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }

    /// Judges the file of `check`, each result to `report`; a store that failed while judging
    /// is said (exit 4), and so is a file changed between the passes (exit 2).
    private func judge(_ check: StreamedCheck, context: EvaluationContext?, report: (CheckReport.Result) throws -> Void) throws {
        do {
            try check.judge(context: context, report: report)
        } catch let failure as StreamedCheck.Failure {
            throw CommandFailure(code: ExitStatus.invalidInput, message: failure.message(options.lang))
        } catch let error as StoreError {
            throw options.failure(error)
        }
    }

    /// The file's bytes, or standard input's: whole, or copied to a temporary file when over 16 MB.
    private func input(name: String) throws -> InputFile.Input {
        do {
            return file == "-" ? try InputFile.readOrSpool(FileHandle.standardInput, name: name) : .bytes(try InputFile.read(path: file))
        } catch let failure as InputFile.Failure {
            throw CommandFailure(code: ExitStatus.invalidInput, message: failure.message(options.lang))
        }
    }

    /// The nominations in `data`, the file named `name` (or standard input).
    private func read(_ data: Data, name: String, rulebook: @escaping (Int) -> Rulebook?) throws -> ExchangeFile {
        do {
            // Its nominations read on each core (decision 89).
            return try ExchangeFormat.read(data, rulebook: rulebook, workers: ParallelMap.defaultWorkers)
        } catch let error as ExchangeError {
            throw CommandFailure(code: ExitStatus.invalidInput, message: "\(name): " + error.message(options.lang))
        }
    }
}
