import Foundation
import GRDB
import Testing

/// Names that a spreadsheet would run as formulas (saved before tdkt refused such text, or
/// typed as they are) come out of every CSV export with a "'" in front: the full export and
/// the publication list.
@Suite final class CSVInjectionCommandTests {
    private let fixture: DemoStoreFolder
    static let formulas = ["=HYPERLINK(\"http://x\";\"Bấm\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"]

    init() throws {
        fixture = try DemoStoreFolder("csv-injection")
        let queue = try DatabaseQueue(path: fixture.store)
        defer { try? queue.close() }
        try queue.write { db in
            let ids = try String.fetchAll(db, sql: """
                SELECT DISTINCT n.id FROM nominee n JOIN nomination m ON m.nominee_id = n.id
                WHERE n.type = 'person' AND m.status = 'decided' ORDER BY n.id LIMIT 4
                """)
            for (id, formula) in zip(ids, Self.formulas) {
                try db.execute(sql: "UPDATE nominee SET family_name = ?, name = ? || ' ' || given_name WHERE id = ?",
                               arguments: [formula, formula, id])
            }
        }
    }

    private func tdkt(_ arguments: [String]) throws -> CommandResult {
        try runCommand([fixture.tdkt] + arguments + ["--store", fixture.store], environment: ["LANG": "C.UTF-8"])
    }

    /// The cells of a CSV file tdkt wrote (fields split at commas outside quotes).
    private func cells(_ path: String) throws -> [String] {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)).dropFirst(3), as: UTF8.self)
        var cells: [String] = [], cell = "", quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted, character == "," || character == "\r\n" || character == "\n" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells
    }

    @Test func theFullExportAndThePublicationNeutraliseFormulas() throws {
        let full = fixture.folder + "/de-nghi.csv"
        #expect(try tdkt(["export", "--output", full]).status == 0)
        let publication = fixture.folder + "/cong-bo.csv"
        let written = try tdkt(["export", "--publication", "--status", "decided", "--output", publication, "--yes"])
        #expect(written.status == 0, "\(written.errors)")
        for path in [full, publication] {
            let cells = try cells(path)
            for start in ["=", "+", "-", "@"] {
                #expect(cells.contains { $0.hasPrefix("'" + start) || $0.hasPrefix("\"'" + start) }, "\(path): no neutralised \(start)")
                #expect(!cells.contains { $0.hasPrefix(start) || $0.hasPrefix("\"" + start) }, "\(path): a cell begins with \(start)")
            }
        }
    }
}
