import WardServices
import Commendation
import CommendationStore
import Desk
import Foundation
import Testing
import TerminalUI

/// Drives a desk on a `HeadlessTerminal` the way a clerk would: press keys, type text, resize,
/// then read the screen. Every call runs the event loop until it is idle (no sleeping).
final class Pilot {
    let terminal: HeadlessTerminal
    let desk: Desk
    let store: Store
    let folder: String

    /// The day every test lives on.
    static let today = CivilDate(year: 2026, month: 11, day: 29)!
    /// The ward's time zone, whatever the machine's (times on screen do not depend on it).
    static let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    /// A desk on a fresh store named `name` in this process's `DeskTestFolder` (snapshots show
    /// it as a fixed path), with the demo ward loaded unless `demo` is false.
    init(_ name: String, size: Size = Size(width: 80, height: 24), demo: Bool = true, language: Language = .vi,
         configuration: DeskConfiguration = DeskConfiguration()) throws {
        folder = DeskTestFolder.path(name)
        try? FileManager.default.removeItem(atPath: folder)
        store = try Store(path: folder + "/tdkt.sqlite", clock: FixedClock(Self.today), actor: Actor(osUser: "test", profile: "test"))
        if demo {
            try store.loadDemo(Shipped.demoWard(), rulebook: try Shipped.rulebooks().rulebook(forYear:),
                               baseSalaries: try Shipped.baseSalaries())
            try store.setSetting("desk.onboarded", to: "demo")
        }
        let environment = try DeskEnvironment(store: store, strings: try Shipped.strings(language), language: language,
                                              clock: FixedClock(Self.today))
        environment.timeZone = Self.zone
        terminal = HeadlessTerminal(size: size)
        desk = Desk(terminal: terminal, environment: environment, configuration: configuration)
        desk.run()
    }

    /// A desk on the store at `path` as it is (nothing loaded), the way `tdkt --store PATH`
    /// opens it (`readOnly`: `--read-only`); `prepare` runs on the store before the desk
    /// opens. The folder holding the store is removed when the pilot goes.
    init(opening path: String, size: Size = Size(width: 80, height: 24), readOnly: Bool = false, language: Language = .vi,
         prepare: (Store) throws -> Void = { _ in }) throws {
        folder = (path as NSString).deletingLastPathComponent
        store = try Store(path: path, clock: FixedClock(Self.today), actor: Actor(osUser: "test", profile: "test"), readOnly: readOnly,
                          create: false)
        try prepare(store)
        let environment = try DeskEnvironment(store: store, strings: try Shipped.strings(language), language: language,
                                              clock: FixedClock(Self.today))
        environment.timeZone = Self.zone
        terminal = HeadlessTerminal(size: size)
        desk = Desk(terminal: terminal, environment: environment)
        desk.run()
    }

    /// A second desk on `other`'s store, as a clerk at another terminal would open it (its
    /// own connection to the same file).
    init(sameStoreAs other: Pilot, size: Size = Size(width: 100, height: 30), readOnly: Bool = false) throws {
        folder = other.folder + "/second-desk"
        store = try Store(path: other.store.path, clock: FixedClock(Self.today), actor: Actor(osUser: "clerk2", profile: "desk"),
                          readOnly: readOnly)
        let environment = try DeskEnvironment(store: store, strings: try Shipped.strings(.vi), language: .vi, clock: FixedClock(Self.today))
        environment.timeZone = Self.zone
        terminal = HeadlessTerminal(size: size)
        desk = Desk(terminal: terminal, environment: environment)
        desk.run()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A second of nothing: the desk looks for changes made elsewhere.
    func idle() {
        terminal.enqueueIdle()
        desk.run()
    }

    /// Presses keys, then lets the loop go idle.
    func press(_ keys: KeyEvent...) {
        terminal.enqueue(keys)
        desk.run()
    }

    /// Types text as key presses, then lets the loop go idle.
    func type(_ text: String) {
        terminal.enqueue(typing: text)
        desk.run()
    }

    /// Clicks at a cell, then lets the loop go idle.
    func click(_ x: Int, _ y: Int) {
        terminal.enqueue(click: Point(x: x, y: y))
        desk.run()
    }

    /// From the main menu, opens a pending nomination the way a clerk finds one: "3", "/", its
    /// number, Enter to finish the search, Enter to open.
    func openPending(_ id: String) {
        type("3")
        press(.character("/"))
        type(id)
        press(.enter, .enter)
    }

    /// The row (from 0) whose text contains `text`.
    func row(containing text: String) -> Int? {
        screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }
    }

