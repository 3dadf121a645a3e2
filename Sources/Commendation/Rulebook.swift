/// How sure tdkt is of a rule (see RULEBOOK.md): read in the law, from summaries, or a
/// council-adjustable choice.
public enum Certainty: String, Sendable, Hashable, Codable {
    /// Read in a quoted text of the law or decree.
    case firm
    /// From secondary summaries.
    case likely
    /// Uncertain: a council option, not law.
    case check
}

/// Who decides an award.
public enum Decider: String, Sendable, Hashable, Codable {
    /// The chair of the commune / ward People's Committee.
    case commune
    /// The province (the ward proposes).
    case province
}

/// One criterion of an award: what it says, where it comes from, and a condition over the
/// facts that a machine can check and a council secretary can read.
public struct Criterion: Sendable, Hashable, Codable, Identifiable {
    /// Stable identifier ("ldtt.rating").
    public var id: String
    /// What the criterion says.
    public var text: LocalizedText
    /// Its legal basis ("Luật TĐKT 2022, Điều 24").
    public var basis: String
    /// How sure we are of it.
    public var certainty: Certainty
    /// The nominee types it applies to; nil for all the award's types.
    public var appliesTo: [NomineeType]?
    /// The kinds of award it applies to; nil for all.
    public var kinds: [AwardKind]?
    /// The checkable condition.
    public var condition: Condition

    enum CodingKeys: String, CodingKey {
        case id, text, basis, certainty, appliesTo = "for", kinds, condition
    }
}

/// An award or title of the rulebook.
public struct AwardDefinition: Sendable, Hashable, Codable, Identifiable {
    /// Code used in files and on the command line ("lao-dong-tien-tien").
    public var code: String
    /// Name ("Lao động tiên tiến").
    public var name: LocalizedText
    /// A short name for narrow columns ("CSTĐ cơ sở").
    public var shortName: LocalizedText
    /// The abbreviation clerks write in tables ("LĐTT", "CSTĐCS", "GĐVH").
    public var abbreviation: String
    /// Abbreviation used in nomination ids ("LDTT").
    public var idCode: String
    /// Who can receive it.
    public var nominees: [NomineeType]
    /// Who decides it.
    public var decidedBy: Decider
    /// Kinds it may be given as.
    public var kinds: [AwardKind]
    /// Its criteria; nil while tdkt does not yet check this award by itself (the clerk checks
    /// by hand and the verdict says so).
    public var criteria: [Criterion]?

    /// The code.
    public var id: String { code }

    private enum CodingKeys: String, CodingKey {
        case code, name, shortName, abbreviation, idCode, nominees, decidedBy, kinds, criteria
    }

    /// Decodes an award; `shortName` defaults to `name` and `abbreviation` to `idCode`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(LocalizedText.self, forKey: .name)
        shortName = try c.decodeIfPresent(LocalizedText.self, forKey: .shortName) ?? name
        idCode = try c.decode(String.self, forKey: .idCode)
        abbreviation = try c.decodeIfPresent(String.self, forKey: .abbreviation) ?? idCode
        nominees = try c.decode([NomineeType].self, forKey: .nominees)
        decidedBy = try c.decode(Decider.self, forKey: .decidedBy)
        kinds = try c.decode([AwardKind].self, forKey: .kinds)
        criteria = try c.decodeIfPresent([Criterion].self, forKey: .criteria)
    }
}

/// A rulebook: the awards and criteria in force from a date, with the words used to explain
/// verdicts. Loaded from JSON; nothing of the law is written in Swift.
public struct Rulebook: Sendable, Hashable, Codable, Identifiable {
    /// Identifier ("vn-2025-07").
    public var id: String
    /// Title.
    public var title: LocalizedText
    /// First day in force.
    public var effectiveFrom: CivilDate
    /// Last day in force, if it has been replaced.
    public var effectiveUntil: CivilDate?
    /// Names of ratings, kinds, nominee types, attestations and pending matters, by code.
    public var labels: [String: [String: LocalizedText]]
    /// Templates of the explanations, by key; `{0}`, `{1}` are filled in.
    public var messages: [String: LocalizedText]
    /// The awards.
    public var awards: [AwardDefinition]

    /// The award with `code`.
    public func award(_ code: String) -> AwardDefinition? { awards.first { $0.code == code } }

    /// The awards a nominee type can receive.
    public func awards(for type: NomineeType) -> [AwardDefinition] { awards.filter { $0.nominees.contains(type) } }

    /// The label of `code` in vocabulary `group` ("ratings", "kinds", "nomineeTypes",
    /// "attestations", "pendingMatters"); the code itself when unknown.
    public func label(_ group: String, _ code: String) -> LocalizedText {
        labels[group]?[code] ?? .verbatim(code)
    }

    /// Whether the rulebook is in force on `date`.
    public func isInForce(on date: CivilDate) -> Bool {
        date >= effectiveFrom && (effectiveUntil.map { date <= $0 } ?? true)
    }
}

/// The rulebooks tdkt ships, and the choice of the one that judges a year.
public struct RulebookSet: Sendable {
    /// All rulebooks, oldest first.
    public let rulebooks: [Rulebook]

    /// A set from rulebooks in any order.
    public init(_ rulebooks: [Rulebook]) {
        self.rulebooks = rulebooks.sorted { $0.effectiveFrom < $1.effectiveFrom }
    }

    /// The rulebook that judges nominations for `year`: the one in force on 31 December of
    /// that year (yearly reviews happen at the year's end), or the oldest for earlier years.
    public func rulebook(forYear year: Int) -> Rulebook? {
        guard let end = CivilDate(year: year, month: 12, day: 31) else { return rulebooks.last }
        return rulebooks.last { $0.isInForce(on: end) } ?? rulebooks.first
    }

    /// The rulebook in force on `date` (for lists of codes and names in the desk); the oldest
    /// for dates before every rulebook, the newest for dates after them all.
    public func rulebook(on date: CivilDate) -> Rulebook? {
        if let inForce = rulebooks.last(where: { $0.isInForce(on: date) }) { return inForce }
        if let first = rulebooks.first, date < first.effectiveFrom { return first }
        return rulebooks.last
    }
}
