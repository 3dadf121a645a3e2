import ArgumentParser
import CommendationStore
import Foundation

/// `tdkt init [--store PATH]`: an empty store, for a ward that starts from its own lists (or
/// from another tdkt's export). Refused where a file is already.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: HelpLanguage.t("Tạo kho dữ liệu trống (không ghi đè tệp đã có).", "Create an empty store (never over an existing file)."))

    @OptionGroup var options: CommonOptions

    func run() throws {
        let path = options.storePath
        guard !FileManager.default.fileExists(atPath: path) else { throw options.failure(ExitStatus.refused, "cli.init.exists", path) }
        if options.readOnly { throw options.failure(ExitStatus.invalidInput, "cli.init.readOnly") }
        let store = try options.openStore(profile: "cli", create: true)
        do { try store.setSetting("desk.onboarded", to: "empty") } catch let error as StoreError { throw options.failure(error) }
        TerminalOutput.line(options.text("cli.init.done", store.path))
    }
}
