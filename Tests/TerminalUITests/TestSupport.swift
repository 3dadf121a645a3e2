import VietnameseText
import Foundation
import Testing
import TerminalUI

/// The strings the tests use, Vietnamese as the desk shows them.
let testTable: [String: String] = [
    "ui.quit.title": "Thoát chương trình",
    "ui.quit.message": "Có thay đổi chưa lưu — thoát mà không lưu?",
    "ui.quit.stay": "Ở lại",
    "ui.quit.leave": "Thoát không lưu",
    "ui.discard.title": "Bỏ thay đổi?",
    "ui.discard.message": "Màn hình này có thay đổi chưa lưu.",
    "ui.discard.stay": "Tiếp tục sửa",
    "ui.discard.leave": "Bỏ thay đổi",
    "ui.tooSmall.title": "Cửa sổ quá nhỏ",
    "ui.tooSmall.message": "Cửa sổ hiện là {0}; cần ít nhất {1}.",
    "help.title": "Trợ giúp phím",
    "help.intro": "Các phím dùng được ở màn hình này:",
    "help.context.global": "Mọi nơi",
    "help.context.list": "Danh sách",
    "help.context.form": "Biểu mẫu",
    "help.help": "Mở trang trợ giúp này",
    "help.quit": "Thoát chương trình",
    "help.back": "Quay lại màn hình trước",
    "help.redraw": "Vẽ lại màn hình",
    "help.choose": "Chọn dòng đang sáng",
    "help.up": "Lên một dòng",
    "help.down": "Xuống một dòng",
    "help.delete": "Xoá hồ sơ đang chọn",
    "help.sort": "Sắp xếp theo tên",
    "help.save": "Lưu biểu mẫu",
    "key.help": "Trợ giúp",
    "key.quit": "Thoát",
    "key.back": "Quay lại",
    "key.delete": "Xoá",
    "key.sort": "Sắp xếp",
    "key.save": "Lưu",
    "key.choose": "Chọn",
]

/// A localizer over `testTable`.
func testStrings() -> Localizer { Localizer(language: "vi", table: testTable) }

extension Action {
    static let deleteRow: Action = "delete-row"
    static let sort: Action = "sort"
}

/// The key table of the application tests: a few global bindings, some for lists, one for forms.
func testKeymap() -> Keymap {
    Keymap([
        KeyBinding(.deleteRow, [.delete], context: .list, label: "key.delete", help: "help.delete", inStatusBar: true),
        KeyBinding(.sort, [.function(5)], context: .list, label: "key.sort", help: "help.sort"),
        KeyBinding(.save, [.function(2)], context: .form, label: "key.save", help: "help.save", inStatusBar: true),
        KeyBinding(.help, [.function(1)], label: "key.help", help: "help.help", inStatusBar: true),
        KeyBinding(.back, [.escape], label: "key.back", help: "help.back", inStatusBar: true),
        KeyBinding(.quit, [.function(10)], label: "key.quit", help: "help.quit", inStatusBar: true),
        KeyBinding(.interrupt, [.control("c")], label: "key.quit", help: "help.quit"),
        KeyBinding(.redraw, [.control("l")], label: "key.redraw", help: "help.redraw"),
        KeyBinding(.suspend, [.control("z")], label: "key.suspend", help: "help.suspend"),
        KeyBinding(.choose, [.enter], label: "key.choose", help: "help.choose"),
        KeyBinding(.nextField, [.tab], label: "key.next", help: "help.next"),
        KeyBinding(.previousField, [.backTab], label: "key.previous", help: "help.previous"),
        KeyBinding(.up, [.up, .control("p")], label: "key.up", help: "help.up"),
        KeyBinding(.down, [.down, .control("n")], label: "key.down", help: "help.down"),
        KeyBinding(.pageUp, [.pageUp], label: "key.pageUp", help: "help.pageUp"),
        KeyBinding(.pageDown, [.pageDown], label: "key.pageDown", help: "help.pageDown"),
        // Widgets: a dialog's buttons, a text field, a choice, a page of text.
        KeyBinding(.nextField, [.right], context: .dialog, label: "key.next", help: "help.next"),
        KeyBinding(.previousField, [.left], context: .dialog, label: "key.previous", help: "help.previous"),
        KeyBinding(.cursorLeft, [.left], context: .textField, label: "key.left", help: "help.left"),
        KeyBinding(.cursorRight, [.right], context: .textField, label: "key.right", help: "help.right"),
        KeyBinding(.lineStart, [.home, .control("a")], context: .textField, label: "key.home", help: "help.home"),
        KeyBinding(.lineEnd, [.end, .control("e")], context: .textField, label: "key.end", help: "help.end"),
        KeyBinding(.deleteBackward, [.backspace], context: .textField, label: "key.backspace", help: "help.backspace"),
        KeyBinding(.deleteForward, [.delete], context: .textField, label: "key.del", help: "help.del"),
        KeyBinding(.previousOption, [.left], context: .choice, label: "key.left", help: "help.left"),
        KeyBinding(.nextOption, [.right, .character(" ")], context: .choice, label: "key.right", help: "help.right"),
        KeyBinding(.close, [.enter], context: .textPage, label: "key.close", help: "help.close", inStatusBar: true),
        KeyBinding(.pageDown, [.pageDown, .character(" ")], context: .reading, label: "key.pageDown", help: "help.pageDown", inStatusBar: true),
        KeyBinding(.pageUp, [.pageUp], context: .reading, label: "key.pageUp", help: "help.pageUp"),
        KeyBinding(.first, [.home], context: .reading, label: "key.first", help: "help.first"),
        KeyBinding(.last, [.end], context: .reading, label: "key.last", help: "help.last"),
    ])
}

