#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Every subcommand follows the one exit-code table of `tdkt --help` (0 success, 1 a failed
/// check, 2 bad input, 3 incomplete, 4 the store, 5 refused, 6 cannot write), says why in the
/// language `--lang` names, and a command that only reads opens the store read-only and never
/// creates one.
@Suite final class ExitCodeTableTests {
    private let fixture: DemoStoreFolder
    private var folder: String { fixture.folder }

    init() throws {
        fixture = try DemoStoreFolder("exit-codes")
    }

    private func tdkt(_ arguments: String..., store: String? = nil) throws -> CommandResult {
        try runCommand([fixture.tdkt] + arguments + ["--store", store ?? fixture.store], environment: ["LANG": "C.UTF-8"])
    }

    /// The bytes of the demo store, to see that a command did not change it.
    private func storeBytes() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: fixture.store))
    }

    @Test func refusalsExitFive() throws {
        let demo = try tdkt("demo")
        #expect(demo.status == 5, "\(demo.errors)")
        #expect(demo.errors.contains("đã có dữ liệu"), "\(demo.errors)")
        let initialised = try tdkt("init")
        #expect(initialised.status == 5)
        #expect(initialised.errors.contains("tdkt không ghi đè một kho"), "\(initialised.errors)")
        // An import that would write, with no terminal to ask and no --yes, is not done.
        let file = folder + "/nguoi.csv"
        try "Họ và tên,Ngày sinh,Giới tính\nNguyễn Văn Mới,01/02/1990,Nam\n".write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try tdkt("import", file)
        #expect(imported.status == 5, "\(imported.errors)")
        #expect(imported.errors.contains("thêm --yes"), "\(imported.errors)")
        let backup = folder + "/b.sqlite"
        #expect(try tdkt("backup", backup).status == 0)
        let again = try tdkt("backup", backup)
        #expect(again.status == 5, "\(again.errors)")
    }

    @Test func badInputExitsTwoAndAnUnwritableFileSix() throws {
        let status = try tdkt("export", "--status", "xong")
        #expect(status.status == 2)
        #expect(status.errors.contains("--status: không có trạng thái «xong»"), "\(status.errors)")
        let date = try tdkt("pending", "--on", "32/01/2026")
        #expect(date.status == 2)
        #expect(date.errors.contains("--on: «32/01/2026» không phải là ngày"), "\(date.errors)")
        let kind = try tdkt("import", "--as", "cats", folder + "/x.csv")
        #expect(kind.status == 2)
        let folderFile = folder + "/tep"
        try "x".write(toFile: folderFile, atomically: true, encoding: .utf8)
        // A folder path under a file cannot be made: the system refuses to write (6).
        let unwritable = try tdkt("report", "--year", "2026", "--output", folderFile + "/bao-cao/")
        #expect(unwritable.status == 6, "\(unwritable.errors)")
        #expect(unwritable.errors.contains("không tạo được thư mục"), "\(unwritable.errors)")
    }

    @Test func messagesFollowTheLanguageAsked() throws {
        let status = try tdkt("export", "--status", "xong", "--lang", "en")
        #expect(status.errors.contains("--status: no status «xong»"), "\(status.errors)")
        let demo = try tdkt("demo", "--lang", "en")
        #expect(demo.errors.contains("already holds data"), "\(demo.errors)")
        let missing = folder + "/khong-co.sqlite"
        let noStore = try tdkt("pending", "--lang", "en", store: missing)
        #expect(noStore.status == 4)
        #expect(!noStore.errors.contains("Không có kho"), "\(noStore.errors)")
        #expect(noStore.errors.contains(missing), "\(noStore.errors)")
        let written = try tdkt("export", "--output", folder + "/en.csv", "--lang", "en")
        #expect(written.status == 0)
        #expect(written.errors.hasPrefix("Wrote "), "\(written.errors)")
    }

    /// check, pending, export, report, documents, certificates and a dry run only read: they
    /// open the store read-only (a store made read-only on disk serves them) and leave it as it
    /// was; with a store that is not there they say so and make none.
    @Test func commandsThatReadOnlyReadAndNeverCreate() throws {
        let exchange = folder + "/de-nghi.json"
        #expect(try tdkt("export", "--format", "json", "--output", exchange).status == 0)
        let before = try storeBytes()
        chmod(fixture.store, 0o400)
        defer { chmod(fixture.store, 0o600) }
        let reads: [[String]] = [
            ["check", exchange], ["pending"], ["export", "--format", "json"], ["report", "--year", "2026", "--format", "txt"],
            ["document", "danh-sach", "--session", "PH-2026-01", "--format", "txt"], ["import", "--dry-run", exchange],
        ]
        for command in reads {
            let result = try runCommand([fixture.tdkt] + command + ["--store", fixture.store], environment: ["LANG": "C.UTF-8"])
            #expect([0, 1, 3].contains(result.status), "\(command): \(result.status) \(result.errors)")
        }
        #expect(try storeBytes() == before)
        let typo = folder + "/typo.sqlite"
        for command in [["check", exchange], ["report", "--year", "2026", "--format", "txt"], ["import", "--dry-run", exchange]] {
            let result = try runCommand([fixture.tdkt] + command + ["--store", typo], environment: ["LANG": "C.UTF-8"])
            #expect(result.status == 4, "\(command): \(result.errors)")
            #expect(result.errors.contains("Không có kho dữ liệu \(typo)."), "\(command): \(result.errors)")
            #expect(!FileManager.default.fileExists(atPath: typo), "\(command)")
        }
    }
}
