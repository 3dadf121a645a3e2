import ArgumentParser
import CommendationStore
import Foundation

/// `tdkt audit verify`: checks the audit trail's hash chain.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Nhật ký thay đổi. The audit trail.",
        subcommands: [Verify.self])

    /// `tdkt audit verify`: "ok", or the first row that does not follow the chain (exit 1).
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Kiểm tra chuỗi băm của nhật ký: «ok» hoặc dòng đầu tiên bị sửa. Check the hash chain.")

        @OptionGroup var options: CommonOptions

        func run() throws {
            let vi = options.lang == .vi
            let store = try options.openStore(profile: "cli")
            do {
                let count = try store.auditCount()
                guard let seq = try store.firstBrokenAuditRow() else {
                    TerminalOutput.line(vi ? "ok — \(count) dòng nhật ký, chuỗi băm nguyên vẹn." : "ok — \(count) audit rows, the hash chain holds.")
                    return
                }
                let entry = try store.auditEntry(seq: seq)
                let what = entry.map { "\($0.at), \($0.osUser), \($0.action) \($0.entity) \($0.entityID)" } ?? "?"
                throw CommandFailure(code: 1, message: vi
                    ? "nhật ký bị sửa ngoài tdkt: dòng \(seq) (\(what)) không khớp chuỗi băm; \(count) dòng."
                    : "the audit trail was changed outside tdkt: row \(seq) (\(what)) breaks the hash chain; \(count) rows.")
            } catch let error as StoreError {
                throw CommandFailure(code: 4, message: error.message(options.lang))
            }
        }
    }
}
