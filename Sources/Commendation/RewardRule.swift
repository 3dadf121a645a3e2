/// One multiple of the base salary, with the clause that sets it.
public struct RewardMultiple: Sendable, Hashable, Codable {
    /// Times the base salary (0.3).
    public var value: Double
    /// The clause ("NĐ 152/2025/NĐ-CP, Điều 53, khoản 1"); nil: the rule's own basis.
    public var basis: String?
    /// How sure we are of it; nil: the rule's own certainty.
    public var certainty: Certainty?

    /// A multiple.
    public init(_ value: Double, basis: String? = nil, certainty: Certainty? = nil) {
        self.value = value
        self.basis = basis
        self.certainty = certainty
    }

    private enum CodingKeys: String, CodingKey { case value = "multiple", basis, certainty }

    /// Decodes a bare number (0.3) or `{"multiple": 0.3, "basis": "…", "certainty": "firm"}`.
    public init(from decoder: Decoder) throws {
        if let number = try? decoder.singleValueContainer().decode(Double.self) {
            self.init(number)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try c.decode(Double.self, forKey: .value), basis: try c.decodeIfPresent(String.self, forKey: .basis),
                  certainty: try c.decodeIfPresent(Certainty.self, forKey: .certainty))
    }

    /// Encodes a bare number when there is no basis of its own.
    public func encode(to encoder: Encoder) throws {
        if basis == nil && certainty == nil {
            var single = encoder.singleValueContainer()
            try single.encode(value)
            return
        }
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encodeIfPresent(basis, forKey: .basis)
        try c.encodeIfPresent(certainty, forKey: .certainty)
    }
}

/// The money that goes with an award: multiples of the base salary by nominee type, each with
/// its legal basis. Data of the rulebook.
public struct RewardRule: Sendable, Hashable, Codable {
    /// Multiples of the base salary, by nominee type ("person": 0.3).
    public var multiples: [String: RewardMultiple]
    /// The legal basis of the rule as a whole.
    public var basis: String
    /// How sure we are of it.
    public var certainty: Certainty

    /// Creates a rule.
    public init(multiples: [NomineeType: Double], basis: String, certainty: Certainty) {
        self.multiples = Dictionary(uniqueKeysWithValues: multiples.map { ($0.key.rawValue, RewardMultiple($0.value)) })
        self.basis = basis
        self.certainty = certainty
    }

    /// The multiple for a nominee type, if the award carries money for it.
    public func multiple(for type: NomineeType) -> Double? { multiples[type.rawValue]?.value }

    /// The clause that sets the multiple for a nominee type (its own, or the rule's).
    public func basis(for type: NomineeType) -> String { multiples[type.rawValue]?.basis ?? basis }

    /// The amount in đồng for a nominee type: multiple × base salary, rounded up to
    /// `roundingUnit` (10 000 đ). Computed in integers so that a product that is already
    /// round is not pushed up by floating-point error.
    public func amount(for type: NomineeType, baseSalary: Int, roundingUnit: Int) -> Int? {
        guard let multiple = multiple(for: type), baseSalary > 0, roundingUnit > 0 else { return nil }
        return Self.roundedUp(multiple: multiple, baseSalary: baseSalary, roundingUnit: roundingUnit)
    }

    /// `multiple` × `baseSalary` rounded up to a multiple of `roundingUnit`, in integers
    /// (thousandths of a đồng) so that 0.45 × 2 530 000 = 1 138 500 becomes 1 140 000 and a
    /// round product stays as it is.
    public static func roundedUp(multiple: Double, baseSalary: Int, roundingUnit: Int) -> Int {
        let thousandths = Int((multiple * 1000).rounded())
        let product = thousandths * baseSalary            // in thousandths of a đồng
        let unit = roundingUnit * 1000
        return (product + unit - 1) / unit * roundingUnit
    }
}

/// Whether an award is a title (danh hiệu thi đua) or a form of award (hình thức khen thưởng):
/// the money of several titles of one period is paid once, a title and a form are both paid
/// (NĐ 152/2025/NĐ-CP, Điều 49).
public enum AwardCategory: String, Sendable, Hashable, Codable {
    /// A title: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Gia đình văn hóa…
    case title
    /// A form of award: Giấy khen, Bằng khen…
    case form
}
