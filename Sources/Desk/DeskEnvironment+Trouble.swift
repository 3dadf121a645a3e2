import CommendationStore
import TerminalUI

/// How the desk tells the clerk that the store failed an action: a dialog, or the trouble
/// under a form dialog's fields.
extension DeskEnvironment {
    /// Tells the clerk that a save (or a read for an action) failed, in a dialog over the
    /// screen (which keeps what was typed: `kept` adds the sentence that says so). A refusal
    /// that is not the store failing (a workflow refusal, a conflict) is said in the status bar
    /// as before.
    func tell(_ error: Error, _ attempt: StoreTrouble.Attempt = .write, kept: Bool = false, app: Application) {
        guard let trouble = StoreTrouble(error, attempt: attempt, environment: self),
              attempt == .write || error is StoreError else {
            app.show(message: describe(error), role: .error)
            return
        }
        app.present(troubleDialog(trouble, kept: kept))
    }

    /// The dialog of a trouble: title, why, what to do (and that nothing typed was lost).
    func troubleDialog(_ trouble: StoreTrouble, kept: Bool = false) -> MessageDialog {
        var lines = [trouble.why(strings), trouble.advice(strings)]
        if kept { lines.append(strings("trouble.kept")) }
        let dialog = MessageDialog(title: trouble.title(strings), lines: lines,
                                   buttons: [.init(strings("dialog.ok"), role: .cancel) { app in app.dismissDialog() }])
        // Wide enough for a store's path on the line that names it.
        dialog.preferredWidth = 76
        return dialog
    }

    /// What a form dialog shows when its save failed: the dialog stays open with what was
    /// typed, the trouble under its fields (`FormDialog.wholeForm`); a refusal that is not the
    /// store failing, in the status bar.
    func problem(saving error: Error, app: Application) -> [String: String] {
        guard let trouble = StoreTrouble(error, attempt: .write, environment: self) else {
            app.show(message: describe(error), role: .error)
            return [:]
        }
        return [FormDialog.wholeForm: trouble.inForm(strings)]
    }
}
