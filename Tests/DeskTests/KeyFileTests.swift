import WardServices
import Desk
import Foundation
import Testing
import TerminalUI

/// The key file: README's example reads without a problem, widget keys are rebound like the
/// others, and F1 lists them with the names the key file uses.
@Suite struct KeyFileTests {
    /// The lines of README's example after "# keys".
    private func readmeKeyLines() throws -> String {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let block = try #require(text.components(separatedBy: "# keys").dropFirst().first?.components(separatedBy: "```").first)
        return block.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
    }

    @Test func readmesExampleIsUnderstood() throws {
        let lines = try readmeKeyLines()
        #expect(lines.contains("search"))
        var configuration = DeskConfiguration()
        configuration.read(keys: lines)
        #expect(configuration.problems.isEmpty, "\(configuration.problems)")
        #expect(configuration.keymap.action(for: .control("f"), in: [.init(rawValue: "pending"), .list]) == Action(rawValue: "search"))
    }

    @Test func anActionInAnotherContextIsNamedWhereItIs() throws {
        var configuration = DeskConfiguration()
        configuration.read(keys: "list.search = /\n")
        let problem = try #require(configuration.problems.first)
        let strings = try Shipped.strings(.vi)
        #expect(problem.text(strings).contains("pending.search"))
        #expect(problem.text(strings).contains("criteria.search"))
    }

    @Test func widgetKeysAreReboundLikeTheOthers() throws {
        var configuration = DeskConfiguration()
        configuration.read(keys: "text-field.line-start = Ctrl-B\ndialog.next-field = Tab\nchoice.next-option = Space\n")
        #expect(configuration.problems.isEmpty, "\(configuration.problems)")
        let pilot = try Pilot("keys-widgets", configuration: configuration)
        pilot.type("2")
        pilot.press(.enter, .down, .down)  // the year field of a nomination for a known nominee
        pilot.press(.control("b"))
        pilot.type("1")
        #expect(pilot.screen.contains("12026"), "\(pilot.screen)")
        // Ctrl-A is no longer the start of the line: it does nothing to the text.
        pilot.press(.end, .backspace, .control("a"))
        pilot.type("9")
        #expect(pilot.screen.contains("12029"), "\(pilot.screen)")
        // In a choice, → no longer changes the option (only Space does now).
        pilot.press(.up)
        let before = pilot.screen
        pilot.press(.right)
        #expect(pilot.screen == before)
        pilot.press(.character(" "))
        #expect(pilot.screen != before)
    }

    @Test func f1ListsTheWidgetKeysOfTheFormWithTheirNames() throws {
        let pilot = try Pilot("keys-help", size: Size(width: 120, height: 40))
        pilot.type("1")
        pilot.press(.function(1))
        pilot.press(.end)
        var seen = pilot.screen
        pilot.press(.home)
        for _ in 0..<6 {
            seen += pilot.screen
            pilot.press(.pageDown)
        }
        for name in ["[text-field.line-start]", "[text-field.delete-to-end]", "[choice.next-option]", "[button.choose]",
                     "[nomination-form.save]", "[toggle-input-method]"] {
            #expect(seen.contains(name), "\(name)")
        }
        #expect(seen.contains("Home, Ctrl-A"))
        #expect(seen.contains("Ctrl-K"))
        #expect(seen.contains("Ctrl-T"))
    }
}
