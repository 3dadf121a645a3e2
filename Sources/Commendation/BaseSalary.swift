/// One rate of the base salary (mức lương cơ sở): the amount in force from a day, with the text
/// that set it. Data, shipped in `Resources/data/money/base-salary.json`.
public struct BaseSalaryRate: Sendable, Hashable, Codable {
    /// Đồng per month.
    public var amount: Int
    /// The first day it is in force.
    public var from: CivilDate
    /// The text that sets it ("NĐ 161/2026/NĐ-CP, Điều 3").
    public var basis: String
    /// How sure we are of it.
    public var certainty: Certainty

    /// A rate.
    public init(amount: Int, from: CivilDate, basis: String, certainty: Certainty) {
        self.amount = amount
        self.from = from
        self.basis = basis
        self.certainty = certainty
    }
}

/// The base salary over time: award money is a multiple of the rate in force on the day of the
/// decision (NĐ 152/2025/NĐ-CP, Điều 49), so every rate is kept with the day it started.
public struct BaseSalaryTable: Sendable, Hashable, Codable {
    /// The rates, oldest first.
    public let rates: [BaseSalaryRate]

    /// A table from rates in any order.
    public init(rates: [BaseSalaryRate]) {
        self.rates = rates.sorted { $0.from < $1.from }
    }

    private enum CodingKeys: String, CodingKey { case rates }

    /// Decodes `{"rates": [...]}`; the rates may come in any order.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rates: try c.decode([BaseSalaryRate].self, forKey: .rates))
    }

    /// The rate in force on `date`; nil before the first rate the table knows.
    public func rate(on date: CivilDate) -> BaseSalaryRate? {
        rates.last { $0.from <= date }
    }
}

/// The base salary a computation used, and where it came from: the law's rate on the day, or
/// the ward's setting that overrides it (when a new rate is not yet in the shipped table).
public struct AppliedBaseSalary: Sendable, Hashable {
    /// Where an amount comes from.
    public enum Origin: String, Sendable, Hashable, Codable {
        /// The rate in force on the day.
        case law
        /// The ward's setting `money.base-salary`.
        case override
    }

    /// Đồng per month.
    public var amount: Int
    /// Where it comes from.
    public var origin: Origin
    /// The text that set the law's rate ("NĐ 161/2026/NĐ-CP, Điều 3"); nil for an override.
    public var basis: String?

    /// A base salary.
    public init(amount: Int, origin: Origin, basis: String? = nil) {
        self.amount = amount
        self.origin = origin
        self.basis = basis
    }

    /// The base salary for a decision of `date`: the ward's `override` when it has one, else the
    /// rate of `table` in force on that day; nil when neither gives one.
    public init?(on date: CivilDate, table: BaseSalaryTable, override: Int?) {
        if let override, override > 0 {
            self.init(amount: override, origin: .override)
        } else if let rate = table.rate(on: date) {
            self.init(amount: rate.amount, origin: .law, basis: rate.basis)
        } else {
            return nil
        }
    }

    /// Whether the ward's setting chose it.
    public var isOverride: Bool { origin == .override }

    /// The text that set it, short: the decree's number alone ("NĐ 161/2026/NĐ-CP").
    public var citation: String? {
        basis.map { String($0.prefix { $0 != "," }).components(separatedBy: " ngày ").first ?? $0 }
    }
}
