import VietnameseText

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

/// Judges nominations against a rulebook. Pure: the same subject and rulebook always give the
/// same evaluation; no input makes it crash.
public struct Evaluator: Sendable {
    /// The rulebook that judges.
    public let rulebook: Rulebook

    /// An evaluator for `rulebook`.
    public init(rulebook: Rulebook) { self.rulebook = rulebook }

    /// Judges `subject`: a verdict per applicable criterion and the overall eligibility
    /// (not eligible if any fails; otherwise incomplete if any is unknown; otherwise eligible).
    public func evaluate(_ subject: EvaluationSubject) -> Evaluation {
        guard let award = rulebook.award(subject.award) else {
            let reason = message("award.unknown", .verbatim(subject.award))
            return Evaluation(eligibility: .notEligible,
                              verdicts: [CriterionVerdict(criterionID: "award", text: reason, outcome: .fail,
                                                          reason: reason, basis: "", certainty: .firm)],
                              rulebookID: rulebook.id)
        }
        var verdicts: [CriterionVerdict] = []
        if !award.nominees.contains(subject.nomineeType) {
            let reason = message("award.notForNominee", award.name, rulebook.label("nomineeTypes", subject.nomineeType.rawValue))
            verdicts.append(CriterionVerdict(criterionID: "award.nominee", text: reason, outcome: .fail, reason: reason,
                                             basis: "", certainty: .firm))
        }
        if !award.kinds.contains(subject.kind) {
            let reason = message("award.kindNotAllowed", award.name, rulebook.label("kinds", subject.kind.rawValue))
            verdicts.append(CriterionVerdict(criterionID: "award.kind", text: reason, outcome: .fail, reason: reason,
                                             basis: "", certainty: .firm))
        }
        if !verdicts.isEmpty {
            return Evaluation(eligibility: .notEligible, verdicts: verdicts, rulebookID: rulebook.id)
        }
        guard let criteria = award.criteria else {
            return Evaluation(eligibility: .notAssessed, verdicts: [], rulebookID: rulebook.id)
        }
        for criterion in criteria {
            if let types = criterion.appliesTo, !types.contains(subject.nomineeType) { continue }
            if let kinds = criterion.kinds, !kinds.contains(subject.kind) { continue }
            let (outcome, reason) = check(criterion.condition, subject)
            verdicts.append(CriterionVerdict(criterionID: criterion.id, text: criterion.text, outcome: outcome,
                                             reason: reason, basis: criterion.basis, certainty: criterion.certainty))
        }
        let eligibility: Eligibility
        if verdicts.contains(where: { $0.outcome == .fail }) {
            eligibility = .notEligible
        } else if verdicts.contains(where: { $0.outcome == .unknown }) {
            eligibility = .incomplete
        } else {
            eligibility = .eligible
        }
        return Evaluation(eligibility: eligibility, verdicts: verdicts, rulebookID: rulebook.id)
    }

    // MARK: Conditions

    private func check(_ condition: Condition, _ subject: EvaluationSubject) -> (Outcome, LocalizedText) {
        switch condition {
        case .ratingAtLeast(let required):
            let requiredLabel = rulebook.label("ratings", required.rawValue)
            guard let actual = subject.facts.rating else {
                return (.unknown, message("rating.unknown", requiredLabel, .verbatim(String(subject.year))))
            }
            let actualLabel = rulebook.label("ratings", actual.rawValue)
            return actual >= required
                ? (.pass, message("rating.pass", actualLabel, requiredLabel))
                : (.fail, message("rating.fail", actualLabel, requiredLabel))

        case .noPendingMatters:
            guard let pending = subject.facts.pending else { return (.unknown, message("pending.unknown")) }
            let underWay = [("discipline", pending.discipline), ("investigation", pending.investigation), ("complaint", pending.complaint)]
            let active = underWay.filter { $0.1 == true }.map { rulebook.label("pendingMatters", $0.0) }
            if !active.isEmpty { return (.fail, message("pending.fail", joined(active))) }
            if !pending.isComplete {
                let open = underWay.filter { $0.1 == nil }.map { rulebook.label("pendingMatters", $0.0) }
                return (.unknown, message("pending.partial", joined(open)))
            }
            return (.pass, message("pending.pass"))

        case .attested(let code):
            let label = rulebook.label("attestations", code)
            switch subject.facts.attestations?.status(of: code) {
            case true?: return (.pass, message("attested.pass", label))
            case false?: return (.fail, message("attested.fail", label))
            case nil: return (.unknown, message("attested.unknown", label))
            }

        case .movementGiven:
            return subject.hasMovement ? (.pass, message("movement.pass")) : (.fail, message("movement.fail"))

        case .anyOf(let alternatives):
            let results = alternatives.map { check($0, subject) }
            if let passed = results.first(where: { $0.0 == .pass }) { return passed }
            if results.contains(where: { $0.0 == .unknown }) {
                return (.unknown, message("anyOf.unknown", joined(results.filter { $0.0 == .unknown }.map(\.1))))
            }
            return (.fail, message("anyOf.fail", joined(results.map(\.1))))

        case .allOf(let parts):
            let results = parts.map { check($0, subject) }
            if let failed = results.first(where: { $0.0 == .fail }) { return failed }
            if let unknown = results.first(where: { $0.0 == .unknown }) { return unknown }
            return (.pass, joined(results.map(\.1)))
        }
    }

    /// Fills a message template of the rulebook with arguments, in every language.
    private func message(_ key: String, _ arguments: LocalizedText...) -> LocalizedText {
        let template = rulebook.messages[key] ?? .verbatim("⟦\(key)⟧")
        return LocalizedText(vi: template.vi.fillingPlaceholders(arguments.map(\.vi)),
                             en: template.en.fillingPlaceholders(arguments.map(\.en)))
    }

    private func joined(_ parts: [LocalizedText]) -> LocalizedText {
        LocalizedText(vi: parts.map(\.vi).joined(separator: "; "), en: parts.map(\.en).joined(separator: "; "))
    }
}
