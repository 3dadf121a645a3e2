import ArgumentParser
import Commendation
import CommendationStore
import Foundation
import WardServices

/// `tdkt backup DEST`: a consistent copy of the store, made while desks keep working.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: HelpLanguage.t("Sao lưu kho dữ liệu (an toàn khi bàn làm việc đang mở).", "Back up the store (safe while the desk is open)."))

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp(HelpLanguage.t("Tệp mới, hoặc thư mục/ (tên tệp theo ngày giờ).", "A new file, or a folder/ (named by date and time)."), valueName: HelpLanguage.t("đích", "destination")))
    var destination: String

    func run() throws {
        let store = try options.openStore(profile: "cli", readOnly: true)
        let path: String
        do {
            path = try DocumentOutput.path(destination, fileName: BackupNaming.fileName(Date()))
        } catch {
            throw options.failure(ExitStatus.cannotWrite, "cli.folder.cannotMake", destination)
        }
        do {
            let summary = try store.backup(to: path)
            TerminalOutput.line(options.text("cli.backup.done", summary.path, summary.nominations, summary.auditRows))
            if let failure = summary.anchorFailure { options.warn("cli.audit.anchorNotKept", failure) }
        } catch let problem as BackupProblem {
            throw CommandFailure(code: problem.exitStatus, message: problem.message(options.lang))
        } catch let error as StoreError {
            throw options.failure(error)
        }
    }
}

/// `tdkt restore SRC`: replaces the store with a checked backup; the current file is kept aside.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: HelpLanguage.t("Khôi phục kho từ bản sao lưu (kiểm tra trước; giữ lại tệp hiện tại).", "Restore from a backup (checked first; the current file is kept aside)."))

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp(HelpLanguage.t("Tệp sao lưu.", "The backup file."), valueName: HelpLanguage.t("nguồn", "source")))
    var source: String

    func run() throws {
        let target = options.storePath
        do {
            let summary = try Store.check(source)
            let aside = try Store.restore(from: source, into: target, stamp: BackupNaming.stamp(Date()))
            // The restored trail is the one to check from now on: a new anchor (a shorter trail
            // than the last anchor of the store is what a restore makes, not a deletion).
            let restored = try options.openStore(profile: "cli")
            options.recordAnchor(restored, reason: "restore " + source)
            TerminalOutput.line(options.text("cli.restore.done", target, source, summary.nominations, summary.auditRows))
            if FileManager.default.fileExists(atPath: aside) { TerminalOutput.line(options.text("cli.restore.kept", aside)) }
        } catch let problem as BackupProblem {
            throw CommandFailure(code: problem.exitStatus, message: problem.message(options.lang))
        }
    }
}

extension BackupProblem {
    /// The exit code for this problem: a file that is not a sound backup is bad input (2); a
    /// destination that exists or a store open elsewhere is a refusal (5); the system's refusal
    /// to write is 6.
    var exitStatus: Int32 {
        switch self {
        case .unusable, .brokenAudit: return ExitStatus.invalidInput
        case .exists, .busy, .inUse: return ExitStatus.refused
        case .failed: return ExitStatus.cannotWrite
        }
    }
}
