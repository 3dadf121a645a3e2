import VietnameseText

/// Someone or something that can be nominated: a person, a collective, a household or a
/// residential group.
public struct Nominee: Hashable, Sendable, Identifiable {
    /// Stable identifier ("P-0142", "C-01", "H-0007", "G-03").
    public var id: String
    /// What kind of nominee.
    public var type: NomineeType
    /// A person's name in three parts; nil for other types.
    public var personName: PersonName?
    /// The name of a collective, household or residential group; for a person, the full name.
    public var name: String
    /// A person's (or a household head's) sex.
    public var sex: Sex?
    /// A person's birth date.
    public var birthDate: CivilDate?
    /// A person's 12-digit citizen ID.
    public var personalID: String?
    /// A phone number (10 digits beginning with 0).
    public var phone: String?
    /// A person's position ("Công chức Văn phòng – Thống kê").
    public var position: String?
    /// The collective a person works in (its nominee id).
    public var unitID: String?
    /// The residential group a person or household belongs to (its nominee id).
    public var groupID: String?
    /// The household a person lives in (its nominee id), when known: it tells the council
    /// which members may not vote on a relative.
    public var householdID: String?
    /// A household's head.
    public var head: PersonName?
    /// Number of members of a household or collective.
    public var memberCount: Int?

    /// A person.
    public static func person(id: String, name: PersonName, sex: Sex?, birthDate: CivilDate? = nil,
                              position: String? = nil, unitID: String? = nil, groupID: String? = nil) -> Nominee {
        Nominee(id: id, type: .person, personName: name, name: name.fullName, sex: sex, birthDate: birthDate,
                position: position, unitID: unitID, groupID: groupID)
    }

    /// A collective, household or residential group.
    public static func named(id: String, type: NomineeType, name: String, groupID: String? = nil,
                             head: PersonName? = nil, sex: Sex? = nil, memberCount: Int? = nil) -> Nominee {
        Nominee(id: id, type: type, name: name.nfc, sex: sex, groupID: groupID, head: head, memberCount: memberCount)
    }

    /// Creates a nominee field by field.
    public init(id: String, type: NomineeType, personName: PersonName? = nil, name: String, sex: Sex? = nil,
                birthDate: CivilDate? = nil, personalID: String? = nil, phone: String? = nil, position: String? = nil,
                unitID: String? = nil, groupID: String? = nil, householdID: String? = nil, head: PersonName? = nil,
                memberCount: Int? = nil) {
        self.id = id
        self.type = type
        self.personName = personName
        self.name = personName?.fullName ?? name.nfc
        self.sex = sex
        self.birthDate = birthDate
        self.personalID = personalID
        self.phone = phone
        self.position = position?.nfc
        self.unitID = unitID
        self.groupID = groupID
        self.householdID = householdID
        self.head = head
        self.memberCount = memberCount
    }

    /// The key lists are sorted by: a person's name (or a household head's) in official
    /// order (tên, đệm, họ), otherwise the name by Vietnamese collation.
    public var sortKey: CollationKey {
        personName?.sortKey ?? head?.sortKey ?? VietnameseCollation.key(name)
    }

    /// The same key, the name parts' keys taken from `memo`.
    public func sortKey(memo: CollationKeyMemo) -> CollationKey {
        personName?.sortKey(memo: memo) ?? head?.sortKey(memo: memo) ?? VietnameseCollation.key(name)
    }

    /// The text searched when the clerk types a filter, folded (no accents, đ → d, lower case).
    public var searchKey: String {
        [name, position ?? "", personalID ?? ""].filter { !$0.isEmpty }.joined(separator: " ").foldedForSearch
    }
}
