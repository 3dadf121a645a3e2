/// A decision whose list the law says must be published within so many days (Gia đình văn
/// hóa; thôn, tổ dân phố văn hóa — NĐ 86/2023/NĐ-CP) and that is not published yet: the
/// pending review shows its clock until the clerk records the day it was published.
public struct PendingPublication: Sendable, Hashable {
    /// The decision's number ("301/QĐ-UBND").
    public var decision: String
    /// The day it was signed.
    public var decided: CivilDate
    /// The last day for publishing its list.
    public var due: CivilDate
    /// How many awards it grants.
    public var awards: Int

    /// A pending publication.
    public init(decision: String, decided: CivilDate, due: CivilDate, awards: Int) {
        self.decision = decision
        self.decided = decided
        self.due = due
        self.awards = awards
    }

    /// Calendar days from `today` to the last day: negative once it has passed.
    public func daysLeft(on today: CivilDate) -> Int { due.dayNumber - today.dayNumber }
}
