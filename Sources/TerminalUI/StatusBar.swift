import VietnameseText

/// The bottom row: the keys in force ("F1 Trợ giúp  F2 Lưu  Esc Quay lại  F10 Thoát"), generated
/// from the key table, and on the right a message when there is one and it fits beside them.
///
/// Every key is shown: when the labels do not fit with two spaces between them, they get one,
/// then their short forms (`<label>.short` in the string table, when there is one). A message
/// never takes a key's place: one that does not fit beside the keys is left to the caller,
/// which shows it whole on rows of its own above the bar (`Application`).
public enum StatusBar {
    /// One key as the bar shows it.
    public struct Item: Equatable, Sendable {
        /// The key's name ("F2").
        public var key: String
        /// Its label ("Lưu").
        public var label: String
        /// Columns it takes.
        public var width: Int { key.displayWidth + (label.isEmpty ? 0 : 1 + label.displayWidth) }
    }

    /// The items for `bindings` and the gap between them, the widest that fit in `width`
    /// columns (the last try is kept when none fits).
    public static func layout(bindings: [KeyBinding], strings: Localizer, width: Int) -> (items: [Item], gap: Int) {
        let keyed = bindings.compactMap { binding in binding.keys.first.map { (binding, $0) } }
        func items(short: Bool) -> [Item] {
            keyed.map { binding, key in
                let label = short && strings.has(binding.label + ".short") ? strings(binding.label + ".short") : strings(binding.label)
                return Item(key: key.displayName, label: label)
            }
        }
        var best = (items: items(short: false), gap: 2)
        for (short, gap) in [(false, 2), (false, 1), (true, 1)] {
            best = (items(short: short), gap)
            if totalWidth(best.items, gap: gap) <= width { break }
        }
        return best
    }

    /// Columns `items` take with `gap` between them.
    public static func totalWidth(_ items: [Item], gap: Int) -> Int {
        items.reduce(0) { $0 + $1.width } + gap * max(0, items.count - 1)
    }

    /// Whether `message` fits on the bar beside the keys of `bindings` in `width` columns
    /// (the keys closer together or with their short labels, if that makes room).
    public static func fits(message: String, bindings: [KeyBinding], strings: Localizer, width: Int) -> Bool {
        let room = width - message.displayWidth - 2
        let (items, gap) = layout(bindings: bindings, strings: strings, width: room)
        return totalWidth(items, gap: gap) <= room
    }

    /// Draws the bar into `rect` (one row). Returns false when `message` did not fit beside the
    /// keys and was not drawn.
    @discardableResult
    public static func draw(bindings: [KeyBinding], message: (text: String, role: ColorRole)?,
                            strings: Localizer, in rect: Rect, on buffer: inout ScreenBuffer) -> Bool {
        buffer.fill(rect, style: Style(.statusBar))
        let shown = message.flatMap { fits(message: $0.text, bindings: bindings, strings: strings, width: rect.width) ? $0 : nil }
        let room = rect.width - (shown.map { $0.text.displayWidth + 2 } ?? 0)
        let (items, gap) = layout(bindings: bindings, strings: strings, width: room)
        var x = rect.minX
        for item in items {
            guard x + item.width <= rect.maxX else { break }
            x += buffer.put(item.key, at: Point(x: x, y: rect.minY), style: Style(.statusKey, [.bold]))
            if !item.label.isEmpty {
                x += buffer.put(" " + item.label, at: Point(x: x, y: rect.minY), style: Style(.statusBar))
            }
            x += gap
        }
        guard let shown else { return message == nil }
        buffer.put(shown.text, at: Point(x: rect.maxX - shown.text.displayWidth - 1, y: rect.minY), style: Style(shown.role, [.bold]))
        return true
    }
}
