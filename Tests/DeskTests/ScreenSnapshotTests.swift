import Commendation
import Testing
import TerminalUI

/// The clerk's main screens at 80×24 and 120×40, compared with golden files.
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test(arguments: sizes)
    func mainMenu(size: Size) throws {
        let pilot = try Pilot("menu-\(size.width)", size: size)
        #expect(pilot.screen.contains("Nhập đề nghị khen thưởng"))
        assertSnapshot(pilot.screen, named: "main-menu-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes)
    func pendingList(size: Size) throws {
        let pilot = try Pilot("pending-\(size.width)", size: size)
        pilot.type("3")
        #expect(pilot.titleBar.contains("Khen thưởng chờ xử lý"))
        assertSnapshot(pilot.screen, named: "pending-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes)
    func formWithVietnameseName(size: Size) throws {
        let pilot = try Pilot("form-\(size.width)", size: size)
        pilot.type("1")
        pilot.press(.enter, .enter)  // nominee picker, "+ new person"
        pilot.type("Nguyễn")
        pilot.focus(field: "Đệm")
        pilot.type("Thị Hồng")
        pilot.focus(field: "Tên")
        pilot.type("Nhung")
        pilot.focus(field: "Giới tính")
        pilot.press(.right)  // Nữ
        pilot.focus(field: "Danh hiệu")
        pilot.press(.right)  // Lao động tiên tiến
        #expect(pilot.screen.contains("Nguyễn"))
        #expect(pilot.screen.contains("Thị Hồng"))
        #expect(pilot.screen.contains("Lao động tiên tiến"))
        assertSnapshot(pilot.screen, named: "form-person-\(size.width)x\(size.height)")
    }
}
