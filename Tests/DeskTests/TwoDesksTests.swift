import WardServices
import Commendation
import CommendationStore
import Desk
import Foundation
import Testing
import TerminalUI
import VietnameseText

/// Two desks on one store (two terminals, or two clerks on a server): a save over another
/// desk's newer save shows both versions and lets the clerk choose; open lists notice the other
/// desk's commits.
@Suite struct TwoDesksTests {
    /// Desk B saves a new note on 2026-LDTT-0001 while desk A has the form open.
    private func saveElsewhere(_ b: Pilot, note: String) throws {
        let listing = try #require(try b.store.nomination(id: "2026-LDTT-0001"))
        var draft = NominationDraft(editing: listing.nomination, nominee: listing.nominee)
        draft.note = note
        let rulebook = try Shipped.rulebooks().rulebook(forYear: 2026)!
        _ = try b.store.save(draft, rulebook: rulebook, expectedVersion: listing.version)
    }

    @Test func aSaveOverAnotherDesksSaveShowsBothAndTheClerkTakesTheirs() throws {
        let a = try Pilot("two-desks-theirs", size: Size(width: 120, height: 40))
        let b = try Pilot(sameStoreAs: a)
        a.openPending("2026-LDTT-0001")
        #expect(a.titleBar.contains("2026-LDTT-0001"))
        try saveElsewhere(b, note: "Bổ sung minh chứng ngày 28/11")
        a.press(.function(2))
        #expect(a.screen.contains("Hồ sơ đã được sửa ở nơi khác"), "\(a.screen)")
        #expect(a.dialogText.contains("clerk2"))
        #expect(a.dialogText.contains("Ghi chú"))
        #expect(a.dialogText.contains("Bổ sung minh chứng ngày 28/11"))
        // "Lấy bản đã lưu": the second button.
        a.press(.left, .enter)
        #expect(a.statusBar.contains("Đã lấy bản đã lưu của hồ sơ 2026-LDTT-0001"), "\(a.statusBar)")
        #expect(a.screen.contains("Bổ sung minh chứng ngày 28/11"))
        #expect(try a.store.nomination(id: "2026-LDTT-0001")?.nomination.note == "Bổ sung minh chứng ngày 28/11")
    }

    @Test func keepingMineIsAnExplicitAuditedOverwrite() throws {
        let a = try Pilot("two-desks-mine", size: Size(width: 120, height: 40))
        let b = try Pilot(sameStoreAs: a)
        a.openPending("2026-LDTT-0001")
        let before = try a.store.nomination(id: "2026-LDTT-0001")?.nomination.note
        try saveElsewhere(b, note: "Ghi chú của bàn thứ hai")
        a.press(.function(2))
        #expect(a.screen.contains("Hồ sơ đã được sửa ở nơi khác"))
        // "Để sau" is where the cursor starts: nothing saved.
        a.press(.enter)
        #expect(a.statusBar.contains("chưa lưu"), "\(a.statusBar)")
        #expect(try a.store.nomination(id: "2026-LDTT-0001")?.nomination.note == "Ghi chú của bàn thứ hai")
        a.press(.function(2))
        a.press(.left, .left, .enter)  // "Giữ bản của tôi"
        #expect(a.statusBar.contains("Đã lưu đề nghị 2026-LDTT-0001"), "\(a.statusBar)")
        #expect(try a.store.nomination(id: "2026-LDTT-0001")?.nomination.note == before)
        let updates = try a.store.auditEntries(about: ["2026-LDTT-0001"]).filter { $0.action == "update" }
        #expect(updates.map(\.osUser) == ["clerk2", "test"])
        #expect(try a.store.firstBrokenAuditRow() == nil)
    }

    @Test func anOpenListNoticesTheOtherDesksCommits() throws {
        let a = try Pilot("two-desks-list", size: Size(width: 120, height: 40))
        let b = try Pilot(sameStoreAs: a)
        a.type("3")
        #expect(a.screen.contains("13 hồ sơ:"))
        // Desk B receives the draft 2026-GK-0003.
        _ = try b.store.take(.receive, nomination: "2026-GK-0003", details: StepDetails(),
                             rulebook: { try? Shipped.rulebooks().rulebook(forYear: $0) ?? nil })
        #expect(a.screen.contains("nháp 1"))
        a.idle()
        #expect(!a.screen.contains("· nháp 1"), "\(a.screen)")
        let row = try #require(a.row(containing: "2026-GK-0003"))
        #expect(a.terminal.screen.rowText(row).contains("Đã tiếp nhận"))
    }

