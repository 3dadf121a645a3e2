import Commendation

extension CheckReport {
    /// How many results of a check have each status, and the exit code they make.
    public struct Counts: Sendable, Equatable {
        /// Eligible results.
        public var eligible = 0
        /// Results not eligible.
        public var notEligible = 0
        /// Incomplete results (an award the rulebook does not check by itself among them).
        public var incomplete = 0

        /// No results yet.
        public init() {}

        /// Counts one more result of `status`.
        public mutating func add(_ status: Eligibility) {
            switch status {
            case .eligible: eligible += 1
            case .notEligible: notEligible += 1
            case .incomplete, .notAssessed: incomplete += 1
            }
        }

        /// All results counted.
        public var total: Int { eligible + notEligible + incomplete }

        /// 0 when every result is eligible, 1 when any is not, 3 when none is not eligible but
        /// some are incomplete.
        public var exitCode: Int32 { notEligible > 0 ? 1 : incomplete > 0 ? 3 : 0 }
    }
}
