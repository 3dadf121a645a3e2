/// A number in a condition: written in the rulebook, or `"$value"` — the value the council set
/// for an adjustable criterion (see `Criterion.adjustable`).
public enum Threshold: Sendable, Hashable {
    /// A number written in the rulebook.
    case fixed(Double)
    /// The criterion's adjustable value.
    case parameter
}

/// The member figures of a collective a condition can read (keys of `facts.members`).
public enum MemberField: String, Sendable, Hashable, Codable, CaseIterable {
    /// Members holding Lao động tiên tiến.
    case laoDongTienTien
    /// Members who completed their tasks.
    case completedTasks
    /// Members holding Chiến sĩ thi đua cơ sở.
    case chienSiThiDuaCoSo
    /// Members disciplined at warning or above.
    case disciplinedWarningOrAbove
}

/// Where `innovations` looks: initiatives (sáng kiến), research projects (đề tài), or both.
public enum InnovationSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// `facts.initiatives`.
    case initiatives
    /// `facts.research`.
    case research
}

/// Level of recognition of an initiative or research project, lowest first.
public enum RecognitionLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Cơ sở (the unit, the commune).
    case coSo = "co-so"
    /// Tỉnh (the province).
    case tinh
    /// Toàn quốc (national).
    case toanQuoc = "toan-quoc"

    var rank: Int {
        switch self {
        case .coSo: return 1
        case .tinh: return 2
        case .toanQuoc: return 3
        }
    }

    public static func < (a: RecognitionLevel, b: RecognitionLevel) -> Bool { a.rank < b.rank }
}

/// A checkable condition over a nomination's facts (and, for the checks across records, its
/// round and history), written in the rulebook's JSON as a small object a council secretary
/// can read. Each object has one key naming the test, except `if`/`then`/`else`.
///
/// | JSON | holds when |
/// |---|---|
/// | `{"rating": {"atLeast": "tot"}}` | the year's task rating is at least "tốt" |
/// | `{"ratingInYear": {"offset": -1, "atLeast": "xuat-sac"}}` | the rating of an earlier year (tdkt's `ratingHistory`) |
/// | `{"noPendingMatters": true}` | no discipline review, investigation or complaint under way |
/// | `{"attested": "law-abiding"}` | the clerk attests the code |
/// | `{"movementGiven": true}` | the nomination names an emulation movement |
/// | `{"monthsWorked": {"atLeast": 10}}` | months worked in the year |
/// | `{"memberShare": {"of": "laoDongTienTien", "atLeast": 70}}` | share of members, in per cent |
/// | `{"memberCount": {"of": "disciplinedWarningOrAbove", "atMost": 0}}` | number of members |
/// | `{"noExclusions": true}` | no event excludes the household (Gia đình văn hóa) |
/// | `{"disciplineServed": true}` | every disciplinary measure ended before the year began |
/// | `{"innovations": {"from": ["initiatives"], "minLevel": "co-so", "years": 1, "atLeast": 1}}` | recognised initiatives / accepted research in the last `years` years, not used for another award |
/// | `{"holds": {"awards": ["lao-dong-tien-tien"]}}` | the award for the same year: held, or nominated in the same round and itself eligible |
/// | `{"chain": {"awards": ["chien-si-thi-dua-co-so"], "years": 2}}` | held in each of the last `years` years (yearly merit only) |
/// | `{"notDuplicated": true}` | no other nomination of the same nominee, award and year |
/// | `{"roundQuota": {"relativeTo": ["lao-dong-tien-tien"], "atMostPercent": 15}}` | this award's nominations in the round, as a share of those awards' |
/// | `{"given": "rating"}` | the fact is present (never unknown; for `if`) |
/// | `{"if": …, "then": …, "else": …}` | `then` when `if` holds, `else` when it does not |
/// | `{"anyOf": [ … ]}` / `{"allOf": [ … ]}` | one of / all of the conditions |
///
/// Numbers may be `"$value"`: the council's setting for an adjustable criterion.
public indirect enum Condition: Sendable, Hashable {
    /// The task rating of the year is at least the given one.
    case ratingAtLeast(TaskRating)
    /// The task rating of an earlier year (offset −1 = the year before) is at least the given one.
    case ratingInYear(offset: Int, atLeast: TaskRating)
    /// No matter under way (principle 1).
    case noPendingMatters
    /// The clerk attests the code.
    case attested(String)
    /// The nomination names a movement.
    case movementGiven
    /// Months worked in the year.
    case monthsWorked(atLeast: Threshold)
    /// A share of the collective's members, in per cent.
    case memberShare(MemberField, atLeast: Threshold)
    /// A number of the collective's members.
    case memberCount(MemberField, atLeast: Threshold?, atMost: Threshold?)
    /// No event excludes the household.
    case noExclusions
    /// Every disciplinary measure ended before the year began (achievements count only after).
    case disciplineServed
    /// Recognised innovations in the last `years` years.
    case innovations(from: [InnovationSource], minLevel: RecognitionLevel, years: Int, atLeast: Threshold)
    /// One of the awards is held for the same year, or nominated in the same round and eligible.
    case holds(awards: [String])
    /// One of the awards, as yearly merit, in each of the last `years` years.
    case chain(awards: [String], years: Int)
    /// No other nomination of the same nominee, award and year.
    case notDuplicated
    /// This award's nominations in the round, relative to those of `relativeTo`, at most a per cent.
    case roundQuota(relativeTo: [String], atMostPercent: Threshold)
    /// The fact is present.
    case given(String)
    /// `then` when `condition` holds, `otherwise` when it does not.
    case ifThen(Condition, then: Condition, otherwise: Condition?)
    /// One alternative holds.
    case anyOf([Condition])
    /// All hold.
    case allOf([Condition])
}

extension Condition {
    /// The facts the condition reads, so that a form can ask for exactly those: "rating",
    /// "pending", "movement", "monthsWorked", "members", "exclusions", "discipline",
    /// "initiatives", "research", "history", "ratingHistory", or "attested:<code>".
    public var factsNeeded: [String] {
        switch self {
        case .ratingAtLeast: return ["rating"]
        case .ratingInYear(let offset, _): return offset == 0 ? ["rating"] : ["ratingHistory"]
        case .noPendingMatters: return ["pending"]
        case .attested(let code): return ["attested:" + code]
        case .movementGiven: return ["movement"]
        case .monthsWorked: return ["monthsWorked"]
        case .memberShare, .memberCount: return ["members"]
        case .noExclusions: return ["exclusions"]
        case .disciplineServed: return ["discipline"]
        case .innovations(let sources, _, _, _): return sources.map(\.rawValue)
        case .holds, .chain: return ["history"]
        case .notDuplicated, .roundQuota: return []
        case .given(let fact): return [fact]
        case .ifThen(let test, let then, let otherwise):
            return test.factsNeeded + then.factsNeeded + (otherwise?.factsNeeded ?? [])
        case .anyOf(let list), .allOf(let list): return list.flatMap(\.factsNeeded)
        }
    }
}
