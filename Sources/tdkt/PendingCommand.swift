import WardServices
import ArgumentParser
import Commendation
import CommendationStore
import Foundation

/// `tdkt pending [--format table|json]`: the nominations awaiting a decision.
struct PendingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pending",
        abstract: HelpLanguage.t("Liệt kê hồ sơ khen thưởng chờ xử lý.", "List the pending awards a clerk must act on."))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("table hoặc json.", "table or json."), valueName: "table|json"))
    var format: Format = .table

    @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("Tính tuổi hồ sơ đến ngày này (dd/mm/yyyy), mặc định hôm nay.", "Count ages to this day (dd/mm/yyyy); by default today."),
                                            valueName: "dd/mm/yyyy"))
    var on: String?

    func run() throws {
        var today = SystemClock().today()
        if let on {
            guard let day = CivilDate(vietnamese: on) ?? CivilDate(iso: on) else {
                throw options.failure(ExitStatus.invalidInput, "cli.date.invalid", "--on", on)
            }
            today = day
        }
        // The pending list only reads: the store is opened read-only and never created.
        let store = try options.openStore(profile: "cli", readOnly: true)
        let report: PendingReport
        do {
            let rules = try options.wardRules(store, on: today)
            if format == .json {
                // Streamed: each chunk of the review is read, judged and written before the next.
                try PendingJSON.write(store: store, rules: rules, today: today, strings: try options.strings(),
                                      language: options.lang, to: OutputSink.standardOutput(escaping: .json))
                return
            }
            report = try PendingReport(store: store, rules: rules, today: today)
        } catch let error as StoreError {
            throw options.failure(error)
        } catch let failure as OutputSink.Failure {
            throw options.failure(ExitStatus.cannotWrite, "cli.output.cannotWrite", "-", failure.reason)
        }
        TerminalOutput.write(report.table(strings: try options.strings(), language: options.lang))
    }
}
