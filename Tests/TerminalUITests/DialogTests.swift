import Testing
import TerminalUI

@Suite("Dialogs")
struct DialogTests {
    /// A dialog of three buttons that record their names; "Huỷ" is the cancel button.
    static func threeButtons(_ recorder: Recorder, focus: Int = 0) -> MessageDialog {
        MessageDialog(
            title: "Lưu hồ sơ?",
            lines: ["Hồ sơ của Nguyễn Văn An chưa được lưu.", "Chọn một việc."],
            buttons: [
                .init("Lưu") { app in recorder.events.append("Lưu"); app.dismissDialog() },
                .init("Không lưu") { app in recorder.events.append("Không lưu"); app.dismissDialog() },
                .init("Huỷ", role: .cancel) { app in recorder.events.append("Huỷ"); app.dismissDialog() },
            ],
            focus: focus)
    }

    @Test("A progress bar offers no key in the status bar: none is read while the work runs")
    func progressOffersNoKey() {
        let screen = TestScreen(title: "Danh sách", contexts: [.list])
        let (app, _) = makeApp(screen)
        app.push(TestScreen(title: "Dữ liệu", contexts: [.list]))
        #expect(app.statusBarBindings.contains { $0.action == .back })
        let progress = ProgressDialog(title: "Đang xuất dữ liệu")
        app.present(progress)
        progress.update(done: 5, total: 10, app: app)
        #expect(app.statusBarBindings.isEmpty, "\(app.statusBarBindings.map(\.action))")
        app.dismissDialog(progress)
        #expect(app.statusBarBindings.contains { $0.action == .back })
    }

    @Test("A stoppable bar takes the keys typed meanwhile: Esc asks its work to stop, others are dropped")
    func stoppableProgressReadsItsKey() {
        let (app, terminal) = makeApp(TestScreen(title: "Dữ liệu", contexts: [.list]))
        app.keymap = Keymap(app.keymap.bindings + [KeyBinding(.stop, [.escape], context: .progress, label: "key.stop", help: "key.stop",
                                                               inStatusBar: true)])
        let progress = ProgressDialog(title: "Đang đọc tệp", stoppable: true, unit: "dòng đã đọc")
        app.present(progress)
        #expect(app.statusBarBindings.map(\.action) == [.stop])
        terminal.enqueue([.character("x"), .down])
        progress.update(done: 1_000, total: 0, app: app)
        #expect(!progress.stopRequested)
        #expect(terminal.isIdle)
        // No total: the count in its unit, and no bar.
        #expect(terminal.screen.text.contains("1000 dòng đã đọc"))
        #expect(!terminal.screen.text.contains("░"))
        terminal.enqueue([.escape])
        progress.update(done: 2_000, total: 4_000, app: app)
        #expect(progress.stopRequested)
        #expect(terminal.screen.text.contains("2000/4000"))
    }

    @Test("Tab, Shift-Tab and the arrows move the focus between buttons, wrapping around")
    func focusMovement() {
        let screen = TestScreen(title: "Danh sách", contexts: [.list])
        let (app, terminal) = makeApp(screen)
        let recorder = Recorder()
        let dialog = Self.threeButtons(recorder)
        app.present(dialog)
        #expect(dialog.focus == 0)
        let steps: [(KeyEvent, Int)] = [
            (.tab, 1), (.tab, 2), (.tab, 0), (.backTab, 2), (.down, 0), (.up, 2),
            (.right, 0), (.right, 1), (.left, 0), (.left, 2),
        ]
        for (key, expected) in steps {
            terminal.enqueue([key])
            app.run()
            #expect(dialog.focus == expected, "after \(key.displayName)")
        }
        #expect(recorder.events.isEmpty)
        #expect(app.dialogs.count == 1)
        #expect(screen.performed.isEmpty)
        #expect(screen.handled.isEmpty)
    }

