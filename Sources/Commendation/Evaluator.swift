/// What the evaluator needs to know about a nomination beyond its facts.
public struct EvaluationSubject: Sendable, Hashable {
    /// Award code.
    public var award: String
    /// Kind of award.
    public var kind: AwardKind
    /// The nominee's type.
    public var nomineeType: NomineeType
    /// The year.
    public var year: Int
    /// Whether a movement is named.
    public var hasMovement: Bool
    /// The facts.
    public var facts: Facts

    /// Creates a subject.
    public init(award: String, kind: AwardKind, nomineeType: NomineeType, year: Int, hasMovement: Bool, facts: Facts) {
        self.award = award
        self.kind = kind
        self.nomineeType = nomineeType
        self.year = year
        self.hasMovement = hasMovement
        self.facts = facts
    }

    /// The subject of a stored nomination whose nominee has `nomineeType`.
    public init(_ nomination: Nomination, nomineeType: NomineeType) {
        self.init(award: nomination.award, kind: nomination.kind, nomineeType: nomineeType, year: nomination.year,
                  hasMovement: nomination.movementID != nil, facts: nomination.facts)
    }
}

/// Judges one nomination on its own against one rulebook. Pure: the same subject and
/// rulebook always give the same evaluation; no input makes it crash. For nominations that
/// see each other (a round) and a store's history, use `RoundEvaluator`.
public struct Evaluator: Sendable {
    /// The rulebook that judges.
    public let rulebook: Rulebook
    /// Each award's criteria for every nominee type and kind, selected once.
    private let criteria: [RoundEvaluator.CriteriaKey: [Criterion]]
    /// The rulebook for any year, made once (a closure per evaluation was an allocation).
    private let lookup: @Sendable (Int) -> Rulebook?
    /// The rulebook's words, made once.
    private let messages: Messages

    /// An evaluator for `rulebook`.
    public init(rulebook: Rulebook) {
        self.rulebook = rulebook
        var criteria: [RoundEvaluator.CriteriaKey: [Criterion]] = [:]
        for award in rulebook.awards {
            for type in NomineeType.allCases {
                for kind in AwardKind.allCases {
                    criteria[RoundEvaluator.CriteriaKey(rulebookID: rulebook.id, award: award.code, type: type, kind: kind)] =
                        rulebook.criteria(for: award, type: type, kind: kind)
                }
            }
        }
        self.criteria = criteria
        lookup = { _ in rulebook }
        messages = Messages(rulebook: rulebook)
    }

    /// Judges `subject` alone.
    public func evaluate(_ subject: EvaluationSubject) -> Evaluation {
        let round = RoundEvaluator(entries: [RoundEntry(id: nil, nomineeID: nil, subject: subject)], rulebook: lookup)
        round.criteriaCache = criteria
        round.messagesForYear = (subject.year, messages)
        return round.evaluation(at: 0)
    }
}

/// Judges the nominations of a round together: a CSTĐCS counts the same round's eligible LĐTT,
/// chains count the round's eligible nominations of their years, the same nominee, award and
/// year twice is a duplicate, an initiative supports the first nomination that cites it, and
/// the council's quotas count the round. Each nomination is judged by the rulebook its year
/// resolves to. Evaluations are memoised; a cycle between nominations counts as unknown.
public final class RoundEvaluator {
    /// The nominations, in input order (which decides who used an initiative first).
    public let entries: [RoundEntry]
    let context: EvaluationContext?
    let rulebookForYear: (Int) -> Rulebook?
    private var memo: [Evaluation?]
    /// The entries being evaluated now: the first 64 as bits (no allocation for a nomination
    /// judged alone), the others in a set.
    private var inProgressBits: UInt64 = 0
    private var inProgress = Set<Int>()
    private var byNomineeYear: [NomineeYear: [Int]]?
    private var initiativeClaims: [String: Int]?
    private var components: [Int]?
    /// Criteria already selected (`criteria(_:_:type:kind:)`); an `Evaluator` hands over its own.
    var criteriaCache: [CriteriaKey: [Criterion]] = [:]
    /// The rulebook's words for the year last judged (most rounds are of one year); an
    /// `Evaluator` hands over its own.
    var messagesForYear: (year: Int, messages: Messages)?
    /// Criteria and words kept across rounds judged one after another by the same rulebooks.
    private let shared: JudgingCache?
    /// For a part of a larger round: what the whole round shares, and each entry's position in it.
    private let whole: (summary: RoundSummary, positions: [Int])?

