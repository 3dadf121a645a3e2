import VietnameseText

/// What a form reports to its owner after a key.
public enum FormResult: Equatable, Sendable {
    /// The key was not for the form.
    case ignored
    /// The key moved the focus or the cursor; nothing changed.
    case handled
    /// The value of the field changed.
    case changed(String)
    /// Enter on an action field: the owner should act.
    case activated(String)
    /// Enter on a choice field: the owner may open a list to pick from.
    case openChoice(String)
}

extension KeyContext {
    /// Bindings of a form.
    public static let form: KeyContext = "form"
    /// Bindings of a list or table.
    public static let list: KeyContext = "list"
}

/// A scrolling form of labelled fields, one focused. The owner builds the fields and reads
/// values back; the form keeps the focus and the text cursors when the fields are rebuilt.
public final class FormView {
    /// The fields in order.
    public private(set) var fields: [FormField] = []
    /// Identifier of the focused field.
    public private(set) var focusedID: String?
    /// The most columns labels may take; the form gives labels what the longest needs, up to
    /// this and up to two fifths of its width.
    public var maximumLabelWidth = 30
    /// Columns given to labels in the last draw.
    public private(set) var labelWidth = 0
    private var scrollTop = 0
    private var visibleHeight = 10
    /// The row each focusable field was drawn on last (for clicks).
    private var drawnRows: [(id: String, y: Int, rect: Rect)] = []

    /// An empty form.
    public init() {}

    /// Replaces the fields. Text fields whose id and text are unchanged keep their cursor; the
    /// focus stays on the same id, or moves to the first focusable field.
    public func setFields(_ newFields: [FormField]) {
        var merged = newFields
        for index in merged.indices {
            guard case .text(let newInput) = merged[index].value,
                  let old = fields.first(where: { $0.id == merged[index].id }),
                  case .text(let oldInput) = old.value, oldInput.text == newInput.text else { continue }
            merged[index].value = .text(oldInput)
        }
        fields = merged
        if focusedID == nil || !fields.contains(where: { $0.id == focusedID && $0.isFocusable }) {
            focusedID = fields.first(where: \.isFocusable)?.id
        }
    }

    /// The focused field.
    public var focusedField: FormField? { fields.first { $0.id == focusedID } }

    /// Moves the focus to `id` (when it can take focus).
    public func focus(_ id: String) {
        if fields.contains(where: { $0.id == id && $0.isFocusable }) { focusedID = id }
    }

    /// The text of a text field.
    public func text(_ id: String) -> String? {
        guard case .text(let input)? = fields.first(where: { $0.id == id })?.value else { return nil }
        return input.text
    }

    /// The selected option of a choice field.
    public func choice(_ id: String) -> String? {
        guard case .choice(_, let selected)? = fields.first(where: { $0.id == id })?.value else { return nil }
        return selected
    }

    /// Selects an option of a choice field.
    public func setChoice(_ id: String, to option: String?) {
        guard let index = fields.firstIndex(where: { $0.id == id }),
              case .choice(let options, _) = fields[index].value else { return }
        fields[index].value = .choice(options: options, selected: option)
    }

    /// Key contexts: the focused field's kind (a text field's editing keys, a choice's
    /// previous / next option, a button's keys), then the form's bindings.
    public var keyContexts: [KeyContext] {
        switch focusedField?.value {
        case .text?: return [.textField, .form]
        case .choice?: return [.choice, .form]
        case .action?: return [.button, .form]
        default: return [.form]
        }
    }

    /// The contexts of every kind of field the form holds, each in front of `base` (the
    /// chains of contexts the F1 help lists: the keys of fields without the focus too).
    public func helpContexts(base: [KeyContext] = [.form]) -> [[KeyContext]] {
        var chains: [[KeyContext]] = []
        for field in fields {
            let context: KeyContext?
            switch field.value {
            case .text: context = .textField
            case .choice: context = .choice
            case .action: context = .button
            default: context = nil
            }
            if let context, !chains.contains([context] + base) { chains.append([context] + base) }
        }
        return chains.isEmpty ? [base] : chains
    }

    // MARK: Keys

