import Testing
import TerminalUI

@Suite("Form dialogs")
struct FormDialogTests {
    @Test("A problem of the whole form keeps the dialog open with what was typed, the problem under the fields")
    func wholeFormProblem() {
        let screen = TestScreen(title: "Hội đồng", contexts: [.list])
        let (app, terminal) = makeApp(screen)
        var fails = true
        let dialog = FormDialog(title: "Phiên họp mới", hint: "F2 xong", fields: { _ in
            [.text("title", "Nội dung", "", width: 30)]
        }, onSubmit: { _, _ in
            fails ? [FormDialog.wholeForm: "Chưa lưu được: đĩa đầy. Những gì đã nhập vẫn còn."] : [:]
        })
        app.present(dialog)
        terminal.enqueue(typing: "Họp cuối năm")
        terminal.enqueue([.function(2)])
        app.run()
        #expect(app.dialogs.count == 1)
        #expect(dialog.problem == "Chưa lưu được: đĩa đầy. Những gì đã nhập vẫn còn.")
        let text = terminal.screen.text
        #expect(text.contains("Chưa lưu được: đĩa đầy."), "\(text)")
        #expect(dialog.form.text("title") == "Họp cuối năm")
        let fieldRow = terminal.screen.text.split(separator: "\n").firstIndex { $0.contains("Họp cuối năm") } ?? -1
        let problemRow = terminal.screen.text.split(separator: "\n").firstIndex { $0.contains("Chưa lưu được") } ?? -1
        #expect(fieldRow >= 0 && problemRow > fieldRow)
        fails = false
        terminal.enqueue([.function(2)])
        app.run()
        #expect(app.dialogs.isEmpty)
    }
}
