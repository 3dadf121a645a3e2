import VietnameseText

/// The decision that granted an award.
public struct DecisionReference: Hashable, Sendable, Codable {
    /// Number, e.g. "125/QĐ-UBND".
    public var number: String
    /// Date signed.
    public var date: CivilDate?
    /// Creates a reference.
    public init(number: String, date: CivilDate?) {
        self.number = number
        self.date = date
    }
}

/// A proposal that a nominee receive an award for a year.
public struct Nomination: Hashable, Sendable, Identifiable {
    /// Identifier, `YEAR-CODE-NNNN` ("2026-LDTT-0003").
    public var id: String
    /// The year the achievement belongs to.
    public var year: Int
    /// Award code of the rulebook ("lao-dong-tien-tien").
    public var award: String
    /// Kind of award.
    public var kind: AwardKind
    /// The nominee's id.
    public var nomineeID: String
    /// The emulation movement's id, if any.
    public var movementID: String?
    /// Where it stands in the workflow.
    public var status: NominationStatus
    /// When the TĐKT office received it.
    public var receivedOn: CivilDate?
    /// When its file was last complete (received, or completed after a return): the day
    /// statutory clocks count from. Nil while a draft or returned.
    public var completeOn: CivilDate?
    /// The facts the criteria are judged on.
    public var facts: Facts
    /// A free note.
    public var note: String?
    /// Why it was returned for more information.
    public var returnReason: String?
    /// The decision that granted it.
    public var decision: DecisionReference?

    /// Creates a nomination.
    public init(id: String, year: Int, award: String, kind: AwardKind, nomineeID: String, movementID: String? = nil,
                status: NominationStatus = .received, receivedOn: CivilDate? = nil, facts: Facts = Facts(),
                note: String? = nil, returnReason: String? = nil, decision: DecisionReference? = nil,
                completeOn: CivilDate? = nil) {
        self.id = id
        self.year = year
        self.award = award
        self.kind = kind
        self.nomineeID = nomineeID
        self.movementID = movementID
        self.status = status
        self.receivedOn = receivedOn
        self.completeOn = completeOn ?? (status == .draft || status == .returned ? nil : receivedOn)
        self.facts = facts
        self.note = note
        self.returnReason = returnReason
        self.decision = decision
    }
}

/// An emulation movement (phong trào thi đua).
public struct Movement: Hashable, Sendable, Identifiable, Codable {
    /// Yearly movement or a themed one.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The yearly (or period) movement.
        case yearly
        /// A themed movement (chuyên đề).
        case themed
    }
    /// Identifier ("M-01").
    public var id: String
    /// Name.
    public var name: String
    /// Kind.
    public var kind: Kind
    /// First year.
    public var from: Int?
    /// Last year.
    public var to: Int?
    /// Creates a movement.
    public init(id: String, name: String, kind: Kind, from: Int? = nil, to: Int? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.from = from
        self.to = to
    }
}
