import Testing
import TerminalUI

@Suite("TableView")
struct TableViewTests {
    static let columns = [
        TableColumn("STT", .fixed(7), alignRight: true),
        TableColumn("Họ và tên", .flexible(weight: 2, minimum: 10)),
        TableColumn("Ghi chú", .flexible(weight: 1, minimum: 6)),
        TableColumn("Năm", .fixed(4)),
    ]

    @Test("Column widths fill the total minus the gaps, keeping fixed and minimum widths",
          arguments: Array(stride(from: 30, through: 200, by: 7)) + [31, 80, 120])
    func columnWidths(total: Int) {
        let table = TableView(columns: Self.columns, dataSource: RecordingDataSource(rowCount: 0))
        let widths = table.columnWidths(total: total)
        #expect(widths.count == 4)
        #expect(widths.reduce(0, +) == total - 3)
        #expect(widths[0] == 7)
        #expect(widths[3] == 4)
        #expect(widths[1] >= 10)
        #expect(widths[2] >= 6)
        // The weights share out the spare room about two to one.
        let spare1 = widths[1] - 10, spare2 = widths[2] - 6
        #expect(abs(spare1 - 2 * spare2) <= 3)
    }

    @Test("Column widths for 80 columns")
    func columnWidthsExample() {
        let table = TableView(columns: Self.columns, dataSource: RecordingDataSource(rowCount: 0))
        // 80 - 3 gaps - 7 - 4 - 10 - 6 = 50 spare: 33 and 16, the remainder to the last flexible column.
        #expect(table.columnWidths(total: 80) == [7, 43, 23, 4])
        // Too narrow: the minimums still hold.
        #expect(table.columnWidths(total: 20) == [7, 10, 6, 4])
    }

    @Test("Only fixed columns keep their widths")
    func onlyFixed() {
        let table = TableView(columns: [TableColumn("A", .fixed(5)), TableColumn("B", .fixed(3))],
                              dataSource: RecordingDataSource(rowCount: 0))
        #expect(table.columnWidths(total: 40) == [5, 3])
    }

    @Test("Drawing a million-row table asks only for the rows on screen")
    func windowing() throws {
        let source = RecordingDataSource(rowCount: 1_000_000)
        let table = TableView(columns: Self.columns, dataSource: source)
        var buffer = ScreenBuffer(size: Size(width: 80, height: 20))
        table.draw(in: buffer.bounds, on: &buffer)
        #expect(table.pageSize == 19)
        #expect(source.requests == [0..<19])
        #expect(source.rowsServed <= 20)
        #expect(buffer.rowText(0).hasPrefix("STT     Họ và tên"))
        #expect(buffer.rowText(1).contains("Hồ sơ số 0"))
        #expect(buffer.rowText(19).contains("Hồ sơ số 18"))
        #expect(buffer[0, 1].style.role == .selected)
        #expect(buffer[0, 2].style.role == .normal)
        // Numbers are aligned right in their column.
        #expect(buffer[6, 1].text == "0")
        #expect(buffer[5, 1].text == " ")
    }

    @Test("Page Down, End and Home move the selection and the drawn rows follow")
    func paging() throws {
        let source = RecordingDataSource(rowCount: 1_000_000)
        let table = TableView(columns: Self.columns, dataSource: source)
        var buffer = ScreenBuffer(size: Size(width: 80, height: 20))
        table.draw(in: buffer.bounds, on: &buffer)

        #expect(table.perform(.pageDown))
        #expect(table.selection == 19)
        buffer = ScreenBuffer(size: Size(width: 80, height: 20))
        table.draw(in: buffer.bounds, on: &buffer)
        #expect(table.top == 1)
        #expect(source.requests.last == 1..<20)
        #expect(buffer.rowText(19).contains("Hồ sơ số 19"))
        #expect(buffer[0, 19].style.role == .selected)
        #expect(buffer.rows(containing: "Hồ sơ số 0") == [])

        #expect(table.perform(.last))
        #expect(table.selection == 999_999)
        buffer = ScreenBuffer(size: Size(width: 80, height: 20))
        table.draw(in: buffer.bounds, on: &buffer)
        #expect(table.top == 999_981)
        #expect(source.requests.last == 999_981..<1_000_000)
        #expect(buffer.rowText(19).contains("Hồ sơ số 999999"))
        #expect(buffer.rowText(1).contains("Hồ sơ số 999981"))
        #expect(buffer[0, 19].style.role == .selected)

        #expect(table.perform(.pageUp))
        #expect(table.selection == 999_980)
        buffer = ScreenBuffer(size: Size(width: 80, height: 20))
        table.draw(in: buffer.bounds, on: &buffer)
        #expect(table.top == 999_980)
        #expect(buffer[0, 1].style.role == .selected)
        #expect(buffer.rowText(1).contains("Hồ sơ số 999980"))

        #expect(table.perform(.first))
        #expect(table.selection == 0)
        buffer = ScreenBuffer(size: Size(width: 80, height: 20))
        table.draw(in: buffer.bounds, on: &buffer)
        #expect(table.top == 0)
        #expect(buffer.rowText(1).contains("Hồ sơ số 0"))

        #expect(source.requests.allSatisfy { $0.count <= 19 })
        #expect(source.rowsServed <= 5 * 19)
    }

