import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// Building the form's fields from the draft, and reading them back.
extension NominationFormScreen {
    /// Rebuilds the fields from the draft (keeps focus and cursors).
    func rebuild() {
        trouble = nil
        form.setFields(fields())
    }

    /// The options of a choice field read from the store, and the field's error when they
    /// cannot be read (the whole story is drawn in place of the verdict: `trouble`).
    private func options(_ read: () throws -> [FormOption]) -> (options: [FormOption], error: String?) {
        guard let options = environment.read(&trouble, read) else { return ([], trouble?.title(s)) }
        return (options, nil)
    }

    var s: Localizer { environment.strings }

    private func error(_ field: DraftField, in issues: [ValidationIssue]) -> String? {
        // A control character or a text too long is shown at once (it can only come from a
        // paste or from data saved before it was refused).
        guard let issue = issues.first(where: { $0.field == field }), showAllErrors || touched.contains(field) || issue.text != nil else {
            return nil
        }
        return message(for: issue)
    }

    /// The Vietnamese (or English) sentence for a validation problem.
    func message(for issue: ValidationIssue) -> String {
        switch (issue.field, issue.problem) {
        case (.nominee, .required): return s("validation.nominee.required")
        case (.award, .required), (.kind, .required), (.group, .required), (.sex, .required): return s("validation.choose")
        case (_, .required): return s("validation.required")
        case (_, .notAName): return s("validation.notAName")
        case (_, .invalidDate): return s("validation.invalidDate")
        case (_, .futureDate): return s("validation.futureDate")
        case (_, .yearOutOfRange): return s("validation.year", environment.clock.today().year + 1)
        case (_, .awardNotForNominee):
            return s("validation.awardNotForNominee", environment.label("nomineeTypes", draft.nominee?.type.rawValue ?? ""))
        case (_, .kindNotAllowed): return s("validation.kindNotAllowed")
        case (_, .movementRequired): return s("validation.movementRequired")
        case (_, .personalIDShape): return s("validation.personalIDShape")
        case (_, .personalIDDisagrees): return s("validation.personalIDDisagrees")
        case (_, .phoneShape): return s("validation.phoneShape")
        case (_, .controlCharacter):
            guard case .control(let control)? = issue.text else { return s("validation.controlCharacter", "?", "?") }
            return s("validation.controlCharacter", control.scalar.codePointName + (control.scalar.controlName.map { " (\($0))" } ?? ""),
                     control.column)
        case (_, .tooLong):
            guard case .tooLong(let length, let limit)? = issue.text else { return s("validation.tooLong", "?", "?") }
            return s("validation.tooLong", length, limit)
        }
    }

    func fields() -> [FormField] {
        let issues = draft.validate(rulebook: rulebook, today: environment.clock.today())
        let error = { (field: DraftField) in self.error(field, in: issues) }
        var fields: [FormField] = [.heading("h.nominee", s("form.section.nominee"))]
        fields.append(FormField(id: FieldID.nominee, label: s("form.nominee"), value: .action(nomineeSummary),
                                error: error(.nominee), required: true))
        if case .new(let nominee)? = draft.nominee { fields += newNomineeFields(nominee, error: error) }

        fields.append(.heading("h.award", s("form.section.award")))
        let type = draft.nominee?.type
        let awards = type.map { rulebook.awards(for: $0) } ?? rulebook.awards
        fields.append(.choice(FieldID.award, s("form.award"), awards.map { FormOption(id: $0.code, label: $0.name(environment.language)) },
                              selected: draft.award, required: true, error: error(.award)))
        let kinds = draft.award.flatMap { rulebook.award($0)?.kinds } ?? AwardKind.allCases
        fields.append(.choice(FieldID.kind, s("form.kind"), kinds.map { FormOption(id: $0.rawValue, label: environment.label("kinds", $0.rawValue)) },
                              selected: draft.kind?.rawValue, required: true, error: error(.kind)))
        fields.append(.text(FieldID.year, s("form.year"), draft.year, required: true, width: 6, error: error(.year)))
        let movements = options { try environment.movements().map { FormOption(id: $0.id, label: $0.name) } }
        fields.append(.choice(FieldID.movement, s("form.movement"), [FormOption(id: "", label: s("form.movement.none"))] + movements.options,
                              selected: draft.movementID ?? "", required: draft.kind == .chuyenDe, error: movements.error ?? error(.movement)))
        if draft.id == nil { fields.append(saveAsField) }

        fields.append(.heading("h.facts", s("form.section.facts")))
        fields += factFields(type: type)
        fields.append(.heading("h.note", s("form.section.note")))
        fields.append(.text(FieldID.note, s("form.note"), draft.note, width: 60, error: error(.note), maxLength: TextRule.note.maxLength))
        return fields
    }

