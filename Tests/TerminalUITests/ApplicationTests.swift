import Testing
import TerminalUI

@Suite("Application")
struct ApplicationTests {
    static let heading = "tdkt — Phường Bến Nghé"

    @Test("The title bar shows the heading on the left and the screen title on the right")
    func titleBar() throws {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách cá nhân", contexts: [.list]))
        app.run()
        let row = terminal.screen.rowText(0)
        #expect(row.hasPrefix(" " + Self.heading))
        #expect(row.hasSuffix("Danh sách cá nhân"))
        #expect(terminal.screen.column(of: "Danh sách cá nhân", inRow: 0) == 80 - 17 - 1)
        #expect((0..<80).allSatisfy { terminal.screen[$0, 0].style.role == .title })
        #expect(terminal.screen[1, 0].style.attributes.contains(.bold))
    }

    @Test("The run loop returns when the headless terminal has nothing more, drawing once per event")
    func runReturnsWhenIdle() {
        let screen = TestScreen(title: "Danh sách", contexts: [.list], lines: ["Dòng đầu"])
        let (app, terminal) = makeApp(screen)
        terminal.enqueue([.down, .character("a"), .function(5)])
        app.run()
        #expect(terminal.isIdle)
        #expect(app.isRunning)
        #expect(terminal.frameCount == 4)
        #expect(app.framesDrawn == 4)
        #expect(screen.performed == [.down, .sort])
        #expect(screen.handled == [.down, .character("a"), .function(5)])
        #expect(terminal.screen.rowText(1) == " Dòng đầu")
        #expect(terminal.screen.size == Size(width: 80, height: 24))
    }

    @Test("The status bar shows the bindings marked for it in the current contexts, as “Key Label”")
    func statusBar() throws {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách", contexts: [.list]))
        app.run()
        // The first screen: nothing to go back to, so no Esc.
        #expect(terminal.screen.rowText(23) == "Del Xoá  F1 Trợ giúp  F10 Thoát")
        app.push(TestScreen(title: "Danh sách", contexts: [.list]))
        app.run()
        #expect(terminal.screen.rowText(23) == "Del Xoá  F1 Trợ giúp  Esc Quay lại  F10 Thoát")
        #expect(terminal.screen[0, 23].style.role == .statusKey)
        #expect(terminal.screen[4, 23].style.role == .statusBar)
        #expect((0..<80).allSatisfy { [.statusBar, .statusKey].contains(terminal.screen[$0, 23].style.role) })

        let (formApp, formTerminal) = makeApp(TestScreen(title: "Hồ sơ", contexts: [.form]))
        formApp.run()
        #expect(formTerminal.screen.rowText(23) == "F2 Lưu  F1 Trợ giúp  F10 Thoát")

        let (plainApp, plainTerminal) = makeApp(TestScreen(title: "Trang đầu"))
        plainApp.run()
        #expect(plainTerminal.screen.rowText(23) == "F1 Trợ giúp  F10 Thoát")
    }

    @Test("A label missing from the string table shows as ⟦key⟧ in the status bar")
    func statusBarMissingLabel() {
        let (app, terminal) = makeApp(TestScreen(title: "Trang đầu"))
        var keymap = testKeymap()
        keymap = Keymap(keymap.bindings + [
            KeyBinding("export", [.function(6)], label: "key.export", help: "help.export", inStatusBar: true),
        ])
        app.keymap = keymap
        app.run()
        #expect(terminal.screen.rowText(23) == "F1 Trợ giúp  F10 Thoát  F6 ⟦key.export⟧")
    }

    @Test("F10 quits at once when nothing is unsaved")
    func quitAtOnce() {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách"))
        terminal.enqueue([.function(10), .down])
        app.run()
        #expect(!app.isRunning)
        #expect(app.dialogs.isEmpty)
        // The loop stopped: the key after F10 was not read, and no frame was drawn after quitting.
        #expect(!terminal.isIdle)
        #expect(terminal.frameCount == 1)
    }

    @Test("Ctrl-C quits like F10")
    func interruptQuits() {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách"))
        terminal.enqueue([.control("c")])
        app.run()
        #expect(!app.isRunning)
    }