    @Test("The focus given at creation is clamped to the buttons")
    func initialFocus() {
        let recorder = Recorder()
        #expect(Self.threeButtons(recorder, focus: 7).focus == 2)
        #expect(Self.threeButtons(recorder, focus: -1).focus == 0)
        #expect(MessageDialog(title: "x", lines: [], buttons: [], focus: 3).focus == 0)
    }

    @Test("Enter runs the focused button", arguments: [0, 1, 2])
    func enterRunsFocused(rightPresses: Int) {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách"))
        let recorder = Recorder()
        app.present(Self.threeButtons(recorder))
        terminal.enqueue(Array(repeating: KeyEvent.right, count: rightPresses) + [.enter])
        app.run()
        #expect(recorder.events == [["Lưu", "Không lưu", "Huỷ"][rightPresses]])
        #expect(app.dialogs.isEmpty)
        #expect(!terminal.screen.text.contains("Lưu hồ sơ?"))
    }

    @Test("Esc runs the cancel button whatever has the focus")
    func escRunsCancel() {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách"))
        let recorder = Recorder()
        app.present(Self.threeButtons(recorder))
        terminal.enqueue([.right, .escape])
        app.run()
        #expect(recorder.events == ["Huỷ"])
        #expect(app.dialogs.isEmpty)
        #expect(app.screens.count == 1)
        #expect(app.isRunning)
    }

    @Test("Esc closes a dialog without a cancel button")
    func escWithoutCancel() {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách"))
        let recorder = Recorder()
        app.present(MessageDialog(title: "Thông báo", lines: ["Đã lưu."], buttons: [
            .init("Đồng ý") { app in recorder.events.append("ok"); app.dismissDialog() },
        ]))
        terminal.enqueue([.escape])
        app.run()
        #expect(app.dialogs.isEmpty)
        #expect(recorder.events.isEmpty)
    }

    @Test("A dialog is drawn over the screen with its title, text and buttons, the focused one highlighted")
    func drawing() throws {
        let screen = TestScreen(title: "Danh sách", lines: ["Dòng một của màn hình"])
        let (app, terminal) = makeApp(screen)
        let recorder = Recorder()
        app.present(Self.threeButtons(recorder))
        terminal.enqueue([.right])
        app.run()
        let text = terminal.screen.text
        #expect(text.contains(" Lưu hồ sơ? "))
        #expect(text.contains("Hồ sơ của Nguyễn Văn An chưa được lưu."))
        #expect(text.contains("Chọn một việc."))
        #expect(text.contains("Dòng một của màn hình"))
        let buttonRow = try #require(terminal.screen.rows(containing: "[ Không lưu ]").first)
        let row = terminal.screen.rowText(buttonRow)
        #expect(row.contains("[ Lưu ]  [ Không lưu ]  [ Huỷ ]"))
        let focused = try #require(terminal.screen.column(of: "[ Không lưu ]", inRow: buttonRow))
        let other = try #require(terminal.screen.column(of: "[ Lưu ]", inRow: buttonRow))
        #expect(terminal.screen[focused + 2, buttonRow].style.role == .selected)
        #expect(terminal.screen[other + 2, buttonRow].style.role == .dialog)
        // The title and status bars stay; the cursor is hidden.
        #expect(terminal.screen.rowText(0).hasPrefix(" tdkt"))
        #expect(terminal.screen.cursor == nil)
        let titleRow = try #require(terminal.screen.rows(containing: " Lưu hồ sơ? ").first)
        #expect(titleRow > 0 && titleRow < buttonRow && buttonRow < 23)
    }

    @Test("Keys do not reach the screen while a dialog is open")
    func dialogTakesKeys() {
        let screen = TestScreen(title: "Danh sách", contexts: [.list])
        let (app, terminal) = makeApp(screen)
        let recorder = Recorder()
        app.present(Self.threeButtons(recorder))
        terminal.enqueue([.delete, .function(5), .character("a")])
        terminal.enqueue(typing: "xyz")
        app.run()
        #expect(screen.performed.isEmpty)
        #expect(screen.handled.isEmpty)
        #expect(app.screens.count == 1)
        #expect(app.dialogs.count == 1)
        #expect(app.currentContexts == [.dialog])
        // The status bar shows the bindings in force in the dialog: the global ones, not the list's.
        #expect(terminal.screen.rowText(23) == "F1 Trợ giúp  Esc Quay lại  F10 Thoát")
    }

