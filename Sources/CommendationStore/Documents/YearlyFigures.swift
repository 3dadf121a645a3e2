import Commendation
import VietnameseText

/// The yearly statistics report, assembled from the record.
extension Store {
    /// The figures of `year`: the movements running that year, the commune's titles and forms
    /// (the rulebook's awards the commune decides), and every award of the ward's decisions
    /// dated in the reporting period (`forms.period(of:)`).
    public func yearlyReport(year: Int, rules: WardRules, forms: StatisticsForms) throws -> YearlyReportInput {
        let ward = try wardIdentity()
        let movements = try self.movements().filter { ($0.from ?? Int.min) <= year && year <= ($0.to ?? Int.max) }
        let rulebook = rules.rulebook(year)
        let awards = (rulebook?.awards ?? []).filter { $0.decidedBy == .commune }.map { (code: $0.code, name: $0.name.vi) }
        let period = forms.period(of: year)
        var granted: [YearlyReportInput.Granted] = []
        for decision in try decisions() where decision.issuer == .commune && period.contains(decision.date) {
            for award in decision.awards {
                guard let listing = try nomination(id: award.nominationID) else { continue }
                let nomination = listing.nomination
                let name = rules.rulebook(nomination.year)?.award(nomination.award)?.name.vi ?? nomination.award
                granted.append(YearlyReportInput.Granted(award: nomination.award, awardName: name, kind: nomination.kind,
                                                         nomineeType: listing.nominee.type,
                                                         female: listing.nominee.type == .person && listing.nominee.sex == .female))
            }
        }
        let chair = try councilMembers().first { $0.role == .chuTich && $0.isInTerm(on: period.upperBound) }
        let recipient = try setting("report.recipient").flatMap { $0.isEmpty ? nil : $0 } ?? forms.recipient
        return YearlyReportInput(
            year: year, forms: forms, reportingUnit: ward.committee, receivingUnit: recipient, movements: movements,
            awards: awards, granted: granted,
            dateLine: AdministrativeDate.line(place: ward.place, date: nil, year: year, blank: String(repeating: "\u{00A0}", count: 5)),
            signer: DocumentSigner(authority: ["Chủ tịch"], name: chair?.name.fullName ?? ""))
    }
}
