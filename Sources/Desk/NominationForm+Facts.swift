import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// Identifiers of the fact fields of the nomination form.
enum FactFieldID {
    static let prefix = "fact."
    static let rating = "fact.rating"
    static let ratingPrevious = "fact.rating-previous"
    static let pendingPrefix = "fact.pending."
    static let attestPrefix = "fact.attest."
    static let months = "fact.months"
    static let membersPrefix = "fact.members."
    static let exclusions = "fact.exclusions"
    static let exclusionPrefix = "fact.exclusion."
    static let discipline = "fact.discipline"
    static let disciplineLevel = "fact.discipline.level"
    static let disciplineDecided = "fact.discipline.decided"
    static let disciplineUntil = "fact.discipline.until"
    static let initiativePrefix = "fact.initiative."
    static let researchPrefix = "fact.research."
    static let history = "fact.history"

    /// Whether `id` is a fact field.
    static func isFact(_ id: String) -> Bool { id.hasPrefix(prefix) }

    /// The member figures the form asks for, in order.
    static let memberKeys = ["total", "laoDongTienTien", "completedTasks", "chienSiThiDuaCoSo", "disciplinedWarningOrAbove"]
}

/// The facts part of the nomination form: exactly the facts the chosen award's criteria read
/// (from the rulebook data), each as a field, and how typed values go back into the draft.
extension NominationFormScreen {
    /// The facts the criteria in force for the chosen award, nominee type and kind read.
    var factsNeeded: [String] {
        guard let code = draft.award, let award = rulebook.award(code), let type = draft.nominee?.type else { return [] }
        var seen: [String] = []
        for criterion in rulebook.criteria(for: award, type: type, kind: draft.kind ?? .congTrang) {
            for fact in criterion.condition.factsNeeded + [criterion.ifGiven].compactMap({ $0 }) where !seen.contains(fact) {
                seen.append(fact)
            }
        }
        return seen
    }

    /// Problems in the number and date fields of the facts, by field id.
    var factErrors: [String: String] {
        var errors: [String: String] = [:]
        for (id, text) in rawFacts where !text.trimmingCharacters(in: .whitespaces).isEmpty {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if id == FactFieldID.months {
                if Int(trimmed).map({ !(0...12).contains($0) }) ?? true { errors[id] = s("validation.months") }
            } else if id.hasPrefix(FactFieldID.membersPrefix) {
                if Int(trimmed).map({ $0 < 0 }) ?? true { errors[id] = s("validation.count") }
            } else if id == FactFieldID.disciplineDecided || id == FactFieldID.disciplineUntil {
                if CivilDate(vietnamese: trimmed) == nil { errors[id] = s("validation.invalidDate") }
            }
        }
        return errors
    }