    /// What selects an award's criteria for a nomination.
    struct CriteriaKey: Hashable {
        var rulebookID: String
        var award: String
        var type: NomineeType
        var kind: AwardKind
    }

    /// What decides the windows of a nomination's `holds` and `chain` conditions.
    private struct WindowKey: Hashable {
        var year: Int
        var award: String
        var type: NomineeType
        var kind: AwardKind
    }

    /// The dependency windows found so far (`dependencies(of:)`).
    private var windowsCache: [WindowKey: [(awards: [String], years: ClosedRange<Int>)]] = [:]

    struct NomineeYear: Hashable {
        var nomineeID: String
        var year: Int
    }

    /// The one initializer the others call: the round's entries, the store's knowledge, the
    /// cache shared with other rounds, and for a part, the whole round it stands in.
    private init(entries: [RoundEntry], context: EvaluationContext?, shared: JudgingCache?,
                 whole: (summary: RoundSummary, positions: [Int])?, rulebook: @escaping (Int) -> Rulebook?) {
        self.entries = entries
        self.context = context
        rulebookForYear = rulebook
        memo = Array(repeating: nil, count: entries.count)
        self.shared = shared
        self.whole = whole
    }

    /// A round of `entries`, judged with the rulebook each year resolves to, and the store's
    /// knowledge when a context is given.
    public convenience init(entries: [RoundEntry], context: EvaluationContext? = nil, rulebook: @escaping (Int) -> Rulebook?) {
        self.init(entries: entries, context: context, shared: nil, whole: nil, rulebook: rulebook)
    }

    /// A round of `entries`, as `init(entries:context:rulebook:)`, that takes the criteria and
    /// words it needs from `cache` and leaves there those it works out: `cache` must serve only
    /// rounds judged with the same `rulebook` (a review judges tens of thousands of rounds of one
    /// nomination each, and selecting the criteria again for each was a tenth of its time).
    public convenience init(entries: [RoundEntry], context: EvaluationContext? = nil, cache: JudgingCache,
                            rulebook: @escaping (Int) -> Rulebook?) {
        self.init(entries: entries, context: context, shared: cache, whole: nil, rulebook: rulebook)
    }

    /// Part of a round too large to hold: `entries` are nominations of one nominee, in round
    /// order, standing at `positions` of the round that `summary` sums up — all of the
    /// nominee's, or those that the one to judge looks at (`RoundSummary.Parts`). Each is
    /// judged as the whole round would judge it: its quotas count the whole round, and an
    /// initiative supports the round's first nomination that cites it.
    public convenience init(part entries: [RoundEntry], at positions: [Int], of summary: RoundSummary,
                            context: EvaluationContext? = nil, cache: JudgingCache? = nil, rulebook: @escaping (Int) -> Rulebook?) {
        precondition(entries.count == positions.count, "one position for each entry")
        self.init(entries: entries, context: context, shared: cache, whole: (summary, positions), rulebook: rulebook)
    }

    /// A round judged by the rulebook in force for each year of `rulebooks`.
    public convenience init(entries: [RoundEntry], rulebooks: RulebookSet, context: EvaluationContext? = nil) {
        self.init(entries: entries, context: context) { rulebooks.rulebook(forYear: $0) }
    }

    /// Every evaluation, in entry order.
    public func evaluateAll() -> [Evaluation] {
        entries.indices.map(evaluation(at:))
    }

    /// The evaluation of entry `index`.
    public func evaluation(at index: Int) -> Evaluation {
        if let done = memo[index] { return done }
        if index < 64 { inProgressBits |= 1 << UInt64(index) } else { inProgress.insert(index) }
        let result = evaluate(index)
        if index < 64 { inProgressBits &= ~(1 << UInt64(index)) } else { inProgress.remove(index) }
        memo[index] = result
        return result
    }

    /// Whether entry `index` is being evaluated right now (a cycle when asked again).
    func isInProgress(_ index: Int) -> Bool {
        index < 64 ? inProgressBits & (1 << UInt64(index)) != 0 : inProgress.contains(index)
    }

    /// Whether two entries depend on each other through a cycle of `holds` / `chain`
    /// conditions. Within a cycle neither can settle the other, so each sees the other as
    /// unknown — the same answer whatever the input order.
    func inSameCycle(_ a: Int, _ b: Int) -> Bool {
        if components == nil { components = cycleComponents() }
        guard let components, a != b else { return false }
        return components[a] == components[b]
    }