    @Test("With unsaved changes F10 asks first and quits only when leaving is chosen")
    func quitAsksWhenUnsaved() throws {
        let screen = TestScreen(title: "Hồ sơ", contexts: [.form], unsaved: true)
        let (app, terminal) = makeApp(screen)
        terminal.enqueue([.function(10)])
        app.run()
        #expect(app.isRunning)
        #expect(app.dialogs.count == 1)
        #expect(app.dialogs.last is QuitConfirmation)
        let text = terminal.screen.text
        #expect(text.contains(" Thoát chương trình "))
        #expect(text.contains("Có thay đổi chưa lưu — thoát mà không lưu?"))
        let buttonRow = try #require(terminal.screen.rows(containing: "[ Ở lại ]").first)
        #expect(terminal.screen.rowText(buttonRow).contains("[ Ở lại ]  [ Thoát không lưu ]"))
        let stay = try #require(terminal.screen.column(of: "[ Ở lại ]", inRow: buttonRow))
        #expect(terminal.screen[stay + 2, buttonRow].style.role == .selected)

        // F10 again does not stack a second question.
        terminal.enqueue([.function(10), .control("c")])
        app.run()
        #expect(app.dialogs.count == 1)

        // Enter on the focused "stay" closes the question and keeps running.
        terminal.enqueue([.enter])
        app.run()
        #expect(app.isRunning)
        #expect(app.dialogs.isEmpty)
        #expect(!terminal.screen.text.contains("Thoát không lưu"))

        // Esc on the question also stays.
        terminal.enqueue([.function(10), .escape])
        app.run()
        #expect(app.isRunning)
        #expect(app.dialogs.isEmpty)

        // Right then Enter chooses to leave.
        terminal.enqueue([.function(10), .right])
        app.run()
        #expect(app.isRunning)
        let leaveRow = try #require(terminal.screen.rows(containing: "[ Thoát không lưu ]").first)
        let leave = try #require(terminal.screen.column(of: "[ Thoát không lưu ]", inRow: leaveRow))
        #expect(terminal.screen[leave + 2, leaveRow].style.role == .selected)
        terminal.enqueue([.enter])
        app.run()
        #expect(!app.isRunning)
        #expect(app.dialogs.isEmpty)
        // The screen was offered F10 each time no question was open, and nothing while one was.
        #expect(screen.performed == [.quit, .quit, .quit])
    }

    @Test("Unsaved changes on a screen under the top one also make quitting ask")
    func quitAsksForLowerScreen() {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ", unsaved: true))
        app.push(TestScreen(title: "Tra cứu"))
        terminal.enqueue([.function(10)])
        app.run()
        #expect(app.isRunning)
        #expect(app.dialogs.last is QuitConfirmation)
    }

    @Test("Esc goes back to the screen below, which is told it reappeared")
    func backPops() {
        let list = TestScreen(title: "Danh sách cá nhân", contexts: [.list])
        let (app, terminal) = makeApp(list)
        let detail = TestScreen(title: "Hồ sơ Nguyễn Văn An", contexts: [.form])
        app.push(detail)
        app.run()
        #expect(terminal.screen.rowText(0).hasSuffix("Hồ sơ Nguyễn Văn An"))
        terminal.enqueue([.escape])
        app.run()
        #expect(app.screens.count == 1)
        #expect(app.screens.last === list)
        #expect(list.reappearCount == 1)
        #expect(detail.reappearCount == 0)
        #expect(terminal.screen.rowText(0).hasSuffix("Danh sách cá nhân"))
        #expect(terminal.screen.rowText(23).hasPrefix("Del Xoá"))

        // The last screen is never closed.
        terminal.enqueue([.escape])
        app.run()
        #expect(app.screens.count == 1)
        #expect(app.isRunning)
        #expect(list.reappearCount == 1)
    }

