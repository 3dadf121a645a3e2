import WardServices
import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// The council's edits on the "Tiêu chí" screen, each saved to the store (audited) and applied
/// at once to every verdict.
extension CriteriaScreen {
    /// Enter: tune an adjustable criterion or a working rule, edit a council criterion, or read
    /// a national one.
    func change(app: Application) {
        switch selectedRow {
        case .option(let key, let value):
            editOption(key: key, value: value, app: app)
        case .setting("rules.province", _):
            chooseProvince(app: app)
        case .setting("money.base-salary", _):
            editBaseSalary(app: app)
        case .criterion(let criterion, let award):
            if criterion.origin == .council, let award {
                editCouncilCriterion(award: award, existing: criterion, app: app)
            } else if criterion.adjustable != nil {
                editAdjustment(criterion, app: app)
            } else {
                showNational(criterion, app: app)
            }
        case .award(let award):
            showAward(award, app: app)
        default:
            break
        }
    }

    /// Saves a change of the council's or the ward's rules, then reads the rules again. In a
    /// form dialog (`inForm`) a save that fails keeps the dialog open with what was typed and
    /// says why under its fields; elsewhere a dialog says why.
    /// - Returns: nil when saved; else the form dialog's problems.
    @discardableResult
    private func saved(_ work: () throws -> Void, inForm: Bool = true, app: Application) -> [String: String]? {
        do {
            try work()
        } catch {
            guard inForm else {
                environment.tell(error, app: app)
                return [:]
            }
            return environment.problem(saving: error, app: app)
        }
        do {
            try environment.reloadRules()
        } catch {
            // Saved, but the rules could not be read again: said, and the screen keeps the old ones.
            environment.tell(error, .read, app: app)
        }
        rebuild()
        app.show(message: s("criteria.saved"))
        return nil
    }

    private func onOff(_ enabled: Bool) -> [FormOption] {
        [FormOption(id: "on", label: s("criteria.on")), FormOption(id: "off", label: s("criteria.off"))]
    }

