import VietnameseText

/// The top row: the program and ward on the left, the current screen's title on the right.
public enum TitleBar {
    /// Draws the bar into `rect` (one row).
    public static func draw(left: String, right: String, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.fill(rect, style: Style(.title))
        let rightText = right.truncated(toWidth: max(0, rect.width / 2))
        let leftText = left.truncated(toWidth: max(0, rect.width - rightText.displayWidth - 3))
        buffer.put(" " + leftText, at: rect.origin, style: Style(.title, [.bold]), limit: rect.width)
        let x = rect.maxX - rightText.displayWidth - 1
        buffer.put(rightText, at: Point(x: x, y: rect.minY), style: Style(.title), limit: rightText.displayWidth)
    }
}
