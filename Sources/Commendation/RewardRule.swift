/// The money that goes with an award: multiples of the base salary by nominee type, with the
/// legal basis. Data of the rulebook.
public struct RewardRule: Sendable, Hashable, Codable {
    /// Multiples of the base salary, by nominee type ("person": 0.3).
    public var multiples: [String: Double]
    /// The legal basis.
    public var basis: String
    /// How sure we are of it.
    public var certainty: Certainty

    /// Creates a rule.
    public init(multiples: [NomineeType: Double], basis: String, certainty: Certainty) {
        self.multiples = Dictionary(uniqueKeysWithValues: multiples.map { ($0.key.rawValue, $0.value) })
        self.basis = basis
        self.certainty = certainty
    }

    /// The multiple for a nominee type, if the award carries money for it.
    public func multiple(for type: NomineeType) -> Double? { multiples[type.rawValue] }

    /// The amount in đồng for a nominee type: multiple × base salary, rounded up to
    /// `roundingUnit` (10 000 đ). Computed in integers so that a product that is already
    /// round is not pushed up by floating-point error.
    public func amount(for type: NomineeType, baseSalary: Int, roundingUnit: Int) -> Int? {
        guard let multiple = multiple(for: type), baseSalary > 0, roundingUnit > 0 else { return nil }
        let thousandths = Int((multiple * 1000).rounded())
        let product = thousandths * baseSalary            // in thousandths of a đồng
        let unit = roundingUnit * 1000
        return (product + unit - 1) / unit * roundingUnit
    }
}
