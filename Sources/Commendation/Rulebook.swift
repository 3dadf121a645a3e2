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
    /// The district (before July 2025; the commune proposed).
    case district
    /// The province (the ward proposes).
    case province
}

/// A criterion the council may switch on or off and tune (certainty *check*): its default
/// state in the rulebook, and the unit of its value.
public struct Adjustment: Sendable, Hashable, Codable {
    /// Whether the criterion applies.
    public var enabled: Bool
    /// The number `"$value"` stands for in the condition (months, per cent, a count).
    public var value: Double?
    /// "months", "percent" or "count", for the editor.
    public var unit: String?

    /// Creates an adjustment.
    public init(enabled: Bool, value: Double? = nil, unit: String? = nil) {
        self.enabled = enabled
        self.value = value
        self.unit = unit
    }
}

/// Where a criterion comes from.
public enum CriterionOrigin: String, Sendable, Hashable, Codable {
    /// The national rules (shipped, not editable in the desk).
    case national
    /// The province's regulation, a layer the ward chooses (shipped, not editable in the desk).
    case province
    /// The ward's council (kept in the store, editable, audited).
    case council
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
    /// A fact key: the criterion applies only when the nomination gives that fact (e.g.
    /// "discipline": no record, nothing to check).
    public var ifGiven: String?
    /// Present for criteria the council may switch and tune.
    public var adjustable: Adjustment?
    /// National or the council's own.
    public var origin: CriterionOrigin
    /// The checkable condition.
    public var condition: Condition

    enum CodingKeys: String, CodingKey {
        case id, text, basis, certainty, appliesTo = "for", kinds, ifGiven, adjustable, origin, condition
    }

    /// Creates a criterion.
    public init(id: String, text: LocalizedText, basis: String, certainty: Certainty, appliesTo: [NomineeType]? = nil,
                kinds: [AwardKind]? = nil, ifGiven: String? = nil, adjustable: Adjustment? = nil,
                origin: CriterionOrigin = .national, condition: Condition) {
        self.id = id
        self.text = text
        self.basis = basis
        self.certainty = certainty
        self.appliesTo = appliesTo
        self.kinds = kinds
        self.ifGiven = ifGiven
        self.adjustable = adjustable
        self.origin = origin
        self.condition = condition
    }