    /// Carries out a bound action: editing in a text field, the previous / next option of a
    /// choice, moving between fields, Enter.
    public func perform(_ action: Action) -> FormResult {
        if let index = fields.firstIndex(where: { $0.id == focusedID }) {
            switch fields[index].value {
            case .text(var input) where TextInput.editingActions.contains(action):
                let before = input.text
                _ = input.perform(action)
                fields[index].value = .text(input)
                return input.text == before ? .handled : .changed(fields[index].id)
            case .choice(let options, let selected) where action == .previousOption || action == .nextOption:
                guard !options.isEmpty else { return .handled }
                let step = action == .nextOption ? 1 : -1
                let current = options.firstIndex { $0.id == selected } ?? (step > 0 ? -1 : options.count)
                let next = (current + step + options.count) % options.count
                fields[index].value = .choice(options: options, selected: options[next].id)
                return .changed(fields[index].id)
            default:
                break
            }
        }
        switch action {
        case .nextField, .down: moveFocus(by: 1)
        case .previousField, .up: moveFocus(by: -1)
        case .pageDown: moveFocus(by: max(1, visibleHeight / 2))
        case .pageUp: moveFocus(by: -max(1, visibleHeight / 2))
        case .choose:
            guard let field = focusedField else { return .ignored }
            switch field.value {
            case .choice: return .openChoice(field.id)
            case .action: return .activated(field.id)
            default: moveFocus(by: 1)
            }
        default:
            return .ignored
        }
        return .handled
    }

    /// Takes a key no binding claimed: a character typed into the focused text field (through
    /// the built-in input method when `composer` is given). Every other key of a field comes
    /// from the key table (`perform`).
    public func handle(_ key: KeyEvent, composer: VietnameseComposer? = nil) -> FormResult {
        guard case .character = key, let index = fields.firstIndex(where: { $0.id == focusedID }),
              case .text(var input) = fields[index].value else { return .ignored }
        let before = input.text
        guard input.handle(key, composer: composer) else { return .ignored }
        fields[index].value = .text(input)
        return input.text == before ? .handled : .changed(fields[index].id)
    }

    /// A click on a field's row: focuses it; on a field already focused, acts like Enter.
    public func click(at point: Point) -> FormResult {
        guard let hit = drawnRows.first(where: { $0.rect.contains(point) }) else { return .ignored }
        if hit.id != focusedID {
            focusedID = hit.id
            return .handled
        }
        return perform(.choose)
    }

    private func moveFocus(by step: Int) {
        let focusable = fields.filter(\.isFocusable).map(\.id)
        guard !focusable.isEmpty else { return }
        let current = focusable.firstIndex { $0 == focusedID } ?? 0
        let next = min(max(0, current + step), focusable.count - 1)
        focusedID = focusable[next]
    }

    // MARK: Drawing

    /// The most rows a field's error takes (it wraps under the value; a longer one is cut with "…").
    private static let errorRows = 3

    /// The rows of a field's error, wrapped to `width` columns.
    private func errorLines(of field: FormField, width: Int) -> [String] {
        guard let error = field.error else { return [] }
        let lines = TextWrap.lines("! " + error, width: max(4, width))
        guard lines.count > Self.errorRows else { return lines }
        return Array(lines.prefix(Self.errorRows - 1)) + [(lines[Self.errorRows - 1] + " " + lines[Self.errorRows...].joined(separator: " ")).truncated(toWidth: max(4, width))]
    }

    /// The rows of a note, wrapped to `width` columns (a longer one is cut with "…").
    private func noteLines(_ text: String, width: Int) -> [String] {
        let lines = TextWrap.lines(text, width: max(4, width))
        guard lines.count > Self.noteRows else { return lines }
        return Array(lines.prefix(Self.noteRows - 1)) + [(lines[Self.noteRows - 1] + " " + lines[Self.noteRows...].joined(separator: " ")).truncated(toWidth: max(4, width))]
    }

    /// The most rows a note takes.
    private static let noteRows = 4

    /// Rows a field takes: the field (a note wraps), its error's lines, and a blank line
    /// before headings.
    private func height(of field: FormField, isFirst: Bool, valueWidth: Int) -> Int {
        switch field.value {
        case .heading: return isFirst ? 1 : 2
        case .note(let text, _): return noteLines(text, width: valueWidth).count + errorLines(of: field, width: valueWidth).count
        default: return 1 + errorLines(of: field, width: valueWidth).count
        }
    }

    /// The columns labels and values get in `width`.
    private func columns(width: Int) -> (label: Int, value: Int) {
        let longest = fields.filter(\.isFocusable).map { $0.label.displayWidth + ($0.required ? 2 : 0) }.max() ?? 0
        let label = max(8, min(longest, maximumLabelWidth, width * 2 / 5))
        return (label, max(4, width - 1 - label - 2))
    }

    /// The rows the whole form takes in `width` columns (a dialog sizes its box by it).
    public func contentHeight(width: Int) -> Int {
        let valueWidth = columns(width: width).value
        return fields.enumerated().reduce(0) { $0 + height(of: $1.element, isFirst: $1.offset == 0, valueWidth: valueWidth) }
    }