    @Test("Esc on an unsaved screen asks first")
    func backAsksWhenUnsaved() throws {
        let list = TestScreen(title: "Danh sách cá nhân", contexts: [.list])
        let (app, terminal) = makeApp(list)
        let detail = TestScreen(title: "Hồ sơ Nguyễn Văn An", contexts: [.form], unsaved: true)
        app.push(detail)
        terminal.enqueue([.escape])
        app.run()
        #expect(app.screens.count == 2)
        #expect(app.dialogs.count == 1)
        #expect(terminal.screen.text.contains(" Bỏ thay đổi? "))
        #expect(terminal.screen.text.contains("Màn hình này có thay đổi chưa lưu."))
        #expect(terminal.screen.text.contains("[ Tiếp tục sửa ]  [ Bỏ thay đổi ]"))

        // Esc in the question means stay.
        terminal.enqueue([.escape])
        app.run()
        #expect(app.dialogs.isEmpty)
        #expect(app.screens.count == 2)
        #expect(list.reappearCount == 0)

        // Enter on the focused first button also stays.
        terminal.enqueue([.escape, .enter])
        app.run()
        #expect(app.dialogs.isEmpty)
        #expect(app.screens.count == 2)

        // Right then Enter leaves.
        terminal.enqueue([.escape, .right, .enter])
        app.run()
        #expect(app.dialogs.isEmpty)
        #expect(app.screens.count == 1)
        #expect(list.reappearCount == 1)
        #expect(app.isRunning)
        #expect(terminal.screen.rowText(0).hasSuffix("Danh sách cá nhân"))
    }

    @Test("A screen that uses an action keeps it from the global handling")
    func screenClaimsAction() {
        let list = TestScreen(title: "Danh sách", contexts: [.list])
        let (app, terminal) = makeApp(list)
        let detail = TestScreen(title: "Hồ sơ", contexts: [.form])
        detail.onPerform = { action, _ in action == .back }
        app.push(detail)
        terminal.enqueue([.escape])
        app.run()
        #expect(app.screens.count == 2)
        #expect(detail.performed == [.back])
    }

    @Test("F1 shows the bindings of the current contexts and the global ones")
    func help() throws {
        let list = TestScreen(title: "Danh sách cá nhân", contexts: [.list])
        let (app, terminal) = makeApp(list)
        terminal.enqueue([.function(1)])
        app.run()
        let helpScreen = try #require(app.screens.last)
        #expect(helpScreen is HelpScreen)
        #expect(app.screens.count == 2)
        let screen = terminal.screen
        #expect(screen.rowText(0).hasSuffix("Trợ giúp phím"))
        #expect(screen.text.contains("Các phím dùng được ở màn hình này:"))

        let listHeading = try #require(screen.rows(containing: "Danh sách").first)
        let globalHeading = try #require(screen.rows(containing: "Mọi nơi").first)
        #expect(listHeading < globalHeading)

        func row(_ help: String) throws -> String {
            let y = try #require(screen.rows(containing: help).first, "\(help) not in help")
            return screen.rowText(y)
        }
        func helpRow(_ help: String) -> Int? { screen.rows(containing: help).first }

        // Each line: the keys, then the sentence.
        #expect(try row("Xoá hồ sơ đang chọn").hasPrefix("    Del "))
        #expect(try row("Sắp xếp theo tên").hasPrefix("    F5 "))
        #expect(try row("Mở trang trợ giúp này").hasPrefix("    F1 "))
        #expect(try row("Quay lại màn hình trước").hasPrefix("    Esc "))
        #expect(try row("Lên một dòng").hasPrefix("    ↑, Ctrl-P "))
        #expect(try row("Vẽ lại màn hình").hasPrefix("    Ctrl-L "))
        // Missing help texts are visible.
        #expect(screen.text.contains("⟦help.next⟧"))
        // The list's bindings under the list heading, the global ones under the global heading.
        #expect(try #require(helpRow("Xoá hồ sơ đang chọn")) > listHeading)
        #expect(try #require(helpRow("Xoá hồ sơ đang chọn")) < globalHeading)
        #expect(try #require(helpRow("Mở trang trợ giúp này")) > globalHeading)
        // Another context's bindings are not listed.
        #expect(!screen.text.contains("Lưu biểu mẫu"))
        #expect(!screen.text.contains("F2"))
        // All the help texts line up in one column.
        let columns = try ["Xoá hồ sơ đang chọn", "Lên một dòng", "Mở trang trợ giúp này"].map { help in
            let y = try #require(helpRow(help))
            return try #require(screen.column(of: help, inRow: y))
        }
        #expect(Set(columns).count == 1)
    }

