import Commendation
import Desk
import Testing
import TerminalUI
import VietnameseText

/// Typing, searching, clicking and the clerk's own settings, as the clerk meets them in the desk.
@Suite struct VietnameseTypingInTheDeskTests {
    @Test func ctrlTTurnsTelexOnAndNamesComposeInTheForm() throws {
        let pilot = try Pilot("telex")
        pilot.type("1")
        pilot.press(.enter, .enter)
        pilot.press(.control("t"))
        #expect(pilot.statusBar.contains("Gõ: Telex"))
        pilot.type("Nguyeenx")
        pilot.focus(field: "Đệm")
        pilot.type("Thij Hoongf")
        pilot.focus(field: "Tên")
        pilot.type("Nhung")
        #expect(pilot.screen.contains("Nguyễn"))
        #expect(pilot.screen.contains("Thị Hồng"))
        pilot.press(.control("t"))
        #expect(pilot.statusBar.contains("Đã") || pilot.statusBar.contains("Gõ: tắt"))
        pilot.focus(field: "Ngày sinh")  // a text field
        pilot.type("aa")
        #expect(pilot.screen.contains("aa"))
    }

    @Test func theSettingsChooseVNIAndStartItOn() throws {
        var configuration = DeskConfiguration()
        configuration.read(settings: "input-method = vni\ninput-method-on = yes\n")
        #expect(configuration.problems.isEmpty)
        let pilot = try Pilot("vni", configuration: configuration)
        pilot.type("1")
        pilot.press(.enter, .enter)
        #expect(pilot.statusBar.contains("Gõ: VNI"))
        pilot.type("Nguye6n4")
        #expect(pilot.screen.contains("Nguyễn"))
    }

    @Test func slashSearchesThePendingListWithoutAccentsAndHighlights() throws {
        let pilot = try Pilot("search", size: Size(width: 100, height: 30))
        pilot.type("3")
        pilot.press(.character("/"))
        pilot.type("hoang")
        #expect(pilot.screen.contains("Tìm: hoang"))
        #expect(pilot.screen.contains("Tìm: hoang") && pilot.screen.contains("2 hồ sơ"))
        let rows = pilot.screen.split(separator: "\n").filter { $0.contains(" 2026-") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains("Hoàng") })
        // The match is highlighted in the cell.
        let y = try #require(pilot.row(containing: "Hoàng Văn Nam"))
        let x = try #require(pilot.terminal.screen.rowText(y).range(of: "Hoàng").map {
            pilot.terminal.screen.rowText(y)[..<$0.lowerBound].count })
        #expect(pilot.terminal.screen[x, y].style.attributes.contains(.underline))
        pilot.press(.escape)
        #expect(pilot.screen.contains("13 hồ sơ: quá hạn 2"))
    }

    @Test func nomineesSortLikeAnOfficialList() throws {
        let pilot = try Pilot("sort", size: Size(width: 100, height: 40))
        pilot.type("2")
        let names = try pilot.store.nominees(types: [.person], offset: 0, limit: 500).compactMap(\.personName)
        #expect(names.count > 30)
        for (a, b) in zip(names, names.dropFirst()) {
            #expect(a.sortKey <= b.sortKey, "\(a.fullName) before \(b.fullName)")
        }
        // Given names in alphabetical order, with đ after d.
        let given = names.map(\.given)
        if let d = given.lastIndex(where: { $0.hasPrefix("D") }), let dd = given.firstIndex(where: { $0.hasPrefix("Đ") }) {
            #expect(d < dd)
        }
    }

    @Test func clicksChooseMenuItemsAndFocusFields() throws {
        let pilot = try Pilot("mouse", size: Size(width: 100, height: 30))
        let y = try #require(pilot.row(containing: "Khen thưởng chờ xử lý"))
        pilot.click(8, y)
        #expect(pilot.titleBar.contains("Khen thưởng chờ xử lý"))
        pilot.press(.escape)
        pilot.click(8, try #require(pilot.row(containing: "Nhập đề nghị")))
        pilot.press(.enter, .enter)  // a new person
        let given = try #require(pilot.row(containing: "Tên *"))
        pilot.click(30, given)
        pilot.type("Lan")
        #expect(pilot.terminal.screen.rowText(given).contains("Lan"))
    }

    @Test func rebindingsComeFromTheKeysFileAndProblemsNameTheirLine() throws {
        var configuration = DeskConfiguration()
        configuration.read(keys: "# my keys\nsave = Ctrl-S, F2\nform.bogus = F9\nquit = Ctrl-Ä\nbasis F3\n")
        #expect(configuration.problems.map(\.line) == [3, 4, 5])
        let pilot = try Pilot("keys", size: Size(width: 100, height: 30), configuration: configuration)
        #expect(pilot.dialogText.contains("keys, dòng 3: không có thao tác «form.bogus»"))
        #expect(pilot.dialogText.contains("keys, dòng 4: không hiểu phím «Ctrl-Ä»"))
        #expect(pilot.dialogText.contains("dòng 5: cần dạng «tên = giá trị»"))
        pilot.press(.enter)
        pilot.type("1")
        #expect(pilot.statusBar.hasPrefix("Ctrl-S Lưu"))
        pilot.press(.control("s"))
        #expect(pilot.statusBar.contains("chưa lưu"))  // the empty form: saving was asked for
    }

    @Test func settingsProblemsAreReportedAndTheRestApplies() {
        var configuration = DeskConfiguration()
        configuration.read(settings: "mouse = maybe\ncolour = blue\ntone-placement = new\nselection = marker\n")
        #expect(configuration.problems.map(\.line) == [1, 2])
        #expect(configuration.modernTones)
        #expect(configuration.selectionStyle == .marker)
        #expect(!configuration.mouse)
        #expect(configuration.composer.compose("hoaf") == "hoà")
    }
}

@Suite struct CriteriaSearchTests {
    @Test func slashFindsAnAwardOrCriterionWithoutAccents() throws {
        let pilot = try Pilot("criteria-search", size: Size(width: 120, height: 40))
        pilot.type("4")
        pilot.press(.character("/"))
        pilot.type("gia dinh van hoa")
        let y = try #require(pilot.row(containing: "▸ Gia đình văn hóa (GĐVH)"))
        #expect(pilot.terminal.screen[3, y].style.role == .selected)
        pilot.press(.enter)  // the next match: GĐVH's own criteria mention it too
        let after = try #require(pilot.row(containing: "▸ Gia đình văn hóa (GĐVH)"))
        #expect(pilot.terminal.screen[3, after].style.role != .selected)
        pilot.press(.escape)
        #expect(!pilot.screen.contains("Tìm: gia dinh"))
    }
}