/// A screen that draws a few lines of text and records what happens to it.
final class TestScreen: Screen {
    let title: String
    var keyContexts: [KeyContext]
    var hasUnsavedChanges: Bool
    var lines: [String]
    private(set) var performed: [Action] = []
    private(set) var handled: [KeyEvent] = []
    private(set) var reappearCount = 0
    /// Runs for every action the screen is offered; returns whether it was used.
    var onPerform: ((Action, Application) -> Bool)?

    init(title: String, contexts: [KeyContext] = [], unsaved: Bool = false, lines: [String] = []) {
        self.title = title
        keyContexts = contexts
        hasUnsavedChanges = unsaved
        self.lines = lines
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        for (index, line) in lines.enumerated() where index < rect.height {
            buffer.put(line, at: Point(x: rect.minX + 1, y: rect.minY + index), limit: rect.width - 2)
        }
    }

    func perform(_ action: Action, app: Application) -> Bool {
        performed.append(action)
        return onPerform?(action, app) ?? false
    }

    func handle(_ key: KeyEvent, app: Application) -> Bool {
        handled.append(key)
        return false
    }

    func didReappear(app: Application) { reappearCount += 1 }
}

/// An application on a fresh headless terminal, with `screen` pushed.
func makeApp(_ screen: Screen, size: Size = Size(width: 80, height: 24),
             heading: String = "tdkt — Phường Bến Nghé") -> (Application, HeadlessTerminal) {
    let terminal = HeadlessTerminal(size: size)
    let app = Application(terminal: terminal, keymap: testKeymap(), strings: testStrings(), heading: heading)
    app.push(screen)
    return (app, terminal)
}

/// Rows of a table kept in memory; records every range it is asked for.
final class RecordingDataSource: TableDataSource {
    var rowCount: Int
    private(set) var requests: [Range<Int>] = []

    init(rowCount: Int) { self.rowCount = rowCount }

    func rows(in range: Range<Int>) -> [[TableCell]] {
        requests.append(range)
        return range.map { [TableCell("\($0)"), TableCell("Hồ sơ số \($0)")] }
    }

    /// Total rows handed out so far.
    var rowsServed: Int { requests.reduce(0) { $0 + $1.count } }
}

/// Records what dialog buttons and pickers did.
final class Recorder {
    var events: [String] = []
}

extension ScreenBuffer {
    /// The rows whose text contains `text`.
    func rows(containing text: String) -> [Int] {
        (0..<size.height).filter { rowText($0).contains(text) }
    }

    /// The column of the first cell of `text` on row `y` (counted in cells, not graphemes).
    func column(of text: String, inRow y: Int) -> Int? {
        let first = String(text.prefix(1))
        for x in 0..<size.width where self[x, y].text == first {
            var line = ""
            for cx in x..<size.width where !self[cx, y].isContinuation { line += self[cx, y].text }
            if line.hasPrefix(text) { return x }
        }
        return nil
    }

    /// The first cell at or after `x` on row `y` that is not a blank.
    func nextNonBlank(from x: Int, inRow y: Int) -> Int? {
        (x..<size.width).first { self[$0, y].text != " " && !self[$0, y].isContinuation }
    }
}

extension String {
    /// Canonical decomposition (NFD), for building decomposed input the way some keyboards send it.
    var decomposedForTest: String { decomposedStringWithCanonicalMapping }
    /// Canonical composition (NFC).
    var precomposedForTest: String { precomposedStringWithCanonicalMapping }
}