    @Test("Up and Down stop at the ends")
    func upDown() {
        let table = TableView(columns: Self.columns, dataSource: RecordingDataSource(rowCount: 3))
        #expect(table.perform(.up))
        #expect(table.selection == 0)
        #expect(table.perform(.down))
        #expect(table.perform(.down))
        #expect(table.perform(.down))
        #expect(table.selection == 2)
        #expect(!table.perform(.save))
        #expect(table.selection == 2)
    }

    @Test("The empty text shows when there are no rows, and no rows are asked for")
    func emptyText() {
        let source = RecordingDataSource(rowCount: 0)
        let table = TableView(columns: Self.columns, dataSource: source)
        table.emptyText = "Chưa có hồ sơ nào"
        var buffer = ScreenBuffer(size: Size(width: 80, height: 10))
        table.draw(in: buffer.bounds, on: &buffer)
        #expect(buffer.text.contains("Chưa có hồ sơ nào"))
        #expect(buffer.rowText(0).contains("Họ và tên"))
        #expect(source.requests.isEmpty)
        #expect(table.perform(.last))
        #expect(table.selection == 0)
        #expect(table.perform(.down))
        #expect(table.selection == 0)
    }

    @Test("The selection is clamped when the rows shrink")
    func clampWhenShrinking() {
        let source = RecordingDataSource(rowCount: 100)
        let table = TableView(columns: Self.columns, dataSource: source)
        table.select(row: 80)
        #expect(table.selection == 80)
        source.rowCount = 10
        var buffer = ScreenBuffer(size: Size(width: 80, height: 8))
        table.draw(in: buffer.bounds, on: &buffer)
        #expect(table.selection == 9)
        #expect(source.requests.allSatisfy { $0.upperBound <= 10 })
        #expect(buffer.rowText(7).contains("Hồ sơ số 9"))
        #expect(buffer[0, 7].style.role == .selected)

        source.rowCount = 0
        table.clampSelection()
        #expect(table.selection == 0)
        #expect(table.top == 0)
        table.select(row: -5)
        #expect(table.selection == 0)
    }

    @Test("Cells keep their own roles except on the selected row, and long text is cut with an ellipsis")
    func cellRoles() {
        final class Source: TableDataSource {
            var rowCount: Int { 2 }
            func rows(in range: Range<Int>) -> [[TableCell]] {
                range.map { _ in ["1", TableCell("Nguyễn Thị Hồng Nhung, tổ dân phố số 7", role: .warning), "x", "2024"] }
            }
        }
        let table = TableView(columns: Self.columns, dataSource: Source())
        var buffer = ScreenBuffer(size: Size(width: 40, height: 4))
        table.draw(in: buffer.bounds, on: &buffer)
        let widths = table.columnWidths(total: 40)
        let nameX = widths[0] + 1
        #expect(buffer[nameX, 2].style.role == .warning)
        #expect(buffer[nameX, 1].style.role == .selected)
        let cut = buffer.rowText(2)
        #expect(cut.contains("…"))
        #expect(cut.contains("2024"))
        #expect(buffer[nameX + widths[1] - 1, 2].text == "…")
    }

    @Test("A table with fewer than two rows of room draws nothing")
    func tooShort() {
        let source = RecordingDataSource(rowCount: 5)
        let table = TableView(columns: Self.columns, dataSource: source)
        var buffer = ScreenBuffer(size: Size(width: 80, height: 1))
        table.draw(in: buffer.bounds, on: &buffer)
        #expect(buffer.text == "")
        #expect(source.requests.isEmpty)
    }
}
