import VietnameseText

/// A draft decision of the commune chair granting awards (Dự thảo quyết định khen thưởng),
/// followed by its attached list.
public struct DecisionDraftInput: Sendable, Hashable {
    /// The header ("ỦY BAN NHÂN DÂN" / "PHƯỜNG ĐẦM HÀ", "QĐ-UBND"; no number for a draft).
    public var header: DocumentHeader
    /// The subject under "QUYẾT ĐỊNH", as printed ("Về việc tặng danh hiệu Lao động tiên
    /// tiến, Chiến sĩ thi đua cơ sở năm 2026").
    public var subject: String
    /// The deciding authority, printed in capitals above the bases ("Chủ tịch Ủy ban nhân dân
    /// phường Đầm Hà").
    public var authority: String
    /// Legal bases, each without "Căn cứ" (`LegalBasis.forDecision`).
    public var legalBases: [String]
    /// The proposal the decision answers, after "Xét đề nghị của" ("Hội đồng Thi đua – Khen
    /// thưởng phường tại Tờ trình số 01/TTr-HĐTĐKT ngày 12 tháng 11 năm 2026"); nil for none.
    public var proposal: String?
    /// The achievement, after the nominees ("đã có thành tích trong phong trào thi đua năm 2026").
    public var achievement: String
    /// The awards granted, with honour-roll numbers and money.
    public var lines: [NominationLine]
    /// How the money is set, after "mức tiền thưởng" ("theo quy định tại Nghị định số
    /// 152/2025/NĐ-CP của Chính phủ").
    public var moneyBasis: String
    /// Where the money comes from ("Quỹ thi đua, khen thưởng của phường"); nil leaves it out.
    public var fundingSource: String?
    /// Who carries it out, before "và các cá nhân, tập thể có tên tại Điều 1" ("Chánh Văn
    /// phòng HĐND và UBND phường, Trưởng phòng Văn hóa – Xã hội").
    public var executors: String
    /// Nơi nhận ("Như Điều 3", "Lưu: VT, VHXH"); the punctuation is added.
    public var recipients: [String]
    /// Who signs ("CHỦ TỊCH", or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").
    public var signer: DocumentSigner
    /// The attached list's title ("Danh sách cá nhân được khen thưởng năm 2026").
    public var listTitle: String
    /// Who issues, for "(Kèm theo Quyết định số … ngày … của …)" ("Chủ tịch Ủy ban nhân dân
    /// phường Đầm Hà").
    public var issuerName: String
    /// The base salary the money is computed with; Điều 2 names it when the ward's setting
    /// overrides the law's rate.
    public var baseSalary: AppliedBaseSalary?

    /// A draft decision. Text is kept in NFC.
    public init(header: DocumentHeader, subject: String, authority: String, legalBases: [String] = LegalBasis.forDecision,
                proposal: String?, achievement: String, lines: [NominationLine],
                moneyBasis: String = "theo quy định tại Nghị định số 152/2025/NĐ-CP của Chính phủ",
                fundingSource: String?, executors: String, recipients: [String], signer: DocumentSigner,
                listTitle: String, issuerName: String, baseSalary: AppliedBaseSalary? = nil) {
        self.header = header
        self.subject = subject.nfc
        self.authority = authority.nfc
        self.legalBases = legalBases.map(\.nfc)
        self.proposal = proposal?.nfc
        self.achievement = achievement.nfc
        self.lines = lines
        self.moneyBasis = moneyBasis.nfc
        self.fundingSource = fundingSource?.nfc
        self.executors = executors.nfc
        self.recipients = recipients.map(\.nfc)
        self.signer = signer
        self.listTitle = listTitle.nfc
        self.issuerName = issuerName.nfc
        self.baseSalary = baseSalary
    }

    /// The total money of the lines, in đồng.
    public var total: Int { lines.compactMap(\.amount).reduce(0, +) }
}

extension DecisionDraftInput {
    /// The decision and its attached list as a document tree; the list on a page of its own,
    /// turned to landscape when it has a note column.
    public var paper: Paper {
        let input = self
        var writer = PaperBuilder()
        writer.header(input.header)
        writer.title("Quyết định", summary: [input.subject])
        writer.centered(PaperBuilder.capitals(input.authority), .bold)
        writer.gap()
        writer.bases(input.legalBases, then: input.proposal.map { ["Xét đề nghị của " + $0] } ?? [], lastPunctuation: ".")
        writer.gap()
        writer.centered("QUYẾT ĐỊNH:", .bold)
        writer.gap()

        let kinds = NomineeWords.kinds(of: input.lines)
        var grant = "Tặng danh hiệu thi đua, hình thức khen thưởng cho \(kinds) có tên trong danh sách kèm theo"
        if !input.achievement.isEmpty { grant += ", " + input.achievement }
        writer.paragraph([TextRun("Điều 1. ", .bold), TextRun(grant + ", gồm:")])
        let awards = NomineeWords.awardCounts(of: input.lines)
        for (offset, award) in awards.enumerated() {
            writer.item("-", "\(award.award): \(award.count)" + (offset == awards.count - 1 ? "." : ";"), indent: 6)
        }
        var article = 2
        let total = input.total
        if total > 0 {
            var money = "Kèm theo danh hiệu, hình thức khen thưởng, \(kinds) có tên tại Điều 1 được hưởng mức "
                + "tiền thưởng \(input.moneyBasis); tổng số tiền: \(VietnameseNumberWords.figures(total)) đồng (Bằng chữ: "
                + "\(VietnameseNumberWords.dong(total)))."
            if let base = input.baseSalary, base.isOverride {
                money += " Mức lương cơ sở dùng để tính: \(VietnameseNumberWords.figures(base.amount)) đồng/tháng (mức do đơn vị "
                    + "cài đặt)."
            }
            if let source = input.fundingSource, !source.isEmpty { money += " Nguồn kinh phí: \(source)." }
            writer.paragraph([TextRun("Điều \(article). ", .bold), TextRun(money)])
            article += 1
        }
        writer.paragraph([TextRun("Điều \(article). ", .bold),
                          TextRun("Quyết định này có hiệu lực kể từ ngày ký. \(input.executors) và \(kinds) có tên tại "
                                  + "Điều 1 chịu trách nhiệm thi hành Quyết định này./.")])
        writer.closing(recipients: input.recipients, signer: input.signer)

        let table = NominationTables.decision(input.lines)
        writer.newPage(table.columns.count > 6 ? .landscape : .portrait)
        writer.listTitle(input.listTitle, attachedTo: listReference)
        writer.table(table)
        return writer.paper("Quyết định")
    }

    /// "Kèm theo Quyết định số 125/QĐ-UBND ngày … của Chủ tịch …".
    var listReference: String {
        let number = "\(header.number ?? "…")/\(header.symbol ?? "QĐ-UBND")"
        return "Kèm theo Quyết định số \(number) \(header.longDate) của \(issuerName)"
    }
}
