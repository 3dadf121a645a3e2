import Commendation
import CommendationStore
import Foundation
import Testing

@Suite("Pending nominations")
struct PendingTests {
    /// The workflow stages still awaiting a decision, in the order the list shows them.
    private static let stages = ["draft", "received", "returned", "on-agenda", "recommended", "submitted"]

    /// Ids of the demo's pending nominations, counted from the JSON itself.
    private func demoPendingIDs() throws -> Set<String> {
        Set(try demoList("nominations").compactMap { item -> String? in
            guard let status = item["status"] as? String, Self.stages.contains(status) else { return nil }
            return item["id"] as? String
        })
    }

    @Test func emptyStoreHasNothingPending() throws {
        try withStore { store, _ throws in
            #expect(try store.pendingCount() == 0)
            #expect(try store.allPending().isEmpty)
            #expect(try store.pending(offset: 0, limit: 5).isEmpty)
        }
    }

    @Test func countMatchesTheDemoData() throws {
        try withStore(demo: true) { store, _ in
            let expected = try demoPendingIDs()
            #expect(expected.count == 13)
            #expect(try store.pendingCount() == expected.count)
            let all = try store.allPending()
            #expect(all.count == expected.count)
            #expect(Set(all.map(\.nomination.id)) == expected)
            #expect(all.allSatisfy { Self.stages.contains($0.nomination.status.rawValue) })
        }
    }

    @Test func windowsOfFiveConcatenateToTheWhole() throws {
        try withStore(demo: true) { store, _ in
            let all = try store.allPending().map(\.nomination.id)
            var windows: [String] = []
            var offset = 0
            while true {
                let window = try store.pending(offset: offset, limit: 5)
                #expect(window.count <= 5)
                if window.isEmpty { break }
                windows += window.map(\.nomination.id)
                offset += 5
                if offset > 1000 { break }
            }
            #expect(windows == all)
            #expect(Set(windows).count == windows.count)
            #expect(try store.pending(offset: 5, limit: 5).map(\.nomination.id) == Array(all[5..<10]))
            #expect(try store.pending(offset: all.count, limit: 5).isEmpty)
        }
    }

    @Test func orderIsByStageThenNominee() throws {
        try withStore(demo: true) { store, _ in
            let all = try store.allPending()
            #expect(!all.isEmpty)
            for (previous, next) in zip(all, all.dropFirst()) {
                let previousStage = try #require(Self.stages.firstIndex(of: previous.nomination.status.rawValue))
                let nextStage = try #require(Self.stages.firstIndex(of: next.nomination.status.rawValue))
                #expect(previousStage <= nextStage, "\(previous.nomination.id) before \(next.nomination.id)")
                if previousStage == nextStage {
                    #expect(!(next.nominee.sortKey < previous.nominee.sortKey),
                            "\(previous.nominee.name) before \(next.nominee.name)")
                }
            }
            // Every stage present in the demo shows up, in workflow order.
            var seen: [String] = []
            for listing in all where seen.last != listing.nomination.status.rawValue {
                seen.append(listing.nomination.status.rawValue)
            }
            #expect(seen == Self.stages)
        }
    }

    @Test func newDraftComesFirstAndDecidedOnesAreLeftOut() throws {
        try withStore(demo: true) { store, _ in
            let before = try store.pendingCount()
            var draft = newPersonDraft()
            draft.status = .draft
            let saved = try store.save(draft, rulebook: rulebook())
            #expect(try store.pendingCount() == before + 1)
            let first = try store.pending(offset: 0, limit: 100)
            #expect(first.contains { $0.nomination.id == saved.id })
            #expect(first.prefix { $0.nomination.status == .draft }.contains { $0.nomination.id == saved.id })

            let decided = try demoList("nominations").first { ($0["status"] as? String) == "decided" }
            let decidedID = try #require(decided?["id"] as? String)
            #expect(try store.nomination(id: decidedID)?.nomination.status == .decided)
            #expect(!(try store.allPending().contains { $0.nomination.id == decidedID }))
        }
    }

    @Test func nominationsOfANomineeAreNewestFirst() throws {
        try withStore(demo: true) { store, _ in
            let nominations = try demoList("nominations")
            var byNominee: [String: [String]] = [:]
            for item in nominations {
                if let nominee = item["nominee"] as? String, let id = item["id"] as? String {
                    byNominee[nominee, default: []].append(id)
                }
            }
            let (nominee, ids) = try #require(byNominee.max { $0.value.count < $1.value.count })
            #expect(ids.count >= 2)
            let listed = try store.nominations(ofNominee: nominee)
            #expect(Set(listed.map(\.nomination.id)) == Set(ids))
            #expect(listed.allSatisfy { $0.nominee.id == nominee })
            for (previous, next) in zip(listed, listed.dropFirst()) {
                #expect(previous.nomination.year >= next.nomination.year)
            }
            #expect(try store.nominations(ofNominee: "P-9999").isEmpty)
        }
    }
}
