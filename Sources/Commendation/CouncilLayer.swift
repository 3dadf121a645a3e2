/// A criterion the council added to an award (national or its own).
public struct CouncilCriterion: Sendable, Hashable, Codable {
    /// The award's code.
    public var award: String
    /// The criterion (origin `council`).
    public var criterion: Criterion

    /// Creates one.
    public init(award: String, criterion: Criterion) {
        self.award = award
        var own = criterion
        own.origin = .council
        self.criterion = own
    }

    private enum CodingKeys: String, CodingKey { case award, criterion }

    /// Decodes one; the criterion is the council's whatever the JSON says.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(award: try c.decode(String.self, forKey: .award), criterion: try c.decode(Criterion.self, forKey: .criterion))
    }
}

/// The ward council's layer over the national rulebook, kept in the store and audited: the
/// settings of adjustable criteria (the 10-month rule, a CSTĐCS quota…), the council's own
/// awards and criteria, the words for its own attestation codes, and its working rules
/// (attendance share for sessions). National criteria cannot be edited through it, only the
/// adjustable ones switched and tuned.
public struct CouncilLayer: Sendable, Hashable, Codable {
    /// Adjustable criteria switched or tuned, by criterion id.
    public var adjustments: [String: Adjustment]
    /// The council's own awards.
    public var awards: [AwardDefinition]
    /// Criteria the council added.
    public var criteria: [CouncilCriterion]
    /// Labels of the council's own codes (e.g. "attestations"), by group and code.
    public var labels: [String: [String: LocalizedText]]
    /// Working rules: "session.attendance" (per cent of members present), and so on.
    public var options: [String: Double]

    /// An empty layer: the national rulebook as shipped.
    public init(adjustments: [String: Adjustment] = [:], awards: [AwardDefinition] = [], criteria: [CouncilCriterion] = [],
                labels: [String: [String: LocalizedText]] = [:], options: [String: Double] = [:]) {
        self.adjustments = adjustments
        self.awards = awards
        self.criteria = criteria
        self.labels = labels
        self.options = options
    }

    /// True when the layer changes nothing.
    public var isEmpty: Bool { adjustments.isEmpty && awards.isEmpty && criteria.isEmpty && labels.isEmpty }

    /// The rulebook as the council applies it: adjustable criteria switched and tuned, the
    /// council's awards added (a national code is never replaced), its criteria appended to
    /// their awards, its labels added. The id gets "+hđ" when anything changed.
    public func applied(to rulebook: Rulebook) -> Rulebook {
        guard !isEmpty else { return rulebook }
        var result = rulebook
        for award in awards where result.award(award.code) == nil {
            var own = award
            own.origin = .council
            own.criteria = own.criteria?.map { criterion in
                var council = criterion
                council.origin = .council
                return council
            }
            result.awards.append(own)
        }
        for added in criteria {
            guard let index = result.awards.firstIndex(where: { $0.code == added.award }) else { continue }
            var criterion = added.criterion
            criterion.origin = .council
            result.awards[index].criteria = (result.awards[index].criteria ?? []) + [criterion]
        }
        // Adjustments last, so that the council can also switch and tune its own criteria.
        func adjust(_ criterion: inout Criterion) {
            if criterion.adjustable != nil, let override = adjustments[criterion.id] {
                criterion.adjustable = Adjustment(enabled: override.enabled, value: override.value ?? criterion.adjustable?.value,
                                                  unit: criterion.adjustable?.unit)
            }
        }
        for index in result.commonCriteria.indices { adjust(&result.commonCriteria[index]) }
        for index in result.awards.indices {
            guard var criteria = result.awards[index].criteria else { continue }
            for criterionIndex in criteria.indices { adjust(&criteria[criterionIndex]) }
            result.awards[index].criteria = criteria
        }
        for (group, codes) in labels {
            for (code, text) in codes where result.labels[group]?[code] == nil {
                result.labels[group, default: [:]][code] = text
            }
        }
        result.id += "+hđ"
        return result
    }
}
