import Commendation
import Desk
import CommendationStore
import Foundation
import Testing
import TerminalUI
import VietnameseText

/// The nominee list as a search is typed a letter at a time: after every key the list and its
/// count are the store's answer for what is typed, whether the matches were narrowed in memory
/// from the letters before or asked of the store again.
@Suite struct NomineeSearchTypingTests {
    /// The names shown in the list's first rows (row 4 on, a 100×30 desk).
    private func shownNames(_ pilot: Pilot, count: Int) -> [String] {
        (4..<(4 + count)).map { pilot.terminal.screen.rowText($0) }
    }

    @Test func everyLetterTypedShowsTheStoresMatchesInListOrder() throws {
        let pilot = try Pilot("search-typing", size: Size(width: 100, height: 30))
        pilot.type("2")
        let total = try pilot.store.nomineeCount()
        var typed = ""
        func check() throws {
            let matching = try pilot.store.nomineeCount(filter: typed)
            #expect(pilot.screen.contains("\(matching)/\(total) đối tượng"), "\(typed)")
            let expected = try pilot.store.nominees(filter: typed, offset: 0, limit: 20).map(\.name)
            let shown = shownNames(pilot, count: expected.count)
            for (name, row) in zip(expected, shown) {
                #expect(row.contains(name), "\(typed): \(name) not in «\(row)»")
            }
        }
        for letter in "nguyen thi" {
            pilot.type(String(letter))
            typed.append(letter)
            try check()
        }
        for _ in 0..<4 {
            pilot.press(.backspace)
            typed.removeLast()
            try check()
        }
        for letter in "van" {
            pilot.type(String(letter))
            typed.append(letter)
            try check()
        }
    }
}
