import VietnameseText

/// A nominee as the exchange format describes it.
public struct ExchangeNominee: Sendable, Hashable {
    /// Type of nominee.
    public var type: NomineeType
    /// The nominee's id in the sending system (matched against the store's ids).
    public var id: String?
    /// A person's name in three parts.
    public var personName: PersonName?
    /// The name of a collective, household or residential group.
    public var name: String?
    /// Sex of a person (or a household head).
    public var sex: Sex?
    /// Birth date of a person.
    public var birthDate: CivilDate?
    /// 12-digit citizen ID.
    public var personalID: String?
    /// Position.
    public var position: String?
    /// Unit (a name).
    public var unit: String?
    /// A household's head.
    public var head: PersonName?
    /// A household's (or a person's) residential group (a name).
    public var group: String?
    /// The id of the unit in the sending system (tdkt's own key `unitId`); the unit itself is
    /// among the file's references.
    public var unitID: String?
    /// The id of the residential group in the sending system (tdkt's own key `groupId`).
    public var groupID: String?

    /// A nominee of `type`; the other fields are filled in as known.
    public init(type: NomineeType, id: String? = nil) {
        self.type = type
        self.id = id
    }

    /// The name to show.
    public var displayName: String { personName?.fullName ?? name ?? head?.fullName ?? id ?? "?" }
}

/// One nomination read from an exchange-format file.
public struct ExchangeNomination: Sendable, Hashable {
    /// Position in the file, from 0.
    public var index: Int
    /// The nomination's id, if the file gives one.
    public var id: String?
    /// Year.
    public var year: Int
    /// Award code.
    public var award: String
    /// Kind.
    public var kind: AwardKind
    /// Movement (a name or id), if any.
    public var movement: String?
    /// The nominee.
    public var nominee: ExchangeNominee
    /// The facts.
    public var facts: Facts
    /// Where it stood in the sending tdkt (tdkt's own key `status`), if given.
    public var status: NominationStatus?
    /// When the office received it (tdkt's own key `receivedOn`), if given.
    public var receivedOn: CivilDate?
    /// The clerk's note (tdkt's own key `note`), if given.
    public var note: String?

    /// A nomination as the exchange format carries it.
    public init(index: Int, id: String?, year: Int, award: String, kind: AwardKind, movement: String?, nominee: ExchangeNominee,
                facts: Facts, status: NominationStatus? = nil, receivedOn: CivilDate? = nil, note: String? = nil) {
        self.index = index
        self.id = id
        self.year = year
        self.award = award
        self.kind = kind
        self.movement = movement
        self.nominee = nominee
        self.facts = facts
        self.status = status
        self.receivedOn = receivedOn
        self.note = note
    }

    /// The id, or "#n" (its position from 1) when the file gives none.
    public var label: String { id ?? "#\(index + 1)" }

    /// The nomination as a member of a round.
    public var roundEntry: RoundEntry {
        RoundEntry(id: label, nomineeID: nominee.id,
                   subject: EvaluationSubject(award: award, kind: kind, nomineeType: nominee.type, year: year,
                                              hasMovement: movement != nil, facts: facts))
    }
}

/// Something in the file that tdkt does not understand but can do without (an unknown key).
public struct ExchangeWarning: Sendable, Hashable {
    /// Where: "nominations[2].facts.colour".
    public var path: String
    /// What.
    public var message: LocalizedText
}

/// Why a file is not valid exchange format: the nomination, the key, what was expected and
/// what was found, and where the value stands in the file; or, for malformed JSON, the line and
/// column and what was wrong there.
public struct ExchangeError: Error, Sendable, Hashable {
    /// The nomination: "id (#n)" (its id and position from 1), or "#n" when it has no id; nil
    /// for the file as a whole.
    public var nomination: String?
    /// The key path: "facts.rating".
    public var path: String
    /// What was expected.
    public var expected: LocalizedText
    /// What was found, as written (nil when the key is missing).
    public var found: String?
    /// For malformed JSON: where and what.
    public var syntax: JSONSyntaxError?
    /// Where the value stands in the file (for a missing key, the object that lacks it).
    public var position: JSONPosition?
    /// The path from the root of the file, to find `position`.
    var jsonPath: [JSONPathComponent] = []

    /// An error in a file that is JSON; `position` is found when the file is read.
    public init(nomination: String?, path: String, expected: LocalizedText, found: String?, syntax: JSONSyntaxError? = nil,
                position: JSONPosition? = nil) {
        self.nomination = nomination
        self.path = path
        self.expected = expected
        self.found = found
        self.syntax = syntax
        self.position = position
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String {
        if let syntax {
            return language == .vi ? "JSON không hợp lệ ở \(syntax.place(.vi)): \(syntax.reason.vi)"
                                   : "malformed JSON at \(syntax.place(.en)): \(syntax.reason.en)"
        }
        let which = nomination.map { language == .vi ? "đề nghị \($0), " : "nomination \($0), " } ?? ""
        let key = path.isEmpty ? (language == .vi ? "tệp" : "the file") : (language == .vi ? "khóa \(path)" : "key \(path)")
        let foundText = found.map { language == .vi ? "; gặp \($0)" : "; found \($0)" }
            ?? (language == .vi ? "; không có" : "; missing")
        let place = position.map { language == .vi ? " (dòng \($0.line), cột \($0.column))" : " (line \($0.line), column \($0.column))" } ?? ""
        return which + key + (language == .vi ? ": cần " : ": expected ") + expected(language) + foundText + place
    }
}

/// A unit or residential group that nominees of a file belong to (tdkt's own key
/// `references`), so that the file can be imported into a store that does not know it.
public struct ExchangeReference: Sendable, Hashable {
    /// `.collective` (a unit) or `.residentialGroup`.
    public var type: NomineeType
    /// Its id in the sending system.
    public var id: String
    /// Its name.
    public var name: String
    /// The residential group it belongs to, by id (a unit in a khu phố).
    public var groupID: String?

    /// A reference to a unit or a residential group.
    public init(type: NomineeType, id: String, name: String, groupID: String? = nil) {
        self.type = type
        self.id = id
        self.name = name
        self.groupID = groupID
    }
}

/// What the nominations of a file refer to: units, residential groups and movements, each
/// once. Written by `tdkt export`; an import creates those the store does not have.
public struct ExchangeReferences: Sendable, Hashable {
    /// Residential groups, by id.
    public var groups: [ExchangeReference] = []
    /// Units (collectives people work in), by id.
    public var units: [ExchangeReference] = []
    /// Movements.
    public var movements: [Movement] = []

    /// References; empty by default.
    public init(groups: [ExchangeReference] = [], units: [ExchangeReference] = [], movements: [Movement] = []) {
        self.groups = groups
        self.units = units
        self.movements = movements
    }

    /// Whether the file refers to nothing it carries.
    public var isEmpty: Bool { groups.isEmpty && units.isEmpty && movements.isEmpty }
}

/// A file of nominations in the exchange format, read and checked.
public struct ExchangeFile: Sendable {
    /// The nominations, in file order.
    public var nominations: [ExchangeNomination]
    /// What tdkt skipped.
    public var warnings: [ExchangeWarning]
    /// The units, groups and movements the file carries.
    public var references = ExchangeReferences()

    /// A file read as `nominations`, with `warnings` and `references`.
    public init(nominations: [ExchangeNomination], warnings: [ExchangeWarning], references: ExchangeReferences = ExchangeReferences()) {
        self.nominations = nominations
        self.warnings = warnings
        self.references = references
    }
}
