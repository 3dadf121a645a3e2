import VietnameseText

extension KeyContext {
    /// Bindings of a page of text (the F1 help, a dialog of text): Enter closes it.
    public static let textPage: KeyContext = "text-page"
}

/// The F1 help: every binding in force where help was asked for, generated from the key
/// table, with its keys and its sentence of help. Over a screen it is a screen of its own;
/// asked for in a dialog, it is a box over the dialog (`presentedOverDialog`). It scrolls
/// with the reading keys and says where it stands.
public final class HelpScreen: Screen, Dialog {
    private let lines: [(keys: String, text: String, isHeading: Bool)]
    private var scroller = TextScroller()
    private let strings: Localizer
    /// True when shown over a dialog: a box with a title, closed by dismissing it.
    private let presentedOverDialog: Bool

    /// Help for the bindings of `contexts` (and the global ones); `overDialog` when it is
    /// presented over a dialog rather than pushed as a screen.
    public convenience init(keymap: Keymap, contexts: [KeyContext], strings: Localizer, overDialog: Bool = false) {
        self.init(keymap: keymap, chains: [contexts], strings: strings, overDialog: overDialog)
    }

    /// Help for the bindings of each chain of contexts that can be in force (a form's text
    /// fields, its choices…), each context's keys once, then the global ones.
    public init(keymap: Keymap, chains: [[KeyContext]], strings: Localizer, overDialog: Bool = false) {
        self.strings = strings
        presentedOverDialog = overDialog
        var byContext: [(context: KeyContext, bindings: [KeyBinding])] = []
        for chain in chains {
            for binding in keymap.bindings(in: chain.filter { $0 != .global }) where binding.context != .global {
                if let index = byContext.firstIndex(where: { $0.context == binding.context }) {
                    if !byContext[index].bindings.contains(binding) { byContext[index].bindings.append(binding) }
                } else {
                    byContext.append((binding.context, [binding]))
                }
            }
        }
        byContext.append((.global, keymap.bindings(in: []).filter { $0.context == .global }))
        var lines: [(String, String, Bool)] = []
        for (index, group) in byContext.enumerated() where !group.bindings.isEmpty {
            if index > 0 { lines.append(("", "", false)) }
            lines.append(("", strings("help.context." + group.context.rawValue), true))
            for binding in group.bindings {
                // The binding's name for the key file ("pending.search = /, Ctrl-F") ends its line.
                let name = group.context == .global ? binding.action.rawValue : group.context.rawValue + "." + binding.action.rawValue
                lines.append((binding.keys.map(\.displayName).joined(separator: ", "), strings(binding.help) + "  [" + name + "]", false))
            }
        }
        self.lines = lines
    }

    public var title: String { strings("help.title") }
    /// Enter closes; the reading keys while the help is longer than the screen.
    public var keyContexts: [KeyContext] { scroller.isScrollable ? [.textPage, .reading] : [.textPage] }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        var area = rect
        if presentedOverDialog {
            buffer.fill(rect, style: Style(.dialog))
            buffer.box(rect)
            buffer.put(" \(title) ", at: Point(x: rect.minX + 2, y: rect.minY), style: Style(.frame, [.bold]), limit: rect.width - 4)
            area = rect.insetBy(dx: 1, dy: 1)
        }
        buffer.put(strings("help.intro"), at: Point(x: area.minX + 2, y: area.minY), style: Style(.muted), limit: area.width - 4)
        let keyWidth = min(24, (lines.map { $0.keys.displayWidth }.max() ?? 0) + 2)
        // Long help sentences wrap under themselves, aligned after the keys.
        let textWidth = max(10, area.width - keyWidth - 6)
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
        // The intro, a blank row, the page; the last row says where the page stands.
        scroller.layout(lineCount: rows.count, visibleRows: area.height - 2 - (rows.count > area.height - 2 ? 1 : 0))
        for (row, line) in rows[scroller.shown].enumerated() {
            let y = area.minY + 2 + row
            if line.isHeading {
                buffer.put(line.text, at: Point(x: area.minX + 2, y: y), style: Style(.frame, [.bold]), limit: area.width - 4)
            } else {
                buffer.put(line.keys, at: Point(x: area.minX + 4, y: y), style: Style(.statusKey, [.bold]), limit: keyWidth)
                buffer.put(line.text, at: Point(x: area.minX + 4 + keyWidth, y: y), limit: textWidth)
            }
        }
        scroller.drawPosition(endingAt: area.maxX - 1, y: area.maxY - 1, on: &buffer)
    }

    public func perform(_ action: Action, app: Application) -> Bool {
        if scroller.perform(action) { return true }
        switch action {
        case .help, .choose, .close: close(app)
        case .back where presentedOverDialog: close(app)
        default: return false
        }
        return true
    }

    public func handle(_ key: KeyEvent, app: Application) -> Bool { false }

    public func click(at point: Point, app: Application) -> Bool { false }

    /// The reading keys only where there is more to read.
    public func offers(_ action: Action) -> Bool { scroller.offers(action) }

    private func close(_ app: Application) {
        if presentedOverDialog { app.dismissDialog(self) } else { app.pop() }
    }
}
