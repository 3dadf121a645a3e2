import WardServices
import Commendation
import CommendationStore
import Foundation
import TdktResources

/// What the council's screens share: the working calendar, the council's working rules, the
/// money, and the words for the workflow's refusals.
extension DeskEnvironment {
    /// The working calendar: the shipped holidays with the ward's own file laid over them.
    var calendar: WorkingCalendar { rules.calendar }

    /// The province's deadline for yearly proposals (the ward's rules).
    var provinceDeadline: (month: Int, day: Int) { rules.provinceDeadline }

    /// Per cent of members a session on awards needs present (the ward's rules).
    var attendancePercent: Double { rules.attendancePercent }

    /// The province layer the ward chose, by name, or "none"; what went wrong when the store
    /// cannot say.
    var provinceName: String {
        do {
            guard let id = try store.setting("rules.province"), !id.isEmpty else { return strings("criteria.province.none") }
            return try Shipped.provinces().first { $0.id == id }?.name(language) ?? id
        } catch {
            return describe(error)
        }
    }

    /// The ward's own base salary, or the law's rate of today with its decree.
    var baseSalaryShown: String {
        if let own = rules.baseSalaryOverride { return strings("criteria.baseSalary.own", money(own)) }
        guard let rate = baseSalaries.rate(on: clock.today()) else { return "—" }
        return strings("criteria.baseSalary.law", money(rate.amount), rate.basis)
    }

    /// The rules the store's decisions and documents are made under.
    var wardRules: WardRules { rules }

    /// A rulebook-per-year closure for the store's workflow functions.
    var rulebookForYear: (Int) -> Rulebook? { { [unowned self] year in self.rulebook(forYear: year) } }

    /// A store error in words; workflow refusals say which step, from which status, and why.
    func describe(_ error: Error) -> String {
        if let failure = error as? PrivateFile.Failure { return failure.message(language) }
        guard let storeError = error as? StoreError else { return "\(error)" }
        guard case .refused(let id, let refusal) = storeError else { return storeError.message(language) }
        return strings("workflow.refused", id, describe(refusal))
    }

    /// A workflow refusal in words.
    func describe(_ refusal: WorkflowRefusal) -> String {
        switch refusal {
        case .wrongStatus(let step, let status, let allowed):
            return strings("workflow.refusal.wrongStatus", stepLabel(step), statusLabel(status),
                           allowed.map(statusLabel).joined(separator: ", "))
        case .missing(let step, let requirement):
            return strings("workflow.refusal.missing." + requirement.rawValue, stepLabel(step))
        case .notACommuneAward(let award):
            return strings("workflow.refusal.notACommuneAward", awardName(award))
        case .notAHigherAward(let award):
            return strings("workflow.refusal.notAHigherAward", awardName(award))
        case .noQuorum(let session):
            return strings("workflow.refusal.noQuorum", session)
        case .ballotDisagrees(let step, let passed):
            return strings(passed ? "workflow.refusal.ballotPassed" : "workflow.refusal.ballotFailed", stepLabel(step))
        case .stillPosted(let until):
            return strings("workflow.refusal.stillPosted", until.vietnamese, (until.adding(days: 1) ?? until).vietnamese)
        }
    }

    /// The name of a workflow step ("đưa vào chương trình họp").
    func stepLabel(_ step: WorkflowStep) -> String { strings("step." + step.rawValue) }

    /// "2.340.000 đ".
    func money(_ amount: Int?) -> String {
        guard let amount else { return "—" }
        return VietnameseNumberWords.figures(amount) + " đ"
    }
}