    /// The entries each entry's `holds` / `chain` conditions look at.
    private func dependencies(of index: Int) -> [Int] {
        let entry = entries[index]
        guard (1...9999).contains(entry.subject.year), let nominee = entry.nomineeID else { return [] }
        // The windows depend on the year, award, type and kind alone: found once for each
        // (a round of 15 000 copied a rulebook and an award for every nomination).
        let key = WindowKey(year: entry.subject.year, award: entry.subject.award, type: entry.subject.nomineeType, kind: entry.subject.kind)
        let wanted: [(awards: [String], years: ClosedRange<Int>)]
        if let known = windowsCache[key] {
            wanted = known
        } else {
            if let rulebook = rulebookForYear(entry.subject.year), let award = rulebook.award(entry.subject.award) {
                wanted = Self.dependencyWindows(year: entry.subject.year,
                                                criteria: criteria(rulebook, award, type: entry.subject.nomineeType, kind: entry.subject.kind))
            } else {
                wanted = []
            }
            windowsCache[key] = wanted
        }
        guard !wanted.isEmpty else { return [] }
        // Only the nominee's own entries can be depended on: looked up by nominee (a file of
        // 15 000 nominations compared every pair).
        return entries(ofNominee: nominee).filter { other in
            other != index
                && wanted.contains { $0.awards.contains(entries[other].subject.award) && $0.years.contains(entries[other].subject.year) }
        }
    }

    /// The awards and years of the nominee's other nominations that `criteria` (of a nomination
    /// of `year`, in 1...9999) look at through `holds` and `chain` conditions.
    static func dependencyWindows(year: Int, criteria: [Criterion]) -> [(awards: [String], years: ClosedRange<Int>)] {
        var wanted: [(awards: [String], years: ClosedRange<Int>)] = []
        func collect(_ condition: Condition) {
            switch condition {
            case .holds(let awards): wanted.append((awards, year...year))
            case .chain(let awards, let years):
                wanted.append((awards, (year - max(1, years) + 1)...year))
            case .ifThen(let test, let then, let otherwise): collect(test); collect(then); otherwise.map(collect)
            case .anyOf(let list), .allOf(let list): list.forEach(collect)
            default: break
            }
        }
        criteria.forEach { collect($0.condition) }
        return wanted
    }

    /// The round's nominations of each year by award, counted once per year.
    private var tallies: [Int: [String: Int]] = [:]

    /// How many of the round's nominations of `year` each award has.
    func tally(year: Int) -> [String: Int] {
        if let whole { return whole.summary.tallies[year] ?? [:] }
        if let known = tallies[year] { return known }
        var tally: [String: Int] = [:]
        for entry in entries where entry.subject.year == year { tally[entry.subject.award, default: 0] += 1 }
        tallies[year] = tally
        return tally
    }

    /// The entries of each nominee, in input order, made once.
    private var byNominee: [String: [Int]]?

    /// The entries of `nomineeID`, in input order.
    private func entries(ofNominee nomineeID: String) -> [Int] {
        if byNominee == nil {
            var map: [String: [Int]] = [:]
            for (index, entry) in entries.enumerated() {
                if let nominee = entry.nomineeID { map[nominee, default: []].append(index) }
            }
            byNominee = map
        }
        return byNominee?[nomineeID] ?? []
    }

