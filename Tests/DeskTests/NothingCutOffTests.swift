import Commendation
import CommendationStore
import Desk
import Testing
import TerminalUI

/// Nothing cut off, nothing unreachable at 80×24 (issue 18): pages of text scroll to their
/// end, a field's error and a long message are read whole, an unfocused field shows its
/// beginning, the session's bar keeps its keys while a message shows.
@Suite struct NothingCutOffTests {
    @Test func theCriteriaDialogScrollsToItsLastCriterion() throws {
        let pilot = try Pilot("cut-basis")
        pilot.openPending("2026-LDTT-0001")
        pilot.press(.function(3))
        #expect(pilot.screen.contains("Tiêu chí và căn cứ pháp lý"))
        #expect(pilot.screen.contains("▼"))
        // The third criterion's reason is below the box at first.
        let third = "Không trùng với đề nghị khác"
        #expect(!pilot.dialogText.contains(third))
        pilot.press(.pageDown, .character(" "), .down)
        pilot.press(.end)
        #expect(pilot.dialogText.contains(third), "\(pilot.screen)")
        #expect(pilot.screen.contains("▲"))
        #expect(!pilot.screen.contains("▼"))
        // The bar offers what moves it: PgUp now, no PgDn.
        #expect(pilot.keyBar.contains("PgUp"))
        #expect(!pilot.keyBar.contains("PgDn"))
    }

    @Test func theHelpPagesReachTheirEnds() throws {
        let form = try Pilot("cut-help-form")
        form.type("1")
        form.press(.function(1))
        #expect(!form.screen.contains("Ctrl-T"))
        form.press(.end)
        #expect(form.screen.contains("Ctrl-T"), "\(form.screen)")
        let pending = try Pilot("cut-help-pending")
        pending.type("3")
        pending.press(.function(1))
        #expect(!pending.screen.contains("Mọi nơi"))
        pending.press(.end)
        #expect(pending.screen.contains("Mọi nơi"), "\(pending.screen)")
        #expect(pending.screen.contains("Ctrl-Z"))
    }

    @Test func aFieldsErrorIsReadWhole() throws {
        let pilot = try Pilot("cut-error")
        pilot.type("1")
        pilot.press(.enter)
        pilot.type("Lê Thị Hoa")
        pilot.press(.enter)
        pilot.focus(field: "Số định danh (CCCD)")
        pilot.type("0011")  // too short
        pilot.focus(field: "Điện thoại")
        let rows = pilot.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let error = try #require(rows.firstIndex { $0.hasPrefix("! Số định danh") })
        #expect(rows[error].contains("Số định danh gồm đúng 12 chữ số"), "\(pilot.screen)")
        #expect(!rows[error].contains("…"))
    }

    @Test func aLongMessageIsReadWholeAndTheBarKeepsItsKeys() throws {
        let pilot = try Pilot("cut-message")
        pilot.type("3")
        pilot.press(.character("/"))
        pilot.type("dang van quy")
        pilot.press(.enter, .character(" "), .down, .character(" "), .function(5))
        pilot.type("ra quyet")
        pilot.press(.enter)
        pilot.type("230")
        pilot.press(.function(2))
        // "Đã lưu quyết định 230/QĐ-UBND: 2 khen thưởng, tổng tiền thưởng 2.530.000 đ." — its end too.
        #expect(pilot.statusBar.contains("tổng tiền thưởng 2.530.000 đ."), "\(pilot.statusBar)")
        // Both decided: the search finds nothing pending, so the bar offers no F5 nor Enter.
        #expect(pilot.keyBar.contains("F4 Lọc"), "\(pilot.keyBar)")
        #expect(!pilot.keyBar.contains("F5"))
        #expect(pilot.keyBar.contains("Esc"))
        #expect(pilot.keyBar.contains("F10"))
    }

    @Test func theSessionsBarKeepsF5F7F9AndEscWhileAMessageShows() throws {
        let pilot = try Pilot("cut-session-bar")
        pilot.type("5")
        pilot.press(.enter)
        pilot.press(.function(5))  // refused: no quorum
        #expect(pilot.statusBar.contains("chưa đủ số thành viên dự họp"), "\(pilot.statusBar)")
        for key in ["Enter", "Tab", "F7", "F9", "F5", "Esc", "F10"] {
            #expect(pilot.keyBar.contains(key), "\(key): \(pilot.keyBar)")
        }
    }

    @Test func oneKeyMarksEveryMemberPresent() throws {
        let pilot = try Pilot("cut-all-present")
        pilot.type("5")
        pilot.press(.enter)
        #expect(pilot.screen.contains("0/14 có mặt"))
        pilot.press(.tab, .function(6))
        #expect(pilot.screen.contains("14/14 có mặt"), "\(pilot.screen)")
        #expect(pilot.statusBar.contains("Đã ghi 14 thành viên có mặt (14 thay đổi)"))
        // Then the few who are not: Enter on one.
        pilot.press(.enter)
        #expect(pilot.screen.contains("13/14 có mặt"))
        let session = try #require(try pilot.store.sessions().first)
        #expect(try pilot.store.firstBrokenAuditRow() == nil)
        _ = session
    }

    @Test func anUnfocusedFieldShowsTheBeginningOfItsText() throws {
        let pilot = try Pilot("cut-note", size: Size(width: 80, height: 24))
        pilot.type("2")
        pilot.type("dang van quy")
        pilot.press(.enter)
        let note = "Trường Mầm non báo cáo đang xem xét kỷ luật một giáo viên trong tổ, chờ kết luận của Phòng Giáo dục"
        pilot.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        pilot.type(note)
        #expect(pilot.screen.contains("chờ kết luận của Phòng Giáo dục"), "\(pilot.screen)")
        pilot.press(.up)
        #expect(pilot.screen.contains("Trường Mầm non báo cáo đang xem xét"), "\(pilot.screen)")
        #expect(!pilot.screen.contains("chờ kết luận của Phòng Giáo dục"))
    }

    @Test func thePendingReviewShowsEveryVerdictAt80Columns() throws {
        let pilot = try Pilot("cut-verdict")
        pilot.type("3")
        #expect(pilot.screen.contains("Xét"))
        let rows = pilot.screen.split(separator: "\n").filter { $0.contains("2026-") }
        #expect(rows.count >= 10)
        for row in rows { #expect(["✓", "✗", "?"].contains { row.contains($0) }, "\(row)") }
    }

    @Test func theCriteriaScreenShowsItsTitleAndTheSelectedRowWhole() throws {
        let pilot = try Pilot("cut-criteria")
        pilot.type("4")
        // The rulebook's title on as many rows as it needs.
        #expect(pilot.screen.contains("NĐ 129/2025)"), "\(pilot.screen)")
        pilot.press(.down, .down)  // the base salary: longer than a row
        #expect(pilot.screen.contains("(thay NĐ 73/2024/NĐ-CP)"), "\(pilot.screen)")
    }

    @Test func theHonourRollAndTheExemplarsCutNothingAt80Columns() throws {
        let pilot = try Pilot("cut-honour")
        pilot.type("6")
        #expect(pilot.screen.contains("LĐTT"), "\(pilot.screen)")
        #expect(!pilot.screen.contains("Lao động tiên ti…"))
        pilot.press(.escape)
        pilot.type("7")
        #expect(pilot.screen.contains("TDPVH 1"), "\(pilot.screen)")
    }
}
