/// The two header columns of an administrative document as printed (Nghị định 30/2020/NĐ-CP,
/// Phụ lục I, ô 1–4): left the parent body, the issuing body (bold, a short rule under it) and
/// the number; right the national title, the motto (a rule as long as it under it) and the
/// place and date (italic). Every line is text as it appears on paper: capitals already made,
/// blanks of a draft already in place.
public struct PaperHeader: Sendable, Hashable {
    /// "ỦY BAN NHÂN DÂN", "UBND PHƯỜNG ĐẦM HÀ"; "" for none.
    public var parentBody: String
    /// "PHƯỜNG ĐẦM HÀ", "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG"; "" for none.
    public var issuingBody: String
    /// "Số: 125/QĐ-UBND", or "Số:      /QĐ-UBND" for a draft; nil for a document without a
    /// number (a posted list).
    public var numberLine: String?
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    public var nationalTitle: String
    /// "Độc lập - Tự do - Hạnh phúc".
    public var motto: String
    /// "Đầm Hà, ngày 20 tháng 11 năm 2026", or with blanks for a draft.
    public var dateLine: String

    /// A header as printed.
    public init(parentBody: String, issuingBody: String, numberLine: String?, nationalTitle: String = DocumentHeader.nationalTitle,
                motto: String = DocumentHeader.motto, dateLine: String) {
        self.parentBody = parentBody.nfc
        self.issuingBody = issuingBody.nfc
        self.numberLine = numberLine?.nfc
        self.nationalTitle = nationalTitle.nfc
        self.motto = motto.nfc
        self.dateLine = dateLine.nfc
    }
}

/// The foot of a document: "Nơi nhận:" and its list bottom left, the signer bottom right.
public struct PaperClosing: Sendable, Hashable {
    /// "Nơi nhận:"; "" when the document lists no recipients.
    public var recipientsLabel: String
    /// The recipients as printed, each after "- " and ended by ";" or "." ("- Như Điều 3;",
    /// "- Lưu: VT, VHXH.").
    public var recipients: [String]
    /// Who signs, its authority in capitals; nil for none.
    public var signer: DocumentSigner?

    /// A closing.
    public init(recipientsLabel: String = "Nơi nhận:", recipients: [String], signer: DocumentSigner?) {
        self.recipientsLabel = recipients.isEmpty ? "" : recipientsLabel.nfc
        self.recipients = recipients.map(\.nfc)
        self.signer = signer
    }
}
