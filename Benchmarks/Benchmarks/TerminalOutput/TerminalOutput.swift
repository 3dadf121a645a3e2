import VietnameseText
import Benchmark
import CursesTerminal
import TerminalUI

/// Bytes written to the terminal per arrow key in a 1 000-row list, through the real ncursesw
/// backend on a pseudo-terminal (goal ≤ 64 bytes within a page), for both ways of showing the
/// selected row, within a page and while scrolling.
let benchmarks: @Sendable () -> Void = {
    // Three ways of moving: within the first page (rows 2 to 14 and back: the selection moves,
    // nothing scrolls), and down to the end of the list and back (nearly every key scrolls a
    // row in).
    for (moves, low, high) in [("within a page", 2, 14), ("down to the end and back", 0, 998)] {
        for style in [TableView.SelectionStyle.bar, .marker] {
            Benchmark("Bytes per arrow key, 1 000-row list, 80×24, \(moves), selection \(style)",
                      configuration: .init(metrics: [.custom("bytes per key", polarity: .prefersSmaller, useScalingFactor: false)],
                                           scalingFactor: .one, maxDuration: .seconds(3), maxIterations: 1_500)) { benchmark in
                // One sample is one key on the list made by the setup.
                let list = OpenList.current!
                if list.screen.table.selection <= low { OpenList.down = true }
                if list.screen.table.selection >= high { OpenList.down = false }
                list.app.handle(.key(OpenList.down ? .down : .up))
                list.app.render()
                benchmark.measurement(.custom("bytes per key", polarity: .prefersSmaller, useScalingFactor: false), list.pty.drain())
            } setup: {
                let pty = try MeasuringPseudoTerminal(size: Size(width: 80, height: 24))
                let screen = ListScreen(rows: 1000, style: style)
                let app = Application(terminal: pty.terminal, keymap: Keymap([
                    KeyBinding(.down, [.down], context: .list, label: "down", help: "down"),
                    KeyBinding(.up, [.up], context: .list, label: "up", help: "up"),
                ]), strings: Localizer(language: "vi", table: [:]), heading: "tdkt")
                app.push(screen)
                app.render()
                _ = pty.drain()
                OpenList.current = OpenList(pty: pty, screen: screen, app: app)
                OpenList.down = true
            } teardown: {
                OpenList.current = nil
            }
        }
    }
}

/// The list a benchmark presses keys in, made once by its setup hook.
struct OpenList {
    let pty: MeasuringPseudoTerminal
    let screen: ListScreen
    let app: Application
    nonisolated(unsafe) static var current: OpenList?
    nonisolated(unsafe) static var down = true
}

/// A full-screen table of 1 000 fictional Vietnamese rows.
final class ListScreen: Screen, TableDataSource {
    let table: TableView
    let rows: Int
    private static let names = ["Nguyễn Thị Hồng Nhung", "Trần Văn Ân", "Lê Thị Ánh", "Phạm Quang Khải", "Hoàng Văn Nam",
                                "Đặng Văn Quý", "Bùi Thị Thu Hà", "Đỗ Ngọc Linh", "Triệu Thị Mai", "Bàn Văn Quý"]

    init(rows: Int, style: TableView.SelectionStyle) {
        self.rows = rows
        table = TableView(columns: [TableColumn("Mã hồ sơ", .fixed(16)), TableColumn("Đối tượng", .flexible(weight: 3, minimum: 16)),
                                    TableColumn("Danh hiệu", .fixed(9)), TableColumn("Trạng thái", .fixed(13)),
                                    TableColumn("Xét sơ bộ", .fixed(17))],
                          dataSource: EmptySource())
        table.selectionStyle = style
        table.dataSource = self
    }

    var title: String { "Khen thưởng chờ xử lý" }
    var keyContexts: [KeyContext] { [.list] }
    var rowCount: Int { rows }

    func rows(in range: Range<Int>) -> [[TableCell]] {
        range.map { index in
            [TableCell(String(format: "2026-LDTT-%04d", index + 1)), TableCell(Self.names[index % Self.names.count]),
             TableCell("LĐTT"), TableCell("Đã tiếp nhận"), TableCell(index % 3 == 0 ? "Đủ điều kiện" : "Thiếu thông tin")]
        }
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        table.draw(in: rect, on: &buffer)
    }

    func perform(_ action: Action, app: Application) -> Bool { table.perform(action) }
}

final class EmptySource: TableDataSource {
    var rowCount: Int { 0 }
    func rows(in range: Range<Int>) -> [[TableCell]] { [] }
}
