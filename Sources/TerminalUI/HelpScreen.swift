import VietnameseText

/// The F1 screen: every binding in force where help was asked for, generated from the key
/// table, with its keys and its sentence of help.
public final class HelpScreen: Screen {
    private let lines: [(keys: String, text: String, isHeading: Bool)]
    private var top = 0
    private var visibleRows = 1
    private var wrappedCount = 0
    private let strings: Localizer

    /// Help for the bindings of `contexts` (and the global ones).
    public init(keymap: Keymap, contexts: [KeyContext], strings: Localizer) {
        self.strings = strings
        var lines: [(String, String, Bool)] = []
        var lastContext: KeyContext?
        let bindings = keymap.bindings(in: contexts.filter { $0 != .global })
            .filter { $0.context != .global } + keymap.bindings(in: []).filter { $0.context == .global }
        for binding in bindings {
            if binding.context != lastContext {
                if lastContext != nil { lines.append(("", "", false)) }
                lines.append(("", strings("help.context." + binding.context.rawValue), true))
                lastContext = binding.context
            }
            let keys = binding.keys.map(\.displayName).joined(separator: ", ")
            lines.append((keys, strings(binding.help), false))
        }
        self.lines = lines
    }

    public var title: String { strings("help.title") }
    public var keyContexts: [KeyContext] { ["help"] }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        visibleRows = max(1, rect.height - 2)
        top = min(top, max(0, lines.count - visibleRows))
        buffer.put(strings("help.intro"), at: Point(x: rect.minX + 2, y: rect.minY), style: Style(.muted), limit: rect.width - 4)
        let keyWidth = min(24, (lines.map { $0.keys.displayWidth }.max() ?? 0) + 2)
        // Long help sentences wrap under themselves, aligned after the keys.
        let textWidth = max(10, rect.width - keyWidth - 6)
        var rows: [(keys: String, text: String, isHeading: Bool)] = []
        for line in lines {
            if line.isHeading || line.text.isEmpty {
                rows.append(line)
                continue
            }
            for (index, part) in TextWrap.lines(line.text, width: textWidth).enumerated() {
                rows.append((index == 0 ? line.keys : "", part, false))
            }
        }
        wrappedCount = rows.count
        top = min(top, max(0, rows.count - visibleRows))
        for (row, line) in rows.dropFirst(top).prefix(visibleRows).enumerated() {
            let y = rect.minY + 2 + row
            if line.isHeading {
                buffer.put(line.text, at: Point(x: rect.minX + 2, y: y), style: Style(.frame, [.bold]), limit: rect.width - 4)
            } else {
                buffer.put(line.keys, at: Point(x: rect.minX + 4, y: y), style: Style(.statusKey, [.bold]), limit: keyWidth)
                buffer.put(line.text, at: Point(x: rect.minX + 4 + keyWidth, y: y), limit: textWidth)
            }
        }
    }

    public func perform(_ action: Action, app: Application) -> Bool {
        switch action {
        case .up: top = max(0, top - 1)
        case .down: top = min(max(0, wrappedCount - visibleRows), top + 1)
        case .pageUp: top = max(0, top - visibleRows)
        case .pageDown: top = min(max(0, wrappedCount - visibleRows), top + visibleRows)
        case .help, .choose: app.pop()
        default: return false
        }
        return true
    }
}
