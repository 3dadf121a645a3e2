import Commendation
import CommendationStore
import Testing
import TerminalUI

/// Entering a nomination by keyboard: validation next to the fields, saving with F2, and the
/// verdict panel.
@Suite struct NominationFormTests {
    /// Opens a new form and creates a person "Nguyễn Thị Hồng Nhung" for Lao động tiên tiến.
    private func fillPerson(_ pilot: Pilot) {
        pilot.type("1")
        pilot.press(.enter, .enter)
        pilot.type("Nguyễn")
        pilot.focus(field: "Đệm")
        pilot.type("Thị Hồng")
        pilot.focus(field: "Tên")
        pilot.type("Nhung")
        pilot.focus(field: "Giới tính")
        pilot.press(.right)  // Nữ
        pilot.focus(field: "Danh hiệu")
        pilot.press(.right)  // Lao động tiên tiến
    }

    @Test func saveOnAnEmptyFormShowsErrorsAndSavesNothing() throws {
        let pilot = try Pilot("form-empty")
        let before = try pilot.store.pendingCount()
        pilot.type("1")
        pilot.press(.function(2))
        #expect(pilot.screen.contains("! Cần chọn đối tượng"))
        #expect(pilot.statusBar.contains("chưa lưu"))
        #expect(try pilot.store.pendingCount() == before)
        #expect(pilot.titleBar.contains("Đề nghị khen thưởng mới"))
    }

    @Test func invalidBirthDateIsShownUnderTheFieldAndBlocksSaving() throws {
        let pilot = try Pilot("form-date")
        fillPerson(pilot)
        pilot.focus(field: "Ngày sinh")
        pilot.type("31/02/1990")
        pilot.focus(field: "Số định danh (CCCD)")
        #expect(pilot.screen.contains("! Ngày không hợp lệ"))
        let before = try pilot.store.pendingCount()
        pilot.press(.function(2))
        #expect(try pilot.store.pendingCount() == before)
        #expect(pilot.titleBar.contains("Đề nghị khen thưởng mới"))
    }

    @Test func aCompleteNominationIsSavedAndListedAsPending() throws {
        let pilot = try Pilot("form-save")
        let before = try pilot.store.pendingCount()
        fillPerson(pilot)
        pilot.focus(field: "Xếp loại năm 2026")
        pilot.press(.right, .right)  // Hoàn thành tốt nhiệm vụ
        for label in ["Đang xem xét kỷ luật", "Đang điều tra, thanh tra", "Đang xác minh khiếu nại"] {
            pilot.focus(field: label)
            pilot.press(.right)  // Không
        }
        pilot.focus(field: "Lao động hiệu quả")
        pilot.press(.right)  // Đạt
        pilot.focus(field: "Chấp hành pháp luật")
        pilot.press(.right)  // Đạt
        #expect(pilot.screen.contains("Kết quả: THIẾU THÔNG TIN"), "\(pilot.screen)")
        pilot.focus(field: "Tự lực, đoàn kết, thi đua")  // Luật Điều 24.1.b
        pilot.press(.right)  // Đạt
        #expect(pilot.screen.contains("Kết quả: ĐỦ ĐIỀU KIỆN"), "\(pilot.screen)")
        pilot.press(.function(2))
        #expect(pilot.statusBar.contains("Đã lưu đề nghị 2026-LDTT-0006"))
        #expect(pilot.titleBar.contains("Đề nghị 2026-LDTT-0006"))
        #expect(try pilot.store.pendingCount() == before + 1)
        let saved = try #require(try pilot.store.nomination(id: "2026-LDTT-0006"))
        #expect(saved.nominee.personName?.family == "Nguyễn")
        #expect(saved.nominee.personName?.middle == "Thị Hồng")
        #expect(saved.nominee.personName?.given == "Nhung")
        #expect(saved.nominee.sex == .female)
        #expect(saved.nomination.facts.rating == .tot)
        #expect(saved.nomination.status == .received)
        // Saved: Esc and F10 no longer ask.
        pilot.press(.escape)
        #expect(pilot.titleBar.contains("Trình đơn chính"))
        pilot.press(.function(10))
        #expect(!pilot.isRunning)
    }

