import Testing
import TerminalUI

@Suite("FormView")
struct FormViewTests {
    static let ranks = [
        FormOption(id: "tot", label: "Tốt"),
        FormOption(id: "kha", label: "Khá"),
        FormOption(id: "dat", label: "Đạt"),
    ]

    static func fields(name: String = "Nguyễn Văn An", birth: String = "", birthError: String? = nil,
                       includeRank: Bool = true) -> [FormField] {
        var fields: [FormField] = [
            .heading("h1", "Thông tin cá nhân"),
            .text("name", "Họ và tên", name, required: true),
            .text("birth", "Ngày sinh", birth, hint: "dd/mm/yyyy", width: 12, error: birthError),
            FormField(id: "checked", label: "Ghi chú", value: .note("Đã kiểm tra", .muted)),
            .heading("h2", "Khen thưởng"),
        ]
        if includeRank { fields.append(.choice("rank", "Xếp loại", ranks, selected: "kha")) }
        fields.append(FormField(id: "nominee", label: "Người đề cử", value: .action("Chọn người…")))
        return fields
    }

    static func form(_ fields: [FormField] = fields()) -> FormView {
        let form = FormView()
        form.setFields(fields)
        return form
    }

    private func cursor(of id: String, in form: FormView) -> Int? {
        guard case .text(let input)? = form.fields.first(where: { $0.id == id })?.value else { return nil }
        return input.cursor
    }

    @Test("The first focusable field has the focus; headings and notes cannot take it")
    func initialFocus() {
        let form = Self.form()
        #expect(form.focusedID == "name")
        #expect(form.focusedField?.label == "Họ và tên")
        form.focus("h2")
        #expect(form.focusedID == "name")
        form.focus("checked")
        #expect(form.focusedID == "name")
        form.focus("unknown")
        #expect(form.focusedID == "name")
        form.focus("rank")
        #expect(form.focusedID == "rank")
        #expect(FormView().focusedID == nil)
    }

    @Test("Next and previous field skip headings and notes and stop at the ends")
    func focusMovement() {
        let form = Self.form()
        var visited: [String?] = []
        for _ in 0..<5 {
            #expect(form.perform(.nextField) == .handled)
            visited.append(form.focusedID)
        }
        #expect(visited == ["birth", "rank", "nominee", "nominee", "nominee"])
        visited = []
        for _ in 0..<5 {
            #expect(form.perform(.previousField) == .handled)
            visited.append(form.focusedID)
        }
        #expect(visited == ["rank", "birth", "name", "name", "name"])
        #expect(form.perform(.down) == .handled)
        #expect(form.focusedID == "birth")
        #expect(form.perform(.up) == .handled)
        #expect(form.focusedID == "name")
        #expect(form.perform(.save) == .ignored)
    }

    @Test("Enter opens a choice, activates an action, and moves on from a text field")
    func enter() {
        let form = Self.form()
        #expect(form.perform(.choose) == .handled)
        #expect(form.focusedID == "birth")
        #expect(form.perform(.choose) == .handled)
        #expect(form.focusedID == "rank")
        #expect(form.perform(.choose) == .openChoice("rank"))
        #expect(form.focusedID == "rank")
        form.focus("nominee")
        #expect(form.perform(.choose) == .activated("nominee"))
        #expect(form.focusedID == "nominee")
        #expect(form.perform(.choose) == .activated("nominee"))
        #expect(form.handle(.character(" ")) == .ignored)
        #expect(form.handle(.character("x")) == .ignored)
    }

    @Test("The next and previous option cycle a choice with wrap-around")
    func cycleChoice() {
        let form = Self.form()
        form.focus("rank")
        #expect(form.choice("rank") == "kha")
        #expect(form.perform(.nextOption) == .changed("rank"))
        #expect(form.choice("rank") == "dat")
        #expect(form.perform(.nextOption) == .changed("rank"))
        #expect(form.choice("rank") == "tot")
        #expect(form.perform(.nextOption) == .changed("rank"))
        #expect(form.choice("rank") == "kha")
        #expect(form.perform(.previousOption) == .changed("rank"))
        #expect(form.choice("rank") == "tot")
        #expect(form.perform(.previousOption) == .changed("rank"))
        #expect(form.choice("rank") == "dat")
        #expect(form.handle(.character("x")) == .ignored)
        #expect(form.handle(.right) == .ignored)
        #expect(form.perform(.cursorLeft) == .ignored)
        #expect(form.choice("rank") == "dat")
    }