    /// The fields for the facts.
    func factFields(type: NomineeType?) -> [FormField] {
        let needed = factsNeeded
        guard !needed.isEmpty else {
            return [FormField(id: "fact.none", label: "", value: .note(s("form.facts.chooseAward"), .muted))]
        }
        let errors = factErrors
        var fields: [FormField] = []
        let facts = draft.facts
        let year = draft.yearValue ?? environment.clock.today().year
        let ratings = [FormOption(id: "", label: s("form.rating.none"))]
            + TaskRating.allCases.map { FormOption(id: $0.rawValue, label: environment.label("ratings", $0.rawValue)) }
        if needed.contains("rating"), type?.hasTaskRating ?? true {
            fields.append(.choice(FactFieldID.rating, s("form.rating.year", year), ratings, selected: facts.rating?.rawValue ?? ""))
        }
        if needed.contains("ratingHistory"), type?.hasTaskRating ?? true {
            fields.append(.choice(FactFieldID.ratingPrevious, s("form.rating.year", year - 1), ratings,
                                  selected: facts.ratingHistory?[year - 1]?.rawValue ?? ""))
        }
        if needed.contains("pending") {
            let pending = facts.pending
            for (key, value) in [("discipline", pending?.discipline), ("investigation", pending?.investigation), ("complaint", pending?.complaint)] {
                fields.append(.choice(FactFieldID.pendingPrefix + key, s("form.pending." + key),
                                      triState(unknown: "form.pending.unknown", yes: "form.pending.yes", no: "form.pending.no", usual: false),
                                      selected: triStateID(value)))
            }
        }
        for fact in needed where fact.hasPrefix("attested:") {
            let code = String(fact.dropFirst("attested:".count))
            fields.append(.choice(FactFieldID.attestPrefix + code, environment.shortLabel("attestations", code),
                                  triState(unknown: "form.attest.unknown", yes: "form.attest.yes", no: "form.attest.no"),
                                  selected: triStateID(facts.attestations?.status(of: code))))
        }
        if needed.contains("monthsWorked") {
            fields.append(numberField(FactFieldID.months, s("form.months"), facts.monthsWorked, errors))
        }
        if needed.contains("members") {
            let members = facts.members
            let values = [members?.total, members?.laoDongTienTien, members?.completedTasks, members?.chienSiThiDuaCoSo,
                          members?.disciplinedWarningOrAbove]
            for (key, value) in zip(FactFieldID.memberKeys, values) {
                fields.append(numberField(FactFieldID.membersPrefix + key, s("form.members." + key), value, errors))
            }
        }
        if needed.contains("exclusions") {
            let state = rawFacts[FactFieldID.exclusions] ?? facts.exclusions.map { $0.isEmpty ? "none" : "some" } ?? ""
            fields.append(.choice(FactFieldID.exclusions, s("form.exclusions"),
                                  [FormOption(id: "", label: s("form.exclusions.unknown")), FormOption(id: "none", label: s("form.exclusions.none")),
                                   FormOption(id: "some", label: s("form.exclusions.some"))], selected: state))
            if state == "some" {
                for code in ExchangeFormat.exclusionCodes {
                    let on = facts.exclusions?.contains(code) == true
                    fields.append(.choice(FactFieldID.exclusionPrefix + code, environment.label("exclusions", code).truncated(toWidth: 30),
                                          [FormOption(id: "no", label: s("form.pending.no")), FormOption(id: "yes", label: s("form.pending.yes"))],
                                          selected: on ? "yes" : "no"))
                }
            }
        }
        if needed.contains("discipline") {
            fields += disciplineFields(errors)
        }
        if needed.contains("initiatives") {
            fields += listFields(FactFieldID.initiativePrefix, label: s("form.initiative"), add: s("form.initiative.add"),
                                 given: facts.initiatives != nil,
                                 entries: (facts.initiatives ?? []).map { "\($0.id) · \(environment.label("levels", $0.level)) · \($0.year.map(String.init) ?? "?")"
                                     + ($0.usedFor.map { " · " + s("form.initiative.usedFor", environment.awardName($0)) } ?? "") })
        }
        if needed.contains("research") {
            fields += listFields(FactFieldID.researchPrefix, label: s("form.research"), add: s("form.research.add"),
                                 given: facts.research != nil,
                                 entries: (facts.research ?? []).map { "\($0.id) · \(environment.label("levels", $0.level)) · \($0.year.map(String.init) ?? "?")"
                                     + ($0.accepted == true ? " · " + s("form.research.accepted") : "") })
        }
        if needed.contains("history") {
            fields.append(FormField(id: FactFieldID.history, label: s("form.history"), value: .note(historySummary, .muted)))
        }
        return fields
    }

    private func numberField(_ id: String, _ label: String, _ value: Int?, _ errors: [String: String]) -> FormField {
        .text(id, label, rawFacts[id] ?? value.map(String.init) ?? "", width: 6, error: errors[id])
    }

