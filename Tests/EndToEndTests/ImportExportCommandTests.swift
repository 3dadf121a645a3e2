#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB
import Testing

/// `tdkt import` and `tdkt export` on the demo ward: a household list in TCVN3 and one in
/// VNI-Windows after a dry run, bad rows that stop an import, the exchange format round trip,
/// CSV that spreadsheets read, and the publication whitelist.
@Suite final class ImportExportCommandTests {
    private let fixture: DemoStoreFolder
    private var folder: String { fixture.folder }
    private var store: String { fixture.store }
    private var tdkt: String { fixture.tdkt }

    init() throws {
        fixture = try DemoStoreFolder("import")
    }

    private func tdkt(_ arguments: [String], store: String? = nil) throws -> CommandResult {
        try runCommand([tdkt] + arguments + ["--store", store ?? self.store], environment: ["LANG": "C.UTF-8"])
    }

    private func count(_ sql: String, in path: String? = nil) throws -> Int {
        let queue = try DatabaseQueue(path: path ?? store)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }

    /// "STT;Họ và tên chủ hộ;Tổ dân phố;Số nhân khẩu" and three households, in TCVN3 bytes
    /// from the character table (the fourth row repeats a household already proposed).
    static let tcvn3Households: [UInt8] = {
        var bytes: [UInt8] = []
        func ascii(_ text: String) { bytes += Array(text.utf8) }
        ascii("STT;H"); bytes += [0xE4]; ascii(" v"); bytes += [0xB5]; ascii(" t"); bytes += [0xAA]; ascii("n ch"); bytes += [0xF1]
        ascii(" h"); bytes += [0xE9]; ascii(";T"); bytes += [0xE6]; ascii(" d"); bytes += [0xA9]; ascii("n ph"); bytes += [0xE8]
        ascii(";S"); bytes += [0xE8]; ascii(" nh"); bytes += [0xA9]; ascii("n kh"); bytes += [0xC8]; ascii("u\r\n")
        // 1;Lê Văn Thắng;Khu phố Bình Minh;4
        ascii("1;L"); bytes += [0xAA]; ascii(" V"); bytes += [0xA8]; ascii("n Th"); bytes += [0xBE]; ascii("ng;Khu ph"); bytes += [0xE8]
        ascii(" B"); bytes += [0xDD]; ascii("nh Minh;4\r\n")
        // 2;Trần Thị Ước;Khu phố Tân Hải;3
        ascii("2;Tr"); bytes += [0xC7]; ascii("n Th"); bytes += [0xDE]; ascii(" "); bytes += [0xA6, 0xED]; ascii("c;Khu ph"); bytes += [0xE8]
        ascii(" T"); bytes += [0xA9]; ascii("n H"); bytes += [0xB6]; ascii("i;3\r\n")
        // 3;Đặng Quốc Khánh;Khu phố Lê Lợi;5
        bytes += Array("3;".utf8) + [0xA7, 0xC6]; ascii("ng Qu"); bytes += [0xE8]; ascii("c Kh"); bytes += [0xB8]; ascii("nh;Khu ph")
        bytes += [0xE8]; ascii(" L"); bytes += [0xAA]; ascii(" L"); bytes += [0xEE]; ascii("i;5\r\n")
        // 4;Nguyễn Văn Hùng;Khu phố Bình Minh;4 — already proposed in the demo (2026-GDVH-0001)
        ascii("4;Nguy"); bytes += [0xD4]; ascii("n V"); bytes += [0xA8]; ascii("n H"); bytes += [0xEF]; ascii("ng;Khu ph"); bytes += [0xE8]
        ascii(" B"); bytes += [0xDD]; ascii("nh Minh;4\r\n")
        return bytes
    }()

