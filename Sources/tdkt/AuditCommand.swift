import ArgumentParser
import CommendationStore
import Foundation

/// `tdkt audit verify`: checks the audit trail's hash chain.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: HelpLanguage.t("Nhật ký thay đổi.", "The audit trail."),
        subcommands: [Verify.self])

    /// `tdkt audit verify [--against BACKUP]`: the hash chain, the signatures made with the
    /// clerk's key, the latest anchor kept outside the store, and with `--against` that the
    /// backup's trail is the beginning of this one. "ok", or what was found (exit 1).
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: HelpLanguage.t("Kiểm tra nhật ký: chuỗi băm, chữ ký, mốc ngoài kho.", "Check the audit trail: chain, signatures, anchors."))

        @OptionGroup var options: CommonOptions

        @Option(name: .long, help: ArgumentHelp(HelpLanguage.t("So với một bản sao lưu: nhật ký của nó phải là phần đầu của nhật ký hiện tại.",
                                                                  "Compare with a backup: its trail must be the beginning of this one."),
                                                valueName: HelpLanguage.t("tệp-sao-lưu", "backup")))
        var against: String?

        func run() throws {
            let store = try options.openStore(profile: "cli", readOnly: true)
            let result: AuditVerification
            do {
                let anchor = try store.storeID().flatMap { AuditAnchors(folder: StoreLocation.configFolder()).latest(storeID: $0) }
                result = try store.verifyAudit(key: options.auditKey(), anchor: anchor, againstBackup: against)
            } catch let error as StoreError {
                throw options.failure(error)
            } catch let problem as BackupProblem {
                throw CommandFailure(code: ExitStatus.invalidInput, message: problem.message(options.lang))
            }
            var problems: [String] = []
            func row(_ seq: Int) throws -> String {
                let entry: AuditEntry?
                do { entry = try store.auditEntry(seq: seq) } catch let error as StoreError { throw options.failure(error) }
                return entry.map { "\(seq) (\($0.at), \($0.osUser), \($0.action) \($0.entity) \($0.entityID))" } ?? "\(seq)"
            }
            if let seq = result.brokenChainAt { problems.append(options.text("cli.audit.brokenChain", try row(seq))) }
            if let seq = result.badSignatureAt { problems.append(options.text("cli.audit.badSignature", try row(seq))) }
            if let seq = result.unsignedAt { problems.append(options.text("cli.audit.unsigned", try row(seq))) }
            if result.anchorBroken, let anchor = result.anchor {
                problems.append(options.text("cli.audit.anchorBroken", anchor.at, anchor.reason, anchor.rows, result.rows))
            }
            if let position = result.divergesFromBackupAt, let against {
                problems.append(options.text("cli.audit.diverges", against, position))
            }
            guard problems.isEmpty else {
                throw options.failure(ExitStatus.failedCheck, "cli.audit.changed", problems.joined(separator: "; "))
            }
            var notes: [String] = []
            if result.signedRows > 0 { notes.append(options.text("cli.audit.signed", result.signedRows)) }
            if result.otherKeys > 0 { notes.append(options.text("cli.audit.otherKeys", result.otherKeys)) }
            if let anchor = result.anchor { notes.append(options.text("cli.audit.reachesAnchor", anchor.at)) }
            TerminalOutput.line(options.text("cli.audit.ok", result.rows) + (notes.isEmpty ? "." : "; " + notes.joined(separator: ", ") + "."))
        }
    }
}
