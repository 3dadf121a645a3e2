/// What the nominations of a round share across nominees, gathered in one pass over them, so
/// that a round too large to hold (an exchange file of a province) can be judged one nominee at
/// a time (`RoundEvaluator.init(part:at:of:context:cache:rulebook:)`) with the verdicts the
/// whole round would give.
///
/// Nominations of different nominees see each other only through the round's counts by year
/// and award (the council's quotas) and through the initiatives they cite (the first that
/// cites one uses it); everything else a round looks at — a title of the same round, a chain,
/// a duplicate, a cycle — is among one nominee's own nominations, whose positions the summary
/// keeps.
public struct RoundSummary: Sendable {
    /// The first nomination, in round order, whose award counts innovations and that cites an
    /// initiative: the one the initiative supports.
    struct Claim: Sendable {
        var position: Int
        var label: String
    }

    /// How many of the round's nominations of each year have each award.
    public private(set) var tallies: [Int: [String: Int]] = [:]
    /// Each initiative's claim, by initiative id.
    private(set) var claims: [String: Claim] = [:]
    /// The positions of each nominee's nominations, in round order (nominees with an id).
    private var positionsByNominee: [String: [Int]] = [:]
    /// How many nominations the round has.
    public private(set) var count = 0

    /// The summary of a round of no nominations (`Builder` gathers one).
    public init() {}

    /// The positions of the nominations of the nominee `id`, in round order; only `position`
    /// for a nomination whose nominee has no id.
    public func positions(ofNominee id: String?, at position: Int) -> [Int] {
        guard let id else { return [position] }
        return positionsByNominee[id] ?? [position]
    }

    /// Gathers a summary from a round's nominations, given in round order.
    public struct Builder {
        private var gathered = RoundSummary()
        private let rulebook: (Int) -> Rulebook?
        /// Whether an award's criteria for a nominee type and kind count innovations, by
        /// rulebook id, award, type and kind.
        private var countsInitiatives: [RoundEvaluator.CriteriaKey: Bool] = [:]

        /// A builder judging with the rulebook `rulebook` gives for each year.
        public init(rulebook: @escaping (Int) -> Rulebook?) {
            self.rulebook = rulebook
        }

        /// Adds the round's next nomination.
        public mutating func add(_ entry: RoundEntry) {
            let position = gathered.count
            gathered.count += 1
            let subject = entry.subject
            gathered.tallies[subject.year, default: [:]][subject.award, default: 0] += 1
            if let nominee = entry.nomineeID { gathered.positionsByNominee[nominee, default: []].append(position) }
            guard let initiatives = subject.facts.initiatives, !initiatives.isEmpty, counts(subject) else { return }
            for initiative in initiatives where gathered.claims[initiative.id] == nil {
                gathered.claims[initiative.id] = Claim(position: position, label: entry.id ?? "#\(position + 1)")
            }
        }

        /// Whether the criteria that judge `subject` count innovations (as a whole round asks).
        private mutating func counts(_ subject: EvaluationSubject) -> Bool {
            guard let book = rulebook(subject.year), let award = book.award(subject.award) else { return false }
            let key = RoundEvaluator.CriteriaKey(rulebookID: book.id, award: award.code, type: subject.nomineeType, kind: subject.kind)
            if let known = countsInitiatives[key] { return known }
            let answer = book.criteria(for: award, type: subject.nomineeType, kind: subject.kind).contains { $0.condition.countsInitiatives }
            countsInitiatives[key] = answer
            return answer
        }

        /// The summary of the nominations added.
        public var summary: RoundSummary { gathered }
    }
}
