import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// The council's members with their role and term: Enter edits one, F5 adds one.
final class MembersScreen: ReadsStore {
    private let environment: DeskEnvironment
    private let source = StaticRows()
    private lazy var table = TableView(columns: [
        TableColumn(s("session.column.member"), .flexible(weight: 3, minimum: 18)),
        TableColumn(s("session.column.role"), .fixed(13)),
        TableColumn(s("session.column.office"), .flexible(weight: 3, minimum: 14)),
        TableColumn(s("members.column.term"), .fixed(23)),
    ], dataSource: source)
    private var members: [CouncilMember] = []
    private(set) var trouble: StoreTrouble?
    private var s: Localizer { environment.strings }

    init(environment: DeskEnvironment) {
        self.environment = environment
        table.selectionStyle = environment.selectionStyle
        table.emptyText = environment.strings("members.empty")
        reload()
    }

    var title: String { s("members.title") }
    var keyContexts: [KeyContext] { [.members, .list] }

    func didReappear(app: Application) { reload() }
    func reread() { reload() }

    private func reload() {
        trouble = nil
        members = environment.read(&trouble) { try environment.store.councilMembers() } ?? []
        let today = environment.clock.today()
        source.rows = members.map { member in
            let term = (member.termFrom?.vietnamese ?? "…") + " – " + (member.termUntil?.vietnamese ?? "")
            return [TableCell(member.name.fullName, role: member.isInTerm(on: today) ? nil : .muted),
                    TableCell(s("council.role." + member.role.rawValue)), TableCell(member.title, role: .muted), TableCell(term, role: .muted)]
        }
        table.clampSelection()
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        if let trouble {
            trouble.draw(in: rect, strings: s, on: &buffer)
            return
        }
        let sitting = members.filter { $0.isInTerm(on: environment.clock.today()) }.count
        buffer.put(s("members.summary", sitting, members.count), at: Point(x: rect.minX + 1, y: rect.minY), style: Style(.muted),
                   limit: rect.width - 2)
        table.draw(in: Rect(x: rect.minX + 1, y: rect.minY + 2, width: rect.width - 2, height: rect.height - 2), on: &buffer)
    }

    /// Enter needs a member to change.
    func offers(_ action: Action) -> Bool { action != .choose || !members.isEmpty }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        if table.perform(action) { return true }
        switch action {
        case .choose:
            guard let member = members[safe: table.selection] else { return true }
            edit(member, app: app)
        case .new:
            edit(CouncilMember(name: PersonName(family: "", middle: "", given: ""), sex: nil, role: .uyVien, title: "", personID: nil,
                               termFrom: environment.clock.today()), app: app)
        default:
            return false
        }
        return true
    }

    /// The member's dialog: name, role, office, term, and the nominee record (for conflicts).
    private func edit(_ member: CouncilMember, app: Application) {
        let roles = CouncilMember.Role.allCases.map { FormOption(id: $0.rawValue, label: s("council.role." + $0.rawValue)) }
        let sexes = [FormOption(id: "", label: "—")] + Sex.allCases.map { FormOption(id: $0.rawValue, label: s("sex." + $0.rawValue)) }
        app.present(FormDialog(title: s(member.id == 0 ? "members.new" : "members.edit"), hint: s("form.dialog.hint"), fields: { _ in
            [.text("family", self.s("form.person.family"), member.name.family, required: true, width: 20),
             .text("middle", self.s("form.person.middle"), member.name.middle, width: 20),
             .text("given", self.s("form.person.given"), member.name.given, required: true, width: 20),
             .choice("sex", self.s("form.person.sex"), sexes, selected: member.sex?.rawValue ?? ""),
             .choice("role", self.s("session.column.role"), roles, selected: member.role.rawValue),
             .text("title", self.s("session.column.office"), member.title, required: true, width: 40),
             .text("person", self.s("members.person"), member.personID ?? "", width: 8),
             .text("from", self.s("members.from"), member.termFrom?.vietnamese ?? "", width: 12),
             .text("until", self.s("members.until"), member.termUntil?.vietnamese ?? "", width: 12)]
        }, onSubmit: { [weak self] app, form in
            guard let self else { return [:] }
            var errors: [String: String] = [:]
            let family = form.text("family")?.nfcTrimmed ?? ""
            let given = form.text("given")?.nfcTrimmed ?? ""
            let title = form.text("title")?.nfcTrimmed ?? ""
            if family.isEmpty { errors["family"] = self.s("validation.required") }
            if given.isEmpty { errors["given"] = self.s("validation.required") }
            if title.isEmpty { errors["title"] = self.s("validation.required") }
            func date(_ id: String) -> CivilDate?? {
                let text = form.text(id)?.nfcTrimmed ?? ""
                if text.isEmpty { return .some(nil) }
                guard let date = CivilDate(vietnamese: text) else {
                    errors[id] = self.s("validation.invalidDate")
                    return nil
                }
                return .some(date)
            }
            let from = date("from")
            let until = date("until")
            if let f = from ?? nil, let u = until ?? nil, u < f { errors["until"] = self.s("members.untilBeforeFrom") }
            guard errors.isEmpty else { return errors }
            let person = form.text("person")?.nfcTrimmed.uppercased() ?? ""
            var saved = member
            saved.name = PersonName(family: family, middle: form.text("middle")?.nfcTrimmed ?? "", given: given)
            saved.sex = form.choice("sex").flatMap(Sex.init(rawValue:))
            saved.role = form.choice("role").flatMap(CouncilMember.Role.init(rawValue:)) ?? .uyVien
            saved.title = title
            saved.personID = person.isEmpty ? nil : person
            saved.termFrom = from ?? nil
            saved.termUntil = until ?? nil
            do {
                try self.environment.store.saveCouncilMember(saved)
            } catch StoreError.missing {
                return ["person": self.s("members.person.unknown", person)]
            } catch {
                return self.environment.problem(saving: error, app: app)
            }
            app.show(message: self.s("members.saved", saved.name.fullName))
            self.reload()
            return [:]
        }))
    }
}
