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

    /// What a nomination is, in eight bytes: its year, award (an index into `awardCodes`), kind
    /// and nominee type.
    struct Head: Sendable {
        var year: Int32
        var award: UInt16
        var kind: UInt8
        var type: UInt8
    }

    /// Each nomination's head, by position.
    private var heads: [Head] = []
    /// The award codes the heads name, and the index of each.
    private var awardCodes: [String] = []
    private var awardIndex: [String: UInt16] = [:]

    /// How many of the round's nominations of each year have each award.
    public private(set) var tallies: [Int: [String: Int]] = [:]
    /// Each initiative's claim, by initiative id.
    private(set) var claims: [String: Claim] = [:]
    /// Each nominee's first and last nomination (nominees with an id), and for each position
    /// the next of the same nominee (-1 for none): a list through the positions, four bytes
    /// each, instead of an array per nominee (a province's 200 000 took 23 MB so).
    private var endsByNominee: [String: (first: Int32, last: Int32)] = [:]
    private var nextOfNominee: [Int32] = []
    /// How many nominations the round has.
    public private(set) var count = 0

    /// The summary of a round of no nominations (`Builder` gathers one).
    public init() {}

    /// The positions of the nominations of the nominee `id`, in round order; only `position`
    /// for a nomination whose nominee has no id.
    public func positions(ofNominee id: String?, at position: Int) -> [Int] {
        guard let id, var next = endsByNominee[id]?.first else { return [position] }
        var positions: [Int] = []
        while next >= 0 {
            positions.append(Int(next))
            next = nextOfNominee[Int(next)]
        }
        return positions
    }

    /// The head of `subject`, its award code indexed.
    private mutating func head(of subject: EvaluationSubject) -> Head {
        let award: UInt16
        if let known = awardIndex[subject.award] {
            award = known
        } else {
            // A file's award codes are checked against the rulebooks as it is read: a few dozen.
            precondition(awardCodes.count < Int(UInt16.max), "more award codes than any rulebook has")
            award = UInt16(awardCodes.count)
            awardCodes.append(subject.award)
            awardIndex[subject.award] = award
        }
        return Head(year: Int32(clamping: subject.year), award: award,
                    kind: UInt8(AwardKind.allCases.firstIndex(of: subject.kind) ?? 0),
                    type: UInt8(NomineeType.allCases.firstIndex(of: subject.nomineeType) ?? 0))
    }

    /// The nominations a nomination's evaluation looks at, worked out from the heads: those of
    /// its nominee that it (or one of them, in turn) depends on through `holds` and `chain`
    /// conditions, and the earlier ones of the same award, kind and year (a duplicate). A
    /// nominee's nominations of other awards and years are not read again to judge it.
    public struct Parts {
        private let summary: RoundSummary
        private let rulebook: (Int) -> Rulebook?
        /// The awards and years each award looks at, by year, award, nominee type and kind.
        private var windows: [Int: [(awards: [UInt16?], years: ClosedRange<Int>)]] = [:]

        /// Parts of the round `summary` sums up, judged by the rulebook `rulebook` gives for
        /// each year.
        public init(of summary: RoundSummary, rulebook: @escaping (Int) -> Rulebook?) {
            self.summary = summary
            self.rulebook = rulebook
        }

        /// The positions, in round order, of the nominations needed to judge the one at
        /// `position`, whose nominee is `nominee`: itself and what it looks at.
        public mutating func positions(for position: Int, nominee: String?) -> [Int] {
            let group = summary.positions(ofNominee: nominee, at: position)
            guard group.count > 1, position < summary.heads.count else { return [position] }
            var included: Set<Int> = [position]
            var waiting = [position]
            while let next = waiting.popLast() {
                let head = summary.heads[next]
                let wanted = windows(of: head)
                for other in group where !included.contains(other) {
                    let candidate = summary.heads[other]
                    let duplicate = other < next && candidate.year == head.year && candidate.award == head.award && candidate.kind == head.kind
                    if duplicate || wanted.contains(where: { $0.years.contains(Int(candidate.year)) && $0.awards.contains(candidate.award) }) {
                        included.insert(other)
                        waiting.append(other)
                    }
                }
            }
            return included.sorted()
        }

        /// What a nomination of `head` looks at: award indexes (nil for codes the round does
        /// not have) and years.
        private mutating func windows(of head: Head) -> [(awards: [UInt16?], years: ClosedRange<Int>)] {
            let key = (Int(head.year) << 32) | (Int(head.award) << 16) | (Int(head.kind) << 8) | Int(head.type)
            if let known = windows[key] { return known }
            var found: [(awards: [UInt16?], years: ClosedRange<Int>)] = []
            let year = Int(head.year)
            if (1...9999).contains(year), Int(head.award) < summary.awardCodes.count, let book = rulebook(year),
               let award = book.award(summary.awardCodes[Int(head.award)]) {
                let kind = AwardKind.allCases[Int(head.kind)], type = NomineeType.allCases[Int(head.type)]
                found = RoundEvaluator.dependencyWindows(year: year, criteria: book.criteria(for: award, type: type, kind: kind))
                    .map { window in (window.awards.map { summary.awardIndex[$0] }, window.years) }
            }
            windows[key] = found
            return found
        }
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
            gathered.nextOfNominee.append(-1)
            if let nominee = entry.nomineeID {
                let here = Int32(position)
                if let ends = gathered.endsByNominee[nominee] {
                    gathered.nextOfNominee[Int(ends.last)] = here
                    gathered.endsByNominee[nominee] = (ends.first, here)
                } else {
                    gathered.endsByNominee[nominee] = (here, here)
                }
            }
            gathered.heads.append(gathered.head(of: subject))
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
