/// The rulebook's rules for the council and the money, beyond the criteria: the default
/// ballot, the attendance a session needs and the rounding of amounts. (The base salary is a
/// table of its own, `BaseSalaryTable`: it changes on its own dates.)
public struct CouncilProcedure: Sendable, Hashable, Codable {
    /// The ballot of awards that have none of their own (majority).
    public var defaultBallot: BallotRule
    /// Per cent of members who must be present at a session on awards (a working rule the
    /// council may change).
    public var attendancePercent: Double
    /// The legal basis of the attendance rule.
    public var attendanceBasis: String
    /// Amounts are rounded up to this many đồng.
    public var roundingUnit: Int
    /// The legal basis of the rounding.
    public var roundingBasis: String?
    /// The province's deadline for yearly proposals, "MM-DD" (a setting may change it).
    public var provinceDeadline: String

    /// Creates a procedure.
    public init(defaultBallot: BallotRule, attendancePercent: Double, attendanceBasis: String, roundingUnit: Int,
                roundingBasis: String? = nil, provinceDeadline: String) {
        self.defaultBallot = defaultBallot
        self.attendancePercent = attendancePercent
        self.attendanceBasis = attendanceBasis
        self.roundingUnit = roundingUnit
        self.roundingBasis = roundingBasis
        self.provinceDeadline = provinceDeadline
    }

    /// The province deadline as (month, day); 10 December when the text is not "MM-DD".
    public var provinceDeadlineDay: (month: Int, day: Int) {
        Self.monthDay(provinceDeadline) ?? (12, 10)
    }

    /// Parses "MM-DD" (or "dd/mm"); nil when it is not a day of a year.
    public static func monthDay(_ text: String) -> (month: Int, day: Int)? {
        let iso = text.split(separator: "-")
        let vietnamese = text.split(separator: "/")
        let (m, d): (Int?, Int?)
        if iso.count == 2 { (m, d) = (Int(iso[0]), Int(iso[1])) } else if vietnamese.count == 2 { (m, d) = (Int(vietnamese[1]), Int(vietnamese[0])) } else { return nil }
        guard let m, let d, CivilDate(year: 2024, month: m, day: d) != nil else { return nil }
        return (m, d)
    }
}