    /// The label of the field that has the focus, as the clerk sees it: the words left of the
    /// highlighted value on its row (inside the dialog's frame when a dialog holds the focus),
    /// without the " *" of a required field.
    var focusedLabel: String? {
        let screen = terminal.screen
        var found: String?
        for y in 0..<terminal.size.height {
            guard let x = (0..<terminal.size.width).first(where: { screen[$0, y].style.role == .focusedField }) else { continue }
            var label = ""
            var inDialog = false
            for column in 0..<x where !screen[column, y].isContinuation {
                let text = screen[column, y].text
                if text == "│" {
                    label = ""
                    inDialog = true
                } else {
                    label += text
                }
            }
            label = label.trimmingCharacters(in: .whitespaces)
            if label.hasSuffix(" *") { label = String(label.dropLast(2)) }
            // A dialog's field is the one with the keys (a form may show its own below it).
            if inDialog { return label }
            found = found ?? label
        }
        return found
    }

    /// Moves the focus to the field labelled `label` with Tab (then Shift-Tab), as a clerk
    /// would, however many fields come before it; records an issue when no field has it. A
    /// label cut with "…" matches its beginning.
    @discardableResult
    func focus(field label: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        func matches() -> Bool {
            guard let shown = focusedLabel else { return false }
            return shown == label || (shown.hasSuffix("…") && label.hasPrefix(String(shown.dropLast())))
        }
        for key in [KeyEvent.tab, .backTab] {
            var seen: [String?] = []
            while !matches() {
                // At the first or last field the focus stops moving: the other way next.
                if seen.suffix(2).allSatisfy({ $0 == focusedLabel }), seen.count >= 2 { break }
                seen.append(focusedLabel)
                if seen.count > 200 { break }
                press(key)
            }
            if matches() { return true }
        }
        Issue.record("No field labelled «\(label)» (the focus is on «\(focusedLabel ?? "nothing")»):\n\(screen)",
                     sourceLocation: sourceLocation)
        return false
    }

    /// Resizes the terminal, then lets the loop go idle.
    func resize(_ width: Int, _ height: Int) {
        terminal.resize(to: Size(width: width, height: height))
        desk.run()
    }

    /// What the clerk sees.
    var screen: String { terminal.screen.text }

    /// The screen's words as one line (each run of spaces and line ends one space), so that a
    /// sentence wrapped over rows can be found whole.
    var words: String {
        screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The words inside the dialog box on screen, as one line (rows between the box's side
    /// frames, trimmed and joined by spaces), so that a wrapped sentence can be found whole.
    var dialogText: String {
        screen.split(separator: "\n").compactMap { row -> String? in
            guard let first = row.firstIndex(of: "│"), let last = row.lastIndex(of: "│"), first < last else { return nil }
            let inside = row[row.index(after: first)..<last].trimmingCharacters(in: .whitespaces)
            return inside.isEmpty ? nil : inside
        }.joined(separator: " ")
    }

    /// The status bar (last row), after the message shown above it when the message did not
    /// fit beside the keys (the rows between a full-width rule and the bar).
    var statusBar: String {
        let bar = terminal.screen.rowText(terminal.size.height - 1)
        let rule = String(repeating: "─", count: terminal.size.width)
        for top in stride(from: terminal.size.height - 2, to: terminal.size.height / 2, by: -1)
        where terminal.screen.rowText(top) == rule {
            let band = ((top + 1)..<(terminal.size.height - 1)).map { terminal.screen.rowText($0).trimmingCharacters(in: .whitespaces) }
            return band.joined(separator: " ") + "\n" + bar
        }
        return bar
    }

    /// Only the last row: the keys (and a message that fits beside them).
    var keyBar: String { terminal.screen.rowText(terminal.size.height - 1) }

    /// The title bar (first row).
    var titleBar: String { terminal.screen.rowText(0) }

    /// True while the application runs.
    var isRunning: Bool { desk.app.isRunning }
}
