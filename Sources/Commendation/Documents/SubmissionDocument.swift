import VietnameseText

/// A proposal for awards (Tờ trình đề nghị khen thưởng), with the structure of Mẫu 01 of
/// Nghị định 152/2025/NĐ-CP: header, "TỜ TRÌNH" and its subject, "Kính gửi", legal bases,
/// the awards proposed with their counts, "(Có danh sách kèm theo)", the request, recipients
/// and signer. The list itself is `NominationListInput`.
public struct SubmissionInput: Sendable, Hashable {
    /// The header ("UBND PHƯỜNG ĐẦM HÀ" / "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", "TTr-HĐTĐKT").
    public var header: DocumentHeader
    /// The subject line under "TỜ TRÌNH", as printed ("Về việc đề nghị khen thưởng năm 2026").
    public var subject: String
    /// Kính gửi: one or more addressees ("Chủ tịch Ủy ban nhân dân phường Đầm Hà").
    public var addressees: [String]
    /// Legal bases, each without "Căn cứ" (`LegalBasis.forSubmission`).
    public var legalBases: [String]
    /// The council meeting whose result is cited last among the bases; nil for none.
    public var councilMeeting: MeetingReference?
    /// Who submits, as the subject of the request sentences ("Hội đồng Thi đua – Khen thưởng
    /// phường Đầm Hà").
    public var submitter: String
    /// Who is asked to decide ("Chủ tịch Ủy ban nhân dân phường Đầm Hà").
    public var decider: String
    /// The achievement, after the nominees ("đã có thành tích trong phong trào thi đua năm
    /// 2026"); "" for none.
    public var achievement: String
    /// The nominations proposed: counted per award for the summary, and given in full by the
    /// CSV form (the attached list).
    public var lines: [NominationLine]
    /// Nơi nhận ("Như trên", "Lưu: VT, VHXH"); the punctuation is added.
    public var recipients: [String]
    /// Who signs.
    public var signer: DocumentSigner

    /// A proposal. Text is kept in NFC.
    public init(header: DocumentHeader, subject: String, addressees: [String],
                legalBases: [String] = LegalBasis.forSubmission, councilMeeting: MeetingReference?,
                submitter: String, decider: String, achievement: String, lines: [NominationLine],
                recipients: [String], signer: DocumentSigner) {
        self.header = header
        self.subject = subject.nfc
        self.addressees = addressees.map(\.nfc)
        self.legalBases = legalBases.map(\.nfc)
        self.councilMeeting = councilMeeting
        self.submitter = submitter.nfc
        self.decider = decider.nfc
        self.achievement = achievement.nfc
        self.lines = lines
        self.recipients = recipients.map(\.nfc)
        self.signer = signer
    }
}

extension SubmissionInput {
    /// The tờ trình as a document tree.
    public var paper: Paper {
        let input = self
        var writer = PaperBuilder()
        writer.header(input.header)
        writer.title("Tờ trình", summary: [input.subject])
        writer.addressees(input.addressees)
        writer.bases(input.legalBases, then: input.councilMeeting.map { ["Căn cứ " + $0.text] } ?? [],
                     lastPunctuation: ".")
        let kinds = NomineeWords.kinds(of: input.lines)
        var request = "\(input.submitter) kính trình \(input.decider) xem xét, khen thưởng cho \(kinds)"
        if !input.achievement.isEmpty { request += " " + input.achievement }
        writer.paragraph(request + ", cụ thể như sau:")
        let awards = NomineeWords.awardCounts(of: input.lines)
        for (offset, award) in awards.enumerated() {
            writer.item("\(offset + 1).", [TextRun(award.award + ": ", .bold),
                                           TextRun(award.count + (offset == awards.count - 1 ? "." : ";"))])
        }
        writer.paragraph("(Có danh sách kèm theo)", .italic)
        writer.paragraph("\(input.submitter) kính trình \(input.decider) xem xét, quyết định./.")
        writer.closing(recipients: input.recipients, signer: input.signer)
        return writer.paper("Tờ trình")
    }
}
