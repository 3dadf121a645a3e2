#if canImport(Glibc)
import WardServices
import Glibc
#endif
import ArgumentParser
import Commendation
import CommendationStore
import Foundation
import VietnameseText

/// `tdkt import FILE`: people, households for Gia đình văn hóa, or nominations from CSV (UTF-8,
/// TCVN3, VNI-Windows or Windows-1258; "," or ";") or the exchange format (JSON). Always a dry run first: the
/// report of every row, problem and duplicate; nothing is written until the clerk confirms, then
/// all rows in one transaction. A CSV file over 4 MB in UTF-8 (or over 16 MB) is read row by row (decision 79).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpLanguage.t("Nhập danh sách từ CSV hoặc JSON (chạy thử trước).",
                                 "Import people, households or nominations from CSV or JSON (a dry run first)."),
        discussion: HelpLanguage.t("""
            CSV: dòng đầu là tiêu đề cột, có dấu hay không dấu («Họ và tên», «HO TEN», «Chủ hộ», «Tổ dân phố», «Ngày sinh», \
            «Danh hiệu», «Năm», «Xếp loại»…); mã hóa UTF-8, TCVN3 (ABC), VNI-Windows hoặc Windows-1258 được nhận ra tự động; \
            tệp CSV UTF-8 lớn hơn 4 MB được đọc từng dòng: chạy thử rồi đọc lại khi nhập, không giữ cả tệp trong bộ nhớ (tệp CSV lớn hơn 16 MB phải là UTF-8). \
            JSON: định dạng trao đổi (docs/NOMINATION-FORMAT.md), tối đa 16 MB.
            """, """
            CSV: the first row names the columns, in Vietnamese with or without accents («Họ và tên», «HO TEN», «Chủ hộ», \
            «Tổ dân phố», «Ngày sinh», «Danh hiệu», «Năm», «Xếp loại»…); UTF-8, TCVN3 (ABC), VNI-Windows or Windows-1258 is \
            recognised; a UTF-8 CSV file over 4 MB is read row by row: a dry run, then read again to import, never held whole (a CSV file over 16 MB must be UTF-8). \
            JSON: the exchange format (docs/NOMINATION-FORMAT.md), up to 16 MB.
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

    @Flag(name: .long, help: ArgumentHelp(HelpLanguage.t("Đọc tệp CSV từng dòng, tệp JSON từng đề nghị, không giữ cả tệp (luôn như vậy với tệp CSV UTF-8 lớn hơn 4 MB và tệp JSON lớn hơn 16 MB; phải là UTF-8).",
                                                         "Read a CSV file row by row, a JSON file a nomination at a time, never whole (always so for UTF-8 CSV files over 4 MB and JSON files over 16 MB; UTF-8 only).")))
    var streamed = false

    func run() throws {
        let language = options.lang
        var importKind: ImportKind?
        if let kind {
            guard let value = ImportKind(rawValue: kind) else {
                throw options.failure(ExitStatus.invalidInput, "cli.import.badKind", kind)
            }
            importKind = value
        }
        // A dry run only reads: the store is opened read-only.
        let store = try options.openStore(profile: "cli", readOnly: dryRun)
        let rulebook = try store.rulebooks(try options.rulebooks(store))
        if StreamedExchangeImportFile.suits(path: file, asked: streamed) {
            return try runStreamedExchange(store: store, rulebook: rulebook, large: !streamed)
        }
        if streamed || StreamedImportFile.suits(path: file) {
            return try runStreamed(store: store, rulebook: rulebook, kind: importKind, large: !streamed)
        }
        let prepared: ImportFile.Prepared
        do {
            prepared = try ImportFile.prepare(path: file, store: store, rulebook: rulebook, kind: importKind,
                                              year: year ?? SystemClock().today().year)
        } catch let failure as ImportFile.Failure {
            throw CommandFailure(code: failure.code, message: failure.message(language))
        }
        let plan = prepared.plan
        do {
            // The report goes out a line at a time (100 000 rows make 10 MB of it).
            let sink = OutputSink.standardOutput()
            try ImportFile.report(prepared, store: store, rulebook: rulebook, language: language) { try sink.write($0 + "\n") }
            try sink.flush()
        } catch let error as StoreError {
            throw options.failure(error)
        } catch let failure as OutputSink.Failure {
            throw options.failure(ExitStatus.cannotWrite, "cli.output.cannotWrite", "-", failure.reason)
        }
        guard plan.problems.isEmpty else {
            throw options.failure(ExitStatus.invalidInput, "cli.import.problems", file, plan.problems.count)
        }
        if dryRun || plan.items.isEmpty {
            TerminalOutput.line(options.text("cli.import.dryRun"))
            return
        }
        guard try confirmed() else { return }
        do {
            let summary = try writingAgainWhenChanged(plan, apply: { try store.applyImport($0, rulebook: rulebook) }, checkAgain: {
                let again = try ImportFile.prepare(path: file, store: store, rulebook: rulebook, kind: importKind,
                                                   year: year ?? SystemClock().today().year).plan
                return (again, again.newNominees, again.skipped.count, again.problems.count)
            })
            TerminalOutput.line(options.text("cli.import.done", summary.nominees.count, summary.nominations.count))
        } catch let error as StoreError {
            throw options.failure(error)
        } catch let failure as ImportFile.Failure {
            throw CommandFailure(code: failure.code, message: failure.message(language))
        }
    }

    /// What `apply` writes from `plan`. When another writer came in since the dry run (another
    /// import of the same file), the file is checked again with `checkAgain`, seeing what came
    /// in (its new nominees, rows left out and problems), and that is written; three times at most.
    private func writingAgainWhenChanged<Plan, Written>(
        _ plan: Plan, apply: (Plan) throws -> Written,
        checkAgain: () throws -> (plan: Plan, newNominees: Int, skipped: Int, problems: Int)
    ) throws -> Written {
        var plan = plan
        for _ in 1..<3 {
            do {
                return try apply(plan)
            } catch StoreError.changedSincePlan {
                let again = try checkAgain()
                guard again.problems == 0 else {
                    throw options.failure(ExitStatus.invalidInput, "cli.import.changedProblems", file, again.problems)
                }
                TerminalOutput.line(options.text("cli.import.checkedAgain", again.newNominees, again.skipped))
                plan = again.plan
            }
        }
        return try apply(plan)
    }

    /// Whether the clerk confirmed the import (or gave --yes); asks on a terminal.
    private func confirmed() throws -> Bool {
        if yes { return true }
        guard isatty(0) != 0 else { throw options.failure(ExitStatus.refused, "cli.import.notConfirmed") }
        // Asked on the terminal: on standard error when the report goes to a pipe or a file.
        let question = options.text("cli.import.ask") + " "
        if isatty(1) != 0 { TerminalOutput.write(question) } else { TerminalOutput.error(question) }
        let answer = (readLine() ?? "").foldedForSearch
        guard ["c", "co", "y", "yes"].contains(answer) else {
            TerminalOutput.line(options.text("cli.import.declined"))
            return false
        }
        return true
    }

    /// A CSV file read row by row (decision 79): the dry run's report streamed, then, once
    /// confirmed, the file read again and written in one transaction.
    private func runStreamed(store: Store, rulebook: @escaping (Int) -> Rulebook?, kind: ImportKind?, large: Bool) throws {
        let language = options.lang
        let year = self.year ?? SystemClock().today().year
        TerminalOutput.line(large ? options.text("cli.import.streamed", file, StreamedImportFile.streamedAboveBytes >> 20)
                                  : options.text("cli.import.streamedAsked", file))
        try runStreamed(check: { line in
            try StreamedImportFile.check(path: file, store: store, rulebook: rulebook, kind: kind, year: year, language: language, line: line)
        }, apply: { checked, progress in
            try StreamedImportFile.apply(path: file, checked: checked, store: store, rulebook: rulebook, year: year, progress: progress)
        })
    }

    /// An exchange file read a nomination at a time (decision 84), as a CSV file read row by row.
    private func runStreamedExchange(store: Store, rulebook: @escaping (Int) -> Rulebook?, large: Bool) throws {
        let language = options.lang
        TerminalOutput.line(large ? options.text("cli.import.streamedExchange", file, InputFile.maximumBytes >> 20)
                                  : options.text("cli.import.streamedExchangeAsked", file))
        try runStreamed(check: { line in
            try StreamedExchangeImportFile.check(path: file, store: store, rulebook: rulebook, language: language, line: line)
        }, apply: { checked, progress in
            try StreamedExchangeImportFile.apply(path: file, checked: checked, store: store, rulebook: rulebook, progress: progress)
        })
    }

    /// A file read in pieces: the dry run's report (`check`) streamed, then, once confirmed,
    /// the file read again and written in one transaction (`apply`), checked again when
    /// another writer came in since.
    private func runStreamed<Checked: StreamedImportChecked>(check: (@escaping (String) throws -> Void) throws -> Checked,
                                                             apply: (Checked, ((Int) -> Void)?) throws -> (nominees: Int, nominations: Int)) throws {
        let language = options.lang
        let checked: Checked
        do {
            let sink = OutputSink.standardOutput()
            checked = try check { try sink.write($0 + "\n") }
            try sink.flush()
        } catch let failure as ImportFile.Failure {
            throw CommandFailure(code: failure.code, message: failure.message(language))
        } catch let failure as OutputSink.Failure {
            throw options.failure(ExitStatus.cannotWrite, "cli.output.cannotWrite", "-", failure.reason)
        }
        let counted = checked.count
        guard counted.problems == 0 else {
            throw options.failure(ExitStatus.invalidInput, "cli.import.problems", file, counted.problems)
        }
        if dryRun || counted.newNominees + counted.newNominations == 0 {
            TerminalOutput.line(options.text("cli.import.dryRun"))
            return
        }
        guard try confirmed() else { return }
        // Progress on a terminal's standard error, a line written over the last one, and
        // blanked before the result, or the error, is written.
        let showsProgress = isatty(2) != 0
        var shownWidth = 0
        let progress: ((Int) -> Void)? = showsProgress ? { rows in
            let text = options.text("cli.import.progress", rows)
            TerminalOutput.returnToLineStart()
            TerminalOutput.error(text)
            shownWidth = text.count
        } : nil
        func clearProgress() {
            guard shownWidth > 0 else { return }
            TerminalOutput.returnToLineStart()
            TerminalOutput.error(String(repeating: " ", count: shownWidth))
            TerminalOutput.returnToLineStart()
            shownWidth = 0
        }
        do {
            let written = try writingAgainWhenChanged(checked, apply: { try apply($0, progress) }, checkAgain: {
                let again = try check { _ in }
                return (again, again.count.newNominees, again.count.skipped, again.count.problems)
            })
            clearProgress()
            TerminalOutput.line(options.text("cli.import.done", written.nominees, written.nominations))
        } catch let error as StoreError {
            clearProgress()
            throw options.failure(error)
        } catch let failure as ImportFile.Failure {
            clearProgress()
            throw CommandFailure(code: failure.code, message: failure.message(language))
        }
    }
}