    /// Strongly connected components of the dependency graph (Tarjan's algorithm, iterative).
    private func cycleComponents() -> [Int] {
        let graph = entries.indices.map(dependencies(of:))
        var indexOf = Array(repeating: -1, count: entries.count), low = Array(repeating: 0, count: entries.count)
        var onStack = Array(repeating: false, count: entries.count), component = Array(repeating: -1, count: entries.count)
        var stack: [Int] = [], counter = 0, components = 0
        for root in entries.indices where indexOf[root] < 0 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            indexOf[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (node, edge) = work.popLast() {
                if edge < graph[node].count {
                    let next = graph[node][edge]
                    work.append((node, edge + 1))
                    if indexOf[next] < 0 {
                        indexOf[next] = counter; low[next] = counter; counter += 1
                        stack.append(next); onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        low[node] = min(low[node], indexOf[next])
                    }
                    continue
                }
                if low[node] == indexOf[node] {
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component[member] = components
                        if member == node { break }
                    }
                    components += 1
                }
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
            }
        }
        return component
    }

    private func evaluate(_ index: Int) -> Evaluation {
        let subject = entries[index].subject
        let messages: Messages
        if let known = messagesForYear, known.year == subject.year {
            messages = known.messages
        } else if let kept = shared?.messages[subject.year] {
            messages = kept
            messagesForYear = (subject.year, messages)
        } else if let found = rulebookForYear(subject.year) {
            messages = Messages(rulebook: found)
            messagesForYear = (subject.year, messages)
            shared?.messages[subject.year] = messages
        } else {
            let reason = Reason(.init(vi: "Không có quy định nào áp dụng cho năm {0}", en: "No rulebook applies to {0}"),
                                [.verbatim(String(subject.year))])
            return Evaluation(eligibility: .notEligible,
                              verdicts: [CriterionVerdict(criterionID: "rulebook", text: reason.template, outcome: .fail,
                                                          reason: reason, basis: "", certainty: .firm)],
                              rulebookID: "")
        }
        let rulebook = messages.rulebook
        guard (1...9999).contains(subject.year) else {
            let reason = messages.reason("year.invalid", .verbatim(String(subject.year)))
            return Evaluation(eligibility: .notEligible,
                              verdicts: [CriterionVerdict(criterionID: "year", text: reason.template, outcome: .fail,
                                                          reason: reason, basis: "", certainty: .firm)],
                              rulebookID: rulebook.id)
        }
        guard let award = rulebook.award(subject.award) else {
            let reason = messages.reason("award.unknown", .verbatim(subject.award))
            return Evaluation(eligibility: .notEligible,
                              verdicts: [CriterionVerdict(criterionID: "award", text: reason.template, outcome: .fail,
                                                          reason: reason, basis: "", certainty: .firm)],
                              rulebookID: rulebook.id)
        }
        var verdicts: [CriterionVerdict] = []
        if !award.nominees.contains(subject.nomineeType) {
            let reason = messages.reason("award.notForNominee", Reason(award.name), messages.label("nomineeTypes", subject.nomineeType.rawValue))
            verdicts.append(CriterionVerdict(criterionID: "award.nominee", text: reason.template, outcome: .fail, reason: reason,
                                             basis: "", certainty: .firm))
        }
        if !award.kinds.contains(subject.kind) {
            let reason = messages.reason("award.kindNotAllowed", Reason(award.name), messages.label("kinds", subject.kind.rawValue))
            verdicts.append(CriterionVerdict(criterionID: "award.kind", text: reason.template, outcome: .fail, reason: reason,
                                             basis: "", certainty: .firm))
        }
        if !verdicts.isEmpty {
            return Evaluation(eligibility: .notEligible, verdicts: verdicts, rulebookID: rulebook.id)
        }
        guard award.criteria != nil else {
            return Evaluation(eligibility: .notAssessed, verdicts: [], rulebookID: rulebook.id)
        }
        let check = ConditionCheck(round: self, index: index, award: award, messages: messages, subject: subject)
        let criteria = criteria(rulebook, award, type: subject.nomineeType, kind: subject.kind)
        verdicts.reserveCapacity(criteria.count)
        var failed = false, unknown = false
        // Each criterion's fields are read in place (a whole criterion copied per verdict was a
        // tenth of an evaluation).
        criteria.withUnsafeBufferPointer { list in
            for index in list.indices {
                if let fact = list[index].ifGiven, !subject.facts.isGiven(fact) { continue }
                let (outcome, reason) = check.check(list[index].condition, parameter: list[index].adjustable?.value)
                failed = failed || outcome == .fail
                unknown = unknown || outcome == .unknown
                verdicts.append(CriterionVerdict(criterionID: list[index].id, text: list[index].text, outcome: outcome, reason: reason,
                                                 basis: list[index].basis, certainty: list[index].certainty, origin: list[index].origin))
            }
        }
        // The outcomes are gathered as the verdicts are made: the same answer as
        // `Evaluation.eligibility(of:)` without reading every verdict back.
        let eligibility: Eligibility = failed ? .notEligible : unknown ? .incomplete : .eligible
        return Evaluation(eligibility: eligibility, verdicts: verdicts, rulebookID: rulebook.id)
    }

    // MARK: Round look-ups

    /// The criteria of `award` for a nominee type and kind (`Rulebook.criteria(for:type:kind:)`),
    /// worked out once per round for each combination.
    func criteria(_ rulebook: Rulebook, _ award: AwardDefinition, type: NomineeType, kind: AwardKind) -> [Criterion] {
        let key = CriteriaKey(rulebookID: rulebook.id, award: award.code, type: type, kind: kind)
        if let shared {
            if let known = shared.criteria[key] { return known }
            let criteria = rulebook.criteria(for: award, type: type, kind: kind)
            shared.criteria[key] = criteria
            return criteria
        }
        if let known = criteriaCache[key] { return known }
        let criteria = rulebook.criteria(for: award, type: type, kind: kind)
        criteriaCache[key] = criteria
        return criteria
    }

    /// Other entries of the same nominee and year.
    func entries(nomineeID: String, year: Int) -> [Int] {
        if byNomineeYear == nil {
            var map: [NomineeYear: [Int]] = [:]
            for (index, entry) in entries.enumerated() {
                if let nominee = entry.nomineeID { map[NomineeYear(nomineeID: nominee, year: entry.subject.year), default: []].append(index) }
            }
            byNomineeYear = map
        }
        return byNomineeYear?[NomineeYear(nomineeID: nomineeID, year: year)] ?? []
    }

    /// How entry `index` is named in a reason: its id, or "#n", its position in the round from 1.
    func label(of index: Int) -> String {
        entries[index].id ?? "#\((whole?.positions[index] ?? index) + 1)"
    }

    /// The nomination the initiative `initiativeID` supports, named as in a reason, when it is
    /// not entry `index`: the first in the round whose award counts innovations and that cites it.
    func initiativeClaimant(_ initiativeID: String, besides index: Int) -> String? {
        if let whole {
            guard let claim = whole.summary.claims[initiativeID], claim.position != whole.positions[index] else { return nil }
            return claim.label
        }
        guard let claim = initiativeClaim(initiativeID), claim != index else { return nil }
        return label(of: claim)
    }

    /// The first entry (in input order) whose award counts innovations and that cites each
    /// initiative id: the one the initiative supports.
    private func initiativeClaim(_ initiativeID: String) -> Int? {
        if initiativeClaims == nil {
            var claims: [String: Int] = [:]
            for (index, entry) in entries.enumerated() {
                guard let initiatives = entry.subject.facts.initiatives, !initiatives.isEmpty,
                      let rulebook = rulebookForYear(entry.subject.year), let award = rulebook.award(entry.subject.award),
                      criteria(rulebook, award, type: entry.subject.nomineeType, kind: entry.subject.kind)
                        .contains(where: { $0.condition.countsInitiatives }) else { continue }
                for initiative in initiatives where claims[initiative.id] == nil { claims[initiative.id] = index }
            }
            initiativeClaims = claims
        }
        return initiativeClaims?[initiativeID]
    }
}

