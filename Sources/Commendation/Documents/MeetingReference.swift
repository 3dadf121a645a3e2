import VietnameseText

/// A council meeting a document refers to: "kết quả họp Hội đồng Thi đua – Khen thưởng
/// phường Đầm Hà ngày 10 tháng 11 năm 2026".
public struct MeetingReference: Sendable, Hashable {
    /// The council's name as it follows "họp" ("Hội đồng Thi đua – Khen thưởng phường Đầm Hà").
    public var council: String
    /// The day of the meeting.
    public var date: CivilDate

    /// A reference to a meeting.
    public init(council: String, date: CivilDate) {
        self.council = council.nfc
        self.date = date
    }

    /// "kết quả họp Hội đồng … ngày 10 tháng 11 năm 2026".
    public var text: String { "kết quả họp \(council) \(AdministrativeDate.long(date))" }
}
