import Foundation
import GRDB
import Testing

/// Stores tdkt cannot use: each gets its message in Vietnamese, exit code 4, and the file is
/// left exactly as it was.
@Suite final class BadStoreTests {
    private let folder: String
    private let tdkt: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-bad-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        tdkt = try builtTDKT()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func demo(_ name: String) throws -> String {
        let path = folder + "/" + name
        _ = try runCommand([tdkt, "demo", "--store", path])
        // One self-contained file, as a clerk would copy it.
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try queue.close()
        return path
    }

    private func pending(_ path: String, _ extra: String...) throws -> CommandResult {
        try runCommand([tdkt, "pending", "--store", path] + extra, environment: ["LANG": "C.UTF-8"])
    }

    @Test func aFileThatIsNotSQLite() throws {
        let path = folder + "/bang-tinh.sqlite"
        try "Họ và tên;Tổ dân phố\nLê Văn A;Khu phố 1\n".write(toFile: path, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try pending(path)
        #expect(result.status == 4)
        #expect(result.errors.contains("Tệp \(path) không phải là kho dữ liệu tdkt (không phải SQLite)."), "\(result.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aCorruptStore() throws {
        let path = try demo("hong.sqlite")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        // Scribble over every page after the first few: the schema is readable, the data is not.
        for offset in stride(from: 4096 * 4, to: bytes.count, by: 4096) {
            bytes.replaceSubrange(offset..<min(offset + 512, bytes.count), with: Data(repeating: 0xA5, count: min(512, bytes.count - offset)))
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        let result = try pending(path)
        #expect(result.status == 4, "\(result.output)")
        #expect(result.errors.contains("Kho dữ liệu \(path) bị hỏng. Hãy khôi phục từ bản sao lưu."), "\(result.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func aStoreFromANewerTdkt() throws {
        let path = try demo("moi-hon.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-from-the-future')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try pending(path)
        #expect(result.status == 4)
        #expect(result.errors.contains("được tạo bởi phiên bản tdkt mới hơn. Hãy cập nhật tdkt."), "\(result.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aReadOnlyStoreReadsButNeverWrites() throws {
        let path = try demo("chi-doc.sqlite")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let read = try pending(path, "--read-only")
        #expect(read.status == 0, "\(read.errors)")
        #expect(read.output.contains("Quá hạn"))
        let csv = folder + "/ho.csv"
        try "Chủ hộ;Tổ dân phố\nLê Văn Mới;Khu phố Bình Minh\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let write = try runCommand([tdkt, "import", csv, "--yes", "--store", path, "--read-only"])
        #expect(write.status == 4)
        #expect(write.errors.contains("Không ghi được vào kho dữ liệu \(path) (chỉ đọc hoặc không có quyền)."), "\(write.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aStoreLockedByAnotherProgram() throws {
        let path = try demo("khoa.sqlite")
        let holder = try DatabaseQueue(path: path)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
            try db.execute(sql: "BEGIN EXCLUSIVE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let result = try pending(path)
            #expect(result.status == 4)
            #expect(result.errors.contains("Kho dữ liệu \(path) đang bị một chương trình khác khóa. Hãy thử lại sau."), "\(result.errors)")
        }
        try holder.close()
        #expect(try pending(path).status == 0)
    }

    @Test func aFolderWhereTheStoreShouldBe() throws {
        let path = folder + "/thu-muc.sqlite"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let result = try pending(path)
        #expect(result.status == 4)
        #expect(result.errors.contains("\(path) là một thư mục, không phải tệp kho dữ liệu."), "\(result.errors)")
    }

    /// A FIFO where the store should be hung every command (SQLite opened it and waited).
    @Test func aFIFOIsRefusedAtOnce() throws {
        let path = folder + "/fifo.sqlite"
        #expect(mkfifo(path, 0o600) == 0)
        let result = try pending(path)
        #expect(result.status == 4)
        #expect(result.errors.contains("\(path) không phải là một tệp thông thường"), "\(result.errors)")
    }

    /// A link to /dev/null made SQLite create "/dev/null-journal".
    @Test func aLinkToADeviceIsRefused() throws {
        let path = folder + "/null.sqlite"
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/null")
        let result = try pending(path)
        #expect(result.status == 4)
        #expect(result.errors.contains("không phải là một tệp thông thường"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-wal"))
    }

    /// A store with a table dropped outside tdkt opened and took writes; `pending` wrote its
    /// standings into it before failing.
    @Test func aStoreMissingATableIsRefusedBeforeAnyWrite() throws {
        let path = try demo("thieu-bang.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "DROP TABLE session_vote") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try pending(path)
        #expect(result.status == 4)
        #expect(result.errors.contains("Kho dữ liệu \(path) thiếu table session_vote"), "\(result.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// A `user_version` from a newer tdkt (or another program's database) is not written to.
    @Test func aUserVersionFromTheFutureIsRefused() throws {
        let path = try demo("user-version.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 99") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try pending(path)
        #expect(result.status == 4)
        #expect(result.errors.contains("được tạo bởi phiên bản tdkt mới hơn"), "\(result.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// A command other than the desk and `demo` never creates a store where there is none (a
    /// store lost by a bad restore was replaced by an empty one, and `pending` said all is well).
    @Test func aMissingStoreIsNotCreatedByACommand() throws {
        let path = folder + "/khong-co.sqlite"
        for command in [["pending"], ["audit", "verify"], ["export", "--format", "json"], ["backup", folder + "/b.sqlite"]] {
            let result = try runCommand([tdkt] + command + ["--store", path], environment: ["LANG": "C.UTF-8"])
            #expect(result.status == 4, "\(command)")
            #expect(result.errors.contains("Không có kho dữ liệu \(path)."), "\(command): \(result.errors)")
            #expect(!FileManager.default.fileExists(atPath: path), "\(command)")
        }
    }

    /// A full disk, on a 3 MB tmpfs filled to the brim (needs the right to mount: root in a
    /// container or a CI machine; skipped elsewhere). The store stays whole and usable once
    /// space is freed.
    @Test(.enabled(if: BadStoreTests.canMount, "mounting a tmpfs needs root")) func aFullDisk() throws {
        let mountPoint = folder + "/nho"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard (try? runCommand(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mountPoint]))?.status == 0 else {
            Issue.record("mount failed")
            return
        }
        defer { _ = try? runCommand(["umount", mountPoint]) }
        let path = mountPoint + "/tdkt.sqlite"
        #expect(try runCommand([tdkt, "demo", "--store", path]).status == 0)
        _ = FileManager.default.createFile(atPath: mountPoint + "/day", contents: nil)
        let filler = try FileHandle(forWritingTo: URL(fileURLWithPath: mountPoint + "/day"))
        let chunk = Data(repeating: 0, count: 4096)
        while (try? filler.write(contentsOf: chunk)) != nil {}
        try? filler.close()
        let csv = folder + "/ho.csv"
        try "Chủ hộ;Tổ dân phố\nLê Văn Mới;Khu phố Bình Minh\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let full = try runCommand([tdkt, "import", csv, "--yes", "--store", path], environment: ["LANG": "C.UTF-8"])
        #expect(full.status == 4)
        #expect(full.errors.contains("Đĩa đầy: không ghi được vào kho dữ liệu \(path); chưa lưu gì."), "\(full.errors)")
        try FileManager.default.removeItem(atPath: mountPoint + "/day")
        #expect(try runCommand([tdkt, "audit", "verify", "--store", path]).status == 0)
        let again = try runCommand([tdkt, "import", csv, "--yes", "--store", path], environment: ["LANG": "C.UTF-8"])
        #expect(again.status == 0, "\(again.errors)")
    }

    /// Whether this process may mount a tmpfs (tried once on a scratch folder).
    static let canMount: Bool = {
        guard geteuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-mount-probe-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard (try? runCommand(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]))?.status == 0 else { return false }
        _ = try? runCommand(["umount", probe])
        return true
    }()
}
