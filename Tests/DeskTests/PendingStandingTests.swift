import WardServices
import Commendation
import CommendationStore
@testable import Desk
import Foundation
import Testing

/// The standings the pending review keeps in the store must always say what judging every
/// pending nomination afresh says: after each kind of change (a step, new facts, a new
/// nomination of a unit's member, another day, the council's rules, a rename) and on a
/// read-only store.
@Suite struct PendingStandingTests {
    struct Seen: Equatable, CustomStringConvertible {
        var group: PendingGroup
        var eligibility: Eligibility
        var deadline: CivilDate?
        var description: String { "\(group.rawValue)/\(eligibility.rawValue)/\(deadline?.iso ?? "-")" }
    }

    let rulebooks: RulebookSet
    let calendar: WorkingCalendar

    init() throws {
        rulebooks = try Shipped.rulebooks()
        calendar = try Shipped.calendar()
    }

    /// Every pending nomination judged afresh, grouped, in name order within each group.
    func fresh(_ store: Store, today: CivilDate) throws -> [(id: String, seen: Seen)] {
        let layer = try store.councilLayer()
        let rulebook: (Int) -> Rulebook? = { year in rulebooks.rulebook(forYear: year).map(layer.applied(to:)) }
        let deadline = try store.provinceDeadline(rulebook: rulebooks.rulebook(on: today).map(layer.applied(to:)))
        let judge = NominationJudge(store: store, rulebook: rulebook)
        let pending = try store.allPending()
        try judge.context.preload(pending)
        let judged = pending.map { listing in
            let n = listing.nomination
            let evaluation = judge.evaluate(listing)
            let assessment = PendingReview.assess(n, eligibility: evaluation.eligibility, clock: rulebook(n.year)?.award(n.award)?.clock,
                                                  today: today, calendar: calendar, provinceDeadline: deadline)
            return (listing, Seen(group: assessment.group, eligibility: evaluation.eligibility, deadline: assessment.deadline))
        }
        let order = PendingGroup.allCases
        return judged.sorted { a, b in
            if a.1.group != b.1.group { return order.firstIndex(of: a.1.group)! < order.firstIndex(of: b.1.group)! }
            if a.0.nominee.sortKey != b.0.nominee.sortKey { return a.0.nominee.sortKey < b.0.nominee.sortKey }
            return a.0.nomination.id < b.0.nomination.id
        }.map { ($0.0.nomination.id, $0.1) }
    }

    /// The review as the desk reads it from the kept standings.
    func kept(_ store: Store, today: CivilDate) throws -> [(id: String, seen: Seen)] {
        try review(store, today: today).groups().flatMap { group, items in
            items.map { ($0.listing.nomination.id, Seen(group: group, eligibility: $0.eligibility, deadline: $0.assessment.deadline)) }
        }
    }

    /// The review as the desk opens it on `today`, judging what is stale a few nominees at a
    /// time on several threads (as a province's review does a thousand at a time).
    func review(_ store: Store, today: CivilDate) throws -> PendingAwards {
        return try PendingAwards(store: store, rules: try WardRules.of(store, holidays: nil, today: today), today: today,
                                 batch: 7, workers: 3)
    }

    func expectSame(_ store: Store, today: CivilDate, _ moment: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (want, got) = (try fresh(store, today: today), try kept(store, today: today))
        #expect(got.map(\.id) == want.map(\.id), "order \(moment)", sourceLocation: sourceLocation)
        let differing = zip(want, got).filter { $0.0.id == $0.1.id && $0.0.seen != $0.1.seen }
        #expect(differing.isEmpty, "\(moment): \(differing.map { "\($0.0.id) fresh \($0.0.seen) kept \($0.1.seen)" })",
                sourceLocation: sourceLocation)
    }

    @Test func keptStandingsAgreeWithAFreshJudgementAfterEveryChange() throws {
        let folder = DeskTestFolder.path("pending-standings")
        try? FileManager.default.removeItem(atPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var today = CivilDate(year: 2026, month: 11, day: 29)!
        let store = try Store(path: folder + "/tdkt.sqlite", clock: FixedClock(today), actor: Actor(osUser: "test", profile: "test"))
        try store.loadDemo(Shipped.demoWard(), rulebook: rulebooks.rulebook(forYear:), baseSalaries: try Shipped.baseSalaries())
        let rulebook: (Int) -> Rulebook? = { rulebooks.rulebook(forYear: $0) }
        try expectSame(store, today: today, "first read")
        #expect(try review(store, today: today).judged == 0, "nothing changed, nothing judged again")

        let pending = try store.allPending()
        // A step: a draft received.
        let draft = try #require(pending.first { $0.nomination.status == .draft })
        try store.take(.receive, nomination: draft.nomination.id, rulebook: rulebook)
        // Only what the step can change is judged again: the nominee's, its unit's and the
        // quota-counting nominations of the year, not the whole review.
        let judged = try review(store, today: today).judged
        #expect(judged >= 1 && judged < pending.count, "\(judged) of \(pending.count) judged again")
        try expectSame(store, today: today, "after receiving \(draft.nomination.id)")

        // New facts: a received file loses its facts.
        let received = try #require(try store.allPending().first { $0.nomination.status == .received && $0.nomination.facts != Facts() })
        var edited = NominationDraft(editing: received.nomination, nominee: received.nominee)
        edited.facts = Facts()
        _ = try store.save(edited, rulebook: try #require(rulebook(received.nomination.year)), expectedVersion: received.version)
        try expectSame(store, today: today, "after clearing the facts of \(received.nomination.id)")

        // A new nomination of a unit's member (the unit's member counts, the year's quotas).
        let member = try #require(try store.nominees(ofType: .person).first { $0.unitID != nil })
        let model = try #require(pending.first { $0.nomination.award == "lao-dong-tien-tien" })
        var added = NominationDraft(year: 2026)
        added.nominee = .existing(member)
        added.award = "lao-dong-tien-tien"
        added.facts = model.nomination.facts
        _ = try store.save(added, rulebook: try #require(rulebook(2026)))
        try expectSame(store, today: today, "after nominating \(member.name)")

        // A file sent back, then completed.
        let back = try #require(try store.allPending().first { $0.nomination.status == .received })
        try store.take(.returnForInformation, nomination: back.nomination.id, details: StepDetails(reason: "Thiếu bản nhận xét"),
                       rulebook: rulebook)
        try expectSame(store, today: today, "after returning \(back.nomination.id)")

        // Forty days later: deadlines pass.
        today = try #require(today.adding(days: 40))
        try expectSame(store, today: today, "forty days later")

        // The council changes a working rule: every standing is judged again.
        try store.setCouncilOption(70, for: "session.attendance")
        try store.setSetting("clock.province-deadline", to: "15/11")
        try expectSame(store, today: today, "after the council's rules changed")

        // A read-only desk on the same file judges in its own scratch tables and agrees.
        let other = try Store(path: store.path, clock: FixedClock(today), readOnly: true)
        try expectSame(other, today: try #require(today.adding(days: 1)), "read-only, a day later")
        try expectSame(store, today: today, "the writable store, unchanged by the read-only one")
    }
}
