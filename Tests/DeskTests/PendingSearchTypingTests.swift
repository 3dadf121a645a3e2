import WardServices
import Commendation
import CommendationStore
@testable import Desk
import Foundation
import Testing
import TerminalUI

/// The pending review as a search is typed a letter at a time on a generated ward: after every
/// key its counts and first rows are the store's walk for what is typed, whether the matches
/// were read through the trigram index, narrowed in memory from the letters before, or walked;
/// on a store opened read-only too (its standings in temporary tables).
@Suite struct PendingSearchTypingTests {
    /// A generated ward's store (4 000 pending nominations or so) in `folder`.
    private static func ward(_ name: String) throws -> String {
        let folder = "/tmp/tdkt-desk-tests/" + name
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/tdkt.sqlite"
        let store = try Store(path: path, clock: FixedClock(Pilot.today), actor: Actor(osUser: "test", profile: "test"))
        _ = try store.generateDemo(.ward, seed: 2, wardName: "Phường Mẫu", today: Pilot.today)
        return path
    }

    /// The nomination ids on the screen's rows, top to bottom.
    private func shownIDs(_ pilot: Pilot) -> [String] {
        (0..<pilot.terminal.size.height).compactMap { y in
            pilot.terminal.screen.rowText(y).split(separator: " ").first { NominationID.number(of: String($0)) != nil }.map(String.init)
        }
    }

    /// Types `text` a letter at a time (after `typed`), checking the review after each key.
    private func type(_ text: String, after typed: inout String, _ pilot: Pilot, _ screen: PendingScreen, kept: inout Int) throws {
        for letter in text {
            pilot.type(String(letter))
            typed.append(letter)
            try check(typed, pilot, screen, kept: &kept)
        }
    }

    private func check(_ typed: String, _ pilot: Pilot, _ screen: PendingScreen, kept: inout Int) throws {
        let review = try #require(screen.review)
        var query = screen.filter
        query.search = typed
        // A ward's standings are fewer than those a keystroke counts among: the counts are exact.
        let exact = try review.counts(query)
        #expect(screen.counts == exact, "«\(typed)»")
        #expect(screen.trouble == nil, "«\(typed)»")
        if screen.matches != nil { kept += 1 }
        var expected: [String] = []
        for group in PendingGroup.allCases where (exact[group] ?? 0) > 0 {
            expected += try review.items(query, group: group, order: screen.sort, offset: 0, limit: 40).map(\.listing.nomination.id)
        }
        let shown = shownIDs(pilot)
        #expect(shown == Array(expected.prefix(shown.count)), "«\(typed)»: \(shown.prefix(4)) vs \(expected.prefix(4))")
        #expect(shown.count >= min(expected.count, 10), "«\(typed)»: \(shown.count) rows shown of \(expected.count)")
    }

    private func typeSearches(_ pilot: Pilot) throws {
        pilot.type("3")
        let screen = try #require(pilot.desk.app.screens.last as? PendingScreen)
        var kept = 0
        var typed = ""
        pilot.press(.character("/"))
        try type("nguyen thi h", after: &typed, pilot, screen, kept: &kept)
        for _ in 0..<3 {
            pilot.press(.backspace)
            typed.removeLast()
            try check(typed, pilot, screen, kept: &kept)
        }
        try type("i hong", after: &typed, pilot, screen, kept: &kept)
        // Another order: the kept matches were read in name order.
        pilot.press(.enter, .function(6))
        #expect(screen.sort == .received)
        try check(typed, pilot, screen, kept: &kept)
        pilot.press(.character("/"))
        pilot.press(.backspace)
        typed.removeLast()
        try check(typed, pilot, screen, kept: &kept)
        // Ids, accents and case, nothing found.
        pilot.press(.escape)
        typed = ""
        pilot.press(.character("/"))
        try type("LDTT-00", after: &typed, pilot, screen, kept: &kept)
        pilot.press(.escape)
        typed = ""
        pilot.press(.character("/"))
        try type("Hồng qq", after: &typed, pilot, screen, kept: &kept)
        #expect(kept >= 10, "the matches were kept for most keys")
    }

    @Test func everyLetterShowsTheWalksRows() throws {
        let path = try Self.ward("pending-search-typing")
        let pilot = try Pilot(opening: path, size: Size(width: 120, height: 40))
        try typeSearches(pilot)
    }

    @Test func onAStoreOpenedReadOnlyToo() throws {
        let path = try Self.ward("pending-search-typing-read-only")
        let pilot = try Pilot(opening: path, size: Size(width: 120, height: 40), readOnly: true)
        #expect(pilot.dialogText.contains("chỉ đọc"), "\(pilot.screen)")
        pilot.press(.enter)
        try typeSearches(pilot)
    }

    /// The trigram index unreadable: the review says so (and still shows what it could read).
    @Test func aDamagedSearchIndexIsSaid() throws {
        let failing = try FailingStore(.damaged, "pending-search-index", damaged: ["nominee_search_data"])
        let pilot = failing.pilot
        pilot.type("3")
        pilot.press(.character("/"))
        pilot.type("nguyen")
        #expect(pilot.words.contains("Không đọc được kho dữ liệu"), "\(pilot.screen)")
        #expect(pilot.words.contains("bị hỏng"), "\(pilot.screen)")
    }
}