    @Test("F1 on the help screen, or Esc, goes back")
    func helpCloses() {
        let list = TestScreen(title: "Danh sách cá nhân", contexts: [.list])
        let (app, terminal) = makeApp(list)
        terminal.enqueue([.function(1), .function(1)])
        app.run()
        #expect(app.screens.count == 1)
        #expect(list.reappearCount == 1)
        #expect(terminal.screen.rowText(0).hasSuffix("Danh sách cá nhân"))
        terminal.enqueue([.function(1), .escape])
        app.run()
        #expect(app.screens.count == 1)
        #expect(list.reappearCount == 2)
    }

    @Test("Help on a plain screen lists only the global bindings")
    func helpGlobalOnly() {
        let (app, terminal) = makeApp(TestScreen(title: "Trang đầu"))
        terminal.enqueue([.function(1)])
        app.run()
        #expect(terminal.screen.text.contains("Mọi nơi"))
        #expect(!terminal.screen.text.contains("Danh sách"))
        #expect(!terminal.screen.text.contains("Xoá hồ sơ đang chọn"))
        #expect(terminal.screen.text.contains("Thoát chương trình"))
    }

    @Test("A terminal too small shows the notice; a larger one redraws the screen")
    func tooSmall() throws {
        let screen = TestScreen(title: "Danh sách cá nhân", contexts: [.list], lines: ["Nguyễn Văn An"])
        let (app, terminal) = makeApp(screen)
        app.run()
        terminal.resize(to: Size(width: 60, height: 20))
        app.run()
        #expect(terminal.screen.size == Size(width: 60, height: 20))
        let text = terminal.screen.text
        #expect(text.contains("Cửa sổ quá nhỏ"))
        #expect(text.contains("60×20"))
        #expect(text.contains("80×24"))
        #expect(!text.contains(Self.heading))
        #expect(!text.contains("Nguyễn Văn An"))
        let titleRow = try #require(terminal.screen.rows(containing: "Cửa sổ quá nhỏ").first)
        let titleX = try #require(terminal.screen.column(of: "Cửa sổ quá nhỏ", inRow: titleRow))
        #expect(terminal.screen[titleX, titleRow].style.role == .warning)
        #expect(abs(titleX - (60 - 14) / 2) <= 1)

        // Keys still work while the notice is shown.
        terminal.enqueue([.function(5)])
        app.run()
        #expect(screen.performed == [.sort])
        #expect(terminal.screen.text.contains("Cửa sổ quá nhỏ"))

        terminal.resize(to: Size(width: 100, height: 30))
        app.run()
        #expect(terminal.screen.size == Size(width: 100, height: 30))
        let again = terminal.screen
        #expect(!again.text.contains("Cửa sổ quá nhỏ"))
        #expect(again.rowText(0).hasPrefix(" " + Self.heading))
        #expect(again.rowText(0).hasSuffix("Danh sách cá nhân"))
        #expect(again.column(of: "Danh sách cá nhân", inRow: 0) == 100 - 17 - 1)
        #expect(again.rowText(1) == " Nguyễn Văn An")
        #expect(again.rowText(29) == "Del Xoá  F1 Trợ giúp  F10 Thoát")
    }

    @Test("Only one dimension too small is enough for the notice")
    func tooNarrowOrTooShort() {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách"), size: Size(width: 79, height: 40))
        app.run()
        #expect(terminal.screen.text.contains("Cửa sổ quá nhỏ"))
        #expect(terminal.screen.text.contains("79×40"))
        terminal.resize(to: Size(width: 120, height: 23))
        app.run()
        #expect(terminal.screen.text.contains("120×23"))
        terminal.resize(to: Size(width: 80, height: 24))
        app.run()
        #expect(!terminal.screen.text.contains("Cửa sổ quá nhỏ"))
    }

    @Test("Ctrl-L makes the next frame repaint every cell")
    func redraw() {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách", lines: ["Nguyễn Văn An"]))
        app.run()
        #expect(terminal.cellsWritten == 80 * 24)
        terminal.enqueue([.down])
        app.run()
        #expect(terminal.cellsWritten == 80 * 24)
        terminal.enqueue([.control("l")])
        app.run()
        #expect(terminal.cellsWritten == 2 * 80 * 24)
    }

