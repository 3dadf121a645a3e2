import Commendation
import CommendationStore
import Crypto
import Foundation

/// The pending awards as the clerk reviews them every morning: every nomination not yet
/// decided, judged by the rulebook, aged in working days against the statutory clocks and
/// sorted into groups (overdue, missing information, not received, waiting for the council,
/// waiting for a decision, submitted). Shared by the desk's pending screen and `tdkt pending`.
///
/// The verdicts, groups and deadlines are kept in the store (`Store.refreshStandings`): opening
/// the review judges only what changed since it was last opened, and a page is one query
/// (decision 38).
public final class PendingAwards {
    /// One pending nomination.
    public struct Item: Sendable {
        /// The stored nomination and nominee.
        public var listing: NominationListing
        /// The rulebook's verdict.
        public var eligibility: Eligibility
        /// Its group, age and deadline.
        public var assessment: PendingAssessment
    }

    /// Path of the store read.
    public let storePath: String
    /// The day the ages are counted to.
    public let today: CivilDate
    /// How many nominations opening the review judged (the others' standings were kept).
    public let judged: Int
    /// Decisions whose list must still be published, the earliest due first.
    public let publications: [PendingPublication]
    let store: Store
    let calendar: WorkingCalendar
    let rulebook: (Int) -> Rulebook?

    /// The review of `store` on `today` under the ward's `rules`: judges the pending
    /// nominations whose standing is missing or stale, those of `batch` nominees at a time on
    /// `workers` threads (`Store.refreshStandings`).
    public init(store: Store, rules: WardRules, today: CivilDate, batch: Int = 1_000, workers: Int = ParallelMap.defaultWorkers) throws {
        storePath = store.path
        self.store = store
        publications = try store.pendingPublications()
        self.today = today
        let calendar = rules.calendar
        let provinceDeadline = rules.provinceDeadline
        self.calendar = calendar
        let rulebook = rules.rulebook
        self.rulebook = rulebook
        let fingerprint = Self.fingerprint(rulebooks: rules.rulebooks, layer: rules.councilLayer, calendar: calendar,
                                           provinceDeadline: provinceDeadline)
        judged = try store.refreshStandings(fingerprint: fingerprint, today: today, batch: batch, workers: workers) {
            // A judge per thread, made afresh each time the store may have changed (the year's
            // counts may have); its nominees forgotten after each batch so that memory stays that
            // of one batch.
            let judge = NominationJudge(store: store, rulebook: rulebook)
            return { listings in
                judge.context.forgetNominees()
                try judge.context.preload(listings)
                return try listings.map { listing in
                    let asked = judge.context.roundCountsAsked
                    let evaluation = try judge.judged(listing)
                    let n = listing.nomination
                    let assessment = PendingReview.assess(n, eligibility: evaluation.eligibility, clock: rulebook(n.year)?.award(n.award)?.clock,
                                                          today: today, calendar: calendar, provinceDeadline: provinceDeadline)
                    return PendingStanding(nominationID: n.id, eligibility: evaluation.eligibility,
                                           baseGroup: PendingReview.baseGroup(status: n.status, eligibility: evaluation.eligibility),
                                           deadline: assessment.deadline, countsRound: judge.context.roundCountsAsked != asked)
                }
            }
        }
    }

    /// How many pending nominations each group holds under `query`.
    public func counts(_ query: PendingQuery = PendingQuery()) throws -> [PendingGroup: Int] {
        try store.pendingGroupCounts(query)
    }

    /// How many pending nominations each group holds under `query` among the first `limit`
    /// standings, and whether that is all of them (`Store.pendingGroupCounts(_:examining:)`).
    public func counts(_ query: PendingQuery, examining limit: Int) throws -> (counts: [PendingGroup: Int], exact: Bool) {
        try store.pendingGroupCounts(query, examining: limit)
    }

    /// A window of `group` under `query`, in `order`.
    public func items(_ query: PendingQuery = PendingQuery(), group: PendingGroup, order: PendingOrder = .name,
                      offset: Int = 0, limit: Int = Int(Int32.max)) throws -> [Item] {
        try store.pendingPage(query, group: group, order: order, offset: offset, limit: limit).map(item)
    }

    /// Every pending nomination matching `query`, in `order` within each group, when its
    /// search is found in at most `limit` nominees (`Store.pendingMatches`); nil otherwise.
    public func matches(_ query: PendingQuery, order: PendingOrder = .name, atMost limit: Int,
                        idsAmong: [String]? = nil) throws -> [PendingMatch]? {
        try store.pendingMatches(query, order: order, atMost: limit, idsAmong: idsAmong)
    }