    @Test("A choice with nothing selected starts at the first or the last option")
    func cycleFromNothing() {
        let form = FormView()
        form.setFields([.choice("rank", "Xếp loại", Self.ranks, selected: nil)])
        #expect(form.choice("rank") == nil)
        #expect(form.perform(.nextOption) == .changed("rank"))
        #expect(form.choice("rank") == "tot")
        form.setChoice("rank", to: nil)
        #expect(form.perform(.previousOption) == .changed("rank"))
        #expect(form.choice("rank") == "dat")
        form.setChoice("rank", to: "kha")
        #expect(form.choice("rank") == "kha")
    }

    @Test("Typing into a text field changes it")
    func typing() {
        let form = Self.form()
        form.focus("birth")
        for character in "31/12/1990" {
            #expect(form.handle(.character(character)) == .changed("birth"))
        }
        #expect(form.text("birth") == "31/12/1990")
        #expect(form.perform(.cursorLeft) == .handled)
        #expect(form.perform(.deleteBackward) == .changed("birth"))
        #expect(form.text("birth") == "31/12/190")
        #expect(form.perform(.lineStart) == .handled)
        #expect(form.perform(.deleteBackward) == .handled)
        #expect(form.handle(.function(3)) == .ignored)
        #expect(form.handle(.backspace) == .ignored)
        #expect(form.perform(.nextOption) == .ignored)
        #expect(form.text("birth") == "31/12/190")
        #expect(form.text("name") == "Nguyễn Văn An")
        #expect(form.text("rank") == nil)
        #expect(form.choice("name") == nil)
    }

    @Test("Marks typed separately into a field make one letter")
    func typingMarks() {
        let form = FormView()
        form.setFields([.text("name", "Họ và tên", "")])
        for key: KeyEvent in [.character("N"), .character("g"), .character("u"), .character("y"),
                              .character("e"), .character("\u{0302}"), .character("\u{0303}"), .character("n")] {
            #expect(form.handle(key) == .changed("name"))
        }
        #expect(form.text("name") == "Nguyễn")
        #expect(form.text("name")?.unicodeScalars.count == 6)
        #expect(form.perform(.cursorLeft) == .handled)
        #expect(form.perform(.deleteBackward) == .changed("name"))
        #expect(form.text("name") == "Nguyn")
    }

    @Test("setFields keeps the cursor of a text field whose id and text are unchanged")
    func setFieldsKeepsCursor() {
        let form = Self.form()
        _ = form.perform(.lineStart)
        _ = form.perform(.cursorRight)
        #expect(cursor(of: "name", in: form) == 1)
        form.setFields(Self.fields())
        #expect(cursor(of: "name", in: form) == 1)
        _ = form.handle(.character("X"))
        #expect(form.text("name") == "NXguyễn Văn An")

        // Changed text: cursor at the end of the new text.
        form.setFields(Self.fields(name: "Trần Thị Bình"))
        #expect(cursor(of: "name", in: form) == 13)
        _ = form.handle(.character("!"))
        #expect(form.text("name") == "Trần Thị Bình!")
    }

    @Test("setFields keeps the focus by id, or moves it to the first focusable field")
    func setFieldsKeepsFocus() {
        let form = Self.form()
        form.focus("rank")
        form.setFields(Array(Self.fields().reversed()))
        #expect(form.focusedID == "rank")
        #expect(form.choice("rank") == "kha")
        form.setFields(Self.fields(includeRank: false))
        #expect(form.focusedID == "name")
        form.focus("nominee")
        form.setFields([.heading("h", "Trống"), FormField(id: "nominee", label: "Ghi chú", value: .note("x", .muted)),
                        .text("other", "Khác", "")])
        #expect(form.focusedID == "other")
        form.setFields([.heading("h", "Trống")])
        #expect(form.focusedID == nil)
        #expect(form.perform(.choose) == .ignored)
        #expect(form.handle(.character("a")) == .ignored)
    }