    @Test func aReadOnlyDeskSaysSoAndSavesNothing() throws {
        let a = try Pilot("two-desks-read-only", size: Size(width: 120, height: 40))
        let auditRowsBefore = try a.store.auditCount()
        let reader = try Pilot(sameStoreAs: a, size: Size(width: 120, height: 40), readOnly: true)
        #expect(reader.titleBar.contains("Phường Đầm Hà · CHỈ ĐỌC"))
        #expect(reader.dialogText.contains("đang mở ở chế độ chỉ đọc"), "\(reader.screen)")
        reader.press(.enter)
        reader.openPending("2026-LDTT-0001")
        reader.press(.function(2))
        #expect(reader.screen.contains("Chưa lưu được"), "\(reader.screen)")
        #expect(reader.dialogText.contains("đang mở chỉ đọc"), "\(reader.screen)")
        #expect(reader.dialogText.contains("Những gì đã nhập vẫn còn trên màn hình."), "\(reader.screen)")
        #expect(try a.store.auditEntries(about: ["2026-LDTT-0001"]).allSatisfy { $0.osUser != "clerk2" })
        #expect(try a.store.auditCount() == auditRowsBefore, "the read-only desk wrote nothing")
    }

    @Test func theLogShowsWhoChangedWhatAndWhen() throws {
        let a = try Pilot("two-desks-log", size: Size(width: 140, height: 40))
        let b = try Pilot(sameStoreAs: a)
        try saveElsewhere(b, note: "Ghi chú mới của bàn thứ hai")
        a.openPending("2026-LDTT-0001")
        a.press(.function(7))
        #expect(a.titleBar.contains("Nhật ký: 2026-LDTT-0001"))
        #expect(a.screen.contains("Chuỗi băm của nhật ký nguyên vẹn"))
        let row = try #require(a.row(containing: "clerk2 (desk)"))
        let text = a.terminal.screen.rowText(row)
        #expect(text.contains("sửa") && text.contains("2026-LDTT-0001"))
        #expect(text.contains("Ghi chú: —"), "\(text)")
        #expect(a.screen.contains("tạo mới"))
    }
}

/// The automatic daily backup (settings `backup-folder`, `backup-keep`).
@Suite struct DailyBackupTests {
    @Test func onceADayWithRotation() throws {
        let pilot = try Pilot("daily-backup")
        let folder = pilot.folder + "/sao-luu"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Eight older copies, and a file that only looks like one: it is never touched.
        for day in 1...8 {
            _ = FileManager.default.createFile(atPath: folder + String(format: "/tdkt-202611%02d-080000.sqlite", day), contents: Data())
        }
        _ = FileManager.default.createFile(atPath: folder + "/tdkt-cua-toi.sqlite", contents: Data())
        let now = Date(timeIntervalSince1970: 1_795_939_200)  // 2026-11-29 (UTC)
        let outcome = try DailyBackup.run(store: pilot.store, folder: folder, keep: 7, now: now)
        guard case .made(let path, let removed) = outcome else {
            Issue.record("no backup made: \(outcome)")
            return
        }
        #expect(removed == ["tdkt-20261101-080000.sqlite", "tdkt-20261102-080000.sqlite"])
        #expect(try Store.check(path).nominations == 44)
        #expect(try DailyBackup.run(store: pilot.store, folder: folder, keep: 7, now: now) == .alreadyToday)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names.count == 8)
        #expect(names.contains("tdkt-cua-toi.sqlite"))
    }

    @Test func theSettingsAreReadFromTheConfigFile() {
        var configuration = DeskConfiguration()
        configuration.read(settings: "backup-folder = ~/tdkt-sao-luu\nbackup-keep = 30\n")
        #expect(configuration.backupFolder == "~/tdkt-sao-luu" && configuration.backupsKept == 30)
        configuration.read(settings: "backup-keep = không\n")
        #expect(configuration.problems.count == 1)
    }
}

