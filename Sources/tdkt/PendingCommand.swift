import ArgumentParser
import Commendation
import CommendationStore
import Desk
import Foundation

/// `tdkt pending [--format table|json]`: the nominations awaiting a decision.
struct PendingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pending",
        abstract: "Liệt kê hồ sơ khen thưởng chờ xử lý. List the pending awards a clerk must act on.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "table (mặc định) hoặc json.")
    var format: Format = .table

    func run() throws {
        let store = try options.openStore(profile: "cli")
        let report: PendingReport
        do {
            report = try PendingReport(store: store, rulebooks: try DeskResources.rulebooks())
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
        }
        switch format {
        case .json:
            print(report.json(language: options.lang))
        case .table:
            print(report.table(strings: try options.strings(), language: options.lang), terminator: "")
        }
    }
}
