import Foundation
import GRDB
import Testing

/// `tdkt import` and `tdkt check` refuse names and text holding control characters or longer
/// than their field, with the line and column, and write nothing: the store never holds them.
@Suite final class ImportTextRuleCommandTests {
    private let fixture: DemoStoreFolder
    private var folder: String { fixture.folder }

    init() throws {
        fixture = try DemoStoreFolder("text-rule")
    }

    private func tdkt(_ arguments: [String]) throws -> CommandResult {
        try runCommand([fixture.tdkt] + arguments + ["--store", fixture.store], environment: ["LANG": "C.UTF-8"])
    }

    private func count(_ sql: String) throws -> Int {
        let queue = try DatabaseQueue(path: fixture.store)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    @Test func aNULInACSVNameIsRefusedAtItsLineAndColumn() throws {
        let file = folder + "/nul.csv"
        try Data("Họ và tên,Ngày sinh\nPhan Văn Mới,02/03/1988\nNguy\u{0}ễn Văn Cắt,01/02/1990\n".utf8).write(to: URL(fileURLWithPath: file))
        let before = try count("SELECT COUNT(*) FROM nominee")
        let result = try tdkt(["import", file, "--yes"])
        #expect(result.status == 2)
        #expect(result.output.contains("LỖI dòng 3, cột 1 (Họ và tên): có ký tự điều khiển U+0000 (NUL) ở ký tự thứ 5"), "\(result.output)")
        #expect(try count("SELECT COUNT(*) FROM nominee") == before)
        #expect(try count("SELECT COUNT(*) FROM audit WHERE after LIKE '%Cắt%'") == 0)
    }

    @Test func aControlInAnExchangeNameIsRefusedByCheckAndImport() throws {
        let file = folder + "/esc.json"
        try """
            {"version": 1, "nominations": [
              {"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang",
               "nominee": {"type": "person", "familyName": "Lê", "givenName": "Lan\\u001b]0;pwned\\u0007"}}
            ]}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        for result in [try runCommand([fixture.tdkt, "check", file]), try tdkt(["import", file, "--yes"])] {
            #expect(result.status == 2)
            #expect(result.errors.contains("khóa nominee.givenName: cần văn bản không có ký tự điều khiển"), "\(result.errors)")
            #expect(result.errors.contains("(dòng 3, cột 67)"), "\(result.errors)")
        }
    }

    @Test func aNameOfTenMegabytesIsRefusedQuickly() throws {
        let file = folder + "/dai.json"
        let name = String(repeating: "Nguyễn", count: 10_000_000 / 8)
        try """
            {"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang",
             "nominee": {"type": "person", "familyName": "\(name)", "givenName": "Lan"}}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let start = Date()
        let result = try tdkt(["import", file, "--yes"])
        #expect(result.status == 2)
        #expect(result.errors.contains("khóa nominee.familyName: cần văn bản tối đa 100 ký tự (chuỗi này dài 7500000 ký tự)"), "\(result.errors)")
        #expect(Date().timeIntervalSince(start) < 30)
    }
}