    private func disciplineFields(_ errors: [String: String]) -> [FormField] {
        let records = draft.facts.discipline
        let state = records.map { $0.isEmpty ? "none" : "some" } ?? ""
        var fields: [FormField] = [.choice(FactFieldID.discipline, s("form.discipline"),
            [FormOption(id: "", label: s("form.discipline.unknown")), FormOption(id: "none", label: s("form.discipline.none")),
             FormOption(id: "some", label: s("form.discipline.some"))], selected: state)]
        guard state == "some", let record = records?.first else { return fields }
        fields.append(.choice(FactFieldID.disciplineLevel, s("form.discipline.level"),
                              ExchangeFormat.disciplineLevels.map { FormOption(id: $0, label: environment.label("disciplineLevels", $0)) },
                              selected: record.level))
        fields.append(.text(FactFieldID.disciplineDecided, s("form.discipline.decided"),
                            rawFacts[FactFieldID.disciplineDecided] ?? record.decided?.vietnamese ?? "", hint: "dd/mm/yyyy", width: 12,
                            error: errors[FactFieldID.disciplineDecided]))
        fields.append(.text(FactFieldID.disciplineUntil, s("form.discipline.until"),
                            rawFacts[FactFieldID.disciplineUntil] ?? record.until?.vietnamese ?? "", hint: "dd/mm/yyyy", width: 12,
                            error: errors[FactFieldID.disciplineUntil]))
        return fields
    }

    /// A list fact (initiatives, research): whether it is known (a choice: not checked / none /
    /// some), then one line per entry and "+ add".
    private func listFields(_ prefix: String, label: String, add: String, given: Bool, entries: [String]) -> [FormField] {
        let state = rawFacts[prefix + "state"] ?? (given ? (entries.isEmpty ? "none" : "some") : "")
        var fields: [FormField] = [.choice(prefix + "state", label,
            [FormOption(id: "", label: s("form.list.unknown")), FormOption(id: "none", label: s("form.list.none")),
             FormOption(id: "some", label: s("form.list.some"))], selected: state)]
        guard state == "some" else { return fields }
        fields += entries.enumerated().map { index, text in
            FormField(id: prefix + String(index), label: "  \(index + 1)", value: .action(text))
        }
        fields.append(FormField(id: prefix + "add", label: "", value: .action(add)))
        return fields
    }

    /// "LĐTT 2024, 2025; CSTĐCS 2025": the awards the nominee holds (store and facts).
    private var historySummary: String {
        var awards: [PastAward] = draft.facts.history ?? []
        if case .existing(let nominee)? = draft.nominee {
            awards += StoreEvaluationContext(store: environment.store).history(of: nominee.id) ?? []
        }
        guard !awards.isEmpty else { return s("form.history.none") }
        var byAward: [(String, [Int])] = []
        for award in awards where award.kind == nil || award.kind == .congTrang {
            let name = rulebook.award(award.award)?.abbreviation(environment.language) ?? award.award
            if let index = byAward.firstIndex(where: { $0.0 == name }) {
                if !byAward[index].1.contains(award.year) { byAward[index].1.append(award.year) }
            } else {
                byAward.append((name, [award.year]))
            }
        }
        return byAward.map { $0.0 + " " + $0.1.sorted().map(String.init).joined(separator: ", ") }.joined(separator: "; ")
    }

    // MARK: Reading values back

    func applyFactText(_ text: String, to id: String) {
        rawFacts[id] = text
        let number = Int(text.trimmingCharacters(in: .whitespaces))
        switch id {
        case FactFieldID.months:
            draft.facts.monthsWorked = number.flatMap { (0...12).contains($0) ? $0 : nil }
        case _ where id.hasPrefix(FactFieldID.membersPrefix):
            var members = draft.facts.members ?? MemberCounts()
            let value = number.flatMap { $0 >= 0 ? $0 : nil }
            switch id.dropFirst(FactFieldID.membersPrefix.count) {
            case "total": members.total = value
            case "laoDongTienTien": members.laoDongTienTien = value
            case "completedTasks": members.completedTasks = value
            case "chienSiThiDuaCoSo": members.chienSiThiDuaCoSo = value
            case "disciplinedWarningOrAbove": members.disciplinedWarningOrAbove = value
            default: return
            }
            draft.facts.members = members == MemberCounts() ? nil : members
        case FactFieldID.disciplineDecided, FactFieldID.disciplineUntil:
            guard var records = draft.facts.discipline, !records.isEmpty else { return }
            let date = CivilDate(vietnamese: text.trimmingCharacters(in: .whitespaces))
            if id == FactFieldID.disciplineDecided { records[0].decided = date } else { records[0].until = date }
            draft.facts.discipline = records
        default:
            break
        }
    }

