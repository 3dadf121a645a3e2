import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// The dialogs that take nominations through the workflow, shared by the pending review, the
/// session screen and the honour roll: each asks for what its step needs (a reason, a
/// session, a decision), takes the step in the store and says what happened.
struct WorkflowDialogs {
    let environment: DeskEnvironment
    /// Runs after a step was taken (the screen reloads).
    let done: (Application) -> Void

    private var s: Localizer { environment.strings }

    /// The steps the clerk may choose from the desk for nominations in `statuses` (outcomes
    /// are recorded in the session screen, so recommend / not-recommend are not offered).
    static func offeredSteps(for statuses: [NominationStatus]) -> [WorkflowStep] {
        let manual = WorkflowStep.allCases.filter { $0 != .recommend && $0 != .notRecommend }
        return manual.filter { step in statuses.contains { Workflow.rule(step).from.contains($0) } }
    }

    /// A picker of the steps for `listings`; choosing one asks for its details.
    func chooseStep(for listings: [NominationListing], app: Application) {
        let steps = Self.offeredSteps(for: listings.map(\.nomination.status))
        guard !steps.isEmpty else {
            app.show(message: s("workflow.noStep"), role: .warning)
            return
        }
        let title = listings.count == 1 ? s("workflow.title.one", listings[0].nomination.id) : s("workflow.title.many", listings.count)
        let entries = steps.map { PickerDialog.Entry(id: $0.rawValue, label: environment.stepLabel($0).capitalizedFirst) }
        app.present(PickerDialog(title: title, filterLabel: s("picker.filter"), entries: entries) { app, entry in
            guard let step = WorkflowStep(rawValue: entry.id) else { return }
            self.take(step, listings.map(\.nomination.id), app: app)
        })
    }

    /// Asks what `step` needs, then takes it for `ids`.
    func take(_ step: WorkflowStep, _ ids: [String], app: Application) {
        switch step {
        case .returnForInformation, .recordProvinceRejection:
            askText(title: environment.stepLabel(step).capitalizedFirst, label: s("workflow.reason"), required: step == .returnForInformation,
                    app: app) { reason in self.apply(step, ids, StepDetails(reason: reason), typed: true, app: app) }
        case .revoke:
            app.present(FormDialog(title: environment.stepLabel(step).capitalizedFirst, hint: s("form.dialog.hint"), fields: { _ in
                [FormField(id: "note", label: "", value: .note(self.s("workflow.revoke.note"), .muted)),
                 .text("reason", self.s("workflow.reason"), "", required: true, width: 50),
                 .text("basis", self.s("workflow.basis"), self.s("workflow.revoke.basisDefault"), required: true, width: 50)]
            }, onSubmit: { app, form in
                let reason = form.text("reason")?.nfcTrimmed ?? ""
                let basis = form.text("basis")?.nfcTrimmed ?? ""
                var errors: [String: String] = [:]
                if reason.isEmpty { errors["reason"] = self.s("validation.required") }
                if basis.isEmpty { errors["basis"] = self.s("validation.required") }
                guard errors.isEmpty else { return errors }
                return self.apply(step, ids, StepDetails(reason: reason, basis: basis), typed: true, app: app)
            }))
        case .putOnAgenda:
            chooseSession(app: app) { session in self.apply(.putOnAgenda, ids, StepDetails(sessionID: session), app: app) }
        case .decide, .recordProvinceApproval:
            askDecision(step: step, ids: ids, app: app)
        case .receive, .complete, .removeFromAgenda, .submit:
            apply(step, ids, StepDetails(), app: app)
        case .recommend, .notRecommend:
            app.show(message: s("workflow.outcomeInSession"), role: .warning)
        }
    }

    /// Takes the step for each id and reports: all done, or which were refused and why. When
    /// the store fails, nothing was taken: a dialog asking for the step's details (`typed`)
    /// stays open with what was typed, the trouble under its fields; else a dialog says why.
    /// - Returns: the asking dialog's problems (none when the step was taken or refused).
    @discardableResult
    func apply(_ step: WorkflowStep, _ ids: [String], _ details: StepDetails, typed: Bool = false, app: Application) -> [String: String] {
        do {
            let refused = try environment.store.take(step, nominations: ids, details: details, rulebook: environment.rulebookForYear)
            let doneCount = ids.count - refused.count
            if refused.isEmpty {
                app.show(message: s("workflow.done", environment.stepLabel(step), doneCount))
            } else {
                let lines = refused.keys.sorted().map { environment.describe(refused[$0]!) }
                app.present(MessageDialog(title: s("workflow.partial.title", doneCount, ids.count),
                                          lines: lines, buttons: [.init(s("dialog.ok"), role: .cancel) { app in app.dismissDialog() }]))
            }
        } catch {
            guard typed else {
                environment.tell(error, app: app)
                done(app)
                return [:]
            }
            let problems = environment.problem(saving: error, app: app)
            if !problems.isEmpty { return problems }
        }
        done(app)
        return [:]
    }

    /// A one-field dialog for a reason.
    /// `then` returns the dialog's problems (none closes it).
    func askText(title: String, label: String, required: Bool, app: Application, then: @escaping (String?) -> [String: String]) {
        app.present(FormDialog(title: title, hint: s("form.dialog.hint"), fields: { _ in
            [.text("text", label, "", required: required, width: 50)]
        }, onSubmit: { app, form in
            let text = form.text("text")?.nfcTrimmed ?? ""
            if required, text.isEmpty { return ["text": self.s("validation.required")] }
            return then(text.isEmpty ? nil : text)
        }))
    }

