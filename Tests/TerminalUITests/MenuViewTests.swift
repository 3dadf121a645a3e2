import Testing
import TerminalUI

@Suite("MenuView")
struct MenuViewTests {
    static func menu() -> MenuView {
        MenuView(items: [
            .init(id: "people", label: "Danh sách cá nhân"),
            .init(id: "units", label: "Tập thể", note: "chưa có"),
            .init(id: "review", label: "Xét thi đua"),
            .init(id: "export", label: "Xuất báo cáo"),
        ])
    }

    @Test("Up and Down wrap around")
    func wrap() {
        let menu = Self.menu()
        #expect(menu.selection == 0)
        #expect(menu.perform(.up))
        #expect(menu.selection == 3)
        #expect(menu.selectedItem?.id == "export")
        #expect(menu.perform(.down))
        #expect(menu.selection == 0)
        #expect(menu.perform(.down))
        #expect(menu.perform(.down))
        #expect(menu.selectedItem?.id == "review")
        #expect(menu.perform(.last))
        #expect(menu.selection == 3)
        #expect(menu.perform(.first))
        #expect(menu.selection == 0)
        #expect(!menu.perform(.save))
        #expect(menu.selection == 0)
    }

    @Test("Digits choose an entry directly")
    func hotkeys() {
        let menu = Self.menu()
        #expect(menu.itemForHotkey(.character("3"))?.id == "review")
        #expect(menu.selection == 2)
        #expect(menu.itemForHotkey(.character("1"))?.id == "people")
        #expect(menu.selection == 0)
        #expect(menu.itemForHotkey(.character("5")) == nil)
        #expect(menu.itemForHotkey(.character("0")) == nil)
        #expect(menu.itemForHotkey(.character("x")) == nil)
        #expect(menu.itemForHotkey(.function(3)) == nil)
        #expect(menu.selection == 0)
    }

    @Test("select(id:) moves the selection to a known entry only")
    func selectByID() {
        let menu = Self.menu()
        menu.select(id: "export")
        #expect(menu.selection == 3)
        menu.select(id: "nothing")
        #expect(menu.selection == 3)
    }

    @Test("An empty menu takes no movement")
    func emptyMenu() {
        let menu = MenuView(items: [])
        #expect(!menu.perform(.down))
        #expect(menu.selectedItem == nil)
        #expect(menu.itemForHotkey(.character("1")) == nil)
    }

    @Test("Drawing numbers the entries and highlights the selected one")
    func drawing() throws {
        let menu = Self.menu()
        _ = menu.perform(.down)
        var buffer = ScreenBuffer(size: Size(width: 40, height: 6))
        menu.draw(in: Rect(x: 2, y: 1, width: 36, height: 5), on: &buffer)
        #expect(buffer.rowText(0) == "")
        #expect(buffer.rowText(1) == "   1  Danh sách cá nhân")
        #expect(buffer.rowText(2) == "   2  Tập thể  (chưa có)")
        #expect(buffer.rowText(3) == "   3  Xét thi đua")
        #expect(buffer.rowText(4) == "   4  Xuất báo cáo")
        let labelX = try #require(buffer.column(of: "Tập thể", inRow: 2))
        #expect(buffer[labelX, 2].style == Style(.selected, [.bold]))
        #expect(buffer[2, 2].style.role == .selected)
        #expect(buffer[3, 2].style.role == .selected)
        #expect(buffer[labelX, 1].style.role == .normal)
        #expect(buffer[3, 1].style.role == .statusKey)
        let noteX = try #require(buffer.column(of: "(chưa có)", inRow: 2))
        #expect(buffer[noteX, 2].style.role == .selected)
        _ = menu.perform(.down)
        var next = ScreenBuffer(size: Size(width: 40, height: 6))
        menu.draw(in: Rect(x: 2, y: 1, width: 36, height: 5), on: &next)
        #expect(next[labelX, 2].style.role == .normal)
        #expect(next[noteX, 2].style.role == .muted)
        #expect(next[labelX, 3].style.role == .selected)
    }
}
