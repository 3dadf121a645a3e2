import Commendation
import VietnameseText

/// The certificates of an issued decision, assembled from the record.
extension Store {
    /// One certificate per award of the ward's decision `number` ("215/QĐ-UBND"), in the
    /// decision's order: the nominee addressed as on the certificate ("Bà Hoàng Thị Lan",
    /// "Gia đình ông Nguyễn Văn Toàn"), the award, the decision, its honour-roll number, the
    /// chair's authority and the signer.
    public func certificates(decision number: String, rules: WardRules) throws -> [Certificate] {
        let ward = try wardIdentity()
        let number = number.nfcTrimmed
        guard let decision = try decisions().first(where: { $0.number == number && $0.issuer == .commune }) else {
            throw PaperProblem.noDecision(number)
        }
        let signer = Self.signer(title: decision.signerTitle, name: decision.signer)
        var certificates: [Certificate] = []
        for award in decision.awards {
            guard let listing = try nomination(id: award.nominationID) else { continue }
            let nomination = listing.nomination
            let rule = rules.rulebook(nomination.year)?.award(nomination.award)
            let line = try nominationLine(listing, rulebook: rules.rulebook)
            certificates.append(Certificate(
                award: nomination.award, awardName: rule?.name.vi ?? nomination.award, isForm: rule?.category == .form,
                recipient: Self.addressed(listing.nominee), detail: line.detail,
                achievement: "đã có thành tích xuất sắc trong phong trào thi đua năm \(nomination.year)", year: nomination.year,
                decision: decision.number, decisionDate: decision.date, honourRoll: award.honourRollText(year: decision.date.year),
                place: ward.place, issuer: ward.chair, signer: signer))
        }
        return certificates
    }

    /// How a certificate names its recipient: "Ông …", "Bà …", "Gia đình ông …", or the
    /// collective's name.
    static func addressed(_ nominee: Nominee) -> String {
        func title(_ sex: Sex?) -> String? {
            switch sex {
            case .male?: return "ông"
            case .female?: return "bà"
            case nil: return nil
            }
        }
        switch nominee.type {
        case .person:
            let name = nominee.personName?.fullName ?? nominee.name
            return title(nominee.sex).map { $0.capitalizedFirst + " " + name } ?? name
        case .household:
            let head = nominee.head?.fullName ?? nominee.name
            return "Gia đình " + (title(nominee.sex).map { $0 + " " } ?? "") + head
        case .collective, .residentialGroup:
            return nominee.name
        }
    }
}