    /// A picker of the sessions not yet held (and "new session…").
    func chooseSession(app: Application, then: @escaping (String) -> Void) {
        let today = environment.clock.today()
        let sessions: [SessionSummary]
        do { sessions = try environment.store.sessions().filter { $0.date >= today || $0.openCount > 0 } } catch {
            // Never a picker offering only a new session for sessions that could not be read.
            return environment.tell(error, .read, app: app)
        }
        var entries = sessions.map { PickerDialog.Entry(id: $0.id, label: "\($0.id) · \($0.date.vietnamese)", detail: $0.title) }
        entries.append(PickerDialog.Entry(id: "", label: s("session.new")))
        app.present(PickerDialog(title: s("workflow.chooseSession"), filterLabel: s("picker.filter"), entries: entries) { app, entry in
            if entry.id.isEmpty {
                SessionDialogs(environment: self.environment).create(app: app) { session in then(session.id) }
            } else {
                then(entry.id)
            }
        })
    }

    /// Number, date, signer and office of a decision, then the decision. Under the fields, the
    /// money as the date typed sets it: the base salary used (and that it is the ward's own
    /// when it is) and the total.
    func askDecision(step: WorkflowStep, ids: [String], app: Application) {
        let province = step == .recordProvinceApproval
        let members: [CouncilMember]
        do { members = try environment.store.councilMembers() } catch {
            return environment.tell(error, .read, app: app)
        }
        let chair = members.first { $0.role == .chuTich }
        app.present(FormDialog(title: s(province ? "decision.province.title" : "decision.new.title", ids.count), hint: s("form.dialog.hint"),
                               fields: { form in
            [.text("number", self.s("decision.number"), "", required: true, hint: self.s("decision.number.hint"), width: 20),
             .text("date", self.s("decision.date"), self.environment.clock.today().vietnamese, required: true, width: 12),
             .text("signer", self.s("decision.signer"), province ? "" : chair?.name.fullName ?? "", required: true, width: 40),
             .text("title", self.s("decision.signerTitle"), province ? self.s("decision.province.signerTitle") : self.s("decision.chairTitle"),
                   required: true, width: 40),
            ] + self.moneyNotes(ids: ids, date: form.text("date").flatMap(CivilDate.init(vietnamese:)) ?? self.environment.clock.today())
        }, onSubmit: { app, form in
            var errors: [String: String] = [:]
            let number = Self.decisionNumber(form.text("number") ?? "")
            if !DecisionNumber.isWellFormed(number) { errors["number"] = self.s("decision.number.invalid") }
            let date = CivilDate(vietnamese: form.text("date") ?? "")
            if date == nil { errors["date"] = self.s("validation.invalidDate") }
            let signer = form.text("signer")?.nfcTrimmed ?? ""
            if signer.isEmpty { errors["signer"] = self.s("validation.required") }
            let title = form.text("title")?.nfcTrimmed ?? ""
            if title.isEmpty { errors["title"] = self.s("validation.required") }
            guard errors.isEmpty, let date else { return errors }
            do {
                let store = self.environment.store
                let rules = self.environment.wardRules
                let decision = province
                    ? try store.recordProvinceApproval(number: number, date: date, signer: signer, signerTitle: title, nominations: ids,
                                                       rules: rules)
                    : try store.issueDecision(number: number, date: date, signer: signer, signerTitle: title, nominations: ids,
                                              rules: rules)
                app.show(message: self.s("decision.saved", decision.number, decision.awards.count, self.environment.money(decision.total)))
                self.done(app)
                return [:]
            } catch StoreError.duplicateDecision {
                return ["number": self.s("decision.number.duplicate")]
            } catch {
                return self.environment.problem(saving: error, app: app)
            }
        }))
    }

    /// The number as typed, with the usual symbol after a number typed alone ("125" →
    /// "125/QĐ-UBND"); anything else as typed.
    static func decisionNumber(_ typed: String) -> String {
        let number = typed.nfcTrimmed
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return number }
        return number + "/QĐ-UBND"
    }

    /// "Tổng tiền thưởng: 2.530.000 đ" and "Lương cơ sở: 2.530.000 đ (NĐ 161/2026/NĐ-CP)" for a
    /// decision of `date` granting `ids` (the ward's own base salary said to be so), or the
    /// store's problem.
    private func moneyNotes(ids: [String], date: CivilDate) -> [FormField] {
        do {
            let plan = try environment.store.paymentPlan(nominations: ids, date: date, table: environment.baseSalaries,
                                                         rulebook: environment.rulebookForYear)
            guard let base = plan.baseSalary else {
                return [FormField(id: "money", label: "", value: .note(s("decision.money.noBase"), .warning))]
            }
            let source = base.isOverride ? s("decision.money.override") : (base.citation.map { s("decision.money.law", $0) } ?? "")
            return [FormField(id: "money", label: s("decision.money.total"), value: .note(environment.money(plan.total), .normal)),
                    FormField(id: "base", label: s("decision.money.base"),
                              value: .note(environment.money(base.amount) + source, base.isOverride ? .warning : .muted))]
        } catch {
            return [FormField(id: "money", label: "", value: .note(environment.describe(error), .error))]
        }
    }
}
