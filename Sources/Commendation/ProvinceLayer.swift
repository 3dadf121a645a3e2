/// A province's own rules over the national rulebook (NĐ 152/2025/NĐ-CP, Điều 6: each province
/// sets details for the titles and awards it and its communes give): criteria it adds to
/// awards and national criteria it replaces (switched off). Shipped as data in
/// `Resources/data/provinces/`, chosen by the ward (store setting `rules.province`), applied
/// between the national rulebook and the council's layer.
public struct ProvinceLayer: Sendable, Hashable, Codable, Identifiable {
    /// A criterion the province adds to an award.
    public struct AddedCriterion: Sendable, Hashable, Codable {
        /// The award's code.
        public var award: String
        /// The criterion.
        public var criterion: Criterion
    }

    /// Identifier ("bac-ninh"), the value of the ward's setting.
    public var id: String
    /// Its name ("Quy định của tỉnh Bắc Ninh").
    public var name: LocalizedText
    /// The regulation it follows.
    public var basis: String
    /// National criteria it switches off (adjustable ones only), by id.
    public var adjustments: [String: Adjustment]
    /// Criteria it adds.
    public var criteria: [AddedCriterion]
    /// Words for its own codes (attestations…).
    public var labels: [String: [String: LocalizedText]]

    private enum CodingKeys: String, CodingKey { case id, name, basis, adjustments, criteria, labels }

    /// Decodes a layer; `adjustments`, `criteria` and `labels` may be absent.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(LocalizedText.self, forKey: .name)
        basis = try c.decode(String.self, forKey: .basis)
        adjustments = try c.decodeIfPresent([String: Adjustment].self, forKey: .adjustments) ?? [:]
        criteria = try c.decodeIfPresent([AddedCriterion].self, forKey: .criteria) ?? []
        labels = try c.decodeIfPresent([String: [String: LocalizedText]].self, forKey: .labels) ?? [:]
    }

    /// The rulebook with the province's rules: its criteria appended to their awards (origin
    /// `province`), the national criteria it replaces switched off, its labels added. The id
    /// gets "+<province>".
    public func applied(to rulebook: Rulebook) -> Rulebook {
        var result = rulebook
        for added in criteria {
            guard let index = result.awards.firstIndex(where: { $0.code == added.award }) else { continue }
            var criterion = added.criterion
            criterion.origin = .province
            result.awards[index].criteria = (result.awards[index].criteria ?? []) + [criterion]
        }
        for index in result.awards.indices {
            guard var list = result.awards[index].criteria else { continue }
            for i in list.indices where list[i].adjustable != nil {
                if let override = adjustments[list[i].id] {
                    list[i].adjustable = Adjustment(enabled: override.enabled, value: override.value ?? list[i].adjustable?.value,
                                                    unit: list[i].adjustable?.unit)
                }
            }
            result.awards[index].criteria = list
        }
        for (group, codes) in labels {
            for (code, text) in codes where result.labels[group]?[code] == nil { result.labels[group, default: [:]][code] = text }
        }
        result.id += "+" + id
        return result
    }
}

extension RulebookSet {
    /// Every rulebook with `province`'s rules applied; the set itself for nil.
    public func applying(_ province: ProvinceLayer?) -> RulebookSet {
        guard let province else { return self }
        return RulebookSet(rulebooks.map(province.applied(to:)))
    }
}
