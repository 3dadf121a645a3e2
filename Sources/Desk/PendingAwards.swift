import Commendation
import CommendationStore
import Foundation

/// The pending awards as the clerk reviews them every morning: every nomination not yet
/// decided, judged by the rulebook, aged in working days against the statutory clocks and
/// sorted into groups (overdue, missing information, not received, waiting for the council,
/// waiting for a decision, submitted). Shared by the desk's pending screen and `tdkt pending`.
public struct PendingAwards {
    /// One pending nomination.
    public struct Item: Sendable {
        /// The stored nomination and nominee.
        public var listing: NominationListing
        /// The rulebook's verdict.
        public var evaluation: Evaluation
        /// Its group, age and deadline.
        public var assessment: PendingAssessment
        /// Its place among all items in the nominees' name order (tên, đệm, họ), worked out
        /// once so that grouping and sorting tens of thousands compare numbers, not names.
        var nameRank = 0
        /// The nomination id in lower case, for the search.
        var idKey: String

        init(listing: NominationListing, evaluation: Evaluation, assessment: PendingAssessment) {
            self.listing = listing
            self.evaluation = evaluation
            self.assessment = assessment
            idKey = listing.nomination.id.lowercased()
        }
    }

    /// What the list is narrowed to.
    public struct Filter: Sendable, Equatable {
        /// Only this year.
        public var year: Int?
        /// Only this award code.
        public var award: String?
        /// Only nominees of this collective (or the collective itself).
        public var unitID: String?
        /// Only nominees of this residential group (or the group itself).
        public var groupID: String?
        /// Only this status.
        public var status: NominationStatus?
        /// Accent-insensitive search over the nominee and the nomination id.
        public var search: String = ""

        /// No narrowing.
        public init() {}

        /// Whether anything narrows the list (the search aside).
        public var isActive: Bool { year != nil || award != nil || unitID != nil || groupID != nil || status != nil }

        /// Whether `item` passes.
        public func admits(_ item: Item) -> Bool { admits(item, query: search.foldedForSearch) }

        /// Whether `item` passes, the search already folded (once for a whole list).
        func admits(_ item: Item, query: String) -> Bool {
            let n = item.listing.nomination
            let nominee = item.listing.nominee
            if let year, n.year != year { return false }
            if let award, n.award != award { return false }
            if let status, n.status != status { return false }
            if let unitID, nominee.unitID != unitID, nominee.id != unitID { return false }
            if let groupID, nominee.groupID != groupID, nominee.id != groupID { return false }
            if !query.isEmpty, !item.idKey.contains(query), !nominee.searchKey.contains(query) { return false }
            return true
        }
    }

    /// The order within each group.
    public enum Sort: String, Sendable, CaseIterable {
        /// By the nominee's name in official order (tên, đệm, họ).
        case name
        /// By the day received, oldest first.
        case received
        /// By age in working days, oldest first.
        case age
    }

    /// Path of the store read.
    public let storePath: String
    /// The day the ages are counted to.
    public let today: CivilDate
    /// Every pending nomination, in the store's order (stage, then name).
    public let items: [Item]
    let rulebook: (Int) -> Rulebook?

    /// Reads and judges every pending nomination of `store` on `today`.
    public init(store: Store, rulebook: @escaping (Int) -> Rulebook?, calendar: WorkingCalendar, today: CivilDate,
                provinceDeadline: (month: Int, day: Int)) throws {
        storePath = store.path
        self.today = today
        self.rulebook = rulebook
        let judge = NominationJudge(store: store, rulebook: rulebook)
        let pending = try store.allPending()
        try judge.context.preload(pending)
        var items = pending.map { listing in
            let evaluation = judge.evaluate(listing)
            let clock = rulebook(listing.nomination.year)?.award(listing.nomination.award)?.clock
            let assessment = Commendation.PendingReview.assess(listing.nomination, eligibility: evaluation.eligibility, clock: clock,
                                                               today: today, calendar: calendar, provinceDeadline: provinceDeadline)
            return Item(listing: listing, evaluation: evaluation, assessment: assessment)
        }
        // Each name's key is made once; the order is then kept as a rank.
        let keys = items.map(\.listing.nominee.sortKey)
        let byName = items.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : items[a].listing.nomination.id < items[b].listing.nomination.id
        }
        for (rank, index) in byName.enumerated() { items[index].nameRank = rank }
        self.items = items
    }

    /// The groups, in reading order, with the items that pass `filter` sorted by `sort`; empty
    /// groups are kept so that counts can say 0.
    public func groups(filter: Filter = Filter(), sort: Sort = .name) -> [(group: PendingGroup, items: [Item])] {
        let query = filter.search.foldedForSearch
        var grouped: [PendingGroup: [Item]] = [:]
        for item in items where filter.admits(item, query: query) {
            grouped[item.assessment.group, default: []].append(item)
        }
        return PendingGroup.allCases.map { group in (group, Self.sorted(grouped[group] ?? [], by: sort)) }
    }

    static func sorted(_ items: [Item], by sort: Sort) -> [Item] {
        switch sort {
        case .name:
            return items.sorted { $0.nameRank < $1.nameRank }
        case .received:
            return items.sorted { a, b in
                let (x, y) = (a.listing.nomination.receivedOn, b.listing.nomination.receivedOn)
                if x != y { return (x ?? CivilDate(year: 9999, month: 12, day: 31)!) < (y ?? CivilDate(year: 9999, month: 12, day: 31)!) }
                return a.listing.nomination.id < b.listing.nomination.id
            }
        case .age:
            return items.sorted { a, b in
                let (x, y) = (a.assessment.ageWorkingDays ?? -1, b.assessment.ageWorkingDays ?? -1)
                return x != y ? x > y : a.listing.nomination.id < b.listing.nomination.id
            }
        }
    }
}
