import VietnameseText

/// A vertical menu: numbered items, one selected. Digits choose directly.
public final class MenuView {
    /// One entry of the menu.
    public struct Item: Hashable, Sendable {
        /// Identifier the owner switches on.
        public var id: String
        /// The text shown.
        public var label: String
        /// A short note shown dimmed after the label ("chưa có").
        public var note: String?
        /// Creates an item.
        public init(id: String, label: String, note: String? = nil) {
            self.id = id
            self.label = label
            self.note = note
        }
    }

    /// The entries.
    public var items: [Item]
    /// Index of the selected entry.
    public private(set) var selection = 0
    /// Where the menu was drawn last (for clicks).
    private var drawnRect: Rect?

    /// A menu of `items`.
    public init(items: [Item]) { self.items = items }

    /// The selected entry.
    public var selectedItem: Item? { items.indices.contains(selection) ? items[selection] : nil }

    /// Selects the entry with `id`, if any.
    public func select(id: String) {
        if let index = items.firstIndex(where: { $0.id == id }) { selection = index }
    }

    /// Draws the menu in `rect`, each entry on its own row, the selected one highlighted.
    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        drawnRect = rect
        let width = min(rect.width, (items.map { $0.label.displayWidth + ($0.note.map { $0.displayWidth + 3 } ?? 0) }.max() ?? 0) + 8)
        for (index, item) in items.enumerated() where index < rect.height {
            let y = rect.minY + index
            let selected = index == selection
            let style = selected ? Style(.selected, [.bold]) : Style()
            if selected { buffer.fill(Rect(x: rect.minX, y: y, width: width, height: 1), style: style) }
            let number = index < 9 ? "\(index + 1)" : " "
            var x = rect.minX + 1
            x += buffer.put(number, at: Point(x: x, y: y), style: selected ? style : Style(.statusKey, [.bold]))
            x += 2
            x += buffer.put(item.label, at: Point(x: x, y: y), style: style, limit: rect.maxX - x)
            if let note = item.note {
                buffer.put("(\(note))", at: Point(x: x + 2, y: y), style: selected ? style : Style(.muted), limit: rect.maxX - x - 2)
            }
        }
    }

    /// Moves the selection; true when the action was a movement.
    public func perform(_ action: Action) -> Bool {
        guard !items.isEmpty else { return false }
        switch action {
        case .up: selection = (selection + items.count - 1) % items.count
        case .down: selection = (selection + 1) % items.count
        case .first, .pageUp: selection = 0
        case .last, .pageDown: selection = items.count - 1
        default: return false
        }
        return true
    }

    /// The entry under a click, selected; nil when the click is elsewhere.
    public func itemForClick(at point: Point) -> Item? {
        guard let rect = drawnRect, rect.contains(point), items.indices.contains(point.y - rect.minY) else { return nil }
        selection = point.y - rect.minY
        return items[selection]
    }

    /// A digit 1–9 selects that entry and returns it (the owner then opens it).
    public func itemForHotkey(_ key: KeyEvent) -> Item? {
        guard case .character(let c) = key, let digit = c.wholeNumberValue, digit >= 1, digit <= min(9, items.count) else {
            return nil
        }
        selection = digit - 1
        return items[selection]
    }
}
