import VietnameseText

/// Renders the ward's administrative documents from plain input values: no store, no
/// terminal, no files. Every function returns the whole document as text in NFC: Markdown and
/// plain text end each line with LF, CSV with CRLF.
///
/// - `submission`: Tờ trình đề nghị khen thưởng (structure of Mẫu 01, NĐ 152/2025/NĐ-CP).
/// - `nominationList`: Danh sách đề nghị khen thưởng.
/// - `minutes`: Biên bản họp Hội đồng Thi đua – Khen thưởng.
/// - `decisionDraft`: Dự thảo quyết định khen thưởng, with its attached list.
/// - `postingList`: Danh sách niêm yết Gia đình văn hóa.
///
/// In CSV each document gives its table: the attached list (tờ trình, danh sách, quyết
/// định), the ballot results (biên bản), the households (niêm yết).
public enum DocumentRenderer {}

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
