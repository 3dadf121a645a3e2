import VietnameseText

/// A decision signed by the commune chair (or recorded from the province): its number, date,
/// signer and the awards it grants.
public struct Decision: Sendable, Hashable, Identifiable {
    /// Who issued it.
    public enum Issuer: String, Sendable, Hashable, Codable {
        /// The commune / ward chair.
        case commune
        /// The province (a result recorded by the clerk).
        case province
    }
    /// The store's number for it.
    public var id: Int
    /// Number and symbol ("125/QĐ-UBND").
    public var number: String
    /// Date signed.
    public var date: CivilDate
    /// The signer's name.
    public var signer: String
    /// The signer's office ("Chủ tịch", "KT. Chủ tịch – Phó Chủ tịch").
    public var signerTitle: String
    /// The commune's or the province's.
    public var issuer: Issuer
    /// The awards it grants.
    public var awards: [DecisionAward]
    /// The base salary its money was computed with; nil for decisions recorded before tdkt kept
    /// it, and for those without money.
    public var baseSalary: AppliedBaseSalary?
    /// The last day for publishing its list, when the law asks for it (Gia đình văn hóa, thôn,
    /// tổ dân phố văn hóa: 15 days, NĐ 86/2023/NĐ-CP).
    public var publishBy: CivilDate?
    /// The day its list was published.
    public var publishedOn: CivilDate?

    /// A decision.
    public init(id: Int = 0, number: String, date: CivilDate, signer: String, signerTitle: String, issuer: Issuer = .commune,
                awards: [DecisionAward] = [], baseSalary: AppliedBaseSalary? = nil, publishBy: CivilDate? = nil,
                publishedOn: CivilDate? = nil) {
        self.id = id
        self.number = number.nfc
        self.date = date
        self.signer = signer.nfc
        self.signerTitle = signerTitle.nfc
        self.issuer = issuer
        self.awards = awards
        self.baseSalary = baseSalary
        self.publishBy = publishBy
        self.publishedOn = publishedOn
    }

    /// The reference nominations keep.
    public var reference: DecisionReference { DecisionReference(number: number, date: date) }

    /// Total money of the decision.
    public var total: Int { awards.compactMap(\.amount).reduce(0, +) }
}

/// One award of a decision, with its honour-roll number and money.
public struct DecisionAward: Sendable, Hashable {
    /// The nomination granted.
    public var nominationID: String
    /// Its number in the ward's honour roll (số sổ vàng), per year of the decision.
    public var honourRollNumber: Int
    /// Money in đồng, if the award carries any.
    public var amount: Int?
    /// Why it is paid less than its multiple, or nothing (one period, one payment).
    public var paymentNote: PaymentNote?

    /// An award of a decision.
    public init(nominationID: String, honourRollNumber: Int, amount: Int?, paymentNote: PaymentNote? = nil) {
        self.nominationID = nominationID
        self.honourRollNumber = honourRollNumber
        self.amount = amount
        self.paymentNote = paymentNote
    }

    /// "15/2026": the number as printed on the certificate, with the year of the decision.
    public func honourRollText(year: Int) -> String { "\(honourRollNumber)/\(year)" }
}

/// How a decision's number looks: "125/QĐ-UBND" — digits, a slash, then a symbol.
public enum DecisionNumber {
    /// Whether `text` has the shape of a decision's number and symbol.
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.nfc.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let digits = parts.first, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return false
        }
        return parts[1].contains { $0.isLetter }
    }
}
