/// Checks the conditions of one nomination's criteria, with access to its round and the
/// store's context for the checks across records.
struct ConditionCheck {
    let round: RoundEvaluator
    let index: Int
    /// The rulebook judging (the messages' own: a check holds no copy of it).
    var rulebook: Rulebook { messages.rulebook }
    let award: AwardDefinition
    let messages: Messages
    /// The entry's subject and facts, copied out of the round once (reading them through
    /// `round.entries[index]` copied the whole entry at every look).
    let subject: EvaluationSubject
    let facts: Facts

    init(round: RoundEvaluator, index: Int, award: AwardDefinition, messages: Messages, subject: EvaluationSubject) {
        self.round = round
        self.index = index
        self.award = award
        self.messages = messages
        self.subject = subject
        facts = subject.facts
    }

    var entry: RoundEntry { round.entries[index] }
    var year: Int { subject.year }

    /// The outcome of `condition` and why; `parameter` is what `"$value"` stands for.
    func check(_ condition: Condition, parameter: Double?) -> (Outcome, Reason) {
        switch condition {
        case .ratingAtLeast(let required):
            return rating(facts.rating, year: year, required: required, key: "rating")

        case .ratingInYear(let offset, let required):
            let (target, overflow) = year.addingReportingOverflow(offset)
            let actual = overflow ? nil : (offset == 0 ? facts.rating : facts.ratingHistory?[target])
            return rating(actual, year: overflow ? year : target, required: required, key: "ratingInYear")

        case .noPendingMatters:
            guard let pending = facts.pending else { return (.unknown, messages.reason("pending.unknown")) }
            let matters = [("discipline", pending.discipline), ("investigation", pending.investigation), ("complaint", pending.complaint)]
            let active = matters.filter { $0.1 == true }.map(\.0)
            if !active.isEmpty { return (.fail, messages.reason("pending.fail", messages.labels("pendingMatters", active))) }
            let open = matters.filter { $0.1 == nil }.map(\.0)
            if !open.isEmpty { return (.unknown, messages.reason("pending.partial", messages.labels("pendingMatters", open))) }
            return (.pass, messages.reason("pending.pass"))

        case .attested(let code):
            let label = messages.label("attestations", code)
            switch facts.attestations?.status(of: code) {
            case true?: return (.pass, messages.reason("attested.pass", label))
            case false?: return (.fail, messages.reason("attested.fail", label))
            case nil: return (.unknown, messages.reason("attested.unknown", label))
            }

        case .movementGiven:
            return subject.hasMovement ? (.pass, messages.reason("movement.pass")) : (.fail, messages.reason("movement.fail"))

        case .monthsWorked(let threshold):
            guard let required = value(threshold, parameter) else { return missingParameter() }
            guard let months = facts.monthsWorked else {
                return (.unknown, messages.reason("months.unknown", number(required), .verbatim(String(year))))
            }
            let outcome: Outcome = Double(months) >= required ? .pass : .fail
            return (outcome, messages.reason("months." + outcome.rawValue, .verbatim(String(months)), number(required)))

        case .memberShare(let field, let threshold):
            guard let required = value(threshold, parameter) else { return missingParameter() }
            return memberShare(field, required: required)

        case .memberCount(let field, let low, let high):
            return memberCount(field, low: low.flatMap { value($0, parameter) }, high: high.flatMap { value($0, parameter) })

        case .noExclusions:
            guard let exclusions = facts.exclusions else { return (.unknown, messages.reason("exclusions.unknown")) }
            if exclusions.isEmpty { return (.pass, messages.reason("exclusions.pass")) }
            return (.fail, messages.reason("exclusions.fail", messages.labels("exclusions", exclusions)))

        case .disciplineServed:
            return disciplineServed()

        case .innovations(let sources, let level, let years, let threshold):
            guard let required = value(threshold, parameter) else { return missingParameter() }
            return innovations(sources, minLevel: level, years: years, required: required)

        case .holds(let awards):
            return holds(awards)

        case .chain(let awards, let years):
            return chain(awards, years: years)

        case .notDuplicated:
            return notDuplicated()

        case .roundQuota(let relativeTo, let threshold):
            guard let share = value(threshold, parameter) else { return missingParameter() }
            return roundQuota(relativeTo, share: share)

        case .given(let fact):
            return facts.isGiven(fact) || (fact == "movement" && subject.hasMovement)
                ? (.pass, messages.reason("given.pass", .verbatim(fact)))
                : (.fail, messages.reason("given.fail", .verbatim(fact)))

        case .ifThen(let test, let then, let otherwise):
            let (outcome, reason) = check(test, parameter: parameter)
            switch outcome {
            case .pass: return check(then, parameter: parameter)
            case .fail: return otherwise.map { check($0, parameter: parameter) } ?? (.pass, reason)
            case .unknown: return (.unknown, reason)
            }

        case .anyOf(let alternatives):
            let results = alternatives.map { check($0, parameter: parameter) }
            if let passed = results.first(where: { $0.0 == .pass }) { return passed }
            if results.contains(where: { $0.0 == .unknown }) {
                return (.unknown, messages.reason("anyOf.unknown", .joined(results.filter { $0.0 == .unknown }.map(\.1))))
            }
            return (.fail, messages.reason("anyOf.fail", .joined(results.map(\.1))))

        case .allOf(let parts):
            let results = parts.map { check($0, parameter: parameter) }
            if let failed = results.first(where: { $0.0 == .fail }) { return failed }
            if let unknown = results.first(where: { $0.0 == .unknown }) { return unknown }
            return (.pass, .joined(results.map(\.1)))
        }
    }

    // MARK: Helpers

    func value(_ threshold: Threshold, _ parameter: Double?) -> Double? {
        switch threshold {
        case .fixed(let number): return number
        case .parameter: return parameter
        }
    }

    func missingParameter() -> (Outcome, Reason) {
        (.unknown, messages.reason("parameter.missing"))
    }

    /// A number as people write it: no ".0", a comma for decimals in Vietnamese.
    func number(_ value: Double) -> Reason {
        guard value.isFinite else { return .verbatim("?") }
        if value == value.rounded(), abs(value) < 1e15 { return .verbatim(String(Int(value))) }
        let rounded = (value * 10).rounded() / 10
        let text = String(rounded)
        return Reason(LocalizedText(vi: text.replacingOccurrences(of: ".", with: ","), en: text))
    }

    func rating(_ actual: TaskRating?, year: Int, required: TaskRating, key: String) -> (Outcome, Reason) {
        let requiredLabel = messages.label("ratings", required.rawValue)
        guard let actual else {
            return (.unknown, messages.reason(key + ".unknown", requiredLabel, .verbatim(String(year))))
        }
        let actualLabel = messages.label("ratings", actual.rawValue)
        let outcome: Outcome = actual >= required ? .pass : .fail
        return (outcome, messages.reason(key + "." + outcome.rawValue, actualLabel, requiredLabel, .verbatim(String(year))))
    }
}