    /// Decodes a criterion; `origin` defaults to national.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        text = try c.decode(LocalizedText.self, forKey: .text)
        basis = try c.decode(String.self, forKey: .basis)
        certainty = try c.decode(Certainty.self, forKey: .certainty)
        appliesTo = try c.decodeIfPresent([NomineeType].self, forKey: .appliesTo)
        kinds = try c.decodeIfPresent([AwardKind].self, forKey: .kinds)
        ifGiven = try c.decodeIfPresent(String.self, forKey: .ifGiven)
        adjustable = try c.decodeIfPresent(Adjustment.self, forKey: .adjustable)
        origin = try c.decodeIfPresent(CriterionOrigin.self, forKey: .origin) ?? .national
        condition = try c.decode(Condition.self, forKey: .condition)
    }

    /// Whether the criterion is in force (adjustable criteria can be switched off).
    public var isEnabled: Bool { adjustable?.enabled ?? true }

    /// Whether it applies to a nominee type and kind of award.
    public func applies(to type: NomineeType, kind: AwardKind) -> Bool {
        (appliesTo?.contains(type) ?? true) && (kinds?.contains(kind) ?? true)
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
    /// The abbreviation in English tables ("Adv.Wkr"); nil: the Vietnamese one.
    public var englishAbbreviation: String?
    /// Abbreviation used in nomination ids ("LDTT").
    public var idCode: String
    /// Who can receive it.
    public var nominees: [NomineeType]
    /// National or the council's own.
    public var origin: CriterionOrigin
    /// Who decides it (the commune, or a higher level the commune proposes to).
    public var decidedBy: Decider
    /// A title or a form of award (for the money of one period); nil for the council's own
    /// awards, which carry no money.
    public var category: AwardCategory?
    /// Kinds it may be given as.
    public var kinds: [AwardKind]
    /// Its criteria; nil while tdkt does not yet check this award by itself (the clerk checks
    /// by hand and the verdict says so).
    public var criteria: [Criterion]?
    /// The council's ballot for it, when it differs from the rulebook's default (CSTĐCS: at
    /// least 80 % of all members, secret).
    public var ballot: BallotRule?
    /// The money that goes with it, if any.
    public var reward: RewardRule?
    /// Its statutory clock, if the law sets one.
    public var clock: StatutoryClock?
    /// The public posting of the list before the decision, if the law asks for it: the award
    /// cannot be decided while it lasts.
    public var posting: PeriodRule?
    /// The clock after its decision: publication of the list, if the law asks for it.
    public var publication: PeriodRule?

    /// The code.
    public var id: String { code }

    /// The abbreviation in `language` (the Vietnamese one when the rulebook has no other).
    public func abbreviation(_ language: Language) -> String {
        language == .en ? englishAbbreviation ?? abbreviation : abbreviation
    }

    private enum CodingKeys: String, CodingKey {
        case englishAbbreviation = "abbreviationEn"
        case code, name, shortName, abbreviation, idCode, nominees, decidedBy, category, kinds, criteria, origin, ballot, reward, clock
        case posting, publication
    }

    /// Decodes an award; `shortName` defaults to `name` and `abbreviation` to `idCode`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(LocalizedText.self, forKey: .name)
        shortName = try c.decodeIfPresent(LocalizedText.self, forKey: .shortName) ?? name
        idCode = try c.decode(String.self, forKey: .idCode)
        abbreviation = try c.decodeIfPresent(String.self, forKey: .abbreviation) ?? idCode
        englishAbbreviation = try c.decodeIfPresent(String.self, forKey: .englishAbbreviation)
        nominees = try c.decode([NomineeType].self, forKey: .nominees)
        decidedBy = try c.decode(Decider.self, forKey: .decidedBy)
        category = try c.decodeIfPresent(AwardCategory.self, forKey: .category)
        kinds = try c.decode([AwardKind].self, forKey: .kinds)
        criteria = try c.decodeIfPresent([Criterion].self, forKey: .criteria)
        origin = try c.decodeIfPresent(CriterionOrigin.self, forKey: .origin) ?? .national
        ballot = try c.decodeIfPresent(BallotRule.self, forKey: .ballot)
        reward = try c.decodeIfPresent(RewardRule.self, forKey: .reward)
        clock = try c.decodeIfPresent(StatutoryClock.self, forKey: .clock)
        posting = try c.decodeIfPresent(PeriodRule.self, forKey: .posting)
        publication = try c.decodeIfPresent(PeriodRule.self, forKey: .publication)
    }

    /// Creates an award.
    public init(code: String, name: LocalizedText, shortName: LocalizedText? = nil, abbreviation: String? = nil, idCode: String,
                nominees: [NomineeType], decidedBy: Decider, category: AwardCategory? = nil, kinds: [AwardKind],
                criteria: [Criterion]?, origin: CriterionOrigin = .national, ballot: BallotRule? = nil,
                reward: RewardRule? = nil, clock: StatutoryClock? = nil, posting: PeriodRule? = nil,
                publication: PeriodRule? = nil) {
        self.code = code
        self.name = name
        self.shortName = shortName ?? name
        self.idCode = idCode
        self.abbreviation = abbreviation ?? idCode
        self.nominees = nominees
        self.decidedBy = decidedBy
        self.category = category
        self.kinds = kinds
        self.criteria = criteria
        self.origin = origin
        self.ballot = ballot
        self.reward = reward
        self.clock = clock
        self.posting = posting
        self.publication = publication
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
    /// Criteria every award is judged by (the principles for every award: no pending
    /// matter, discipline served, no duplicate), after the award's own.
    public var commonCriteria: [Criterion]
    /// The awards.
    public var awards: [AwardDefinition]
    /// The legal texts the bases cite, for the "Tiêu chí" screen and the basis dialog.
    public var sources: [LegalSource]
    /// The council's procedure and the money: default ballot, attendance, base salary.
    public var procedure: CouncilProcedure?

    private enum CodingKeys: String, CodingKey {
        case id, title, effectiveFrom, effectiveUntil, labels, messages, commonCriteria, awards, sources, procedure
    }

    /// Decodes a rulebook; `commonCriteria` and `sources` may be absent.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(LocalizedText.self, forKey: .title)
        effectiveFrom = try c.decode(CivilDate.self, forKey: .effectiveFrom)
        effectiveUntil = try c.decodeIfPresent(CivilDate.self, forKey: .effectiveUntil)
        labels = try c.decodeIfPresent([String: [String: LocalizedText]].self, forKey: .labels) ?? [:]
        messages = try c.decodeIfPresent([String: LocalizedText].self, forKey: .messages) ?? [:]
        commonCriteria = try c.decodeIfPresent([Criterion].self, forKey: .commonCriteria) ?? []
        awards = try c.decode([AwardDefinition].self, forKey: .awards)
        sources = try c.decodeIfPresent([LegalSource].self, forKey: .sources) ?? []
        procedure = try c.decodeIfPresent(CouncilProcedure.self, forKey: .procedure)
    }

    /// The ballot rule of `award`: its own, or the procedure's default.
    public func ballotRule(for award: AwardDefinition) -> BallotRule? {
        award.ballot ?? procedure?.defaultBallot
    }

    /// Every criterion that judges `award` for a nominee type and kind: the award's own, then
    /// the common ones; switched-off criteria left out.
    public func criteria(for award: AwardDefinition, type: NomineeType, kind: AwardKind) -> [Criterion] {
        ((award.criteria ?? []) + commonCriteria).filter { $0.isEnabled && $0.applies(to: type, kind: kind) }
    }

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
        guard let end = CivilDate(year: year, month: 12, day: 31) else { return year < 1 ? rulebooks.first : rulebooks.last }
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

/// A legal text the rulebook cites.
public struct LegalSource: Sendable, Hashable, Codable, Identifiable {
    /// Short identifier ("luat-06-2022").
    public var id: String
    /// Full title ("Luật Thi đua, khen thưởng số 06/2022/QH15").
    public var title: String
    /// The title in English, when the rulebook gives one.
    public var englishTitle: String?
    /// How bases cite it ("Luật TĐKT 2022").
    public var citedAs: String
    /// When it came into force.
    public var inForceFrom: CivilDate?
    /// What it covers, in both languages.
    public var note: LocalizedText?

    private enum CodingKeys: String, CodingKey {
        case id, title, englishTitle = "titleEn", citedAs, inForceFrom, note
    }

    /// The title in `language` (the Vietnamese one when the rulebook has no other).
    public func title(_ language: Language) -> String {
        language == .en ? englishTitle ?? title : title
    }
}
