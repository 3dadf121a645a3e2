import WardServices
import ArgumentParser
import Commendation
import CommendationStore
import Desk
import Foundation

/// `tdkt backup DEST`: a consistent copy of the store, made while desks keep working.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: HelpLanguage.t("Sao lưu kho dữ liệu (an toàn khi bàn làm việc đang mở).", "Back up the store (safe while the desk is open)."))

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp(HelpLanguage.t("Tệp mới, hoặc thư mục/ (tên tệp theo ngày giờ).", "A new file, or a folder/ (named by date and time)."), valueName: HelpLanguage.t("đích", "destination")))
    var destination: String

    func run() throws {
        let vi = options.lang == .vi
        let store = try options.openStore(profile: "cli")
        let path: String
        do {
            path = try DocumentOutput.path(destination, fileName: BackupNaming.fileName(Date()))
        } catch {
            throw CommandFailure(code: 1, message: vi ? "không tạo được thư mục \(destination)" : "cannot make the folder \(destination)")
        }
        do {
            let summary = try store.backup(to: path)
            TerminalOutput.line(vi ? "Đã sao lưu vào \(summary.path): \(summary.nominations) đề nghị, \(summary.auditRows) dòng nhật ký."
                     : "Backed up to \(summary.path): \(summary.nominations) nominations, \(summary.auditRows) audit rows.")
            if let failure = summary.anchorFailure {
                FileHandle.standardError.write(Data(("tdkt: " + (vi ? "không ghi được mốc nhật ký: " : "the audit anchor was not kept: ")
                                                     + failure + "\n").utf8))
            }
        } catch let problem as BackupProblem {
            throw CommandFailure(code: 1, message: problem.message(options.lang))
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
        let vi = options.lang == .vi
        let target = options.storePath
        do {
            let summary = try Store.check(source)
            let aside = try Store.restore(from: source, into: target, stamp: BackupNaming.stamp(Date()))
            // The restored trail is the one to check from now on: a new anchor (a shorter trail
            // than the last anchor of the store is what a restore makes, not a deletion).
            let restored = try options.openStore(profile: "cli")
            options.recordAnchor(restored, reason: "restore " + source)
            TerminalOutput.line(vi ? "Đã khôi phục \(target) từ \(source): \(summary.nominations) đề nghị, \(summary.auditRows) dòng nhật ký."
                     : "Restored \(target) from \(source): \(summary.nominations) nominations, \(summary.auditRows) audit rows.")
            if FileManager.default.fileExists(atPath: aside) {
                TerminalOutput.line(vi ? "Tệp cũ được giữ lại: \(aside)" : "The previous file is kept: \(aside)")
            }
        } catch let problem as BackupProblem {
            throw CommandFailure(code: problem.isAboutTheSource ? 2 : 1, message: problem.message(options.lang))
        }
    }
}