    @Test func aTCVN3HouseholdListImportsAfterADryRun() throws {
        let file = folder + "/ho-gdvh.csv"
        try Data(Self.tcvn3Households).write(to: URL(fileURLWithPath: file))
        let before = try count("SELECT COUNT(*) FROM nomination")
        let dry = try tdkt(["import", file, "--dry-run", "--year", "2026"])
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.output.contains("Mã hóa: TCVN3 — đã chuyển sang Unicode."))
        #expect(dry.output.contains("Loại: danh sách hộ đề nghị Gia đình văn hóa"))
        #expect(dry.output.contains("dòng 2: mới: Lê | Văn | Thắng · Khu phố Bình Minh · 4 người → Gia đình văn hóa 2026"), "\(dry.output)")
        #expect(dry.output.contains("dòng 3: mới: Trần | Thị | Ước · Khu phố Tân Hải · 3 người"))
        #expect(dry.output.contains("dòng 4: mới: Đặng | Quốc | Khánh · Khu phố Lê Lợi · 5 người"))
        #expect(dry.output.contains("dòng 5: bỏ qua, đã có đề nghị 2026-GDVH-0001"))
        #expect(dry.output.contains("Chạy thử: chưa ghi gì vào kho."))
        #expect(try count("SELECT COUNT(*) FROM nomination") == before)

