/// What a store knows beyond the facts of a nomination, for the checks across records. The
/// evaluator stays pure: it only asks these questions.
public protocol EvaluationContext {
    /// Awards the nominee already received according to the store (decided, or granted by the
    /// province); nil when the store does not know the nominee.
    func history(of nomineeID: String) -> [PastAward]?
    /// Member figures of a collective computed from its members' records for a year; nil when
    /// the store has no member records for it.
    func memberCounts(of collectiveID: String, year: Int) -> MemberCounts?
    /// Ids of other live nominations of the same nominee, award, kind and year (not `excluding`).
    func duplicates(nomineeID: String, award: String, kind: AwardKind, year: Int, excluding id: String?) -> [String]
    /// Live nominations of the year per award code, for the council's quotas; nil to count the
    /// round being evaluated instead.
    func roundCounts(year: Int) -> [String: Int]?
}

/// One nomination of a round: nominations judged together (one input file, or the store's
/// nominations of a year), which see each other for the checks across records.
public struct RoundEntry: Sendable, Hashable {
    /// The nomination's id, when it has one.
    public var id: String?
    /// The nominee's id, when known (round look-ups match on it).
    public var nomineeID: String?
    /// What is judged.
    public var subject: EvaluationSubject

    /// Creates an entry.
    public init(id: String?, nomineeID: String?, subject: EvaluationSubject) {
        self.id = id
        self.nomineeID = nomineeID
        self.subject = subject
    }
}