    @Test func verdictPanelExplainsAFailedRating() throws {
        let pilot = try Pilot("form-verdict")
        fillPerson(pilot)
        pilot.focus(field: "Xếp loại năm 2026")
        pilot.press(.right, .right, .right)  // Hoàn thành nhiệm vụ
        #expect(pilot.screen.contains("Kết quả: KHÔNG ĐỦ ĐIỀU KIỆN"))
        #expect(pilot.screen.contains("✗ Xếp loại năm 2026: Hoàn thành nhiệm vụ; cần “Hoàn thành tốt nhiệm vụ”"))
    }

    @Test func unsavedFormAsksBeforeQuittingAndBeforeGoingBack() throws {
        let pilot = try Pilot("form-unsaved")
        fillPerson(pilot)
        pilot.press(.function(10))
        #expect(pilot.isRunning)
        #expect(pilot.screen.contains("Thoát tdkt?"))
        pilot.press(.enter)  // "Ở lại" has the focus
        #expect(pilot.isRunning)
        #expect(!pilot.screen.contains("Thoát tdkt?"))
        pilot.press(.escape)
        #expect(pilot.screen.contains("Bỏ thay đổi?"))
        pilot.press(.right, .enter)
        #expect(pilot.titleBar.contains("Trình đơn chính"))
        pilot.press(.control("c"))
        #expect(!pilot.isRunning)
    }

    @Test func ctrlCInAnUnsavedFormAsksThenQuits() throws {
        let pilot = try Pilot("form-ctrl-c")
        fillPerson(pilot)
        pilot.press(.control("c"))
        #expect(pilot.screen.contains("Thoát tdkt?"))
        pilot.press(.right, .enter)
        #expect(!pilot.isRunning)
    }

    @Test func everyAwardIsJudgedByItsCriteria() throws {
        let pilot = try Pilot("form-gdvh", size: Size(width: 120, height: 40))
        pilot.openPending("2026-GDVH-0002")  // a Gia đình văn hóa draft
        #expect(pilot.titleBar.contains("2026-GDVH-0002"))
        #expect(pilot.screen.contains("Kết quả: ĐỦ ĐIỀU KIỆN"))
        #expect(pilot.screen.contains("Trong năm không có trường hợp nào bị loại"))
        #expect(!pilot.screen.contains("chưa tự kiểm tra"))
    }

    @Test func memberFiguresTypedInTheFormAreJudgedWithTheThreshold() throws {
        let pilot = try Pilot("form-members", size: Size(width: 120, height: 40))
        pilot.type("2")
        pilot.type("truong tieu hoc")
        // People whose position names the school match too: walk down to the school itself.
        let rowsShown = pilot.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(rowsShown.firstIndex { $0.contains("Tên") && $0.contains("Loại") })
        let school = try #require(rowsShown.firstIndex { $0.contains("Trường Tiểu học") && $0.contains("Tập thể") })
        for _ in 0..<(school - header - 1) { pilot.press(.down) }
        pilot.press(.enter)  // a nomination for the primary school
        #expect(pilot.screen.contains("Trường Tiểu học"))
        pilot.press(.enter)
        pilot.type("tap the lao dong tien")
        pilot.press(.enter)  // award: Tập thể lao động tiên tiến
        let rows = pilot.screen.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.contains("Tổng số thành viên") })
        pilot.focus(field: "Tổng số thành viên")
        pilot.type("20")
        pilot.focus(field: "Số đạt Lao động tiên tiến")
        pilot.type("13")
        #expect(pilot.screen.contains("✗ 13/20 thành viên (65\u{00A0}%) đạt Lao động tiên"))
        pilot.press(.backspace)
        pilot.type("4")
        #expect(pilot.screen.contains("✓ 14/20 thành viên (70\u{00A0}%) đạt Lao động tiên"))
        pilot.focus(field: "Số hoàn thành nhiệm vụ")
        pilot.type("x")
        #expect(pilot.screen.contains("! Một số nguyên không âm"))
    }
}
