/// The outcome of one criterion.
public enum Outcome: String, Sendable, Hashable, Codable {
    /// The facts meet the criterion.
    case pass
    /// The facts fail it.
    case fail
    /// A fact it needs is missing.
    case unknown
}

/// The verdict on a whole nomination.
public enum Eligibility: String, Sendable, Hashable, Codable {
    /// Every criterion passes.
    case eligible
    /// At least one criterion fails.
    case notEligible = "not-eligible"
    /// None fails, but some are unknown (facts missing).
    case incomplete
    /// tdkt does not yet check this award by itself; the clerk checks it by hand.
    case notAssessed = "not-assessed"
}

/// The verdict on one criterion, with the reason in words and the legal basis.
public struct CriterionVerdict: Sendable, Hashable {
    /// The criterion's id.
    public var criterionID: String
    /// What the criterion says.
    public var text: LocalizedText
    /// Pass, fail or unknown.
    public var outcome: Outcome
    /// Why, naming the fact and the threshold.
    public var reason: LocalizedText
    /// Legal basis.
    public var basis: String
    /// How sure we are of the rule.
    public var certainty: Certainty
}

/// A nomination judged against a rulebook.
public struct Evaluation: Sendable, Hashable {
    /// Overall verdict.
    public var eligibility: Eligibility
    /// Per criterion, in the rulebook's order.
    public var verdicts: [CriterionVerdict]
    /// The rulebook used.
    public var rulebookID: String

    /// Creates an evaluation.
    public init(eligibility: Eligibility, verdicts: [CriterionVerdict], rulebookID: String) {
        self.eligibility = eligibility
        self.verdicts = verdicts
        self.rulebookID = rulebookID
    }
}