/// The "Dữ liệu" screen: a list imported after its dry run, exports into the documents folder,
/// the publication's preview.
@Suite struct DataScreenTests {
    @Test func aHouseholdListIsImportedAfterTheDryRun() throws {
        let pilot = try Pilot("data-import", size: Size(width: 120, height: 40))
        let file = pilot.folder + "/ho.csv"
        try "STT;Chủ hộ;Tổ dân phố;Số nhân khẩu\n1;Lê Văn Thắng;Khu phố Bình Minh;4\n2;Hoàng Thị Xuân;Khu phố Lê Lợi;x\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        pilot.type("8")
        #expect(pilot.titleBar.contains("Dữ liệu"))
        pilot.press(.enter)
        pilot.type(file)
        pilot.press(.function(2))
        // A bad row: the report says where, and there is no button to import.
        #expect(pilot.screen.contains("LỖI dòng 3, cột 4 (Số nhân khẩu): «x» không phải số thành viên (1–99)"), "\(pilot.screen)")
        #expect(!pilot.screen.contains("Nhập vào kho"))
        pilot.press(.enter)
        #expect(pilot.statusBar.contains("Chưa nhập gì"))
        try "STT;Chủ hộ;Tổ dân phố;Số nhân khẩu\n1;Lê Văn Thắng;Khu phố Bình Minh;4\n2;Hoàng Thị Xuân;Khu phố Lê Lợi;5\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let before = try pilot.store.pendingCount()
        pilot.press(.enter)
        pilot.type(file)
        pilot.press(.function(2))
        #expect(pilot.screen.contains("dòng 2: mới: Lê | Văn | Thắng · Khu phố Bình Minh · 4 người → Gia đình văn hóa 2026"))
        #expect(pilot.screen.contains("Sẽ thêm 2 đối tượng, 2 đề nghị"))
        #expect(try pilot.store.pendingCount() == before)
        pilot.press(.enter)  // "Nhập vào kho"
        #expect(pilot.statusBar.contains("Đã nhập 2 đối tượng, 2 đề nghị."), "\(pilot.statusBar)")
        #expect(try pilot.store.pendingCount() == before + 2)
        #expect(try pilot.store.firstBrokenAuditRow() == nil)
    }

    @Test func exportsAndThePublicationPreview() throws {
        let pilot = try Pilot("data-export", size: Size(width: 120, height: 40))
        let folder = pilot.folder + "/xuat"
        try pilot.store.setSetting("documents.folder", to: folder)
        pilot.type("8")
        pilot.type("2")
        let csv = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".csv") })
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + csv)).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        pilot.type("4")
        #expect(pilot.screen.contains("Danh sách công bố:"))
        #expect(pilot.screen.contains("Không bao giờ có ngày sinh, số định danh, điện thoại, địa chỉ, ghi chú."))
        pilot.press(.enter)  // "Ghi tệp"
        let published = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasPrefix("cong-bo-") })
        let text = try String(contentsOfFile: folder + "/" + published, encoding: .utf8)
        #expect(text.contains("Họ và tên / Tên tập thể"))
        #expect(!text.contains("Ngày sinh"))
    }

    @Test func aCompoundFamilyNameIsSplitByHandBeforeImporting() throws {
        let pilot = try Pilot("data-names", size: Size(width: 120, height: 40))
        let file = pilot.folder + "/nguoi.csv"
        try "Họ và tên;Ngày sinh\nTôn Nữ Thị Hà;02/03/1990\n".write(toFile: file, atomically: true, encoding: .utf8)
        pilot.type("8")
        pilot.press(.enter)
        pilot.type(file)
        pilot.press(.function(2))
        #expect(pilot.screen.contains("dòng 2: mới: Tôn | Nữ Thị | Hà"), "\(pilot.screen)")
        pilot.press(.right, .enter)  // "Sửa cách tách họ, đệm, tên…"
        pilot.press(.enter)  // the only row
        pilot.type(" Nữ")
        pilot.focus(field: "Đệm")
        pilot.press(.control("u"))
        pilot.type("Thị")
        pilot.press(.function(2))
        #expect(pilot.screen.contains("dòng 2: mới: Tôn Nữ | Thị | Hà"), "\(pilot.screen)")
        pilot.press(.enter)  // "Nhập vào kho"
        let person = try #require(try pilot.store.nominees(filter: "ton nu thi ha", offset: 0, limit: 5).first)
        #expect(person.personName == PersonName(family: "Tôn Nữ", middle: "Thị", given: "Hà"))
        #expect(person.birthDate == CivilDate(year: 1990, month: 3, day: 2))
    }
}