    @Test("F1 in a dialog shows the dialog's keys over it; F1 or Esc closes the help, the dialog stays")
    func helpOverDialog() {
        let screen = TestScreen(title: "Danh sách", contexts: [.list])
        let (app, terminal) = makeApp(screen)
        let recorder = Recorder()
        app.present(Self.threeButtons(recorder))
        terminal.enqueue([.function(1)])
        app.run()
        #expect(app.dialogs.count == 2)
        #expect(app.screens.count == 1)
        #expect(terminal.screen.text.contains("Trợ giúp phím"))
        #expect(terminal.screen.text.contains("Mở trang trợ giúp này"))
        // The list's keys are not the dialog's.
        #expect(!terminal.screen.text.contains("Xoá hồ sơ đang chọn"))
        terminal.enqueue([.function(1)])
        app.run()
        #expect(app.dialogs.count == 1)
        terminal.enqueue([.function(1), .escape])
        app.run()
        #expect(app.dialogs.count == 1)
        #expect(recorder.events.isEmpty)
        #expect(screen.performed.isEmpty)
    }

    @Test("Ctrl-L and F10 still work over a dialog")
    func passThrough() {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách"))
        let recorder = Recorder()
        app.present(Self.threeButtons(recorder))
        app.run()
        let before = terminal.cellsWritten
        terminal.enqueue([.control("l")])
        app.run()
        #expect(terminal.cellsWritten - before == 80 * 24)
        terminal.enqueue([.function(10)])
        app.run()
        #expect(!app.isRunning)
        #expect(recorder.events.isEmpty)
    }

    // MARK: Picker

    static let people = [
        PickerDialog.Entry(id: "p1", label: "Trần Thị Bình", detail: "Tổ 3"),
        PickerDialog.Entry(id: "p2", label: "Nguyễn Văn An", detail: "Tổ 7"),
        PickerDialog.Entry(id: "p3", label: "Phạm Thu Hà", detail: "Tổ 1"),
        PickerDialog.Entry(id: "p4", label: "Lê Nguyên Hùng", detail: "Tổ 7"),
        PickerDialog.Entry(id: "p5", label: "Đặng Văn Đức", detail: "Tổ 2"),
    ]

    static func picker(_ recorder: Recorder, selected: String? = nil) -> PickerDialog {
        PickerDialog(title: "Chọn người đề cử", filterLabel: "Tìm", entries: people, selected: selected) { app, entry in
            recorder.events.append(entry.id)
            app.show(message: "Đã chọn \(entry.label)")
        }
    }

    @Test("The picker lists every entry before anything is typed")
    func pickerShowsAll() {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        app.present(Self.picker(Recorder()))
        app.run()
        for entry in Self.people {
            #expect(terminal.screen.text.contains(entry.label))
        }
        #expect(terminal.screen.text.contains(" Chọn người đề cử "))
        #expect(terminal.screen.text.contains("Tìm:"))
    }

    @Test("Typing without accents filters accented names", arguments: ["nguyen", "NGUYEN", "Nguyễn".decomposedForTest, "Nguyên"])
    func pickerFilters(typed: String) throws {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        app.present(Self.picker(Recorder()))
        terminal.enqueue(typed.unicodeScalars.map { KeyEvent.character(Character($0)) })
        app.run()
        let text = terminal.screen.text
        #expect(text.contains("Tìm: " + typed.precomposedForTest))
        #expect(!text.contains("Trần Thị Bình"))
        #expect(!text.contains("Phạm Thu Hà"))
        #expect(!text.contains("Đặng Văn Đức"))
        // Accents and case are ignored on both sides.
        #expect(text.contains("Nguyễn Văn An"))
        #expect(text.contains("Lê Nguyên Hùng"))
        // The cursor stands in the filter, after what was typed.
        let cursor = try #require(terminal.screen.cursor)
        let filterRow = try #require(terminal.screen.rows(containing: "Tìm: ").first)
        #expect(cursor.y == filterRow)
        let filterX = try #require(terminal.screen.column(of: "Tìm: ", inRow: filterRow))
        #expect(cursor.x == filterX + 5 + 6)
    }