    @Test("Drawing puts labels, values, the error under its field and the cursor in the focused text field")
    func drawing() throws {
        let form = Self.form(Self.fields(birthError: "Ngày sinh không hợp lệ"))
        form.focus("birth")
        for character in "31/02/1990" { _ = form.handle(.character(character)) }
        var buffer = ScreenBuffer(size: Size(width: 60, height: 12))
        form.draw(in: buffer.bounds, on: &buffer)

        #expect(buffer.rowText(0) == "Thông tin cá nhân")
        #expect(buffer.rowText(1).hasPrefix(" Họ và tên *"))
        let birthRow = try #require(buffer.rows(containing: "Ngày sinh").first)
        #expect(birthRow == 2)
        let valueX = 1 + form.labelWidth + 2
        #expect(buffer.column(of: "31/02/1990", inRow: birthRow) == valueX)
        #expect(buffer.column(of: "Nguyễn Văn An", inRow: 1) == valueX)
        // The error is on the next row, under the value.
        #expect(buffer.column(of: "! Ngày sinh không hợp lệ", inRow: birthRow + 1) == valueX)
        #expect(buffer[valueX, birthRow + 1].style.role == .error)
        // The note, then a blank line before the second heading.
        #expect(buffer.rowText(4).contains("Đã kiểm tra"))
        #expect(buffer.rowText(5) == "")
        #expect(buffer.rowText(6) == "Khen thưởng")
        #expect(buffer.column(of: "‹ Khá ›", inRow: 7) == valueX)
        #expect(buffer.rowText(8).contains("Chọn người… ▸"))

        // The cursor stands after what was typed, in the focused field.
        let cursor = try #require(buffer.cursor)
        #expect(cursor == Point(x: valueX + 10, y: birthRow))
        #expect(buffer[cursor.x - 1, cursor.y].text == "0")
        #expect(buffer[cursor.x, cursor.y].style.role == .focusedField)
        #expect(buffer[valueX, 1].style.role == .field)
        #expect(buffer[1, birthRow].style.attributes.contains(.bold))
    }

    @Test("The cursor follows the editing position; no cursor when a choice is focused or the form is not")
    func drawingCursor() throws {
        let form = Self.form()
        _ = form.perform(.lineStart)
        _ = form.perform(.cursorRight)
        _ = form.perform(.cursorRight)
        var buffer = ScreenBuffer(size: Size(width: 60, height: 12))
        form.draw(in: buffer.bounds, on: &buffer)
        let valueX = 1 + form.labelWidth + 2
        #expect(buffer.cursor == Point(x: valueX + 2, y: 1))

        form.focus("rank")
        var second = ScreenBuffer(size: Size(width: 60, height: 12))
        form.draw(in: second.bounds, on: &second)
        #expect(second.cursor == nil)
        #expect(second.rowText(6).contains("‹ Khá ›"))
        #expect(second[valueX, 6].style.role == .focusedField)
        #expect(second[valueX, 1].style.role == .field)

        form.focus("name")
        var third = ScreenBuffer(size: Size(width: 60, height: 12))
        form.draw(in: third.bounds, on: &third, focused: false)
        #expect(third.cursor == nil)
    }

    @Test("An empty text field shows its hint")
    func hint() throws {
        let form = Self.form()
        var buffer = ScreenBuffer(size: Size(width: 60, height: 12))
        form.draw(in: buffer.bounds, on: &buffer)
        let row = try #require(buffer.rows(containing: "Ngày sinh").first)
        let valueX = 1 + form.labelWidth + 2
        #expect(buffer.column(of: "dd/mm/yyyy", inRow: row) == valueX)
        #expect(buffer[valueX, row].style.attributes.contains(.dim))
    }

    static func longForm() -> (FormView, [String]) {
        var fields: [FormField] = []
        var ids: [String] = []
        for index in 0..<30 {
            if index % 6 == 0 { fields.append(.heading("h\(index)", "Phần \(index / 6 + 1)")) }
            fields.append(.text("f\(index)", "Trường \(index)", "giá trị [\(index)]",
                                error: index % 4 == 3 ? "Sai ở [\(index)]" : nil))
            ids.append("f\(index)")
        }
        let form = FormView()
        form.setFields(fields)
        return (form, ids)
    }

    @Test("Scrolling keeps the focused field, and its error, inside a small rectangle")
    func scrolling() throws {
        let (form, ids) = Self.longForm()
        let rect = Rect(x: 2, y: 3, width: 50, height: 6)
        func check(_ index: Int) throws {
            #expect(form.focusedID == ids[index])
            var buffer = ScreenBuffer(size: Size(width: 60, height: 12))
            form.draw(in: rect, on: &buffer)
            let row = try #require(buffer.rows(containing: "giá trị [\(index)]").first, "f\(index) not shown")
            #expect(row >= rect.minY && row < rect.maxY)
            #expect(buffer.rowText(row).hasPrefix("   Trường \(index) "))
            if index % 4 == 3 {
                #expect(buffer.rows(containing: "! Sai ở [\(index)]") == [row + 1])
            }
            #expect(buffer.cursor?.y == row)
            // Nothing is drawn outside the rectangle.
            for y in 0..<buffer.size.height where !(rect.minY..<rect.maxY).contains(y) {
                #expect(buffer.rowText(y) == "", "row \(y) drawn outside the form")
            }
            for y in rect.minY..<rect.maxY {
                #expect(buffer[0, y] == Cell.blank() && buffer[1, y] == Cell.blank())
            }
        }
        try check(0)
        for index in 1..<ids.count {
            _ = form.perform(.nextField)
            try check(index)
        }
        for index in (0..<(ids.count - 1)).reversed() {
            _ = form.perform(.previousField)
            try check(index)
        }
    }

