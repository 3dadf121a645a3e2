import WardServices
import Commendation
import CommendationStore
import Desk
import Testing
import TerminalUI
import VietnameseText

/// Moving around the desk: menu, lists, help, not-ready places, first run, resize, language.
@Suite struct NavigationTests {
    @Test func pendingListOpensTheSelectedNomination() throws {
        let pilot = try Pilot("nav-pending")
        pilot.type("3")
        #expect(pilot.terminal.screen.rowText(4).contains("▾ Quá hạn (2)"))
        let firstRow = pilot.terminal.screen.rowText(5)
        let id = try #require(firstRow.split(separator: " ").first.map(String.init))
        pilot.press(.enter)
        #expect(pilot.titleBar.contains("Đề nghị \(id)"))
        pilot.press(.escape)
        #expect(pilot.titleBar.contains("Khen thưởng chờ xử lý"))
    }

    @Test func pendingListShowsStatusAndVerdictForEveryPendingNomination() throws {
        let pilot = try Pilot("nav-pending-all", size: Size(width: 120, height: 40))
        pilot.type("3")
        for listing in try pilot.store.allPending() {
            #expect(pilot.screen.contains(listing.nomination.id))
        }
        #expect(pilot.screen.contains("Chưa đủ điều kiện"))
        #expect(pilot.screen.contains("Thiếu thông tin"))
        #expect(pilot.screen.contains("Trả bổ sung"))
    }

    @Test func typingFiltersTheNomineesWithoutAccents() throws {
        let pilot = try Pilot("nav-nominees", size: Size(width: 100, height: 30))
        pilot.type("2")
        let total = try pilot.store.nomineeCount()
        #expect(pilot.screen.contains("\(total)/\(total) đối tượng"))
        pilot.type("hong nhung")
        let matching = try pilot.store.nomineeCount(filter: "hong nhung")
        #expect(matching >= 1 && matching < total)
        #expect(pilot.screen.contains("\(matching)/\(total) đối tượng"))
        #expect(pilot.screen.contains("Hồng Nhung"))
        let rows = (4..<(4 + matching)).map { pilot.terminal.screen.rowText($0).foldedForSearch }
        #expect(rows.allSatisfy { $0.contains("hong nhung") })
        pilot.press(.enter)  // a nomination for the selected nominee
        #expect(pilot.titleBar.contains("Đề nghị khen thưởng mới"))
        #expect(pilot.screen.contains("Hồng Nhung · Cá nhân"))
    }

    @Test func helpIsGeneratedFromTheKeyTable() throws {
        let pilot = try Pilot("nav-help", size: Size(width: 160, height: 50))
        pilot.type("1")
        pilot.press(.function(1))
        #expect(pilot.titleBar.contains("Trợ giúp"))
        let strings = try Shipped.strings(.vi).withKeyNames(from: DeskKeymap.standard)
        var pages = pilot.screen
        for _ in 0..<4 {
            pilot.press(.pageDown)
            pages += pilot.screen
        }
        for binding in DeskKeymap.standard.bindings(in: [.form]) {
            #expect(pages.contains(strings(binding.help)), "help lacks \(binding.action)")
        }
        pilot.press(.escape)
        #expect(pilot.titleBar.contains("Đề nghị khen thưởng mới"))
    }

    @Test func statusBarComesFromTheKeyTable() throws {
        let pilot = try Pilot("nav-status")
        // The main menu is the first screen: Esc has nothing to go back to, so it is not shown.
        #expect(pilot.statusBar == "Enter Mở  F1 Trợ giúp  F10 Thoát")
        pilot.type("1")
        #expect(pilot.statusBar.hasPrefix("F2 Lưu  F3 Căn cứ"))
        #expect(pilot.statusBar.hasSuffix("Esc Quay lại  F10 Thoát"))
    }

    @Test func firstRunOffersTheDemoWard() throws {
        let pilot = try Pilot("nav-first-run", demo: false)
        #expect(pilot.screen.contains("Chào mừng đến với tdkt"))
        pilot.press(.enter)
        #expect(try pilot.store.pendingCount() > 0)
        #expect(pilot.titleBar.contains("Phường Đầm Hà"))
        #expect(try pilot.store.setting("desk.onboarded") == "demo")
    }

    @Test func firstRunCanStartEmpty() throws {
        let pilot = try Pilot("nav-first-run-empty", demo: false)
        pilot.press(.right, .enter)
        #expect(try pilot.store.isEmpty())
        #expect(try pilot.store.setting("desk.onboarded") == "empty")
        #expect(!pilot.screen.contains("Chào mừng"))
    }

    @Test func resizeAdaptsTheLayout() throws {
        let pilot = try Pilot("nav-resize")
        pilot.type("1")
        pilot.resize(60, 20)
        #expect(pilot.screen.contains("Cửa sổ quá nhỏ"))
        #expect(pilot.screen.contains("60×20"))
        pilot.resize(120, 40)
        #expect(pilot.titleBar.contains("Đề nghị khen thưởng mới"))
        #expect(pilot.terminal.screen.size == Size(width: 120, height: 40))
        // Wide layout: the verdict panel stands to the right of the form.
        #expect(pilot.terminal.screen.rowText(2).contains("Xét sơ bộ theo tiêu chí"))
    }

    @Test func englishOnRequest() throws {
        let pilot = try Pilot("nav-english", language: .en)
        #expect(pilot.screen.contains("Main menu"))
        #expect(pilot.screen.contains("Enter a nomination"))
        #expect(pilot.statusBar.contains("F10 Quit"))
    }
}