        let imported = try tdkt(["import", file, "--year", "2026", "--yes"])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Đã nhập 3 đối tượng, 3 đề nghị"))
        #expect(try count("SELECT COUNT(*) FROM nomination") == before + 3)
        #expect(try count("SELECT COUNT(*) FROM nominee WHERE head_given_name = 'Ước' AND head_family_name = 'Trần' AND member_count = 3") == 1)
        #expect(try tdkt(["audit", "verify"]).status == 0)
        // Again: everything is a duplicate now.
        let again = try tdkt(["import", file, "--year", "2026", "--yes"])
        #expect(again.output.contains("Sẽ thêm 0 đối tượng, 0 đề nghị; bỏ qua 4 dòng trùng"), "\(again.output)")
    }

    @Test func badRowsStopTheWholeImport() throws {
        let file = folder + "/nguoi.csv"
        try """
            Họ và tên,Ngày sinh,Danh hiệu,Năm
            Phan Văn Mới,02/03/1988,Lao động tiên tiến,2026
            Lý Thị Sai,30/02/1990,Lao động tiên tiến,2026
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let before = try count("SELECT COUNT(*) FROM nominee")
        let result = try tdkt(["import", file, "--yes"])
        #expect(result.status == 2)
        #expect(result.output.contains("LỖI dòng 3, cột 2 (Ngày sinh): «30/02/1990» không phải là ngày (dd/mm/yyyy)"), "\(result.output)")
        #expect(result.errors.contains("1 lỗi; chưa nhập gì"))
        #expect(try count("SELECT COUNT(*) FROM nominee") == before)
        // Not a CSV at all: line and column.
        try "Họ và tên\n\"Không đóng ngoặc\n".write(toFile: file, atomically: true, encoding: .utf8)
        let broken = try tdkt(["import", file, "--dry-run"])
        #expect(broken.status == 2)
        #expect(broken.errors.contains("dòng 2, cột 1: dấu ngoặc kép mở ở đây không được đóng"), "\(broken.errors)")
    }

    /// The same list imported twice at once duplicated every person (10 of 10 trials): now the
    /// second import sees the first's rows (or is refused and plans again), ten times over.
    @Test(arguments: [false, true])
    func theSameFileImportedTwiceAtOnceAddsEachPersonOnce(streamed: Bool) throws {
        let file = folder + "/nguoi.csv"
        var lines = ["Họ và tên,Ngày sinh,Giới tính"]
        for index in 1...300 { lines.append("Nguyễn Văn Thử Số \(index),\(String(format: "%02d", index % 28 + 1))/03/1990,Nam") }
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let peopleBefore = try count("SELECT COUNT(*) FROM nominee WHERE type = 'person'")
        for trial in 1...10 {
            // A file read row by row plans again the same way (`--streamed`).
            let mode = streamed ? ["--streamed"] : []
            let store = folder + "/dong-thoi-\(streamed)-\(trial).sqlite"
            _ = try runCommand([tdkt, "demo", "--store", store])
            let first = try spawn([tdkt, "import", file, "--yes", "--as", "people", "--store", store] + mode,
                                  output: folder + "/a-\(streamed)-\(trial).txt")
            let second = try spawn([tdkt, "import", file, "--yes", "--as", "people", "--store", store] + mode,
                                   output: folder + "/b-\(streamed)-\(trial).txt")
            var statuses: [Int32] = [0, 0]
            waitpid(first, &statuses[0], 0)
            waitpid(second, &statuses[1], 0)
            let outputs = ["a", "b"].map { (try? String(contentsOfFile: folder + "/\($0)-\(streamed)-\(trial).txt.err", encoding: .utf8)) ?? "" }
            #expect(statuses == [0, 0], "trial \(trial): \(statuses) \(outputs.map { $0.suffix(400) })")
            #expect(try count("SELECT COUNT(*) FROM nominee WHERE type = 'person'", in: store) == peopleBefore + 300, "trial \(trial)")
        }
    }

    @Test func theExchangeFormatRoundTripsIntoAnotherStore() throws {
        let exported = try tdkt(["export", "--format", "json", "--year", "2026"])
        #expect(exported.status == 0, "\(exported.errors)")
        let file = folder + "/2026.json"
        try exported.output.write(toFile: file, atomically: true, encoding: .utf8)
        // Into a store that has the demo's residential groups but none of its 2026 nominations.
        let other = folder + "/other.sqlite"
        _ = try runCommand([tdkt, "demo", "--store", other])
        let queue = try DatabaseQueue(path: other)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete")
            for table in ["session_vote", "session_agenda", "decision_award", "nomination_step"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE nomination_id LIKE '2026-%'")
            }
            try db.execute(sql: "DELETE FROM nomination WHERE year = 2026")
        }
        try queue.close()
        let expected = try count("SELECT COUNT(*) FROM nomination WHERE year = 2026")
        let imported = try tdkt(["import", file, "--yes"], store: other)
        #expect(imported.status == 0, "\(imported.errors)\(imported.output)")
        #expect(imported.output.contains("Đã nhập 0 đối tượng, \(expected) đề nghị"), "\(imported.output)")
        let again = try tdkt(["export", "--format", "json", "--year", "2026"], store: other)
        #expect(again.output == exported.output)
    }

    @Test func csvOpensInASpreadsheetAndThePublicationHidesPrivateColumns() throws {
        let csv = folder + "/de-nghi.csv"
        let full = try tdkt(["export", "--output", csv])
        #expect(full.status == 0, "\(full.errors)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("Mã hồ sơ,Năm,"))
        #expect(text.contains("\r\n"))
        #expect(text.contains("Ngày sinh"))

        let publication = folder + "/niem-yet.csv"
        let preview = try tdkt(["export", "--publication", "--status", "decided", "--output", publication])
        #expect(preview.status == 5)
        #expect(preview.errors.contains("Xem trước danh sách công bố"))
        #expect(!FileManager.default.fileExists(atPath: publication))
        let written = try tdkt(["export", "--publication", "--status", "decided", "--output", publication, "--yes"])
        #expect(written.status == 0, "\(written.errors)")
        let published = try String(contentsOfFile: publication, encoding: .utf8)
        let header = published.split(separator: "\r\n").first.map(String.init) ?? ""
        #expect(header.replacingOccurrences(of: "\u{FEFF}", with: "") == "STT,Họ và tên / Tên tập thể,Chức vụ,Đơn vị / tổ dân phố,Danh hiệu / hình thức,Năm,Quyết định")
        // No birth date, citizen ID or phone of any demo person appears.
        let queue = try DatabaseQueue(path: store)
        let secrets = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT birth_date FROM nominee WHERE birth_date IS NOT NULL").map { iso -> String in
                let parts = iso.split(separator: "-")
                return "\(parts[2])/\(parts[1])/\(parts[0])"
            } + String.fetchAll(db, sql: "SELECT personal_id FROM nominee WHERE personal_id IS NOT NULL")
              + String.fetchAll(db, sql: "SELECT phone FROM nominee WHERE phone IS NOT NULL")
        }
        try queue.close()
        #expect(!secrets.isEmpty)
        for secret in secrets { #expect(!published.contains(secret), "\(secret) published") }
    }
}
