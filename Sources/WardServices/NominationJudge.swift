import Commendation
import CommendationStore

/// Judges nominations the way the desk and `tdkt pending` see them: each as part of its
/// nominee's round in the store (the nominee's other live nominations of the last five years
/// come first, then it), with the store's history, duplicates and quotas, by the rulebook of
/// its year with the council's layer.
public struct NominationJudge {
    /// The store judged from.
    public let store: Store
    /// The rulebook of a year.
    public let rulebook: (Int) -> Rulebook?
    /// One context for every evaluation this judge makes: its caches (histories, the year's
    /// counts) serve a whole review instead of being read again for each nomination.
    public let context: StoreEvaluationContext
    /// The criteria and words of the rulebooks, selected once for every evaluation.
    private let cache = JudgingCache()

    /// A judge over `store` with the rulebook of each year. `rulebook` must give the same
    /// rulebooks while the judge lives (a judge of other rules is a new judge).
    public init(store: Store, rulebook: @escaping (Int) -> Rulebook?) {
        self.store = store
        self.rulebook = rulebook
        context = StoreEvaluationContext(store: store, countsRounds: true)
    }

    /// The evaluation of a stored nomination.
    public func evaluate(_ listing: NominationListing) -> Evaluation {
        evaluate(EvaluationSubject(listing.nomination, nomineeType: listing.nominee.type), id: listing.nomination.id,
                 nomineeID: listing.nominee.id)
    }

    /// The evaluation of a subject (saved, or a draft in the form).
    public func evaluate(_ subject: EvaluationSubject, id: String?, nomineeID: String?) -> Evaluation {
        var entries: [RoundEntry] = []
        if let nomineeID, (1...9999).contains(subject.year) {
            let years = max(1, subject.year - 4)...subject.year
            do { entries = try context.roundEntries(nomineeID: nomineeID, years: years, excluding: id) } catch { context.record(error) }
        }
        entries.append(RoundEntry(id: id, nomineeID: nomineeID, subject: subject))
        return RoundEvaluator(entries: entries, context: context, cache: cache, rulebook: rulebook).evaluation(at: entries.count - 1)
    }

    /// The evaluation of a stored nomination; throws the store's error when a record it needed
    /// could not be read (`evaluate` would judge it as if the record were not there).
    public func judged(_ listing: NominationListing) throws -> Evaluation {
        let evaluation = evaluate(listing)
        try context.checked()
        return evaluation
    }

    /// The evaluation of a subject, or the store's error (see `judged(_:)`).
    public func judged(_ subject: EvaluationSubject, id: String?, nomineeID: String?) throws -> Evaluation {
        let evaluation = evaluate(subject, id: id, nomineeID: nomineeID)
        try context.checked()
        return evaluation
    }
}
