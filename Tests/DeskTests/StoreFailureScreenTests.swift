import Commendation
import Foundation
import Testing
import TerminalUI

/// A store that is damaged, opened in the desk: each screen that cannot read says what went
/// wrong and what to do, in place of its list (never an empty list), and nothing is written.
@Suite struct StoreFailureReadTests {
    /// A screen, the tables whose damage it meets, and how a clerk gets there from the menu.
    struct Route: Sendable, CustomTestStringConvertible {
        let name: String
        let tables: [String]
        let title: String
        let keys: @Sendable (Pilot) -> Void
        var testDescription: String { name }
    }

    static let routes: [Route] = [
        Route(name: "main menu", tables: ["nomination"], title: "Trình đơn chính") { _ in },
        Route(name: "nominees", tables: ["nominee"], title: "Đối tượng khen thưởng") { $0.type("2") },
        Route(name: "nomination form", tables: ["movement"], title: "Đề nghị khen thưởng mới") { $0.type("1") },
        Route(name: "pending", tables: ["nomination"], title: "Khen thưởng chờ xử lý") { $0.type("3") },
        Route(name: "council", tables: ["council_session"], title: "Hội đồng Thi đua – Khen thưởng") { $0.type("5") },
        Route(name: "members", tables: ["council_member"], title: "Thành viên Hội đồng") { pilot in
            pilot.type("5")
            pilot.press(.function(6))
        },
        Route(name: "session", tables: ["session_vote"], title: "Phiên họp PH-2026-") { pilot in
            pilot.type("5")
            pilot.press(.enter)
        },
        Route(name: "honour roll", tables: ["decision_award"], title: "Sổ vàng năm") { $0.type("6") },
        Route(name: "exemplars", tables: ["decision_award"], title: "Gương điển hình 2020–2025") { $0.type("7") },
        Route(name: "nominee history", tables: ["nomination"], title: "Lịch sử:") { pilot in
            pilot.type("2")
            pilot.press(.function(3))
        },
        Route(name: "audit log", tables: ["audit"], title: "Nhật ký:") { pilot in
            pilot.type("2")
            pilot.press(.function(3), .function(7))
        },
        Route(name: "data: the log's check", tables: ["audit"], title: "Dữ liệu") { pilot in
            pilot.type("8")
            pilot.type("6")
        },
    ]

    @Test(arguments: routes)
    func aDamagedStoreIsSaidWithWhatToDo(route: Route) throws {
        let failing = try FailingStore(.damaged, "read-" + route.name.replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: ":", with: ""),
                                       damaged: route.tables)
        let pilot = failing.pilot
        route.keys(pilot)
        #expect(pilot.titleBar.contains(route.title), "\(pilot.screen)")
        // A screen says it in place of its list, an action in a dialog.
        let text = pilot.words + " " + pilot.dialogText
        #expect(text.contains("Không đọc được kho dữ liệu"), "\(pilot.screen)")
        #expect(text.contains("bị hỏng"), "\(pilot.screen)")
        #expect(text.contains("tdkt restore"), "\(pilot.screen)")
        #expect(try failing.isUnchanged(), "nothing is written to a damaged store")
    }

    @Test func withLangEnTheClerkIsToldInEnglish() throws {
        let failing = try FailingStore(.damaged, "read-english", damaged: ["council_session"], language: .en)
        let pilot = failing.pilot
        pilot.type("5")
        #expect(pilot.words.contains("Cannot read the store"), "\(pilot.screen)")
        #expect(pilot.words.contains("is damaged: part of the file cannot be read."), "\(pilot.screen)")
        #expect(pilot.words.contains("restore the latest backup (tdkt restore BACKUP-FILE)"), "\(pilot.screen)")
        #expect(!pilot.words.contains("Không"), "\(pilot.screen)")
        #expect(try failing.isUnchanged())
    }

    @Test func ctrlLReadsAgainAndTheScreenShowsWhatItReads() throws {
        let failing = try FailingStore(.locked, "read-again")
        let pilot = failing.pilot
        pilot.type("3")
        #expect(pilot.screen.contains("Không đọc được kho dữ liệu"), "\(pilot.screen)")
        #expect(pilot.words.contains("đang bị một chương trình khác khóa"), "\(pilot.screen)")
        #expect(try failing.isUnchanged())  // lets the lock go
        pilot.press(.control("l"))
        #expect(!pilot.screen.contains("Không đọc được kho dữ liệu"), "\(pilot.screen)")
        #expect(pilot.screen.contains("13 hồ sơ:"), "\(pilot.screen)")
    }
}