/// What rounds judged one after another by the same rulebooks share (`RoundEvaluator`): each
/// award's criteria for a nominee type and kind, and each year's rulebook words.
public final class JudgingCache {
    var criteria: [RoundEvaluator.CriteriaKey: [Criterion]] = [:]
    var messages: [Int: Messages] = [:]

    /// An empty cache.
    public init() {}
}

extension Condition {
    /// Whether the condition counts initiatives (so that a nomination under it uses them).
    var countsInitiatives: Bool {
        switch self {
        case .innovations(let sources, _, _, _): return sources.contains(.initiatives)
        case .ifThen(let test, let then, let otherwise):
            return test.countsInitiatives || then.countsInitiatives || (otherwise?.countsInitiatives ?? false)
        case .anyOf(let list), .allOf(let list): return list.contains(where: \.countsInitiatives)
        default: return false
        }
    }
}

/// The rulebook's words: message templates and vocabulary labels as reasons. A class, made
/// once per rulebook and year of a round, so that a check passes one reference instead of
/// copying every field of the rulebook.
final class Messages: Sendable {
    let rulebook: Rulebook

    init(rulebook: Rulebook) {
        self.rulebook = rulebook
    }

    /// A reason from the template `key` (the key itself, bracketed, when missing).
    func reason(_ key: String, _ arguments: Reason...) -> Reason {
        Reason(rulebook.messages[key] ?? .verbatim("⟦\(key)⟧"), arguments)
    }

    /// The label of a vocabulary code as a reason.
    func label(_ group: String, _ code: String) -> Reason {
        Reason(rulebook.label(group, code))
    }

    /// Labels of several codes, joined by ", ".
    func labels(_ group: String, _ codes: [String]) -> Reason {
        let template = (0..<codes.count).map { "{\($0)}" }.joined(separator: ", ")
        return Reason(.verbatim(template), codes.map { label(group, $0) })
    }

    /// The short names of awards, joined by " / ".
    func awardNames(_ codes: [String]) -> Reason {
        let template = (0..<codes.count).map { "{\($0)}" }.joined(separator: " / ")
        return Reason(.verbatim(template), codes.map { code in Reason(rulebook.award(code)?.shortName ?? .verbatim(code)) })
    }
}