    /// The first `limit` standings that `filter` keeps, with their nominees' keys
    /// (`Store.pendingSample`): a search's counts among them are those of
    /// `counts(_:examining:)`.
    public func sample(_ filter: PendingQuery, examining limit: Int) throws -> PendingSample {
        try store.pendingSample(filter, examining: limit)
    }

    /// The pending nominations whose id holds `search`, when at most `limit`
    /// (`Store.pendingIDs(holding:atMost:)`).
    public func ids(holding search: String, atMost limit: Int) throws -> [String]? {
        try store.pendingIDs(holding: search, atMost: limit)
    }

    /// The items of the pending nominations `ids`, in that order (`Store.pendingStandings(ids:)`).
    /// May be called from several threads at once: it reads only what the review was made with.
    public func items(ids: [String]) throws -> [Item] {
        try store.pendingStandings(ids: ids).map(item)
    }

    /// The ids of every item of `group` under `query`, in `order` (`Store.pendingOrder`): a
    /// report of the whole review reads them a window at a time with `items(ids:)`.
    public func ids(_ query: PendingQuery = PendingQuery(), group: PendingGroup, order: PendingOrder = .name) throws -> [String] {
        try store.pendingOrder(query, group: group, order: order)
    }

    /// The item of a stored nomination and its standing, aged on `today`.
    private func item(_ listing: NominationListing, _ standing: PendingStanding) -> Item {
        let n = listing.nomination
        let deadline = standing.deadline
        let assessment = PendingAssessment(
            group: standing.group(on: today), ageWorkingDays: n.receivedOn.map { calendar.workingDays(after: $0, through: today) },
            deadline: deadline, workingDaysLeft: deadline.map { PendingReview.workingDaysLeft(until: $0, today: today, calendar: calendar) },
            clock: deadline == nil ? nil : rulebook(n.year)?.award(n.award)?.clock)
        return Item(listing: listing, eligibility: standing.eligibility, assessment: assessment)
    }

    /// Every group in reading order with all its items under `query` (the command line's
    /// report); empty groups are kept so that counts can say 0.
    public func groups(_ query: PendingQuery = PendingQuery(), order: PendingOrder = .name) throws -> [(group: PendingGroup, items: [Item])] {
        let counts = try counts(query)
        return try PendingGroup.allCases.map { group in (group, counts[group] == nil ? [] : try items(query, group: group, order: order)) }
    }

    /// What the standings depend on besides the store's records: the rulebooks as the council
    /// applies them, the working calendar, the province's deadline and the way tdkt judges and
    /// groups (`revision`, raised whenever that changes). A different fingerprint makes every
    /// kept standing stale.
    static func fingerprint(rulebooks: RulebookSet, layer: CouncilLayer, calendar: WorkingCalendar,
                            provinceDeadline: (month: Int, day: Int)) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash = SHA256()
        hash.update(data: Data("standing-revision-\(revision)|\(provinceDeadline.month)-\(provinceDeadline.day)|".utf8))
        hash.update(data: Data(calendar.countingFingerprint.utf8))
        for rulebook in rulebooks.rulebooks {
            hash.update(data: (try? encoder.encode(layer.applied(to: rulebook))) ?? Data(rulebook.id.utf8))
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Raised whenever the evaluator or the grouping changes in a way the rulebooks do not show.
    static let revision = 2
}

/// The national rulebooks with the council's layer applied, each year's made once. Safe to
/// ask from several threads at once (a check reads and judges on every core while it writes
/// award names, `ParallelMap`): the years made are kept under a lock.
public final class AppliedRulebooks: @unchecked Sendable {
    private let rulebooks: RulebookSet
    private let layer: CouncilLayer
    private let lock = NSLock()
    private var made: [Int: Rulebook?] = [:]

    /// The rulebooks with the council's layer, applied once per year asked.
    public init(rulebooks: RulebookSet, layer: CouncilLayer) {
        self.rulebooks = rulebooks
        self.layer = layer
    }

    /// The rulebook that judges `year`, with the council's layer.
    public func rulebook(forYear year: Int) -> Rulebook? {
        if let known = lock.withLock({ made[year] }) { return known }
        let applied = rulebooks.rulebook(forYear: year).map(layer.applied(to:))
        lock.withLock { made[year] = .some(applied) }
        return applied
    }
}