/// A store that is locked by another program, read-only, damaged or on a full disk, opened
/// in the desk: each screen that saves says the save failed, why and what to do, keeps what
/// the clerk typed, and nothing is written.
@Suite struct StoreFailureWriteTests {
    static let conditions = StoreCondition.allCases

    /// The desk on a failing store; a damaged one has its audit trail damaged (every save
    /// writes to it). The read-only notice of the start is closed.
    private func open(_ condition: StoreCondition, _ name: String) throws -> FailingStore {
        let failing = try FailingStore(condition, "write-\(name)-\(condition)", damaged: ["audit"])
        if condition == .readOnly {
            #expect(failing.pilot.dialogText.contains("chỉ đọc"))
            failing.pilot.press(.enter)
        }
        return failing
    }

    /// The dialog that says a save failed: why (the condition's words) and what to do.
    private func expectNotSaved(_ pilot: Pilot, _ condition: StoreCondition, kept: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = pilot.dialogText
        // The title of a message, or the first words under a form dialog's fields.
        #expect(pilot.screen.contains("Chưa lưu được"), "\(pilot.screen)", sourceLocation: sourceLocation)
        #expect(text.contains(condition.cause), "\(pilot.screen)", sourceLocation: sourceLocation)
        if kept { #expect(text.contains("Những gì đã nhập vẫn còn trên màn hình."), "\(pilot.screen)", sourceLocation: sourceLocation) }
    }

    @Test(arguments: conditions)
    func theNominationFormKeepsWhatWasTyped(condition: StoreCondition) throws {
        let failing = try open(condition, "form")
        let pilot = failing.pilot
        pilot.type("1")
        pilot.press(.enter, .enter)  // the nominee: a new person
        pilot.type("Nguyễn")
        pilot.focus(field: "Tên")
        pilot.type("Nhung")
        pilot.focus(field: "Giới tính")
        pilot.press(.right)
        pilot.focus(field: "Danh hiệu")
        pilot.press(.right)
        pilot.press(.function(2))
        expectNotSaved(pilot, condition, kept: true)
        pilot.press(.enter)
        #expect(pilot.titleBar.contains("Đề nghị khen thưởng mới"))
        #expect(pilot.screen.contains("Nhung") && pilot.screen.contains("Nguyễn"), "\(pilot.screen)")
        #expect(try failing.isUnchanged())
    }

    @Test(arguments: conditions)
    func aStepOnThePendingReview(condition: StoreCondition) throws {
        let failing = try open(condition, "step")
        let pilot = failing.pilot
        pilot.type("3")
        if condition == .locked || condition == .diskFull {
            // The review keeps its verdicts in the store: it cannot be read without writing them.
            #expect(pilot.screen.contains("Không đọc được kho dữ liệu"), "\(pilot.screen)")
            #expect(pilot.words.contains(condition.cause), "\(pilot.screen)")
        } else {
            pilot.press(.character("/"))
            pilot.type("2026-GK-0003")
            pilot.press(.enter)
            pilot.press(.function(5))
            #expect(pilot.dialogText.contains("Tiếp nhận"), "\(pilot.screen)")
            pilot.press(.enter)
                expectNotSaved(pilot, condition, kept: false)
        }
        #expect(try failing.isUnchanged())
    }

    @Test(arguments: conditions)
    func theCouncilsWorkingRuleKeepsTheValueTyped(condition: StoreCondition) throws {
        let failing = try open(condition, "criteria")
        let pilot = failing.pilot
        pilot.type("4")
        pilot.press(.enter)
        #expect(pilot.dialogText.contains("Tỷ lệ dự họp tối thiểu"), "\(pilot.screen)")
        pilot.press(.control("u"))
        pilot.type("75")
        pilot.press(.function(2))
        expectNotSaved(pilot, condition, kept: true)
        #expect(pilot.dialogText.contains("75"), "\(pilot.screen)")
        #expect(try failing.isUnchanged())
    }

    @Test(arguments: conditions)
    func aNewSessionKeepsItsTitle(condition: StoreCondition) throws {
        let failing = try open(condition, "session")
        let pilot = failing.pilot
        pilot.type("5")
        pilot.press(.function(5))
        pilot.focus(field: "Nội dung")
        pilot.press(.control("u"))
        pilot.type("Họp xét khen thưởng cuối năm")
        pilot.press(.function(2))
        expectNotSaved(pilot, condition, kept: true)
        #expect(pilot.dialogText.contains("Họp xét khen thưởng cuối năm"), "\(pilot.screen)")
        #expect(try failing.isUnchanged())
    }

    @Test(arguments: conditions)
    func aNewMemberKeepsTheNameTyped(condition: StoreCondition) throws {
        let failing = try open(condition, "member")
        let pilot = failing.pilot
        pilot.type("5")
        pilot.press(.function(6), .function(5))
        pilot.focus(field: "Họ")
        pilot.type("Trần")
        pilot.focus(field: "Tên")
        pilot.type("Bình")
        pilot.focus(field: "Chức vụ")
        pilot.type("Bí thư Đoàn phường")
        pilot.press(.function(2))
        expectNotSaved(pilot, condition, kept: true)
        #expect(pilot.dialogText.contains("Bí thư Đoàn phường"), "\(pilot.screen)")
        #expect(try failing.isUnchanged())
    }

    @Test(arguments: conditions)
    func aMembersAttendance(condition: StoreCondition) throws {
        let failing = try open(condition, "attendance")
        let pilot = failing.pilot
        pilot.type("5")
        pilot.press(.enter)  // the latest session
        #expect(pilot.titleBar.contains("Phiên họp"), "\(pilot.screen)")
        pilot.press(.tab, .enter)
        expectNotSaved(pilot, condition, kept: false)
        #expect(try failing.isUnchanged())
    }

    @Test(arguments: conditions)
    func aRevocationKeepsItsReason(condition: StoreCondition) throws {
        let failing = try open(condition, "revoke")
        let pilot = failing.pilot
        pilot.type("6")
        pilot.press(.function(5))
        pilot.focus(field: "Lý do")
        pilot.type("Khai không đúng thành tích")
        pilot.press(.function(2))
        expectNotSaved(pilot, condition, kept: true)
        #expect(pilot.dialogText.contains("Khai không đúng thành tích"), "\(pilot.screen)")
        #expect(try failing.isUnchanged())
    }

    @Test(arguments: conditions)
    func anImport(condition: StoreCondition) throws {
        let failing = try open(condition, "import")
        let pilot = failing.pilot
        let file = DeskTestFolder.path("import-\(condition).csv")
        try "STT;Chủ hộ;Tổ dân phố;Số nhân khẩu\n1;Lê Văn Thắng;Khu phố Bình Minh;4\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        pilot.type("8")
        pilot.press(.enter)
        pilot.type(file)
        pilot.press(.function(2))
        if condition == .damaged {
            // The dry run reads the audit trail (its length, to see whether the store changed
            // before the import): it cannot be made, and the dialog keeps the file's name.
            #expect(pilot.words.contains("Không đọc được kho dữ liệu"), "\(pilot.screen)")
            #expect(pilot.dialogText.contains(condition.cause) && pilot.dialogText.contains("import-damaged.csv"), "\(pilot.screen)")
        } else {
            #expect(pilot.screen.contains("Sẽ thêm 1 đối tượng, 1 đề nghị"), "\(pilot.screen)")
            pilot.press(.enter)  // "Nhập vào kho"
            expectNotSaved(pilot, condition, kept: false)
        }
        #expect(try failing.isUnchanged())
    }
}
