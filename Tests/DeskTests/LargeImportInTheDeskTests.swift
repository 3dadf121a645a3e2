import Commendation
import CommendationStore
@testable import Desk
import Foundation
import Testing
import TerminalUI
import WardServices

/// A CSV file over 4 MB imported from the desk is read in pieces, as `tdkt import` reads it:
/// the report shows its first lines, its errors and its totals, [Nhập] writes every row, and
/// Esc stops the reading with nothing imported.
@Suite struct LargeImportInTheDeskTests {
    /// A list of `count` new people, each line about 60 bytes (over 4 MB from 75 000 lines);
    /// with `badLine`, that line's birth date is not a date.
    private static func people(_ count: Int, badLine: Int? = nil) -> String {
        var text = "Họ và tên,Ngày sinh,Tổ dân phố\n"
        text.reserveCapacity(count * 64)
        for index in 0..<count {
            let day = index % 28 + 1, month = index / 28 % 12 + 1, year = 1950 + index / 336 % 50
            let date = index + 2 == badLine ? "không rõ" : "\(day)/\(month)/\(year)"
            text += "Người Nhập Thử Số \(index + 1),\(date),Khu phố Bình Minh\n"
        }
        return text
    }

    /// Opens the import form from the data menu, types `file`, then F2 with `keys` queued behind it.
    private static func importFile(_ pilot: Pilot, _ file: String, then keys: KeyEvent...) {
        pilot.type("8")
        pilot.press(.enter)
        pilot.type(file)
        pilot.terminal.enqueue([.function(2)] + keys)
        pilot.desk.run()
    }

    @Test func theDigestShowsAShortReportWholeAndALongOneErrorsFirst() {
        let short = ["Loại: danh sách người", "  LỖI dòng 3: x", "Sẽ thêm 1 đối tượng"]
        #expect(ImportReportDigest(shown: 3, lines: short).lines { "và \($0)" } == short)
        let long = ["Loại: danh sách người"] + (2...9).map { "dòng \($0): mới" } + ["  LỖI dòng 7: ngày sinh", "  LỖI dòng 8: tên", "Tổng"]
        #expect(ImportReportDigest(shown: 4, lines: long).lines { "… và \($0) dòng nữa" }
                == ["  LỖI dòng 7: ngày sinh", "  LỖI dòng 8: tên", "Loại: danh sách người", "dòng 2: mới", "… và 7 dòng nữa", "Tổng"])
        // Errors enough to fill it: no row, and the totals still last.
        let errors = (1...6).map { "  LỖI dòng \($0)" } + ["Tổng"]
        #expect(ImportReportDigest(shown: 3, lines: errors).lines { "và \($0)" } == ["  LỖI dòng 1", "  LỖI dòng 2", "  LỖI dòng 3", "và 3", "Tổng"])
    }

    @Test func aLargeFileIsCheckedInPiecesThenImported() throws {
        let pilot = try Pilot("large-import", size: Size(width: 100, height: 30))
        let file = pilot.folder + "/nguoi.csv"
        try Self.people(80_000).write(toFile: file, atomically: true, encoding: .utf8)
        #expect(StreamedImportFile.suits(path: file))
        let before = try pilot.store.nomineeCount()
        Self.importFile(pilot, file)
        #expect(pilot.screen.contains("Sẽ thêm 80000 đối tượng"), "\(pilot.screen)")
        #expect(pilot.screen.contains("dòng 2: mới: Người | Nhập Thử Số | 1 · Khu phố Bình Minh"), "\(pilot.screen)")
        #expect(pilot.screen.contains("… và 79987 dòng nữa"), "\(pilot.screen)")
        #expect(pilot.screen.contains("[ Nhập vào kho ]"), "\(pilot.screen)")
        pilot.press(.enter)  // [Nhập]
        #expect(pilot.statusBar.contains("Đã nhập 80000 đối tượng"), "\(pilot.statusBar)")
        #expect(try pilot.store.nomineeCount() == before + 80_000)
    }

    @Test func anErrorIsShownFirstAndNothingCanBeImported() throws {
        let pilot = try Pilot("large-import-error", size: Size(width: 100, height: 30))
        let file = pilot.folder + "/nguoi-loi.csv"
        try Self.people(80_000, badLine: 70_000).write(toFile: file, atomically: true, encoding: .utf8)
        let before = try pilot.store.nomineeCount()
        Self.importFile(pilot, file)
        #expect(pilot.screen.contains("LỖI dòng 70000"), "\(pilot.screen)")
        #expect(pilot.screen.contains("1 lỗi."), "\(pilot.screen)")
        pilot.press(.enter)  // the only button: Đóng
        #expect(try pilot.store.nomineeCount() == before)
    }

    @Test func escStopsTheReadingWithNothingImported() throws {
        let pilot = try Pilot("large-import-stopped", size: Size(width: 100, height: 30))
        let file = pilot.folder + "/nguoi-dung.csv"
        try Self.people(80_000).write(toFile: file, atomically: true, encoding: .utf8)
        let before = try pilot.store.nomineeCount()
        // Esc waits behind F2: the reading takes it between two steps of its bar.
        Self.importFile(pilot, file, then: .escape)
        #expect(pilot.statusBar.contains("Đã dừng đọc tệp theo yêu cầu; chưa nhập gì"), "\(pilot.statusBar)")
        #expect(!pilot.screen.contains("Sẽ thêm"))
        #expect(try pilot.store.nomineeCount() == before)
    }
}