    @Test("A resize event repaints every cell")
    func resizeRepaints() {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách"))
        app.run()
        let before = terminal.cellsWritten
        // Same size, so only the event itself can cause a full repaint.
        terminal.resize(to: Size(width: 80, height: 24))
        app.run()
        #expect(terminal.cellsWritten - before == 80 * 24)
        terminal.resize(to: Size(width: 90, height: 30))
        app.run()
        #expect(terminal.screen.size == Size(width: 90, height: 30))
        #expect(terminal.screen.rowText(29).hasPrefix("F1 Trợ giúp"))
    }

    @Test("A message beside the keys when it fits; one that does not is shown whole above the bar, every key kept")
    func longMessage() throws {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        app.push(TestScreen(title: "Hồ sơ"))
        let text = String(repeating: "Đã lưu. ", count: 4) + "Xong"  // 36 columns
        app.show(message: text)
        app.run()
        let status = terminal.screen.rowText(23)
        #expect(status.hasPrefix("F1 Trợ giúp  Esc Quay lại  F10 Thoát"))
        #expect(status.hasSuffix(text))

        let long = String(repeating: "Nguyễn Văn An ", count: 8) + "— tổng tiền 2.530.000 đ"
        app.show(message: long)
        app.run()
        // The bar keeps every key and shows no part of the message.
        #expect(terminal.screen.rowText(23) == "F1 Trợ giúp  Esc Quay lại  F10 Thoát")
        // The message, whole, wrapped on the rows above the bar, under a rule; its end is there.
        let rows = (19...22).map { terminal.screen.rowText($0) }
        #expect(rows.contains { $0.hasPrefix("────") })
        let shown = rows.filter { !$0.hasPrefix("─") }.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(shown.contains(long.trimmingCharacters(in: .whitespaces)))
        #expect(!terminal.screen.text.contains("…"))
        // Gone at the next key.
        terminal.enqueue([.down])
        app.run()
        #expect(!terminal.screen.text.contains("tổng tiền"))
    }

    @Test("A long title is cut to half the width and the heading makes room for it")
    func longTitle() {
        let title = "Hồ sơ khen thưởng của Nguyễn Thị Hồng Nhung, tổ dân phố 7, khu phố 3"
        let (app, terminal) = makeApp(TestScreen(title: title))
        app.run()
        let row = terminal.screen.rowText(0)
        #expect(row.hasPrefix(" " + Self.heading))
        #expect(row.hasSuffix("…"))
        #expect(row.contains("Hồ sơ khen thưởng của"))
        #expect(terminal.screen[79, 0] == Cell.blank(Style(.title)))
    }

    @Test("The help screen scrolls when the bindings do not fit")
    func helpScrolls() throws {
        let screen = TestScreen(title: "Danh sách", contexts: [.list])
        let (app, terminal) = makeApp(screen)
        var bindings = testKeymap().bindings
        for index in 1...30 {
            bindings.append(KeyBinding(Action(rawValue: "extra-\(index)"), [.alt(Character(UnicodeScalar(UInt8(64 + index))))], context: .list,
                                       label: "key.extra", help: "Việc thêm số \(index)"))
        }
        app.keymap = Keymap(bindings)
        terminal.enqueue([.function(1)])
        app.run()
        #expect(terminal.screen.text.contains("⟦Việc thêm số 1⟧"))
        #expect(!terminal.screen.text.contains("Mọi nơi"))
        terminal.enqueue([.pageDown, .pageDown, .pageDown])
        app.run()
        #expect(terminal.screen.text.contains("Mọi nơi"))
        #expect(terminal.screen.text.contains("Mở trang trợ giúp này"))
        #expect(!terminal.screen.text.contains("⟦Việc thêm số 1⟧"))
        terminal.enqueue([.up])
        app.run()
        #expect(app.screens.count == 2)
    }

