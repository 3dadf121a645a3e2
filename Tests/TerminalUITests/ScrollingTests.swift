import Testing
import TerminalUI
import VietnameseText

/// Text longer than its box scrolls with the reading keys of the key table and says where it
/// stands; the help screen reaches its last line; the keys the bar shows are the ones that move.
@Suite("Scrolling text")
struct ScrollingTests {
    /// Forty numbered paragraphs, far more than 80×24 shows.
    static let paragraphs = (1...40).map { TextDialog.Paragraph("Dòng \($0) của căn cứ") }

    @Test("A dialog of text scrolls with ↓, PgDn, Space, End, Home and PgUp, and says where it is")
    func textDialogScrolls() throws {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        app.present(TextDialog(title: "Tiêu chí và căn cứ pháp lý", paragraphs: Self.paragraphs))
        app.run()
        #expect(terminal.screen.text.contains("Dòng 1 của"))
        #expect(!terminal.screen.text.contains("Dòng 40 của"))
        // The bottom border says where the page stands.
        #expect(terminal.screen.text.contains("1–18/40 ▼"))
        #expect(app.currentContexts == [.textPage, .reading])

        terminal.enqueue([.down])
        app.run()
        #expect(!terminal.screen.text.contains("Dòng 1 của"))
        #expect(terminal.screen.text.contains("▲ 2–19/40 ▼"))
        terminal.enqueue([.pageDown])
        app.run()
        #expect(terminal.screen.text.contains("Dòng 19 của"))
        terminal.enqueue([.character(" ")])
        app.run()
        #expect(terminal.screen.text.contains("Dòng 36 của"))
        terminal.enqueue([.end])
        app.run()
        #expect(terminal.screen.text.contains("Dòng 40 của"))
        #expect(terminal.screen.text.contains("▲ 23–40/40"))
        #expect(!terminal.screen.text.contains("40/40 ▼"))
        terminal.enqueue([.pageUp])
        app.run()
        #expect(terminal.screen.text.contains("Dòng 6 của"))
        terminal.enqueue([.home])
        app.run()
        #expect(terminal.screen.text.contains("Dòng 1 của"))
        // Enter closes it.
        terminal.enqueue([.enter])
        app.run()
        #expect(app.dialogs.isEmpty)
    }

    @Test("The bar shows PgDn only with more below and PgUp only with more above")
    func barShowsOnlyMovingKeys() throws {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        app.present(TextDialog(title: "Căn cứ", paragraphs: Self.paragraphs))
        app.run()
        #expect(terminal.screen.rowText(23).contains("PgDn"))
        #expect(!terminal.screen.rowText(23).contains("PgUp"))
        terminal.enqueue([.end])
        app.run()
        #expect(!terminal.screen.rowText(23).contains("PgDn"))
        #expect(terminal.screen.rowText(23).contains("Enter"))
        // A short text has no reading keys at all.
        app.dismissDialog()
        app.present(TextDialog(title: "Căn cứ", paragraphs: [.init("Một dòng")]))
        app.run()
        #expect(app.currentContexts == [.textPage])
        #expect(!terminal.screen.text.contains("1/1"))
    }

    @Test("The help screen scrolls to its last line and says where it is")
    func helpReachesItsEnd() throws {
        var bindings: [KeyBinding] = []
        for (number, letter) in zip(1...30, "abcdefghijklmnopqrstuvwxyzABCD") {
            bindings.append(KeyBinding(Action(rawValue: "a\(number)"), [.character(letter)], context: .list,
                                       label: "key.x", help: "help.x\(number)"))
        }
        let strings = Localizer(language: "vi", table: testTable.merging((1...30).map { ("help.x\($0)", "Việc số \($0)") },
                                                                           uniquingKeysWith: { a, _ in a }))
        let terminal = HeadlessTerminal(size: Size(width: 80, height: 24))
        let app = Application(terminal: terminal, keymap: Keymap(testKeymap().bindings + bindings), strings: strings)
        app.push(TestScreen(title: "Danh sách", contexts: [.list]))
        terminal.enqueue([.function(1)])
        app.run()
        #expect(app.screens.last is HelpScreen)
        #expect(terminal.screen.text.contains("Việc số 1"))
        // The global section comes last; its last line is Page Down's.
        #expect(!terminal.screen.text.contains("Mọi nơi"))
        #expect(!terminal.screen.text.contains("⟦help.pageDown⟧"))
        #expect(terminal.screen.text.contains("▼"))
        terminal.enqueue([.end])
        app.run()
        #expect(terminal.screen.text.contains("⟦help.pageDown⟧"))
        #expect(terminal.screen.text.contains("Mọi nơi"))
        #expect(!terminal.screen.text.contains("▼"))
        terminal.enqueue([.home, .character(" ")])
        app.run()
        #expect(!terminal.screen.text.contains("Việc số 1 "))
    }

    @Test("A message dialog longer than the screen scrolls its text; the buttons stay")
    func messageDialogScrolls() throws {
        let (app, terminal) = makeApp(TestScreen(title: "Hồ sơ"))
        let dialog = MessageDialog(title: "Báo cáo", lines: (1...40).map { "Dòng \($0) của báo cáo" },
                                   buttons: [.init("Đồng ý", role: .cancel) { app in app.dismissDialog() }])
        dialog.spacedParagraphs = false
        app.present(dialog)
        app.run()
        #expect(terminal.screen.text.contains("[ Đồng ý ]"))
        #expect(!terminal.screen.text.contains("Dòng 40 của"))
        terminal.enqueue([.end])
        app.run()
        #expect(terminal.screen.text.contains("Dòng 40 của"))
        #expect(terminal.screen.text.contains("[ Đồng ý ]"))
        #expect(terminal.screen.text.contains("/40"))
    }

    @Test("TextScroller keeps the top within the text and moves only while the text is longer than the box")
    func scroller() {
        var scroller = TextScroller()
        scroller.layout(lineCount: 5, visibleRows: 10)
        #expect(!scroller.isScrollable)
        let moved = scroller.perform(.down)
        #expect(!moved)
        #expect(scroller.position == "")
        scroller.layout(lineCount: 25, visibleRows: 10)
        let toEnd = scroller.perform(.last)
        #expect(toEnd)
        #expect(scroller.top == 15)
        #expect(scroller.position == "▲ 16–25/25")
        #expect(!scroller.offers(.pageDown) && scroller.offers(.pageUp))
        scroller.layout(lineCount: 12, visibleRows: 10)
        #expect(scroller.top == 2)
        let other = scroller.perform(.save)
        #expect(!other)
    }
}
