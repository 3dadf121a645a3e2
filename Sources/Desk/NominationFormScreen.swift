import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// The nomination form: the nominee (picked or created), the award, its kind, year and
/// movement, the facts the award's criteria need, and a live first verdict. F2 saves; nothing
/// is saved while a field is invalid, and each problem is shown under its field.
final class NominationFormScreen: Screen {
    let environment: DeskEnvironment
    /// What the clerk has entered.
    var draft: NominationDraft
    /// The draft as last saved (or as opened): the form is unsaved when they differ.
    var baseline: NominationDraft
    /// Stored version of the nomination being edited (conflict detection).
    var version: Int?
    let form = FormView()
    /// Fields the clerk has edited: their problems show at once; others after the first F2.
    var touched: Set<DraftField> = []
    var showAllErrors = false
    /// What was typed into number and date fields of the facts, kept as typed so that a
    /// mistake stays on screen with its message until fixed.
    var rawFacts: [String: String] = [:]
    /// The last evaluation and the draft it was made for (the panel is drawn on every frame).
    var evaluationCache: (draft: NominationDraft, evaluation: Evaluation?)?

    init(environment: DeskEnvironment, draft: NominationDraft, version: Int? = nil) {
        self.environment = environment
        self.draft = draft
        baseline = draft
        self.version = version
        rebuild()
        if draft.nominee != nil { form.focus(FieldID.award) }
    }

    var title: String {
        draft.id.map { environment.strings("form.title.edit", $0) } ?? environment.strings("form.title.new")
    }

    /// The nomination form's keys (F2, F3, F7), the focused field's, the form's.
    var keyContexts: [KeyContext] { [.nominationForm] + form.keyContexts }
    var helpContexts: [[KeyContext]] { form.helpContexts(base: [.form]).map { [.nominationForm] + $0 } }
    var hasUnsavedChanges: Bool { draft != baseline }

    /// The rulebook for the draft's year (or today's).
    var rulebook: Rulebook {
        environment.rulebook(forYear: draft.yearValue ?? environment.clock.today().year)
    }

    // MARK: Keys

    func perform(_ action: Action, app: Application) -> Bool {
        if action == .save {
            save(app: app)
            return true
        }
        if action == .basis {
            showBasis(app: app)
            return true
        }
        if action == .auditLog {
            var ids = draft.id.map { [$0] } ?? []
            if case .existing(let nominee)? = draft.nominee { ids.append(nominee.id) }
            app.push(AuditLogScreen(environment: environment, subject: draft.id ?? title, ids: ids))
            return true
        }
        return react(to: form.perform(action), app: app)
    }

    func handle(_ key: KeyEvent, app: Application) -> Bool {
        react(to: form.handle(key, composer: app.inputMethod), app: app)
    }

    func click(at point: Point, app: Application) -> Bool {
        react(to: form.click(at: point), app: app)
    }

    private func react(to result: FormResult, app: Application) -> Bool {
        switch result {
        case .ignored:
            return false
        case .handled:
            return true
        case .changed(let id):
            apply(fieldID: id)
        case .openChoice(let id):
            openChoice(id, app: app)
        case .activated(let id):
            if id == FieldID.nominee { openNomineePicker(app: app) }
            if FactFieldID.isFact(id) { openFactEditor(id, app: app) }
        }
        return true
    }

    /// Copies the value of a field into the draft and rebuilds the form (fields depend on the
    /// nominee type and the award).
    func apply(fieldID id: String) {
        if let text = form.text(id) {
            applyText(text, to: id)
        } else {
            applyChoice(form.choice(id), to: id)
        }
        rebuild()
    }

    // MARK: Saving

    func save(app: Application) {
        let s = environment.strings
        showAllErrors = true
        let issues = draft.validate(rulebook: rulebook, today: environment.clock.today())
        rebuild()
        let factProblems = factErrors
        if let first = issues.first {
            form.focus(FieldID.of(first.field))
            app.show(message: s("form.invalid", issues.count + factProblems.count), role: .error)
            return
        }
        if let first = factProblems.keys.sorted().first {
            form.focus(first)
            app.show(message: s("form.invalid", factProblems.count), role: .error)
            return
        }
        do {
            let createsNominee: Bool
            if case .new? = draft.nominee { createsNominee = true } else { createsNominee = false }
            let saved = try environment.store.save(draft, rulebook: rulebook, expectedVersion: version)
            if createsNominee { environment.reload() }
            if let listing = try environment.store.nomination(id: saved.id) {
                draft = NominationDraft(editing: listing.nomination, nominee: listing.nominee)
                version = listing.version
            }
            baseline = draft
            rawFacts = [:]
            touched = []
            showAllErrors = false
            let focused = form.focusedID
            rebuild()
            if form.focusedID != focused { form.focus(FieldID.award) }
            app.show(message: s(saved.status == .draft ? "form.savedDraft" : "form.saved", saved.id))
        } catch StoreError.conflict(let id) {
            showConflict(id: id, app: app)
        } catch let error as StoreError {
            app.show(message: error.message(environment.language), role: .error)
        } catch {
            app.show(message: "\(error)", role: .error)
        }
    }

    // MARK: Drawing

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let s = environment.strings
        buffer.put(s("form.hint"), at: Point(x: rect.minX + 1, y: rect.minY), style: Style(.muted), limit: rect.width - 2)
        let body = Rect(x: rect.minX, y: rect.minY + 1, width: rect.width, height: rect.height - 1)
        if rect.width >= 110 {
            let (formArea, panel) = body.splitRight(max(40, rect.width * 2 / 5))
            form.draw(in: formArea.insetBy(dx: 1, dy: 0), on: &buffer)
            drawVerdict(in: Rect(x: panel.minX + 1, y: panel.minY, width: panel.width - 2, height: panel.height), wrap: true, on: &buffer)
        } else {
            let panelHeight = min(8, max(4, body.height / 3))
            let (formArea, panel) = body.splitBottom(panelHeight)
            form.draw(in: formArea.insetBy(dx: 1, dy: 0), on: &buffer)
            drawVerdict(in: panel.insetBy(dx: 1, dy: 0), wrap: false, on: &buffer)
        }
    }
}

/// Identifiers of the form's fields.
enum FieldID {
    static let nominee = "nominee"
    static let family = "new.family"
    static let middle = "new.middle"
    static let given = "new.given"
    static let name = "new.name"
    static let sex = "new.sex"
    static let birth = "new.birth"
    static let personalID = "new.personal-id"
    static let phone = "new.phone"
    static let position = "new.position"
    static let unit = "new.unit"
    static let group = "new.group"
    static let award = "award"
    static let kind = "kind"
    static let year = "year"
    static let movement = "movement"
    static let note = "note"

    /// The form field a validation problem points at.
    static func of(_ field: DraftField) -> String {
        switch field {
        case .nominee: return nominee
        case .familyName: return family
        case .middleName: return middle
        case .givenName: return given
        case .name: return name
        case .sex: return sex
        case .birthDate: return birth
        case .personalID: return personalID
        case .phone: return phone
        case .group: return group
        case .award: return award
        case .kind: return kind
        case .year: return year
        case .movement: return movement
        case .position: return position
        case .note: return note
        }
    }
}
