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
            let vi = options.lang == .vi
            let store = try options.openStore(profile: "cli")
            let result: AuditVerification
            do {
                let anchor = try store.storeID().flatMap { AuditAnchors(folder: StoreLocation.configFolder()).latest(storeID: $0) }
                result = try store.verifyAudit(key: options.auditKey(), anchor: anchor, againstBackup: against)
            } catch let error as StoreError {
                throw CommandFailure(code: 4, message: error.message(options.lang))
            } catch let problem as BackupProblem {
                throw CommandFailure(code: 2, message: problem.message(options.lang))
            }
            var problems: [String] = []
            func row(_ seq: Int) -> String {
                let entry = (try? store.auditEntry(seq: seq)) ?? nil
                return entry.map { "\(seq) (\($0.at), \($0.osUser), \($0.action) \($0.entity) \($0.entityID))" } ?? "\(seq)"
            }
            if let seq = result.brokenChainAt {
                problems.append(vi ? "dòng \(row(seq)) không khớp chuỗi băm" : "row \(row(seq)) breaks the hash chain")
            }
            if let seq = result.badSignatureAt {
                problems.append(vi ? "dòng \(row(seq)) có chữ ký sai (chuỗi băm bị tính lại?)" : "row \(row(seq)) has a wrong signature (chain recomputed?)")
            }
            if let seq = result.unsignedAt {
                problems.append(vi ? "dòng \(row(seq)) mất chữ ký sau các dòng đã ký" : "row \(row(seq)) lost its signature after signed rows")
            }
            if result.anchorBroken, let anchor = result.anchor {
                problems.append(vi ? "nhật ký không còn khớp mốc \(anchor.at) (\(anchor.reason): \(anchor.rows) dòng); hiện có \(result.rows) dòng"
                                   : "the trail no longer reaches the anchor of \(anchor.at) (\(anchor.reason): \(anchor.rows) rows); it has \(result.rows)")
            }
            if let position = result.divergesFromBackupAt, let against {
                problems.append(vi ? "khác bản sao lưu \(against) từ dòng \(position)" : "differs from the backup \(against) from row \(position)")
            }
            guard problems.isEmpty else {
                throw CommandFailure(code: 1, message: (vi ? "nhật ký bị sửa ngoài tdkt: " : "the audit trail was changed outside tdkt: ")
                                     + problems.joined(separator: "; ") + ".")
            }
            var notes: [String] = []
            if result.signedRows > 0 { notes.append(vi ? "\(result.signedRows) dòng có chữ ký đúng" : "\(result.signedRows) rows correctly signed") }
            if result.otherKeys > 0 { notes.append(vi ? "\(result.otherKeys) dòng ký bằng khóa của người dùng khác" : "\(result.otherKeys) rows signed with other users' keys") }
            if let anchor = result.anchor { notes.append(vi ? "khớp mốc \(anchor.at)" : "reaches the anchor of \(anchor.at)") }
            TerminalOutput.line((vi ? "ok — \(result.rows) dòng nhật ký, chuỗi băm nguyên vẹn" : "ok — \(result.rows) audit rows, the hash chain holds")
                  + (notes.isEmpty ? "." : "; " + notes.joined(separator: ", ") + "."))
        }
    }
}
