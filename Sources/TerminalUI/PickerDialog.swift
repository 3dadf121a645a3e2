import VietnameseText

extension KeyContext {
    /// Bindings inside a list to pick from.
    public static let picker: KeyContext = "picker"
}

/// A box with a filter line and a list to pick one entry from. Typing filters
/// (accent-insensitively, by the entries' search keys); Enter picks; Esc cancels.
public final class PickerDialog: Dialog {
    /// One entry.
    public struct Entry: Hashable, Sendable {
        /// Identifier returned on pick.
        public var id: String
        /// Text shown.
        public var label: String
        /// Secondary text shown dimmed on the right.
        public var detail: String
        /// Folded text the filter matches against.
        public var searchKey: String
        /// Creates an entry; the search key defaults to the folded label and detail.
        public init(id: String, label: String, detail: String = "", searchKey: String? = nil) {
            self.id = id
            self.label = label
            self.detail = detail
            self.searchKey = searchKey ?? (label + " " + detail).foldedForSearch
        }
    }

    private let title: String
    private let filterLabel: String
    private let source: (String) -> [Entry]
    private let onPick: (Application, Entry) -> Void
    private var filter = TextInput()
    private var entries: [Entry]
    private var selection = 0
    private var top = 0
    /// Rows the list shows, fixed when the dialog opens so that the box does not jump while typing.
    private let listRows: Int
    /// Where the list was drawn last (for clicks).
    private var listRect: Rect?

    /// A picker whose entries come from `source(filter)`; `onPick` runs after the dialog closes.
    /// `initial` is what `source("")` gives, when the caller has just read it.
    public init(title: String, filterLabel: String, source: @escaping (String) -> [Entry], initial: [Entry]? = nil,
                selected: String? = nil, onPick: @escaping (Application, Entry) -> Void) {
        self.title = title
        self.filterLabel = filterLabel
        self.source = source
        self.onPick = onPick
        entries = initial ?? source("")
        listRows = min(16, max(4, entries.count))
        if let selected, let index = entries.firstIndex(where: { $0.id == selected }) { selection = index }
    }

    /// A picker over a fixed list, filtered locally.
    public convenience init(title: String, filterLabel: String, entries: [Entry], selected: String? = nil,
                            onPick: @escaping (Application, Entry) -> Void) {
        self.init(title: title, filterLabel: filterLabel, source: { filter in
            let folded = filter.foldedForSearch
            return folded.isEmpty ? entries : entries.filter { $0.searchKey.contains(folded) }
        }, selected: selected, onPick: onPick)
    }

    /// The list's keys, then the filter line's editing keys.
    public var keyContexts: [KeyContext] { [.picker, .textField] }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let box = rect.centered(Size(width: min(rect.width - 2, 72), height: min(rect.height, listRows + 4)))
        buffer.fill(box, style: Style(.dialog))
        buffer.box(box)
        buffer.put(" \(title) ", at: Point(x: box.minX + 2, y: box.minY), style: Style(.frame, [.bold]), limit: box.width - 4)
        let labelText = filterLabel + ": "
        let x = box.minX + 2 + buffer.put(labelText, at: Point(x: box.minX + 2, y: box.minY + 1), style: Style(.dialog))
        let fieldWidth = box.maxX - 2 - x
        let (shown, cursorColumn) = filter.visible(width: fieldWidth)
        buffer.fill(Rect(x: x, y: box.minY + 1, width: fieldWidth, height: 1), style: Style(.focusedField))
        buffer.put(shown, at: Point(x: x, y: box.minY + 1), style: Style(.focusedField), limit: fieldWidth)
        buffer.cursor = Point(x: x + cursorColumn, y: box.minY + 1)
        let listHeight = box.height - 4
        listRect = Rect(x: box.minX + 1, y: box.minY + 3, width: box.width - 2, height: listHeight)
        if selection < top { top = selection }
        if selection >= top + listHeight { top = selection - listHeight + 1 }
        for (offset, entry) in entries.dropFirst(top).prefix(listHeight).enumerated() {
            let y = box.minY + 3 + offset
            let selected = top + offset == selection
            let style = selected ? Style(.selected, [.bold]) : Style(.dialog)
            let width = box.width - 4
            if selected { buffer.fill(Rect(x: box.minX + 1, y: y, width: box.width - 2, height: 1), style: style) }
            // The label first; the detail takes what is left, and at least a third of the row.
            let detailWidth = min(entry.detail.displayWidth, max(width / 3, width - entry.label.displayWidth - 1))
            buffer.put(entry.label, at: Point(x: box.minX + 2, y: y), style: style, limit: width - detailWidth - 1)
            if detailWidth > 0 {
                buffer.put(entry.detail.truncated(toWidth: detailWidth), at: Point(x: box.maxX - 2 - detailWidth, y: y),
                           style: selected ? style : Style(.muted), limit: detailWidth)
            }
        }
        if entries.isEmpty {
            buffer.put("—", at: Point(x: box.minX + 2, y: box.minY + 3), style: Style(.muted))
        }
        // Where the list stands, when it is longer than the box.
        if entries.count > listHeight {
            let position = (top > 0 ? "▲ " : "") + "\(selection + 1)/\(entries.count)" + (top + listHeight < entries.count ? " ▼" : "")
            let label = " " + position + " "
            buffer.put(label, at: Point(x: box.maxX - 2 - label.displayWidth, y: box.maxY - 1), style: Style(.frame, [.bold]))
        }
    }

    public func perform(_ action: Action, app: Application) -> Bool {
        if TextInput.editingActions.contains(action) {
            let before = filter.text
            _ = filter.perform(action)
            if filter.text != before { refilter() }
            return true
        }
        switch action {
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(max(0, entries.count - 1), selection + 1)
        case .pageUp: selection = max(0, selection - 10)
        case .pageDown: selection = min(max(0, entries.count - 1), selection + 10)
        case .choose:
            guard entries.indices.contains(selection) else { return true }
            let entry = entries[selection]
            app.dismissDialog()
            onPick(app, entry)
        case .back:
            app.dismissDialog()
        default:
            return false
        }
        return true
    }

    public func click(at point: Point, app: Application) -> Bool {
        guard let rect = listRect, rect.contains(point) else { return false }
        let index = top + point.y - rect.minY
        guard entries.indices.contains(index) else { return true }
        selection = index
        return perform(.choose, app: app)
    }

    /// A character typed into the filter line.
    public func handle(_ key: KeyEvent, app: Application) -> Bool {
        guard case .character = key else { return false }
        let before = filter.text
        guard filter.handle(key, composer: app.inputMethod) else { return false }
        if filter.text != before { refilter() }
        return true
    }

    private func refilter() {
        entries = source(filter.text)
        selection = 0
        top = 0
    }
}
