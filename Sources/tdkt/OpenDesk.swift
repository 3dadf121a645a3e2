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
            throw CommandFailure(code: 2, message: options.lang == .vi
                ? "bàn làm việc cần một terminal; để dùng trong script, hãy dùng các lệnh con (tdkt --help)."
                : "the desk needs a terminal; for scripts use the subcommands (tdkt --help).")
        }
        let store = try options.openStore(profile: "desk", create: true)
        let environment: DeskEnvironment
        do {
            environment = try DeskEnvironment(store: store, strings: try options.strings(), language: options.lang, clock: SystemClock(),
                                              holidays: DeskConfiguration.load().holidays)
        } catch let error as StoreError {
            throw CommandFailure(code: 4, message: error.message(options.lang))
        } catch let unknown as Shipped.UnknownProvince {
            throw CommandFailure(code: 4, message: unknown.description)
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            let type = ProcessInfo.processInfo.environment["TERM"] ?? ""
            throw CommandFailure(code: 2, message: options.lang == .vi
                ? "không dùng được terminal loại «\(type)» (biến TERM). Hãy đặt TERM=xterm-256color hoặc TERM=linux."
                : "cannot use terminal type “\(type)” (TERM). Set TERM=xterm-256color or TERM=linux.")
        }
        let configuration = DeskConfiguration.load()
        if configuration.mouse { terminal.enableMouse() }
        let desk = Desk(terminal: terminal, environment: environment, configuration: configuration)
        desk.run()
        terminal.shutdown()
    }
}