    private func number(_ text: String?) -> Double? {
        Double((text ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
    }

    private func editOption(key: String, value: Double, app: Application) {
        app.present(FormDialog(title: s("criteria.option.title"), hint: s("form.dialog.hint"), fields: { _ in
            [.text("value", self.s("criteria.option.value." + key), String(Int(value)), required: true, width: 6)]
        }, onSubmit: { [weak self] app, form in
            guard let self else { return [:] }
            guard let number = self.number(form.text("value")), (1...100).contains(number) else {
                return ["value": self.s("criteria.percentRange")]
            }
            return self.saved({ try self.environment.store.setCouncilOption(number, for: key) }, app: app) ?? [:]
        }))
    }

    /// The province's rules the ward follows, or none (national rules only).
    private func chooseProvince(app: Application) {
        let provinces: [ProvinceLayer]
        do { provinces = try Shipped.provinces() } catch {
            app.show(message: "\(error)", role: .error)
            return
        }
        let language = environment.language
        let entries = [PickerDialog.Entry(id: "", label: s("criteria.province.none"))]
            + provinces.map { PickerDialog.Entry(id: $0.id, label: $0.name(language), detail: $0.basis) }
        app.present(PickerDialog(title: s("criteria.province.title"), filterLabel: s("picker.filter"), entries: entries) { [weak self] app, entry in
            guard let self else { return }
            self.saved({ try self.environment.chooseProvince(entry.id.isEmpty ? nil : entry.id) }, inForm: false, app: app)
        })
    }

    /// The ward's own base salary, which overrides the law's rate of a decision's day (empty:
    /// the law's rate).
    private func editBaseSalary(app: Application) {
        let current: String
        do { current = try environment.store.baseSalaryOverride().map { String($0) } ?? "" } catch {
            return environment.tell(error, .read, app: app)
        }
        app.present(FormDialog(title: s("criteria.baseSalary.title"), hint: s("form.dialog.hint"), fields: { _ in
            [FormField(id: "note", label: "", value: .note(self.s("criteria.baseSalary.note"), .muted)),
             .text("value", self.s("criteria.baseSalary.value"), current, width: 12)]
        }, onSubmit: { [weak self] app, form in
            guard let self else { return [:] }
            let digits = (form.text("value") ?? "").filter { !$0.isWhitespace && $0 != "." && $0 != "đ" }
            guard digits.isEmpty || (Int(digits).map { (100_000...100_000_000).contains($0) } ?? false) else {
                return ["value": self.s("criteria.baseSalary.invalid")]
            }
            return self.saved({ try self.environment.store.setSetting("money.base-salary", to: digits) }, app: app) ?? [:]
        }))
    }

    private func editAdjustment(_ criterion: Criterion, app: Application) {
        let adjustable = criterion.adjustable ?? Adjustment(enabled: false)
        app.present(FormDialog(title: criterion.text(environment.language).truncated(toWidth: 60), hint: s("form.dialog.hint"), fields: { _ in
            var fields: [FormField] = [
                FormField(id: "basis", label: "", value: .note(self.s("basis.basis", criterion.basis), .muted)),
                .choice("enabled", self.s("criteria.enabled"), self.onOff(adjustable.enabled), selected: adjustable.enabled ? "on" : "off"),
            ]
            if let value = adjustable.value {
                let unit = adjustable.unit.map { self.s("criteria.unit." + $0) } ?? ""
                fields.append(.text("value", self.s("criteria.value", unit), String(Int(value)), required: true, width: 6))
            }
            return fields
        }, onSubmit: { [weak self] app, form in
            guard let self else { return [:] }
            var value = adjustable.value
            if adjustable.value != nil {
                guard let number = self.number(form.text("value")), number >= 0, number <= 1000 else {
                    return ["value": self.s("validation.count")]
                }
                value = number
            }
            let chosen = Adjustment(enabled: form.choice("enabled") == "on", value: value, unit: adjustable.unit)
            return self.saved({ try self.environment.store.setAdjustment(chosen, for: criterion.id) }, app: app) ?? [:]
        }))
    }

    private func showNational(_ criterion: Criterion, app: Application) {
        let language = environment.language
        app.present(TextDialog(title: s("criteria.national.title"), paragraphs: [
            .init(criterion.text(language), bold: true),
            .init(s("basis.basis", criterion.basis), role: .muted),
            .init(s("basis.certainty." + criterion.certainty.rawValue), role: .muted),
            .init(""),
            .init(s("criteria.national.readOnly"), role: .warning),
        ]))
    }

    private func showAward(_ award: AwardDefinition, app: Application) {
        let language = environment.language
        let kinds = award.kinds.map { environment.label("kinds", $0.rawValue) }.joined(separator: ", ")
        let who = award.nominees.map { environment.label("nomineeTypes", $0.rawValue) }.joined(separator: ", ")
        app.present(TextDialog(title: award.name(language), paragraphs: [
            .init(s("criteria.award.code", award.code, award.idCode)),
            .init(s("criteria.award.who", who)),
            .init(s("criteria.award.kinds", kinds)),
            .init(s("criteria.decider." + award.decidedBy.rawValue)),
            .init(award.origin == .council ? s("criteria.council") : s("basis.origin.national"), role: .muted),
        ]))
    }

    // MARK: The council's own criteria and awards

    /// The kinds of condition the council can build in the editor, each with its parameter.
    enum ConditionKind: String, CaseIterable {
        case attested, rating, months, memberShare, holds, chain
    }

    func addCriterion(app: Application) {
        guard let award = selectedAward else {
            app.show(message: s("criteria.chooseAward"), role: .warning)
            return
        }
        editCouncilCriterion(award: award.code, existing: nil, app: app)
    }

    private func editCouncilCriterion(award code: String, existing: Criterion?, app: Application) {
        let language = environment.language
        let awardName = rulebook.award(code)?.name(language) ?? code
        let awardOptions = rulebook.awards.map { FormOption(id: $0.code, label: $0.shortName(language)) }
        let ratings = TaskRating.allCases.map { FormOption(id: $0.rawValue, label: environment.label("ratings", $0.rawValue)) }
        let kinds = ConditionKind.allCases.map { FormOption(id: $0.rawValue, label: s("criteria.condition." + $0.rawValue)) }
        let initial = existing.map(Self.describe) ?? (ConditionKind.attested, "", "")
        let dialog = FormDialog(title: s("criteria.add.title", awardName), hint: s("form.dialog.hint"), fields: { form in
            let kind = ConditionKind(rawValue: form.choice("kind") ?? initial.0.rawValue) ?? .attested
            var fields: [FormField] = [
                .text("text", self.s("criteria.add.text"), existing?.text.vi ?? "", required: true, width: 50),
                .text("textEn", self.s("criteria.add.textEn"), existing.map { $0.text.en == $0.text.vi ? "" : $0.text.en } ?? "", width: 50),
                .text("basis", self.s("criteria.add.basis"), existing?.basis ?? self.s("criteria.add.basisDefault"), required: true, width: 50),
                .choice("kind", self.s("criteria.add.kind"), kinds, selected: kind.rawValue),
            ]
            switch kind {
            case .attested:
                fields.append(FormField(id: "note", label: "", value: .note(self.s("criteria.add.attestedNote"), .muted)))
            case .rating:
                fields.append(.choice("rating", self.s("criteria.add.rating"), ratings, selected: initial.1.isEmpty ? "tot" : initial.1))
            case .months, .memberShare:
                fields.append(.text("number", self.s("criteria.add.number." + kind.rawValue), initial.2, required: true, width: 6))
            case .holds, .chain:
                fields.append(.choice("award", self.s("criteria.add.award"), awardOptions, selected: initial.1.isEmpty ? code : initial.1))
                if kind == .chain {
                    fields.append(.text("number", self.s("criteria.add.number.chain"), initial.2.isEmpty ? "2" : initial.2, required: true, width: 4))
                }
            }
            return fields
        }, onSubmit: { [weak self] app, form in
            guard let self else { return [:] }
            let text = (form.text("text") ?? "").trimmingCharacters(in: .whitespaces)
            let basis = (form.text("basis") ?? "").trimmingCharacters(in: .whitespaces)
            var errors: [String: String] = [:]
            if text.isEmpty { errors["text"] = self.s("validation.required") }
            if basis.isEmpty { errors["basis"] = self.s("validation.required") }
            let kind = ConditionKind(rawValue: form.choice("kind") ?? "") ?? .attested
            let value = self.number(form.text("number"))
            switch kind {
            case .months where value.map({ !(1...12).contains($0) }) ?? true: errors["number"] = self.s("validation.months")
            case .memberShare where value.map({ !(1...100).contains($0) }) ?? true: errors["number"] = self.s("criteria.percentRange")
            case .chain where value.map({ !(1...10).contains($0) || $0 != $0.rounded() }) ?? true: errors["number"] = self.s("criteria.yearsRange")
            default: break
            }
            guard errors.isEmpty else { return errors }
            let id = existing?.id ?? self.newCriterionID(for: code)
            let attestation = existing.flatMap { if case .attested(let c) = $0.condition { return c } else { return nil } }
                ?? "hd-" + text.foldedForSearch.split(separator: " ").prefix(6).joined(separator: "-")
            let condition: Condition
            switch kind {
            case .attested: condition = .attested(attestation)
            case .rating: condition = .ratingAtLeast(TaskRating(rawValue: form.choice("rating") ?? "tot") ?? .tot)
            case .months: condition = .monthsWorked(atLeast: .fixed(value ?? 10))
            case .memberShare: condition = .memberShare(.laoDongTienTien, atLeast: .fixed(value ?? 70))
            case .holds: condition = .holds(awards: [form.choice("award") ?? code])
            case .chain: condition = .chain(awards: [form.choice("award") ?? code], years: Int(value ?? 2))
            }
            let english = (form.text("textEn") ?? "").trimmingCharacters(in: .whitespaces)
            let criterion = Criterion(id: id, text: LocalizedText(vi: text, en: english.isEmpty ? text : english), basis: basis,
                                      certainty: .check, origin: .council, condition: condition)
            let store = self.environment.store
            return self.saved({
                if kind == .attested {
                    try store.setCouncilLabel(LocalizedText(vi: text, en: english.isEmpty ? text : english), group: "attestations", code: attestation)
                }
                try store.saveCouncilCriterion(CouncilCriterion(award: code, criterion: criterion))
            }, app: app) ?? [:]
        })
        app.present(dialog)
    }

    /// The editor's view of an existing council criterion: its kind and parameters.
    static func describe(_ criterion: Criterion) -> (ConditionKind, String, String) {
        switch criterion.condition {
        case .ratingAtLeast(let rating): return (.rating, rating.rawValue, "")
        case .monthsWorked(.fixed(let months)): return (.months, "", String(Int(months)))
        case .memberShare(_, .fixed(let share)): return (.memberShare, "", String(Int(share)))
        case .holds(let awards): return (.holds, awards.first ?? "", "")
        case .chain(let awards, let years): return (.chain, awards.first ?? "", String(years))
        default: return (.attested, "", "")
        }
    }

    private func newCriterionID(for award: String) -> String {
        let existing = Set(environment.councilLayer.criteria.map(\.criterion.id))
        let stem = "hd." + (rulebook.award(award)?.idCode.lowercased() ?? award)
        var number = 1
        while existing.contains("\(stem).\(number)") { number += 1 }
        return "\(stem).\(number)"
    }

    func addAward(app: Application) {
        let types = NomineeType.allCases.map { FormOption(id: $0.rawValue, label: environment.label("nomineeTypes", $0.rawValue)) }
        let kinds = [FormOption(id: "cong-trang", label: environment.label("kinds", "cong-trang")),
                     FormOption(id: "all", label: s("criteria.addAward.allKinds"))]
        app.present(FormDialog(title: s("criteria.addAward.title"), hint: s("form.dialog.hint"), fields: { _ in
            [
                .text("name", self.s("criteria.addAward.name"), "", required: true, width: 44),
                .text("nameEn", self.s("criteria.addAward.nameEn"), "", width: 44),
                .text("abbreviation", self.s("criteria.addAward.abbreviation"), "", width: 10),
                .choice("type", self.s("criteria.addAward.type"), types, selected: NomineeType.household.rawValue),
                .choice("kinds", self.s("criteria.addAward.kinds"), kinds, selected: "cong-trang"),
            ]
        }, onSubmit: { [weak self] app, form in
            guard let self else { return [:] }
            let name = (form.text("name") ?? "").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return ["name": self.s("validation.required")] }
            let code = name.foldedForSearch.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
            guard !code.isEmpty, self.rulebook.award(code) == nil else { return ["name": self.s("criteria.addAward.exists")] }
            let typed = (form.text("abbreviation") ?? "").trimmingCharacters(in: .whitespaces)
            let abbreviation = typed.isEmpty
                ? String(name.split(separator: " ").compactMap(\.first).map { String($0).uppercased() }.joined().prefix(8)) : typed
            let idCode = abbreviation.foldedForSearch.uppercased().filter { $0.isLetter || $0.isNumber }
            let english = (form.text("nameEn") ?? "").trimmingCharacters(in: .whitespaces)
            let type = NomineeType(rawValue: form.choice("type") ?? "") ?? .household
            let award = AwardDefinition(code: code, name: LocalizedText(vi: name, en: english.isEmpty ? name : english),
                                        abbreviation: abbreviation, idCode: idCode.isEmpty ? "HD" : idCode, nominees: [type],
                                        decidedBy: .commune,
                                        kinds: form.choice("kinds") == "all" ? AwardKind.allCases : [.congTrang], criteria: nil,
                                        origin: .council)
            guard let problems = self.saved({ try self.environment.store.saveCouncilAward(award) }, app: app) else {
                self.select(awardCode: award.code)
                return [:]
            }
            return problems
        }))
    }

    /// F8: removes the selected council criterion or award, after asking.
    func remove(app: Application) {
        let language = environment.language
        switch selectedRow {
        case .criterion(let criterion, _) where criterion.origin == .council:
            confirm(s("criteria.remove.criterion", criterion.text(language)), app: app) { [weak self] in
                guard let self else { return }
                self.saved({ try self.environment.store.deleteCouncilCriterion(id: criterion.id) }, inForm: false, app: app)
            }
        case .award(let award) where award.origin == .council:
            confirm(s("criteria.remove.award", award.name(language)), app: app) { [weak self] in
                guard let self else { return }
                self.saved({ try self.environment.store.deleteCouncilAward(code: award.code) }, inForm: false, app: app)
            }
        default:
            app.show(message: s("criteria.remove.national"), role: .warning)
        }
    }

    private func confirm(_ question: String, app: Application, then action: @escaping () -> Void) {
        app.present(MessageDialog(title: s("criteria.remove.title"), lines: [question], buttons: [
            .init(s("ui.discard.stay"), role: .cancel) { app in app.dismissDialog() },
            .init(s("key.remove")) { app in app.dismissDialog(); action() },
        ]))
    }
}
