import Commendation
import CommendationStore
import TerminalUI

extension PendingScreen {
    /// F4: the filter dialog (year, award, unit, residential group, status, standing); an
    /// empty choice ("Tất cả") does not narrow.
    func presentFilter(app: Application) {
        let all = FormOption(id: "", label: s("pending.filter.all"))
        // The choices come from the store: when it cannot give them, why instead of the dialog.
        let pendingYears: [Int], awardCodes: Set<String>, units: [FormOption], groups: [FormOption]
        do {
            (pendingYears, awardCodes) = try environment.store.pendingYearsAndAwards()
            units = try environment.places(.collective).map { FormOption(id: $0.id, label: $0.name) }
            groups = try environment.places(.residentialGroup).map { FormOption(id: $0.id, label: $0.name) }
        } catch {
            app.present(environment.troubleDialog(StoreTrouble(error, attempt: .read, environment: environment)!))
            return
        }
        let years = pendingYears.map { FormOption(id: String($0), label: String($0)) }
        let awards = environment.currentRulebook.awards.filter { awardCodes.contains($0.code) }
            .map { FormOption(id: $0.code, label: $0.shortName(environment.language)) }
        let statuses = NominationStatus.pending.map { FormOption(id: $0.rawValue, label: environment.statusLabel($0)) }
        let standings = [Eligibility.eligible, .notEligible, .incomplete].map { FormOption(id: $0.rawValue, label: environment.eligibilityLabel($0)) }
        app.present(FormDialog(title: s("pending.filter.title"), hint: s("pending.filter.hint"), fields: { _ in
            [.choice("year", self.s("pending.filter.yearField"), [all] + years, selected: self.filter.year.map(String.init) ?? ""),
             .choice("award", self.s("pending.column.award"), [all] + awards, selected: self.filter.award ?? ""),
             .choice("unit", self.s("pending.filter.unit"), [all] + units, selected: self.filter.unitID ?? ""),
             .choice("group", self.environment.groupWord, [all] + groups, selected: self.filter.groupID ?? ""),
             .choice("status", self.s("pending.column.status"), [all] + statuses, selected: self.filter.status?.rawValue ?? ""),
             .choice("standing", self.s("pending.column.verdict"), [all] + standings, selected: self.filter.eligibility?.rawValue ?? "")]
        }, onSubmit: { [weak self] _, form in
            guard let self else { return [:] }
            func value(_ id: String) -> String? { form.choice(id).flatMap { $0.isEmpty ? nil : $0 } }
            var filter = PendingQuery()
            filter.year = value("year").flatMap(Int.init)
            filter.award = value("award")
            filter.unitID = value("unit")
            filter.groupID = value("group")
            filter.status = value("status").flatMap(NominationStatus.init(rawValue:))
            filter.eligibility = value("standing").flatMap(Eligibility.init(rawValue:))
            self.filter = filter
            self.regroup()
            return [:]
        }))
    }
}