    private func newNomineeFields(_ nominee: NomineeDraft, error: (DraftField) -> String?) -> [FormField] {
        let sexes = [FormOption(id: "", label: "—"), FormOption(id: Sex.female.rawValue, label: s("sex.female")),
                     FormOption(id: Sex.male.rawValue, label: s("sex.male"))]
        switch nominee.type {
        case .person, .household:
            let prefix = nominee.type == .household ? "form.head." : "form.person."
            var fields: [FormField] = [
                .text(FieldID.family, s(prefix + "family"), nominee.familyName, required: true, width: 20, error: error(.familyName),
                      maxLength: TextRule.namePart.maxLength),
                .text(FieldID.middle, s(prefix + "middle"), nominee.middleName, width: 24, error: error(.middleName),
                      maxLength: TextRule.namePart.maxLength),
                .text(FieldID.given, s(prefix + "given"), nominee.givenName, required: true, width: 16, error: error(.givenName),
                      maxLength: TextRule.namePart.maxLength),
                .choice(FieldID.sex, s(prefix + "sex"), sexes, selected: nominee.sex?.rawValue ?? ""),
            ]
            if nominee.type == .person {
                let units = options { try environment.places(.collective).map { FormOption(id: $0.id, label: $0.name) } }
                fields += [
                    .text(FieldID.birth, s("form.person.birth"), nominee.birthDate, hint: "dd/mm/yyyy", width: 12, error: error(.birthDate)),
                    .text(FieldID.personalID, s("form.person.personalID"), nominee.personalID, hint: s("form.person.personalIDHint"),
                          width: 14, error: error(.personalID)),
                    .text(FieldID.phone, s("form.person.phone"), nominee.phone, hint: "0xxxxxxxxx", width: 14, error: error(.phone)),
                    .text(FieldID.position, s("form.person.position"), nominee.position, width: 40, error: error(.position),
                          maxLength: TextRule.position.maxLength),
                    .choice(FieldID.unit, s("form.person.unit"), [FormOption(id: "", label: "—")] + units.options,
                            selected: nominee.unitID ?? "", error: units.error),
                ]
            } else {
                let groups = options { try environment.places(.residentialGroup).map { FormOption(id: $0.id, label: $0.name) } }
                fields.append(.choice(FieldID.group, environment.groupWord, groups.options, selected: nominee.groupID,
                                      required: true, error: groups.error ?? error(.group)))
            }
            return fields
        case .collective, .residentialGroup:
            return [.text(FieldID.name, s("form.named.name"), nominee.name, required: true, width: 44, error: error(.name),
                          maxLength: TextRule.name.maxLength)]
        }
    }

    private var nomineeSummary: String {
        switch draft.nominee {
        case nil: return s("form.nominee.pick")
        case .existing(let nominee): return nominee.name + " · " + environment.label("nomineeTypes", nominee.type.rawValue)
        case .new(let nominee): return s("form.nominee.new", environment.label("nomineeTypes", nominee.type.rawValue))
        }
    }

    /// Three answers, the usual one right after "unknown" so that one → gives it.
    func triState(unknown: String, yes: String, no: String, usual: Bool = true) -> [FormOption] {
        let yesOption = FormOption(id: "yes", label: s(yes)), noOption = FormOption(id: "no", label: s(no))
        return [FormOption(id: "", label: s(unknown))] + (usual ? [yesOption, noOption] : [noOption, yesOption])
    }

    func triStateID(_ value: Bool?) -> String {
        switch value {
        case true?: return "yes"
        case false?: return "no"
        case nil: return ""
        }
    }

    // MARK: Reading values back

    func applyText(_ text: String, to id: String) {
        switch id {
        case FieldID.year:
            draft.year = text
            touched.insert(.year)
        case FieldID.note:
            draft.note = text
        case _ where FactFieldID.isFact(id):
            applyFactText(text, to: id)
        default:
            guard case .new(var nominee)? = draft.nominee else { return }
            switch id {
            case FieldID.family: nominee.familyName = text; touched.insert(.familyName)
            case FieldID.middle: nominee.middleName = text; touched.insert(.middleName)
            case FieldID.given: nominee.givenName = text; touched.insert(.givenName)
            case FieldID.name: nominee.name = text; touched.insert(.name)
            case FieldID.birth: nominee.birthDate = text; touched.insert(.birthDate)
            case FieldID.personalID: nominee.personalID = text; touched.insert(.personalID)
            case FieldID.phone: nominee.phone = text; touched.insert(.phone)
            case FieldID.position: nominee.position = text
            default: return
            }
            draft.nominee = .new(nominee)
        }
    }

    func applyChoice(_ value: String?, to id: String) {
        let value = value.flatMap { $0.isEmpty ? nil : $0 }
        switch id {
        case FieldID.award:
            draft.award = value
            touched.insert(.award)
            if let kinds = value.flatMap({ rulebook.award($0)?.kinds }), let kind = draft.kind, !kinds.contains(kind) {
                draft.kind = kinds.first
            }
        case FieldID.kind:
            draft.kind = value.flatMap(AwardKind.init(rawValue:))
            touched.insert(.kind)
        case FieldID.movement:
            draft.movementID = value
            touched.insert(.movement)
        case FieldID.saveAs:
            draft.status = value == NominationStatus.draft.rawValue ? .draft : .received
        case _ where FactFieldID.isFact(id):
            applyFactChoice(value, to: id)
        case FieldID.sex, FieldID.unit, FieldID.group:
            guard case .new(var nominee)? = draft.nominee else { return }
            if id == FieldID.sex { nominee.sex = value.flatMap(Sex.init(rawValue:)) }
            if id == FieldID.unit { nominee.unitID = value }
            if id == FieldID.group { nominee.groupID = value; touched.insert(.group) }
            draft.nominee = .new(nominee)
        default:
            break
        }
    }

    // MARK: Lists to pick from

    /// Enter on a choice field: the whole list in a box, filtered by typing.
    func openChoice(_ id: String, app: Application) {
        guard let field = form.fields.first(where: { $0.id == id }), case .choice(let options, let selected) = field.value else { return }
        app.present(PickerDialog(
            title: field.label, filterLabel: s("picker.filter"),
            entries: options.map { PickerDialog.Entry(id: $0.id, label: $0.label) }, selected: selected
        ) { [weak self] _, entry in
            guard let self else { return }
            self.form.setChoice(id, to: entry.id)
            self.apply(fieldID: id)
            _ = self.form.perform(.nextField)
        })
    }
}
