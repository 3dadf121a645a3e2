import Commendation
import TerminalUI
import VietnameseText

/// Small dialogs that add, change or remove an initiative or a research project of the draft.
extension NominationFormScreen {
    /// Enter on an initiative or research line (or on "+ add").
    func openFactEditor(_ id: String, app: Application) {
        if id.hasSuffix("state") { return }
        if id.hasPrefix(FactFieldID.initiativePrefix) {
            let key = String(id.dropFirst(FactFieldID.initiativePrefix.count))
            openInnovationEditor(index: Int(key), research: false, app: app)
        } else if id.hasPrefix(FactFieldID.researchPrefix) {
            let key = String(id.dropFirst(FactFieldID.researchPrefix.count))
            openInnovationEditor(index: Int(key), research: true, app: app)
        }
    }

    private func openInnovationEditor(index: Int?, research: Bool, app: Application) {
        let s = environment.strings
        let existing: (id: String, level: String, year: Int?, extra: String?)?
        if research {
            existing = index.flatMap { draft.facts.research?.indices.contains($0) == true ? draft.facts.research?[$0] : nil }
                .map { ($0.id, $0.level, $0.year, $0.accepted.map { $0 ? "yes" : "no" }) }
        } else {
            existing = index.flatMap { draft.facts.initiatives?.indices.contains($0) == true ? draft.facts.initiatives?[$0] : nil }
                .map { ($0.id, $0.level, $0.year, $0.usedFor) }
        }
        let year = draft.yearValue ?? environment.clock.today().year
        let levels = RecognitionLevel.allCases.map { FormOption(id: $0.rawValue, label: environment.label("levels", $0.rawValue)) }
        let awards = [FormOption(id: "", label: s("form.initiative.unused"))]
            + rulebook.awards.map { FormOption(id: $0.code, label: $0.shortName(environment.language)) }
        let accepted = [FormOption(id: "yes", label: s("form.pending.yes")), FormOption(id: "no", label: s("form.pending.no")),
                        FormOption(id: "", label: s("form.pending.unknown"))]
        let title = s(research ? "form.research.title" : "form.initiative.title")
        let dialog = FormDialog(title: title, hint: s("form.dialog.hint"), fields: { _ in
            var fields: [FormField] = [
                .text("id", s("form.innovation.id"), existing?.id ?? "", required: true, width: 20),
                .choice("level", s("form.innovation.level"), levels, selected: existing?.level ?? RecognitionLevel.coSo.rawValue),
                .text("year", s("form.innovation.year"), existing?.year.map(String.init) ?? String(year), required: true, width: 6),
                research ? .choice("extra", s("form.research.accepted"), accepted, selected: existing?.extra ?? "yes")
                         : .choice("extra", s("form.initiative.usedForLabel"), awards, selected: existing?.extra ?? ""),
            ]
            if existing != nil {
                fields.append(.choice("remove", s("form.innovation.remove"),
                                      [FormOption(id: "no", label: s("form.pending.no")), FormOption(id: "yes", label: s("form.pending.yes"))],
                                      selected: "no"))
            }
            return fields
        }, onSubmit: { [weak self] _, form in
            guard let self else { return [:] }
            if form.choice("remove") == "yes", let index {
                if research { self.draft.facts.research?.remove(at: index) } else { self.draft.facts.initiatives?.remove(at: index) }
                self.rebuild()
                return [:]
            }
            var errors: [String: String] = [:]
            let id = (form.text("id") ?? "").trimmingCharacters(in: .whitespaces)
            if id.isEmpty { errors["id"] = s("validation.required") }
            let yearText = (form.text("year") ?? "").trimmingCharacters(in: .whitespaces)
            let value = Int(yearText)
            if yearText.count != 4 || value.map({ !(1900...9999).contains($0) }) ?? true { errors["year"] = s("validation.yearShape") }
            guard errors.isEmpty else { return errors }
            let level = form.choice("level") ?? RecognitionLevel.coSo.rawValue
            let extra = form.choice("extra").flatMap { $0.isEmpty ? nil : $0 }
            if research {
                let project = ResearchProject(id: id, level: level, year: value, accepted: extra.map { $0 == "yes" })
                var list = self.draft.facts.research ?? []
                if let index, list.indices.contains(index) { list[index] = project } else { list.append(project) }
                self.draft.facts.research = list
            } else {
                let initiative = Initiative(id: id, level: level, year: value, usedFor: extra)
                var list = self.draft.facts.initiatives ?? []
                if let index, list.indices.contains(index) { list[index] = initiative } else { list.append(initiative) }
                self.draft.facts.initiatives = list
            }
            self.rebuild()
            return [:]
        })
        app.present(dialog)
    }
}