    /// Draws the visible part of the form, scrolled so that the focused field shows; when
    /// `focused`, places the terminal cursor in the focused text field.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer, focused: Bool = true) {
        visibleHeight = rect.height
        labelWidth = columns(width: rect.width).label
        let valueX = rect.minX + 1 + labelWidth + 2
        let valueWidth = max(4, rect.maxX - valueX)
        var offsets: [Int] = []
        var y = 0
        for (i, field) in fields.enumerated() {
            offsets.append(y)
            y += height(of: field, isFirst: i == 0, valueWidth: valueWidth)
        }
        let total = y
        if let focusIndex = fields.firstIndex(where: { $0.id == focusedID }) {
            var start = offsets[focusIndex]
            // Show the heading just above the focused field when it fits.
            if focusIndex > 0, case .heading = fields[focusIndex - 1].value { start = offsets[focusIndex - 1] }
            let end = offsets[focusIndex] + height(of: fields[focusIndex], isFirst: focusIndex == 0, valueWidth: valueWidth)
            if start < scrollTop { scrollTop = start }
            if end > scrollTop + rect.height { scrollTop = end - rect.height }
        }
        scrollTop = max(0, min(scrollTop, max(0, total - rect.height)))
        drawnRows = []
        for (i, field) in fields.enumerated() {
            var row = offsets[i] - scrollTop
            guard row + height(of: field, isFirst: i == 0, valueWidth: valueWidth) > 0 else { continue }
            guard row < rect.height else { break }
            let isFocused = focused && field.id == focusedID
            if case .heading = field.value {
                if i > 0 { row += 1 }
                if row >= 0, row < rect.height {
                    buffer.put(field.label, at: Point(x: rect.minX, y: rect.minY + row), style: Style(.frame, [.bold]), limit: rect.width)
                }
                continue
            }
            if row >= 0 {
                let y = rect.minY + row
                if field.isFocusable { drawnRows.append((field.id, y, Rect(x: rect.minX, y: y, width: rect.width, height: 1))) }
                let label = field.label + (field.required ? " *" : "")
                buffer.put(label.truncated(toWidth: labelWidth), at: Point(x: rect.minX + 1, y: y),
                           style: isFocused ? Style(.normal, [.bold]) : Style(), limit: labelWidth)
                drawValue(of: field, at: Point(x: valueX, y: y), width: valueWidth, focused: isFocused, on: &buffer)
            }
            var valueRows = 1
            if case .note(let text, let role) = field.value {
                let lines = noteLines(text, width: valueWidth)
                valueRows = lines.count
                for (offset, line) in lines.enumerated().dropFirst() where row + offset >= 0 && row + offset < rect.height {
                    buffer.put(line, at: Point(x: valueX, y: rect.minY + row + offset), style: Style(role), limit: valueWidth)
                }
            }
            for (offset, line) in errorLines(of: field, width: valueWidth).enumerated() {
                let errorRow = row + valueRows + offset
                guard errorRow >= 0, errorRow < rect.height else { continue }
                buffer.put(line, at: Point(x: valueX, y: rect.minY + errorRow), style: Style(.error, [.bold]), limit: valueWidth)
            }
        }
        if scrollTop > 0 {
            buffer.put("▲", at: Point(x: rect.maxX - 1, y: rect.minY), style: Style(.muted))
        }
        if total - scrollTop > rect.height {
            buffer.put("▼", at: Point(x: rect.maxX - 1, y: rect.maxY - 1), style: Style(.muted))
        }
    }

    private func drawValue(of field: FormField, at point: Point, width: Int, focused: Bool, on buffer: inout ScreenBuffer) {
        let style = Style(focused ? .focusedField : .field)
        switch field.value {
        case .text(let input):
            let boxWidth = min(width - 1, field.width ?? 40)
            // Scrolled round the cursor only while editing; otherwise the beginning, cut with "…".
            let (shown, cursorColumn) = focused ? input.visible(width: boxWidth) : (input.text.truncated(toWidth: boxWidth), 0)
            buffer.fill(Rect(x: point.x, y: point.y, width: boxWidth, height: 1), style: style)
            buffer.put(shown, at: point, style: style, limit: boxWidth)
            if let hint = field.hint, input.text.isEmpty || !focused {
                if input.text.isEmpty {
                    buffer.put(hint, at: point, style: Style(focused ? .focusedField : .field, [.dim]), limit: boxWidth)
                }
            }
            if focused { buffer.cursor = Point(x: point.x + cursorColumn, y: point.y) }
        case .choice(let options, let selected):
            let label = options.first { $0.id == selected }?.label ?? "—"
            let text = "‹ " + label.truncated(toWidth: max(1, width - 4)) + " ›"
            buffer.put(text, at: point, style: focused ? style : Style(.field), limit: width)
        case .action(let text):
            buffer.put(text.truncated(toWidth: max(1, width - 2)) + " ▸", at: point, style: focused ? style : Style(.field), limit: width)
        case .note(let text, let role):
            buffer.put(noteLines(text, width: width).first ?? "", at: point, style: Style(role), limit: width)
        case .heading:
            break
        }
    }
}
