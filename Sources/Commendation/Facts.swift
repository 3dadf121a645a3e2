/// Matters under way that block any award (NĐ 152/2025, art. 4): each may be unknown.
public struct PendingMatters: Hashable, Sendable, Codable {
    /// Under discipline review.
    public var discipline: Bool?
    /// Under investigation or inspection.
    public var investigation: Bool?
    /// A complaint or denunciation is being verified.
    public var complaint: Bool?

    /// Creates the record.
    public init(discipline: Bool? = nil, investigation: Bool? = nil, complaint: Bool? = nil) {
        self.discipline = discipline
        self.investigation = investigation
        self.complaint = complaint
    }

    /// True when every matter is known.
    public var isComplete: Bool { discipline != nil && investigation != nil && complaint != nil }
    /// True when any matter is known to be under way.
    public var anyUnderWay: Bool { discipline == true || investigation == true || complaint == true }
}

/// A disciplinary measure.
public struct DisciplineRecord: Hashable, Sendable, Codable {
    /// `khien-trach`, `canh-cao`, `ha-bac-luong`, `giang-chuc`, `cach-chuc`, `buoc-thoi-viec`.
    public var level: String
    /// When it was decided.
    public var decided: CivilDate?
    /// When it ended.
    public var until: CivilDate?
    /// Creates a record.
    public init(level: String, decided: CivilDate? = nil, until: CivilDate? = nil) {
        self.level = level
        self.decided = decided
        self.until = until
    }
}

/// A recognised initiative (sáng kiến).
public struct Initiative: Hashable, Sendable, Codable {
    /// Identifier ("SK-2025-07").
    public var id: String
    /// `co-so`, `tinh`, `toan-quoc`.
    public var level: String
    /// Year recognised.
    public var year: Int?
    /// The award code it already supported, if any.
    public var usedFor: String?
    /// Creates an initiative.
    public init(id: String, level: String, year: Int? = nil, usedFor: String? = nil) {
        self.id = id
        self.level = level
        self.year = year
        self.usedFor = usedFor
    }
}

/// A research project (đề tài).
public struct ResearchProject: Hashable, Sendable, Codable {
    /// Identifier.
    public var id: String
    /// `co-so`, `tinh`, `toan-quoc`.
    public var level: String
    /// Year.
    public var year: Int?
    /// Whether it was accepted (nghiệm thu).
    public var accepted: Bool?
    /// Creates a record.
    public init(id: String, level: String, year: Int? = nil, accepted: Bool? = nil) {
        self.id = id
        self.level = level
        self.year = year
        self.accepted = accepted
    }
}

/// An award already received.
public struct PastAward: Hashable, Sendable, Codable {
    /// Award code.
    public var award: String
    /// Year.
    public var year: Int
    /// Kind.
    public var kind: AwardKind?
    /// Creates a record.
    public init(award: String, year: Int, kind: AwardKind? = nil) {
        self.award = award
        self.year = year
        self.kind = kind
    }
}

/// Member figures of a collective.
public struct MemberCounts: Hashable, Sendable, Codable {
    /// Members in all.
    public var total: Int?
    /// Members holding Lao động tiên tiến.
    public var laoDongTienTien: Int?
    /// Members who completed their tasks.
    public var completedTasks: Int?
    /// Members holding Chiến sĩ thi đua cơ sở.
    public var chienSiThiDuaCoSo: Int?
    /// Members disciplined at warning or above in the year.
    public var disciplinedWarningOrAbove: Int?
    /// Creates the figures.
    public init(total: Int? = nil, laoDongTienTien: Int? = nil, completedTasks: Int? = nil,
                chienSiThiDuaCoSo: Int? = nil, disciplinedWarningOrAbove: Int? = nil) {
        self.total = total
        self.laoDongTienTien = laoDongTienTien
        self.completedTasks = completedTasks
        self.chienSiThiDuaCoSo = chienSiThiDuaCoSo
        self.disciplinedWarningOrAbove = disciplinedWarningOrAbove
    }
}

/// What the clerk attests about qualitative criteria.
///
/// In the exchange format, `attested` lists the codes attested and is exhaustive: a code
/// missing from a present list is *not* attested. The desk also records per-code answers
/// where some are still open ("not yet checked"); those travel as tdkt's own key
/// `attestations` (code → true/false), and a code absent there is unknown.
public struct Attestations: Hashable, Sendable {
    /// Explicit answers.
    public var answers: [String: Bool]
    /// True when codes without an answer count as not attested (the exchange format's list).
    public var isExhaustive: Bool

    /// Answers per code; codes without one are unknown unless `exhaustive`.
    public init(answers: [String: Bool] = [:], exhaustive: Bool = false) {
        self.answers = answers
        self.isExhaustive = exhaustive
    }

    /// The exchange format's list: exactly these codes are attested.
    public init(list: [String]) {
        self.init(answers: Dictionary(list.map { ($0, true) }, uniquingKeysWith: { a, _ in a }), exhaustive: true)
    }

    /// Whether `code` is attested: true, false, or nil when unknown.
    public func status(of code: String) -> Bool? {
        if let answer = answers[code] { return answer }
        return isExhaustive ? false : nil
    }

    /// The codes attested, sorted.
    public var attestedCodes: [String] { answers.filter(\.value).map(\.key).sorted() }
}

