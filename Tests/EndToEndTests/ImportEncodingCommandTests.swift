import Foundation
import GRDB
import Testing

/// `tdkt import` and `tdkt check` on files that are not plain UTF-8: a Windows-1258 list from
/// Excel imports with its tones composed, a UTF-8 file with a damaged byte and text in another
/// encoding are refused with the line and byte, a file over the size limit is refused before it
/// is read unless it is a CSV file to import or a file to check, and a row of a JSON file is
/// numbered by its line.
@Suite final class ImportEncodingCommandTests {
    private let fixture: DemoStoreFolder
    private var folder: String { fixture.folder }

    init() throws {
        fixture = try DemoStoreFolder("encoding")
    }

    private func tdkt(_ arguments: [String]) throws -> CommandResult {
        try runCommand([fixture.tdkt] + arguments + ["--store", fixture.store], environment: ["LANG": "C.UTF-8"])
    }

    @Test func aWindows1258HouseholdListImports() throws {
        // "STT;Họ và tên chủ hộ;Tổ dân phố" and "1;Trần Thị Ước;Khu phố Bình Minh", as Excel on a
        // Vietnamese Windows saves "CSV" (bytes from iconv -t CP1258).
        var bytes = Array("STT;H".utf8) + [0x6F, 0xF2] + Array(" v".utf8) + [0xE0] + Array(" t".utf8) + [0xEA] + Array("n ch".utf8)
        bytes += [0x75, 0xD2] + Array(" h".utf8) + [0x6F, 0xF2] + Array(";T".utf8) + [0xF4, 0xD2] + Array(" d".utf8) + [0xE2]
        bytes += Array("n ph".utf8) + [0xF4, 0xEC] + Array("\r\n1;Tr".utf8) + [0xE2, 0xCC] + Array("n Thi".utf8) + [0xF2, 0x20, 0xDD, 0xF5, 0xEC]
        bytes += Array("c;Khu ph".utf8) + [0xF4, 0xEC] + Array(" Bi".utf8) + [0xCC] + Array("nh Minh\r\n".utf8)
        let file = folder + "/ho-1258.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let dry = try tdkt(["import", file, "--dry-run", "--year", "2026"])
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.output.contains("Mã hóa: Windows-1258 — đã chuyển sang Unicode."), "\(dry.output)")
        #expect(dry.output.contains("dòng 2: mới: Trần | Thị | Ước · Khu phố Bình Minh"), "\(dry.output)")
    }

    @Test func aDamagedUTF8FileIsRefusedWithItsLineAndByte() throws {
        var bytes = Array("Họ và tên,Ngày sinh\nHoàng Thị Lan,01/02/1990\n".utf8)
        let lost = bytes.firstIndex(of: 0x0A)! + 4  // the second byte of "à" in "Hoàng"
        #expect(bytes[lost] == 0xA0)
        bytes.remove(at: lost)
        let file = folder + "/hong.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let before = try count("SELECT COUNT(*) FROM nominee")
        let result = try tdkt(["import", file, "--yes"])
        #expect(result.status == 2)
        #expect(result.errors.contains("\(file): tệp UTF-8 bị hỏng ở dòng 2, byte 3 (0xC3)"), "\(result.errors)")
        #expect(!result.output.contains("HoÃ"))
        #expect(try count("SELECT COUNT(*) FROM nominee") == before)
        // The same bytes inside a JSON file: check and import both refuse, at the same place.
        let json = folder + "/hong.json"
        try Data(Array("{\"version\": 1,\n\"nominations\": [{\"id\": \"Ho".utf8) + [0xC3] + Array("ng\"}]}".utf8))
            .write(to: URL(fileURLWithPath: json))
        let check = try runCommand([fixture.tdkt, "check", json])
        let imported = try tdkt(["import", json, "--dry-run"])
        #expect(check.status == 2 && imported.status == 2)
        for errors in [check.errors, imported.errors] {
            #expect(errors.contains("dòng 2, cột 27: byte 0xC3 không phải UTF-8"), "\(errors)")
        }
    }

    @Test func aFileOverTheLimitIsReadInPieces() throws {
        // The exchange format over 16 MB is imported a nomination at a time (decision 84): a
        // batch of none is a dry run of nothing.
        let json = folder + "/lon.json"
        var data = Data("{\"version\": 1, \"nominations\": [".utf8)
        data.append(Data(repeating: 0x20, count: 17 << 20))
        data.append(Data("]}".utf8))
        try data.write(to: URL(fileURLWithPath: json))
        let empty = try tdkt(["import", json, "--dry-run"])
        #expect(empty.status == 0, "\(empty.errors)")
        #expect(empty.output.contains("\(json) lớn hơn 16 MB: đọc từng đề nghị"), "\(empty.output)")
        #expect(empty.output.contains("Sẽ thêm 0 đối tượng, 0 đề nghị"), "\(empty.output)")
        // Checked by name, it is read in two passes (decision 82) and reported as the same
        // nominations without the spaces between them: a CSTĐCS that counts the LĐTT of the
        // same nominee 17 MB further on, a duplicate, and an initiative cited twice.
        let nominee = #""nominee": {"type": "person", "id": "P-7", "familyName": "Lê", "givenName": "An"}"#
        let other = #""nominee": {"type": "person", "id": "P-8", "familyName": "Đỗ", "givenName": "Bình"}"#
        let pending = #""pending": {"discipline": false, "investigation": false, "complaint": false}"#
        let initiative = #""initiatives": [{"id": "SK-1", "level": "co-so", "year": 2025}], "research": []"#
        let nominations = [
            #"{"id": "CS-1", "year": 2025, "award": "chien-si-thi-dua-co-so", "kind": "cong-trang", "# + nominee
                + #", "facts": {"rating": "tot", "# + pending + ", " + initiative + "}}",
            #"{"id": "CS-2", "year": 2025, "award": "chien-si-thi-dua-co-so", "kind": "cong-trang", "# + other
                + #", "facts": {"rating": "tot", "# + pending + ", " + initiative + "}}",
            #"{"id": "L-1", "year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang", "# + nominee
                + #", "facts": {"rating": "tot", "# + pending + #", "attested": ["emulation-spirit"]}}"#,
            #"{"id": "L-2", "year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang", "# + nominee
                + #", "facts": {"rating": "tot"}}"#,
        ]
        let small = folder + "/nho.json", large = folder + "/lon-xet.json"
        try Data(("{\"version\": 1, \"nominations\": [" + nominations.joined(separator: ",") + "]}").utf8)
            .write(to: URL(fileURLWithPath: small))
        var spaced = Data("{\"version\": 1, \"nominations\": [".utf8)
        for (index, nomination) in nominations.enumerated() {
            if index > 0 { spaced.append(Data(",".utf8)) }
            spaced.append(Data(repeating: 0x20, count: 6 << 20))
            spaced.append(Data(nomination.utf8))
        }
        spaced.append(Data("]}".utf8))
        try spaced.write(to: URL(fileURLWithPath: large))
        for format in ["json", "table"] {
            let whole = try runCommand([fixture.tdkt, "check", small, "--format", format])
            let streamed = try runCommand([fixture.tdkt, "check", large, "--format", format])
            #expect(whole.status == 1 && streamed.status == 1, "\(streamed.errors)")
            #expect(streamed.output == whole.output)
            #expect(whole.output.contains(format == "json" ? "\"id\" : \"L-2\"" : "L-2  Lê An"), "\(whole.output)")
        }
        let table = try runCommand([fixture.tdkt, "check", large]).output
        #expect(table.contains("Trùng với đề nghị L-1"), "\(table)")
        #expect(table.contains("SK-1 đã dùng cho đề nghị CS-1"), "\(table)")
        #expect(table.contains("trong cùng đợt (L-1)"), "\(table)")
        // Imported, the large file is planned as the same nominations without the spaces (the
        // dry run's report is the same, but for the line that says how the file is read), and
        // a file that is not valid says where.
        let wholeImport = try tdkt(["import", small, "--dry-run"])
        let streamedImport = try tdkt(["import", large, "--dry-run"])
        #expect(wholeImport.status == 0 && streamedImport.status == 0, "\(streamedImport.errors)")
        #expect(streamedImport.output.split(separator: "\n").dropFirst() == wholeImport.output.split(separator: "\n")[...],
                "\(streamedImport.output)")
        #expect(wholeImport.output.contains("Sẽ thêm 2 đối tượng, 4 đề nghị"), "\(wholeImport.output)")
        var broken = spaced
        broken.replaceSubrange((broken.count - 2)..., with: Data(",}".utf8))
        let brokenPath = folder + "/lon-hong.json"
        try broken.write(to: URL(fileURLWithPath: brokenPath))
        let refused = try tdkt(["import", brokenPath, "--dry-run"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("JSON không hợp lệ ở dòng 1"), "\(refused.errors)")
        // From standard input the large file is copied to a temporary file and checked from
        // there: the same report, and nothing left in the temporary folder.
        let spool = folder + "/tam"
        try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
        let piped = try runCommand([fixture.tdkt, "check", "-", "--format", "json"], input: String(decoding: spaced, as: UTF8.self),
                                   environment: ["TMPDIR": spool])
        #expect(piped.status == 1, "\(piped.errors)")
        #expect(piped.output == (try runCommand([fixture.tdkt, "check", small, "--format", "json"])).output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool).isEmpty)
        // A temporary folder that cannot be written says so, and where.
        let nowhere = try runCommand([fixture.tdkt, "check", "-"], input: String(decoding: spaced, as: UTF8.self),
                                     environment: ["TMPDIR": folder + "/khong-co"])
        #expect(nowhere.status == 2)
        #expect(nowhere.errors.contains("lớn hơn 16 MB và không chép được vào thư mục tạm \(folder)/khong-co"), "\(nowhere.errors)")
        // A CSV file over 16 MB is read row by row: a byte that is not UTF-8 on line 3 stops it
        // there, without the rest being read.
        let csv = folder + "/lon.csv"
        let row = Data("Nguyễn Văn An,01/01/1990\n".utf8)
        var rows = Data("Họ và tên,Ngày sinh\nTrần Thị B,02/02/1991\nLê V".utf8) + Data([0xFF]) + Data("n C,03/03/1992\n".utf8)
        rows.reserveCapacity(17 << 20)
        while rows.count <= 16 << 20 { rows.append(row) }
        try rows.write(to: URL(fileURLWithPath: csv))
        let imported = try tdkt(["import", csv, "--dry-run"])
        #expect(imported.status == 2)
        #expect(imported.output.contains("lớn hơn 4 MB: đọc từng dòng"), "\(imported.output)")
        #expect(imported.errors.contains("\(csv): dòng 3, byte 6 (0xFF) không phải UTF-8"), "\(imported.errors)")
    }

    @Test func aStreamedImportReportsThenWritesInOneTransaction() throws {
        let file = folder + "/tung-dong.csv"
        try "Họ và tên;Ngày sinh;Tổ dân phố\nNguyễn Văn Dòng;01/02/1990;khu pho binh minh\nNguyễn Văn Dòng;01/02/1990;Khu phố Bình Minh\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let dryRun = try tdkt(["import", file, "--streamed", "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.errors)")
        #expect(dryRun.output.contains("dòng 2: mới: Nguyễn | Văn | Dòng · Khu phố Bình Minh"), "\(dryRun.output)")
        #expect(dryRun.output.contains("dòng 3: bỏ qua, trùng với dòng 2"), "\(dryRun.output)")
        #expect(dryRun.output.contains("Sẽ thêm 1 đối tượng, 0 đề nghị; bỏ qua 1 dòng trùng; 0 lỗi."), "\(dryRun.output)")
        let imported = try tdkt(["import", file, "--streamed", "--yes"])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Đã nhập 1 đối tượng, 0 đề nghị"), "\(imported.output)")
        let again = try tdkt(["import", file, "--streamed", "--dry-run"])
        #expect(again.output.contains("dòng 2: bỏ qua, đã có trong kho: P-"), "\(again.output)")
    }

    @Test func aJSONRowIsNumberedByItsLine() throws {
        let file = folder + "/mot.json"
        try """
            {"version": 1, "nominations": [
              {"year": 2026, "award": "gia-dinh-van-hoa", "kind": "cong-trang",
               "nominee": {"type": "household", "name": "Hộ ông Lê Văn Tám", "group": "Khu phố Không Có"}}
            ]}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try tdkt(["import", file, "--dry-run"])
        #expect(result.status == 2)
        #expect(result.output.contains("LỖI dòng 2, cột 3: không có thôn, tổ dân phố «Khu phố Không Có»"), "\(result.output)")
    }

    private func count(_ sql: String) throws -> Int {
        let queue = try DatabaseQueue(path: fixture.store)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: sql) ?? -1 }
    }
}
