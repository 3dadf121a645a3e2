import VietnameseText

extension KeyContext {
    /// Bindings inside a dialog holding a form.
    public static let formDialog: KeyContext = "form-dialog"
}

/// A small form in a box: Tab / ↑ / ↓ move between fields, ←/→ or Space change a choice, F2
/// submits, Esc cancels (the keys as the key table gives them). The owner checks the values on submit and returns the problems per
/// field id: none closes the dialog; otherwise it stays with each problem under its field.
public final class FormDialog: Dialog {
    /// The id under which `onSubmit` returns a problem of the whole form (a save that failed):
    /// the dialog stays open with what was typed, the problem under the fields.
    public static let wholeForm = "*"

    /// The form inside.
    public let form = FormView()
    /// The problem of the whole form from the last submit, if any.
    public private(set) var problem: String?
    private let title: String
    private let hint: String
    private let onSubmit: (Application, FormView) -> [String: String]
    private let buildFields: (FormView) -> [FormField]

    /// A dialog titled `title` whose fields come from `fields` (called again after each change
    /// with the form as it stands, so that fields can depend on each other; values typed are
    /// kept by id) and whose submit runs `onSubmit`.
    public init(title: String, hint: String, fields: @escaping (FormView) -> [FormField],
                onSubmit: @escaping (Application, FormView) -> [String: String]) {
        self.title = title
        self.hint = hint
        buildFields = fields
        self.onSubmit = onSubmit
        form.setFields(fields(form))
    }

    /// The dialog's own keys (F2 submits), then the focused field's and the form's.
    public var keyContexts: [KeyContext] { [.formDialog] + form.keyContexts }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let width = min(rect.width - 2, 76)
        let rows = form.contentHeight(width: width - 3)
        // The problem of the whole form under the fields, whole (the fields scroll to make room).
        var problemLines = problem.map { TextWrap.lines($0, width: width - 4) } ?? []
        let problemRows = problemLines.isEmpty ? 0 : min(problemLines.count, max(1, rect.height - 7)) + 1
        if problemLines.count > problemRows - 1, problemRows > 0 {
            let last = problemLines[problemRows - 2] + " " + problemLines[(problemRows - 1)...].joined(separator: " ")
            problemLines = Array(problemLines.prefix(problemRows - 2)) + [last.truncated(toWidth: width - 4)]
        }
        let box = rect.centered(Size(width: width, height: min(rect.height, rows + 5 + problemRows)))
        buffer.fill(box, style: Style(.dialog))
        buffer.box(box)
        buffer.put(" \(title) ", at: Point(x: box.minX + 2, y: box.minY), style: Style(.frame, [.bold]), limit: box.width - 4)
        form.draw(in: Rect(x: box.minX + 1, y: box.minY + 2, width: box.width - 3, height: box.height - 4 - problemRows), on: &buffer)
        for (offset, line) in problemLines.enumerated() {
            buffer.put(line, at: Point(x: box.minX + 2, y: box.maxY - 2 - problemRows + offset), style: Style(.error, [.bold]),
                       limit: box.width - 4)
        }
        buffer.put(hint, at: Point(x: box.minX + 2, y: box.maxY - 2), style: Style(.muted), limit: box.width - 4)
    }

    public func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .save:
            submit(app)
        case .back:
            app.dismissDialog()
        default:
            let result = form.perform(action)
            switch result {
            case .openChoice(let id):
                cycle(id)
            case .changed:
                refresh()
            case .ignored:
                return false
            default:
                break
            }
        }
        return true
    }

    public func handle(_ key: KeyEvent, app: Application) -> Bool {
        switch form.handle(key, composer: app.inputMethod) {
        case .ignored: return false
        case .changed: refresh()
        default: break
        }
        return true
    }

    public func click(at point: Point, app: Application) -> Bool {
        switch form.click(at: point) {
        case .ignored: return false
        case .openChoice(let id): cycle(id)
        default: break
        }
        return true
    }

    /// Enter on a choice moves to the next option (no list opens inside a dialog).
    private func cycle(_ id: String) {
        _ = form.perform(.nextOption)
        refresh()
        _ = id
    }

    /// Rebuilds the fields from the owner (keeping what was typed: values are read back by id).
    private func refresh() {
        var fresh = buildFields(form)
        for index in fresh.indices {
            guard let current = form.fields.first(where: { $0.id == fresh[index].id }) else { continue }
            switch (fresh[index].value, current.value) {
            case (.text, .text), (.choice, .choice): fresh[index].value = current.value
            default: break
            }
        }
        form.setFields(fresh)
    }

    private func submit(_ app: Application) {
        let errors = onSubmit(app, form)
        problem = errors[Self.wholeForm]
        guard !errors.isEmpty else {
            app.dismissDialog(self)
            return
        }
        let fields = form.fields.map { field -> FormField in
            var copy = field
            copy.error = errors[field.id]
            return copy
        }
        form.setFields(fields)
        if let first = fields.first(where: { $0.error != nil }) { form.focus(first.id) }
    }
}