    @Test("Ctrl-Z suspends and the next frame repaints everything")
    func suspend() {
        let (app, terminal) = makeApp(TestScreen(title: "Danh sách"))
        app.run()
        terminal.enqueue([.control("z")])
        app.run()
        #expect(terminal.suspendCount == 1)
        #expect(terminal.cellsWritten == 2 * 80 * 24)
        #expect(app.isRunning)
    }

    @Test("A message shows in the status bar until the next key")
    func message() throws {
        let screen = TestScreen(title: "Hồ sơ", contexts: [.form])
        screen.onPerform = { action, app in
            guard action == .save else { return false }
            app.show(message: "Đã lưu hồ sơ của Nguyễn Văn An")
            return true
        }
        let (app, terminal) = makeApp(screen)
        terminal.enqueue([.function(2)])
        app.run()
        let status = terminal.screen.rowText(23)
        #expect(status.hasPrefix("F2 Lưu  F1 Trợ giúp"))
        #expect(status.hasSuffix("Đã lưu hồ sơ của Nguyễn Văn An"))
        let x = try #require(terminal.screen.column(of: "Đã lưu", inRow: 23))
        #expect(terminal.screen[x, 23].style == Style(.ok, [.bold]))
        #expect(app.message?.text == "Đã lưu hồ sơ của Nguyễn Văn An")

        terminal.enqueue([.down])
        app.run()
        #expect(!terminal.screen.rowText(23).contains("Đã lưu"))
        #expect(app.message == nil)
    }

    @Test("A message set before the loop runs shows in the first frame, in its role")
    func messageBeforeRun() throws {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        app.show(message: "Không mở được tệp", role: .error)
        app.run()
        let x = try #require(terminal.screen.column(of: "Không mở được tệp", inRow: 23))
        #expect(terminal.screen[x, 23].style.role == .error)
        #expect(x + "Không mở được tệp".count == 79)
        terminal.enqueue([.character("q")])
        app.run()
        #expect(!terminal.screen.text.contains("Không mở được tệp"))
    }

    @Test("replaceTop swaps the top screen without telling the one below")
    func replaceTop() {
        let list = TestScreen(title: "Danh sách")
        let (app, terminal) = makeApp(list)
        app.push(TestScreen(title: "Hồ sơ A"))
        app.replaceTop(with: TestScreen(title: "Hồ sơ B"))
        app.run()
        #expect(app.screens.count == 2)
        #expect(terminal.screen.rowText(0).hasSuffix("Hồ sơ B"))
        #expect(list.reappearCount == 0)
        app.pop()
        #expect(list.reappearCount == 1)
        app.pop()
        #expect(app.screens.count == 1)
        #expect(list.reappearCount == 1)
    }

    @Test("The cursor a screen places is kept, and hidden while a dialog is open")
    func cursorUnderDialog() {
        final class FieldScreen: Screen {
            let title = "Hồ sơ"
            var keyContexts: [KeyContext] { [.form] }
            func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
                buffer.put("Họ và tên: An", at: Point(x: rect.minX + 1, y: rect.minY))
                buffer.cursor = Point(x: rect.minX + 14, y: rect.minY)
            }
            func perform(_ action: Action, app: Application) -> Bool { false }
        }
        let (app, terminal) = makeApp(FieldScreen())
        app.run()
        #expect(terminal.screen.cursor == Point(x: 14, y: 1))
        app.present(MessageDialog(title: "Thông báo", lines: ["Đã lưu."], buttons: [
            .init("Đồng ý") { app in app.dismissDialog() },
        ]))
        app.run()
        #expect(terminal.screen.cursor == nil)
        terminal.enqueue([.enter])
        app.run()
        #expect(app.dialogs.isEmpty)
        #expect(terminal.screen.cursor == Point(x: 14, y: 1))
    }

    @Test("Two applications on two terminals do not share state")
    func independentInstances() {
        let (first, firstTerminal) = makeApp(TestScreen(title: "Một"))
        let (second, secondTerminal) = makeApp(TestScreen(title: "Hai"))
        firstTerminal.enqueue([.function(10)])
        first.run()
        second.run()
        #expect(!first.isRunning)
        #expect(second.isRunning)
        #expect(secondTerminal.screen.rowText(0).hasSuffix("Hai"))
    }
}
