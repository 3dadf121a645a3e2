import VietnameseText

/// The bottom row: the keys in force ("F1 Trợ giúp  F2 Lưu  Esc Quay lại  F10 Thoát"), generated
/// from the key table, and on the right a message when there is one.
public enum StatusBar {
    /// Draws the bar into `rect` (one row).
    public static func draw(bindings: [KeyBinding], message: (text: String, role: ColorRole)?,
                            strings: Localizer, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.fill(rect, style: Style(.statusBar))
        var x = rect.minX
        var messageWidth = 0
        if let message {
            let text = message.text.truncated(toWidth: rect.width * 2 / 3)
            messageWidth = text.displayWidth + 2
            buffer.put(text, at: Point(x: rect.maxX - messageWidth + 1, y: rect.minY),
                       style: Style(message.role, [.bold]), limit: text.displayWidth)
        }
        let end = rect.maxX - messageWidth
        for binding in bindings {
            guard let key = binding.keys.first else { continue }
            let name = key.displayName
            let label = strings(binding.label)
            let needed = name.displayWidth + 1 + label.displayWidth
            if x + needed > end { break }
            x += buffer.put(name, at: Point(x: x, y: rect.minY), style: Style(.statusKey, [.bold]))
            x += buffer.put(" " + label, at: Point(x: x, y: rect.minY), style: Style(.statusBar)) + 2
        }
    }
}
