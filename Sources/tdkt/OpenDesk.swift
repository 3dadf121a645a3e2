import WardServices
import ArgumentParser
import Commendation
import CommendationStore
import CursesTerminal
import Desk
import Foundation

/// `tdkt [--store PATH] [--lang vi|en]`: the desk in the terminal.
struct OpenDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: HelpLanguage.t("Mở bàn làm việc (khi không có lệnh con).", "Open the desk (when no subcommand is given)."))

    @OptionGroup var options: CommonOptions

    func run() throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw options.failure(ExitStatus.invalidInput, "cli.desk.needsTerminal")
        }
        let store = try options.openStore(profile: "desk", create: true)
        let environment: DeskEnvironment
        do {
            environment = try DeskEnvironment(store: store, strings: try options.strings(), language: options.lang, clock: SystemClock(),
                                              holidays: DeskConfiguration.load().holidays)
        } catch let error as StoreError {
            throw options.failure(error)
        } catch let unknown as Shipped.UnknownProvince {
            throw options.failure(ExitStatus.store, "cli.province.unknown", unknown.id, store.path)
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            let type = ProcessInfo.processInfo.environment["TERM"] ?? ""
            throw options.failure(ExitStatus.invalidInput, "cli.desk.badTerminal", type)
        }
        let configuration = DeskConfiguration.load()
        if configuration.mouse { terminal.enableMouse() }
        let desk = Desk(terminal: terminal, environment: environment, configuration: configuration)
        desk.run()
        terminal.shutdown()
    }
}