    @Test("Scroll marks show when there is more above or below")
    func scrollMarks() {
        let (form, _) = Self.longForm()
        let rect = Rect(x: 0, y: 0, width: 50, height: 6)
        var top = ScreenBuffer(size: Size(width: 50, height: 6))
        form.draw(in: rect, on: &top)
        #expect(!top.text.contains("▲"))
        #expect(top[49, 5].text == "▼")

        form.focus("f29")
        var bottom = ScreenBuffer(size: Size(width: 50, height: 6))
        form.draw(in: rect, on: &bottom)
        #expect(bottom[49, 0].text == "▲")
        #expect(!bottom.text.contains("▼"))
        #expect(bottom.text.contains("giá trị [29]"))
    }

    @Test("The heading just above the focused field is shown with it")
    func headingShownAboveFocus() {
        let (form, _) = Self.longForm()
        let rect = Rect(x: 0, y: 0, width: 50, height: 6)
        var buffer = ScreenBuffer(size: Size(width: 50, height: 6))
        form.focus("f29")
        form.draw(in: rect, on: &buffer)
        // Move up to f24, the first field of "Phần 5".
        for _ in 0..<5 { _ = form.perform(.previousField) }
        #expect(form.focusedID == "f24")
        var again = ScreenBuffer(size: Size(width: 50, height: 6))
        form.draw(in: rect, on: &again)
        #expect(again.text.contains("Phần 5"))
        #expect(again.text.contains("giá trị [24]"))
    }

    @Test("Page down and page up move the focus by half the visible height")
    func paging() {
        let (form, ids) = Self.longForm()
        var buffer = ScreenBuffer(size: Size(width: 50, height: 8))
        form.draw(in: buffer.bounds, on: &buffer)
        #expect(form.perform(.pageDown) == .handled)
        #expect(form.focusedID == ids[4])
        #expect(form.perform(.pageUp) == .handled)
        #expect(form.focusedID == ids[0])
        for _ in 0..<20 { _ = form.perform(.pageDown) }
        #expect(form.focusedID == ids.last)
    }

    @Test("A text field without the focus shows the beginning of its text, cut with “…”; with it, the part round the cursor")
    func unfocusedShowsTheBeginning() throws {
        let note = "Trường Mầm non báo cáo đang xem xét kỷ luật một giáo viên, chờ kết luận của phòng"
        let form = FormView()
        form.setFields([.text("name", "Họ và tên", "An"), .text("note", "Ghi chú", note, width: 30)])
        var buffer = ScreenBuffer(size: Size(width: 60, height: 6))
        form.draw(in: buffer.bounds, on: &buffer)
        let row = try #require((0..<6).first { buffer.rowText($0).contains("Ghi chú") })
        #expect(buffer.rowText(row).contains("Trường Mầm non báo cáo đang x…"))
        // Focused, with the cursor at the end: the end shows, round the cursor.
        form.focus("note")
        var focused = ScreenBuffer(size: Size(width: 60, height: 6))
        form.draw(in: focused.bounds, on: &focused)
        #expect(focused.rowText(row).contains("chờ kết luận của phòng"))
        #expect(!focused.rowText(row).contains("Trường"))
    }

    @Test("A field's error longer than its line wraps under the value instead of being cut")
    func longErrorWraps() throws {
        let error = "Số định danh cá nhân gồm đúng 12 chữ số (chữ số đầu theo nơi đăng ký khai sinh)"
        let form = Self.form(Self.fields(birthError: error))
        var buffer = ScreenBuffer(size: Size(width: 50, height: 14))
        form.draw(in: buffer.bounds, on: &buffer)
        let text = (0..<14).map { buffer.rowText($0).trimmingCharacters(in: .whitespaces) }
        let first = try #require(text.firstIndex { $0.hasPrefix("! Số định danh") })
        #expect(text[first + 1].contains("12") || text[first + 1].contains("chữ số"))
        #expect(text.joined(separator: " ").contains("khai sinh)"))
        #expect(!text[first...(first + 2)].joined().contains("…"))
        // The form's height counts the error's rows.
        #expect(form.contentHeight(width: 50) > Self.form().contentHeight(width: 50) + 1)
    }
}
