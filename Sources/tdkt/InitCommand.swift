import ArgumentParser
import CommendationStore
import Foundation

/// `tdkt init [--store PATH]`: an empty store, for a ward that starts from its own lists (or
/// from another tdkt's export). Refused where a file is already.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Tạo kho dữ liệu trống (không ghi đè tệp đã có). Create an empty store.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        let vi = options.lang == .vi
        let path = options.storePath
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(code: ExitStatus.refused, message: vi
                ? "\(path) đã có; tdkt không ghi đè một kho (chọn tệp khác bằng --store)."
                : "\(path) exists; tdkt does not overwrite a store (choose another file with --store).")
        }
        let store = try options.openStore(profile: "cli", create: true)
        try store.setSetting("desk.onboarded", to: "empty")
        TerminalOutput.line(vi ? "Đã tạo kho trống \(store.path)." : "Created the empty store \(store.path).")
    }
}
