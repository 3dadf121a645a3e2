import VietnameseText

/// What is printed on a certificate: one award of a decision, for the ceremony.
public struct Certificate: Sendable, Hashable {
    /// The award's code ("giay-khen", "lao-dong-tien-tien"), which chooses the blank.
    public var award: String
    /// The text of each field, as printed; a field may hold several lines (separated by LF).
    public var fields: [CertificateField: String]

    /// A certificate. Text is kept in NFC.
    public init(award: String, fields: [CertificateField: String]) {
        self.award = award
        self.fields = fields.mapValues(\.nfc)
    }

    /// The text of `field` ("" when the certificate has none).
    public subscript(_ field: CertificateField) -> String { fields[field] ?? "" }

    /// The certificate of one award of an issued decision. The issuer is the deciding
    /// authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG ĐẦM HÀ"); a Giấy khen is headed "TẶNG" and
    /// gives the achievement as its reason, a title "CÔNG NHẬN DANH HIỆU" and the title with
    /// its year.
    public init(award: String, awardName: String, isForm: Bool, recipient: String, detail: String, achievement: String,
                year: Int, decision: String, decisionDate: CivilDate, honourRoll: String, place: String, issuer: String, signer: DocumentSigner) {
        let capitals = { (text: String) in PaperBuilder.capitals(text) }
        self.init(award: award, fields: [
            .issuer: capitals(issuer),
            .heading: isForm ? "TẶNG" : "CÔNG NHẬN DANH HIỆU",
            .title: capitals(awardName),
            .recipient: recipient,
            .detail: detail,
            .reason: isForm ? achievement.capitalizedFirst : "Đã đạt danh hiệu “\(awardName)” năm \(year)",
            .year: "Năm \(year)",
            .decision: "Quyết định số \(decision) ngày \(decisionDate.vietnamese)",
            .honourRoll: "Số sổ vàng: \(honourRoll)",
            .placeDate: AdministrativeDate.line(place: place, date: decisionDate),
            .signerAuthority: signer.authority.map(capitals).joined(separator: "\n"),
            .signerName: signer.name,
        ])
    }
}

/// The fields of a certificate.
public enum CertificateField: String, Sendable, Hashable, CaseIterable, Codable {
    /// "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG ĐẦM HÀ".
    case issuer
    /// "TẶNG" (Giấy khen), "CÔNG NHẬN DANH HIỆU" (a title).
    case heading
    /// "GIẤY KHEN", "LAO ĐỘNG TIÊN TIẾN".
    case title
    /// "Bà Hoàng Thị Lan", "Gia đình ông Nguyễn Văn Toàn", a collective's name.
    case recipient
    /// Position and unit, or residential group.
    case detail
    /// "Đã có thành tích trong phong trào thi đua năm 2025", "Đã đạt danh hiệu “…” năm 2025".
    case reason
    /// "Năm 2025".
    case year
    /// "Quyết định số 215/QĐ-UBND ngày 18/12/2025".
    case decision
    /// "Số sổ vàng: 1/2025".
    case honourRoll = "honour-roll"
    /// "Đầm Hà, ngày 18 tháng 12 năm 2025".
    case placeDate = "place-date"
    /// "CHỦ TỊCH", or "KT. CHỦ TỊCH" and "PHÓ CHỦ TỊCH" on two lines.
    case signerAuthority = "signer-authority"
    /// The signer's name.
    case signerName = "signer-name"

    /// The field's name on the calibration page.
    public var label: String {
        switch self {
        case .issuer: return "Cơ quan tặng"
        case .heading: return "Tặng / Công nhận"
        case .title: return "Tên danh hiệu, hình thức"
        case .recipient: return "Người, tập thể, hộ được khen"
        case .detail: return "Chức vụ, đơn vị / địa chỉ"
        case .reason: return "Thành tích"
        case .year: return "Năm"
        case .decision: return "Số, ngày quyết định"
        case .honourRoll: return "Số sổ vàng"
        case .placeDate: return "Địa danh, ngày tháng"
        case .signerAuthority: return "Chức vụ người ký"
        case .signerName: return "Họ tên người ký"
        }
    }
}
