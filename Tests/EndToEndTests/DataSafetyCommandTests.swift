import Foundation
import GRDB
import Testing

/// `tdkt audit verify`, `tdkt backup` and `tdkt restore` on the demo ward: the tamper test,
/// backups made while a desk is writing, restores that check first and keep the old file, and
/// bad backups refused without touching the store.
@Suite final class DataSafetyCommandTests {
    private let fixture: DemoStoreFolder
    private var folder: String { fixture.folder }
    private var store: String { fixture.store }
    private var tdkt: String { fixture.tdkt }

    init() throws {
        fixture = try DemoStoreFolder("safety")
    }

    /// The command on the demo store, its configuration (audit key, anchors) in the test's folder.
    private func tdkt(_ arguments: String...) throws -> CommandResult {
        try runCommand([tdkt] + arguments + ["--store", store], environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": folder + "/config"])
    }

    /// Edits the file behind tdkt's back: drops the append-only triggers, then runs `sql`.
    private func tamper(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete")
            try db.execute(sql: sql)
        }
        try queue.close()
    }

    private func note(_ path: String, _ id: String) throws -> String? {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchOne(db, sql: "SELECT note FROM nomination WHERE id = ?", arguments: [id]) }
    }

    /// Every nomination and audit row, to compare a store before and after.
    private func contents(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try String.fetchAll(db, sql: "SELECT id || status || coalesce(note, '') FROM nomination ORDER BY id")
                + String.fetchAll(db, sql: "SELECT hash FROM audit ORDER BY seq")
        }
    }

    @Test func auditVerifyCatchesAnEditBehindTdktsBack() throws {
        let clean = try tdkt("audit", "verify")
        #expect(clean.status == 0, "\(clean.errors)")
        #expect(clean.output.hasPrefix("ok — "))
        try tamper(store, "UPDATE audit SET after = after || ' ' WHERE seq = 57")
        let broken = try tdkt("audit", "verify")
        #expect(broken.status == 1)
        #expect(broken.errors.contains("nhật ký bị sửa ngoài tdkt: dòng 57"), "\(broken.errors)")
    }

    /// Deleting the last audit rows (or all of them) left a whole chain that passed; the anchor
    /// a backup left outside the store catches it, and so does comparing with the backup.
    @Test func auditVerifyCatchesRowsDeletedAfterABackup() throws {
        let backup = folder + "/b.sqlite"
        #expect(try tdkt("backup", backup).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/config/tdkt/audit-anchors.tsv"))
        let clean = try tdkt("audit", "verify")
        #expect(clean.status == 0, "\(clean.errors)")
        #expect(clean.output.contains("khớp mốc"), "\(clean.output)")
        try tamper(store, "DELETE FROM audit WHERE seq > (SELECT MAX(seq) - 5 FROM audit)")
        let broken = try tdkt("audit", "verify", "--against", backup)
        #expect(broken.status == 1)
        #expect(broken.errors.contains("nhật ký không còn khớp mốc"), "\(broken.errors)")
        #expect(broken.errors.contains("khác bản sao lưu \(backup) từ dòng"), "\(broken.errors)")
    }

    @Test func aBackupIsOneWholePrivateFileEvenWhileADeskWrites() throws {
        // Another desk in the middle of a write transaction.
        let desk = try DatabasePool(path: store)
        let backups = folder + "/sao-luu/"
        let result: CommandResult = try desk.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE nomination SET note = 'chưa lưu' WHERE id = '2026-LDTT-0001'")
            defer { try? db.execute(sql: "ROLLBACK") }
            return try tdkt("backup", backups)
        }
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("44 đề nghị"))
        let files = try FileManager.default.contentsOfDirectory(atPath: backups)
        #expect(files.count == 1 && files[0].hasPrefix("tdkt-") && files[0].hasSuffix(".sqlite"), "\(files)")
        let path = backups + files[0]
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try note(path, "2026-LDTT-0001") != "chưa lưu")
        // A backup never replaces a file.
        let again = try tdkt("backup", path)
        #expect(again.status == 5)
        #expect(again.errors.contains("đã có; bản sao lưu không ghi đè tệp nào"))
    }

    @Test func restoreChecksTheBackupAndKeepsTheCurrentFileAside() throws {
        let backup = folder + "/backup.sqlite"
        #expect(try tdkt("backup", backup).status == 0)
        let before = try note(store, "2026-LDTT-0001")
        try tamper(store, "UPDATE nomination SET note = 'sửa sau khi sao lưu' WHERE id = '2026-LDTT-0001'")
        let restored = try tdkt("restore", backup)
        #expect(restored.status == 0, "\(restored.errors)")
        #expect(try note(store, "2026-LDTT-0001") == before)
        let aside = try #require(restored.output.split(separator: "\n").last.flatMap { $0.components(separatedBy: ": ").last })
        #expect(aside.contains(".truoc-khoi-phuc-"))
        #expect(try note(aside, "2026-LDTT-0001") == "sửa sau khi sao lưu")
        #expect(try tdkt("audit", "verify").status == 0)
        #expect(try tdkt("pending", "--format", "json").status == 0)
    }

    @Test func badBackupsAreRefusedAndTheStoreIsUntouched() throws {
        let original = try contents(store)
        let text = folder + "/not-a-store.sqlite"
        try "đây không phải cơ sở dữ liệu".write(toFile: text, atomically: true, encoding: .utf8)
        let notSQLite = try tdkt("restore", text)
        #expect(notSQLite.status == 2)
        #expect(notSQLite.errors.contains("không phải kho tdkt dùng được"), "\(notSQLite.errors)")
        let missing = try tdkt("restore", folder + "/nowhere.sqlite")
        #expect(missing.status == 2)

        let tampered = folder + "/tampered.sqlite"
        #expect(try tdkt("backup", tampered).status == 0)
        try tamper(tampered, "UPDATE audit SET os_user = 'ai đó' WHERE seq = 10")
        let broken = try tdkt("restore", tampered)
        #expect(broken.status == 2)
        #expect(broken.errors.contains("nhật ký bị sửa ngoài tdkt từ dòng 10"), "\(broken.errors)")

        #expect(try contents(store) == original)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("khoi-phuc") }
        #expect(leftovers == [])
    }
}
