import Commendation
import VietnameseText

extension DocumentRenderer {
    /// Dự thảo quyết định: "QUYẾT ĐỊNH" and its subject, the authority, bases, "QUYẾT ĐỊNH:",
    /// Điều 1 (the awards, counted), Điều 2 (the money, in figures and in words; left out
    /// when there is none), Điều 3 (who executes it), recipients, signer, then the attached
    /// list (STT, name, unit, award, số sổ vàng, money, total). In CSV: the attached list.
    public static func decisionDraft(_ input: DecisionDraftInput, format: DocumentFormat) -> String {
        input.text(format)
    }
}

extension DocumentInput {
    /// The document as Markdown, 80-column text or CSV.
    public func text(_ format: DocumentFormat) -> String {
        format == .csv ? csv : PaperTextRenderer.render(paper, format: format)
    }
}

extension DocumentRenderer {
    /// Biên bản họp Hội đồng Thi đua – Khen thưởng: time and place, chair and secretary,
    /// attendance (present, absent with a written opinion, absent), the quorum, the ballot
    /// mode, each nomination with its votes, arithmetic, outcome and the members who did not
    /// vote and why; the conclusion; the secretary's and the chair's signatures side by side.
    /// In CSV: the ballot results, one row per nomination.
    public static func minutes(_ input: MinutesInput, format: DocumentFormat) -> String {
        input.text(format)
    }
}

extension DocumentRenderer {
    /// Danh sách đề nghị khen thưởng: Markdown table, plain-text grid (80 columns) or CSV.
    /// CSV columns: STT, Họ và tên / Tên tập thể, Chức vụ – đơn vị / Địa chỉ, Danh hiệu /
    /// Hình thức khen thưởng, [Số phiếu đồng ý, Tổng số, Tỷ lệ (%)], Ghi chú.
    public static func nominationList(_ input: NominationListInput, format: DocumentFormat) -> String {
        input.text(format)
    }
}

extension DocumentRenderer {
    /// Danh sách chi tiền thưởng: STT, name, award, amount, "Ký nhận", and a total row; the
    /// total in words, the base salary used (said to be the ward's own when it is), the awards
    /// that pay nothing and why; who drew it up and who approves. In CSV: the table, amounts in
    /// plain digits.
    public static func paymentList(_ input: PaymentListInput, format: DocumentFormat) -> String {
        input.text(format)
    }
}

extension DocumentRenderer {
    /// Danh sách niêm yết Gia đình văn hóa: title, posting period and places, the households
    /// (STT, chủ hộ, tổ dân phố, số thành viên, ghi chú), the total, the invitation to
    /// comment, the signer. In CSV: the households.
    public static func postingList(_ input: PostingListInput, format: DocumentFormat) -> String {
        input.text(format)
    }
}

extension DocumentRenderer {
    /// Tờ trình đề nghị khen thưởng. In CSV: the attached list (as `nominationList`).
    public static func submission(_ input: SubmissionInput, format: DocumentFormat) -> String {
        input.text(format)
    }
}
