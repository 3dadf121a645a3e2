import Commendation
import CommendationStore
import Desk
import Foundation
import TerminalUI
import WardServices

/// The desk in this process, on a store the built `tdkt` made, driven the way a clerk drives it
/// (keys on a `HeadlessTerminal`, as `Tests/DeskTests/Pilot.swift` does) on a fixed day, so that
/// its answers can be set beside the command line's on the same file. Every call runs the event
/// loop until it is idle (no sleeping).
final class HeadlessDesk {
    /// The day the desk lives on; the command line is given the same day (`--on`, `--date`).
    static let today = CivilDate(year: 2026, month: 11, day: 29)!

    let terminal: HeadlessTerminal
    let desk: Desk
    let store: Store

    /// A desk in Vietnamese on the store at `path` (its own connection, as a second process
    /// would have), wide enough that no list is cut.
    init(store path: String, size: Size = Size(width: 140, height: 50)) throws {
        store = try Store(path: path, clock: FixedClock(Self.today), actor: Actor(osUser: "test", profile: "desk"), create: false)
        let environment = try DeskEnvironment(store: store, strings: try Shipped.strings(.vi), language: .vi,
                                              clock: FixedClock(Self.today))
        terminal = HeadlessTerminal(size: size)
        desk = Desk(terminal: terminal, environment: environment)
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

    /// What the clerk sees, row by row.
    var screen: String { terminal.screen.text }

    /// The rows of the screen.
    var rows: [String] { screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The text inside the dialog box on screen, row by row (between the box's side frames,
    /// trimmed; empty rows left out).
    var dialogRows: [String] {
        rows.compactMap { row -> String? in
            guard let first = row.firstIndex(of: "│"), let last = row.lastIndex(of: "│"), first < last else { return nil }
            let inside = row[row.index(after: first)..<last].trimmingCharacters(in: .whitespaces)
            return inside.isEmpty ? nil : inside
        }
    }

    /// The status bar with the message above it when the message did not fit beside the keys.
    var statusBar: String {
        let height = terminal.size.height
        let rule = String(repeating: "─", count: terminal.size.width)
        for top in stride(from: height - 2, to: height / 2, by: -1) where terminal.screen.rowText(top) == rule {
            return ((top + 1)..<height).map { terminal.screen.rowText($0).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }
        return terminal.screen.rowText(height - 1)
    }
}
