/// When a nomination's clock runs out: from an anchor (the day the file was complete, a fixed
/// day of the year, the province's deadline) plus stages of calendar or working days.
public struct StatutoryClock: Sendable, Hashable, Codable {
    /// What the clock counts from.
    public enum Anchor: String, Sendable, Hashable, Codable {
        /// The day the TĐKT office had the complete file (received, or completed after a return).
        case complete
        /// A fixed day of the nomination's year (`month`, `day`).
        case dayOfYear = "day-of-year"
        /// The province's deadline for yearly proposals (a setting; 10 December by default).
        case provinceDeadline = "province-deadline"
    }
    /// A stage after the anchor.
    public struct Stage: Sendable, Hashable, Codable {
        /// What happens in it ("niêm yết").
        public var name: LocalizedText
        /// Its length.
        public var days: Int
        /// Working days (true) or calendar days.
        public var working: Bool

        /// A stage.
        public init(name: LocalizedText, days: Int, working: Bool) {
            self.name = name
            self.days = days
            self.working = working
        }
    }
    /// A day of the nomination's year the file must be ready by, before its own clock starts
    /// (Gia đình văn hóa: the residential group's review before 25 November).
    public struct ReviewDeadline: Sendable, Hashable, Codable {
        /// The month.
        public var month: Int
        /// The day.
        public var day: Int
        /// What must be done by then ("bình xét ở thôn, tổ dân phố").
        public var what: LocalizedText

        /// A deadline.
        public init(month: Int, day: Int, what: LocalizedText) {
            self.month = month
            self.day = day
            self.what = what
        }
    }
    /// What it counts from.
    public var anchor: Anchor
    /// For `dayOfYear`: the month.
    public var month: Int?
    /// For `dayOfYear`: the day.
    public var day: Int?
    /// Stages after the anchor; the deadline is the end of the last.
    public var stages: [Stage]
    /// For `complete`: the deadline while the file is not yet complete.
    public var reviewBy: ReviewDeadline?
    /// What the deadline is for ("thẩm định hồ sơ", "quyết định công nhận").
    public var what: LocalizedText
    /// The legal basis.
    public var basis: String
    /// How sure we are of it.
    public var certainty: Certainty

    /// Creates a clock.
    public init(anchor: Anchor, month: Int? = nil, day: Int? = nil, stages: [Stage], reviewBy: ReviewDeadline? = nil,
                what: LocalizedText, basis: String, certainty: Certainty) {
        self.anchor = anchor
        self.month = month
        self.day = day
        self.stages = stages
        self.reviewBy = reviewBy
        self.what = what
        self.basis = basis
        self.certainty = certainty
    }
}
