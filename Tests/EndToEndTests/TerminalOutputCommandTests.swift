import Foundation
import GRDB
import Testing

/// Names holding ESC, BEL, a C1 CSI or U+202E (saved before tdkt refused them) never reach the
/// terminal raw: `pending`'s table, the import report, CSV and JSON on standard output and
/// messages on standard error show them escaped.
@Suite final class TerminalOutputCommandTests {
    private let fixture: DemoStoreFolder
    private var folder: String { fixture.folder }
    /// The controls put into a nominee's name.
    static let hostile = "Lan\u{1B}]0;pwned\u{7}\u{9B}2J\u{202E}gnàuH"
    static let raw: [Character] = ["\u{1B}", "\u{7}", "\u{9B}", "\u{202E}"]
    private var nomineeID = ""
    private var personalID = ""

    init() throws {
        fixture = try DemoStoreFolder("terminal-output")
        let queue = try DatabaseQueue(path: fixture.store)
        defer { try? queue.close() }
        try queue.write { db in
            nomineeID = try String.fetchOne(db, sql: """
                SELECT n.id FROM nominee n JOIN nomination m ON m.nominee_id = n.id
                WHERE n.type = 'person' AND m.status IN ('received', 'on-agenda') ORDER BY n.id LIMIT 1
                """) ?? ""
            personalID = "001190012345"
            try db.execute(sql: "UPDATE nominee SET given_name = ?, name = family_name || ' ' || ?, personal_id = ? WHERE id = ?",
                           arguments: [Self.hostile, Self.hostile, personalID, nomineeID])
        }
    }

    private func tdkt(_ arguments: [String]) throws -> CommandResult {
        try runCommand([fixture.tdkt] + arguments + ["--store", fixture.store], environment: ["LANG": "C.UTF-8"])
    }

    private func expectEscaped(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for control in Self.raw {
            #expect(!text.contains(control), "\(what) holds \(Array(String(control).unicodeScalars))", sourceLocation: sourceLocation)
        }
    }

    @Test func pendingShowsTheNameEscaped() throws {
        let table = try tdkt(["pending", "--format", "table", "--on", "15/12/2026"])
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.contains("Lan\\x1b]0;pwned\\x07\\x9b2J\\u{202e}gnàuH"), "\(table.output)")
        expectEscaped(table.output, "pending --format table")
        let json = try tdkt(["pending", "--format", "json", "--on", "15/12/2026"])
        #expect(json.output.contains("Lan\\u001b]0;pwned\\u0007\\u009b2J\\u202egnàuH"), "\(json.output.prefix(300))")
        expectEscaped(json.output, "pending --format json")
    }

    /// Rows streamed to a standard output that cannot take them (a full disk) end with exit 6
    /// and the reason, not a crash or a silent truncation.
    @Test func streamedOutputThatCannotBeWrittenExitsSix() throws {
        for arguments in [["pending", "--format", "json", "--on", "15/12/2026"], ["export"]] {
            let result = try runCommand([fixture.tdkt] + arguments + ["--store", fixture.store], environment: ["LANG": "C.UTF-8"],
                                        standardOutput: "/dev/full")
            #expect(result.status == 6, "\(arguments): \(result.errors)")
            #expect(result.errors.contains("không ghi được"), "\(arguments): \(result.errors)")
        }
    }

    @Test func exportsOnStandardOutputShowTheNameEscaped() throws {
        let csv = try tdkt(["export"])
        #expect(csv.status == 0, "\(csv.errors)")
        #expect(csv.output.contains("Lan\\x1b]0;pwned\\x07\\x9b2J\\u{202e}gnàuH"))
        expectEscaped(csv.output, "export (CSV)")
        let json = try tdkt(["export", "--format", "json"])
        #expect(json.output.contains("Lan\\u001b]0;pwned\\u0007\\u009b2J\\u202egnàuH"))
        expectEscaped(json.output, "export --format json")
    }

    @Test func theImportReportShowsTheNameEscaped() throws {
        let file = folder + "/nguoi.csv"
        try "Họ và tên,Số CCCD\nAi Đó,\(personalID)\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try tdkt(["import", file, "--dry-run", "--as", "people"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("đã có trong kho: \(nomineeID)"), "\(result.output)")
        #expect(result.output.contains("\\x1b]0;pwned"))
        expectEscaped(result.output, "import report")
    }

    @Test func messagesOnStandardErrorShowTheValueEscaped() throws {
        let file = folder + "/sai.json"
        try #"{"year": 2025, "award": "lao-dong-tien-tien", "kind": "\u001b[2Jcong-trang", "nominee": {"type": "person"}}"#
            .write(toFile: file, atomically: true, encoding: .utf8)
        for result in [try runCommand([fixture.tdkt, "check", file]), try tdkt(["import", file])] {
            #expect(result.status == 2)
            #expect(result.errors.contains("gặp \"\\x1b[2Jcong-trang\""), "\(result.errors)")
            expectEscaped(result.errors, "the message")
        }
    }
}