    @Test("Enter picks the selected entry and closes the picker")
    func pickerEnter() {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        let recorder = Recorder()
        app.present(Self.picker(recorder))
        terminal.enqueue(typing: "nguyen")
        terminal.enqueue([.enter])
        app.run()
        #expect(recorder.events == ["p2"])
        #expect(app.dialogs.isEmpty)
        #expect(!terminal.screen.text.contains("Chọn người đề cử"))
        #expect(terminal.screen.rowText(23).hasSuffix("Đã chọn Nguyễn Văn An"))
    }

    @Test("Down moves the selection within the filtered entries")
    func pickerDown() {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        let recorder = Recorder()
        app.present(Self.picker(recorder))
        terminal.enqueue(typing: "to 7")
        terminal.enqueue([.down, .down, .enter])
        app.run()
        #expect(recorder.events == ["p4"])
    }

    @Test("Backspace widens the filter again and puts the selection back on top")
    func pickerBackspace() {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        let recorder = Recorder()
        app.present(Self.picker(recorder))
        terminal.enqueue([.down, .down])
        terminal.enqueue(typing: "ha")
        terminal.enqueue([.backspace, .backspace])
        app.run()
        for entry in Self.people { #expect(terminal.screen.text.contains(entry.label)) }
        terminal.enqueue([.enter])
        app.run()
        #expect(recorder.events == ["p1"])
    }

    @Test("The entry given as selected starts selected")
    func pickerSelected() {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        let recorder = Recorder()
        app.present(Self.picker(recorder, selected: "p3"))
        terminal.enqueue([.enter])
        app.run()
        #expect(recorder.events == ["p3"])
    }

    @Test("The picker's list scrolls to keep the selection in view")
    func pickerScrolls() throws {
        let entries = (1...40).map { PickerDialog.Entry(id: "n\($0)", label: "Người số \($0)") }
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        let recorder = Recorder()
        app.present(PickerDialog(title: "Chọn", filterLabel: "Tìm", entries: entries) { _, entry in
            recorder.events.append(entry.id)
        })
        app.run()
        #expect(terminal.screen.text.contains("Người số 16"))
        #expect(!terminal.screen.text.contains("Người số 17"))
        terminal.enqueue(Array(repeating: KeyEvent.down, count: 20))
        app.run()
        let row = try #require(terminal.screen.rows(containing: "Người số 21").first)
        let x = try #require(terminal.screen.column(of: "Người số 21", inRow: row))
        #expect(terminal.screen[x, row].style.role == .selected)
        #expect(!terminal.screen.text.contains("Người số 5 "))
        #expect(!terminal.screen.rowText(row + 1).contains("Người số"))
        terminal.enqueue([.pageDown, .enter])
        app.run()
        #expect(recorder.events == ["n31"])
    }

    @Test("Esc closes the picker without picking; Enter with no match does nothing")
    func pickerCancel() {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        let recorder = Recorder()
        app.present(Self.picker(recorder))
        terminal.enqueue(typing: "zzz")
        terminal.enqueue([.enter])
        app.run()
        #expect(app.dialogs.count == 1)
        #expect(terminal.screen.text.contains("—"))
        #expect(recorder.events.isEmpty)
        terminal.enqueue([.escape])
        app.run()
        #expect(app.dialogs.isEmpty)
        #expect(recorder.events.isEmpty)
        #expect(app.screens.count == 1)
    }
}