/// The facts of a nomination, as in the exchange format. Every fact is optional: a missing
/// fact that a criterion needs makes that criterion unknown.
public struct Facts: Hashable, Sendable {
    /// The year's task rating.
    public var rating: TaskRating?
    /// Matters under way.
    public var pending: PendingMatters?
    /// Disciplinary measures.
    public var discipline: [DisciplineRecord]?
    /// Initiatives.
    public var initiatives: [Initiative]?
    /// Research projects.
    public var research: [ResearchProject]?
    /// Awards already received.
    public var history: [PastAward]?
    /// Qualitative criteria the clerk attests.
    public var attestations: Attestations?
    /// Member figures (collectives).
    public var members: MemberCounts?
    /// Events that exclude Gia đình văn hóa (households).
    public var exclusions: [String]?
    /// Months worked in the year.
    public var monthsWorked: Int?
    /// Task ratings of earlier years (tdkt's own key `ratingHistory`), by year.
    public var ratingHistory: [Int: TaskRating]?

    /// Facts with nothing known.
    public init(rating: TaskRating? = nil, pending: PendingMatters? = nil, discipline: [DisciplineRecord]? = nil,
                initiatives: [Initiative]? = nil, research: [ResearchProject]? = nil, history: [PastAward]? = nil,
                attestations: Attestations? = nil, members: MemberCounts? = nil, exclusions: [String]? = nil,
                monthsWorked: Int? = nil, ratingHistory: [Int: TaskRating]? = nil) {
        self.rating = rating
        self.pending = pending
        self.discipline = discipline
        self.initiatives = initiatives
        self.research = research
        self.history = history
        self.attestations = attestations
        self.members = members
        self.exclusions = exclusions
        self.monthsWorked = monthsWorked
        self.ratingHistory = ratingHistory
    }

    /// Whether the fact named `key` (as in the exchange format; "attested" also answers for
    /// tdkt's `attestations`) is present.
    public func isGiven(_ key: String) -> Bool {
        switch key {
        case "rating": return rating != nil
        case "pending": return pending != nil
        case "discipline": return discipline != nil
        case "initiatives": return initiatives != nil
        case "research": return research != nil
        case "history": return history != nil
        case "attested", "attestations": return attestations != nil
        case "members": return members != nil
        case "exclusions": return exclusions != nil
        case "monthsWorked": return monthsWorked != nil
        case "ratingHistory": return ratingHistory != nil
        default: return false
        }
    }
}

/// One earlier year's task rating, as written in `ratingHistory`.
struct YearRating: Codable {
    var year: Int
    var rating: TaskRating
}

extension Facts: Codable {
    private enum Key: String, CodingKey {
        case rating, pending, discipline, initiatives, research, history, attested, attestations, members, exclusions, monthsWorked
        case ratingHistory
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        rating = try c.decodeIfPresent(TaskRating.self, forKey: .rating)
        pending = try c.decodeIfPresent(PendingMatters.self, forKey: .pending)
        discipline = try c.decodeIfPresent([DisciplineRecord].self, forKey: .discipline)
        initiatives = try c.decodeIfPresent([Initiative].self, forKey: .initiatives)
        research = try c.decodeIfPresent([ResearchProject].self, forKey: .research)
        history = try c.decodeIfPresent([PastAward].self, forKey: .history)
        members = try c.decodeIfPresent(MemberCounts.self, forKey: .members)
        exclusions = try c.decodeIfPresent([String].self, forKey: .exclusions)
        monthsWorked = try c.decodeIfPresent(Int.self, forKey: .monthsWorked)
        ratingHistory = try c.decodeIfPresent([YearRating].self, forKey: .ratingHistory).map { entries in
            Dictionary(entries.map { ($0.year, $0.rating) }, uniquingKeysWith: { first, _ in first })
        }
        let list = try c.decodeIfPresent([String].self, forKey: .attested)
        let answers = try c.decodeIfPresent([String: Bool].self, forKey: .attestations)
        if let list {
            // The exchange format's list; tdkt's explicit answers, when also present, refine it.
            var merged = Attestations(list: list)
            for (code, answer) in answers ?? [:] { merged.answers[code] = answer }
            attestations = merged
        } else if let answers {
            attestations = Attestations(answers: answers)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(rating, forKey: .rating)
        try c.encodeIfPresent(pending, forKey: .pending)
        try c.encodeIfPresent(discipline, forKey: .discipline)
        try c.encodeIfPresent(initiatives, forKey: .initiatives)
        try c.encodeIfPresent(research, forKey: .research)
        try c.encodeIfPresent(history, forKey: .history)
        if let attestations {
            if attestations.isExhaustive {
                try c.encode(attestations.attestedCodes, forKey: .attested)
            } else {
                try c.encode(attestations.answers, forKey: .attestations)
            }
        }
        try c.encodeIfPresent(members, forKey: .members)
        try c.encodeIfPresent(exclusions, forKey: .exclusions)
        try c.encodeIfPresent(monthsWorked, forKey: .monthsWorked)
        try c.encodeIfPresent(ratingHistory.map { $0.sorted { $0.key < $1.key }.map { YearRating(year: $0.key, rating: $0.value) } },
                              forKey: .ratingHistory)
    }
}