    func applyFactChoice(_ value: String?, to id: String) {
        let answer: Bool? = value.map { $0 == "yes" }
        switch id {
        case FactFieldID.rating:
            draft.facts.rating = value.flatMap(TaskRating.init(rawValue:))
        case FactFieldID.ratingPrevious:
            let year = (draft.yearValue ?? environment.clock.today().year) - 1
            var history = draft.facts.ratingHistory ?? [:]
            history[year] = value.flatMap(TaskRating.init(rawValue:))
            draft.facts.ratingHistory = history.isEmpty ? nil : history
        case FactFieldID.exclusions:
            switch value {
            case nil: draft.facts.exclusions = nil
            case "none"?: draft.facts.exclusions = []
            default: if draft.facts.exclusions == nil { draft.facts.exclusions = [] }
            }
            rawFacts[FactFieldID.exclusions] = value ?? ""
        case FactFieldID.discipline:
            switch value {
            case nil: draft.facts.discipline = nil
            case "none"?: draft.facts.discipline = []
            default:
                if draft.facts.discipline?.isEmpty ?? true {
                    draft.facts.discipline = [DisciplineRecord(level: ExchangeFormat.disciplineLevels[0])]
                }
            }
        case FactFieldID.disciplineLevel:
            guard var records = draft.facts.discipline, !records.isEmpty, let value else { return }
            records[0].level = value
            draft.facts.discipline = records
        case FactFieldID.initiativePrefix + "state", FactFieldID.researchPrefix + "state":
            rawFacts[id] = value ?? ""
            let initiatives = id.hasPrefix(FactFieldID.initiativePrefix)
            switch value {
            case nil:
                if initiatives { draft.facts.initiatives = nil } else { draft.facts.research = nil }
            case "none"?:
                if initiatives { draft.facts.initiatives = [] } else { draft.facts.research = [] }
            default:
                if initiatives, draft.facts.initiatives == nil { draft.facts.initiatives = [] }
                if !initiatives, draft.facts.research == nil { draft.facts.research = [] }
            }
        case _ where id.hasPrefix(FactFieldID.exclusionPrefix):
            let code = String(id.dropFirst(FactFieldID.exclusionPrefix.count))
            var codes = draft.facts.exclusions ?? []
            codes.removeAll { $0 == code }
            if answer == true { codes.append(code) }
            draft.facts.exclusions = ExchangeFormat.exclusionCodes.filter(codes.contains)
        case _ where id.hasPrefix(FactFieldID.pendingPrefix):
            var pending = draft.facts.pending ?? PendingMatters()
            switch id.dropFirst(FactFieldID.pendingPrefix.count) {
            case "discipline": pending.discipline = answer
            case "investigation": pending.investigation = answer
            case "complaint": pending.complaint = answer
            default: return
            }
            draft.facts.pending = pending == PendingMatters() ? nil : pending
        case _ where id.hasPrefix(FactFieldID.attestPrefix):
            let code = String(id.dropFirst(FactFieldID.attestPrefix.count))
            var attestations = draft.facts.attestations ?? Attestations()
            if attestations.isExhaustive {
                // Answers from an exchange-format list: make every implied "no" explicit first.
                for fact in factsNeeded where fact.hasPrefix("attested:") {
                    let other = String(fact.dropFirst("attested:".count))
                    attestations.answers[other] = attestations.status(of: other)
                }
                attestations.isExhaustive = false
            }
            attestations.answers[code] = answer
            draft.facts.attestations = attestations.answers.isEmpty ? nil : attestations
        default:
            break
        }
    }
}
