import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// The nomination form: the nominee (picked or created), the award, its kind, year and
/// movement, the facts the award's criteria need, and a live first verdict. F2 saves; nothing
/// is saved while a field is invalid, and each problem is shown under its field.
final class NominationFormScreen: ReadsStore {
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
    var evaluationCache: (draft: NominationDraft, evaluation: Evaluation?, trouble: String?)?
    /// Why a list of the form (movements, units, residential groups) could not be read, if
    /// one could not: drawn in place of the verdict.
    var trouble: StoreTrouble?

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

    /// Reads the form's lists again.
    func reread() { rebuild() }

    /// The rulebook for the draft's year (or today's).
    var rulebook: Rulebook {
        environment.rulebook(forYear: draft.yearValue ?? environment.clock.today().year)
    }

    // MARK: Keys

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
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
        let createsNominee: Bool
        if case .new? = draft.nominee { createsNominee = true } else { createsNominee = false }
        let saved: Nomination
        do {
            saved = try environment.store.save(draft, rulebook: rulebook, expectedVersion: version)
        } catch StoreError.conflict(let id) {
            return showConflict(id: id, app: app)
        } catch {
            // Nothing was saved: the form keeps what was typed, and says why and what to do.
            return environment.tell(error, kept: true, app: app)
        }
        if createsNominee { environment.reload() }
        // Saved: the form shows the record as stored (its number, its version).
        var readBack: StoreTrouble?
        if let listing = environment.read(&readBack, { try environment.store.nomination(id: saved.id) }) ?? nil {
            draft = NominationDraft(editing: listing.nomination, nominee: listing.nominee)
            version = listing.version
        } else {
            // Never saved a second time as new.
            draft.id = saved.id
        }
        baseline = draft
        rawFacts = [:]
        touched = []
        showAllErrors = false
        let focused = form.focusedID
        rebuild()
        if form.focusedID != focused { form.focus(FieldID.award) }
        app.show(message: s(saved.status == .draft ? "form.savedDraft" : "form.saved", saved.id))
        // Saved, but not read back: said, and the next save meets the conflict dialog rather
        // than writing over what it cannot see.
        if let readBack { app.present(environment.troubleDialog(readBack)) }
    }

    // MARK: Drawing

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let s = environment.strings
        buffer.put(s("form.hint"), at: Point(x: rect.minX + 1, y: rect.minY), style: Style(.muted), limit: rect.width - 2)
        let body = Rect(x: rect.minX, y: rect.minY + 1, width: rect.width, height: rect.height - 1)
        if rect.width >= 110 {
            let (formArea, panel) = body.splitRight(max(40, rect.width * 2 / 5))
            form.draw(in: formArea.insetBy(dx: 1, dy: 0), on: &buffer)
            drawPanel(in: Rect(x: panel.minX + 1, y: panel.minY, width: panel.width - 2, height: panel.height), wrap: true, on: &buffer)
        } else {
            let panelHeight = min(8, max(4, body.height / 3))
            let (formArea, panel) = body.splitBottom(panelHeight)
            form.draw(in: formArea.insetBy(dx: 1, dy: 0), on: &buffer)
            drawPanel(in: panel.insetBy(dx: 1, dy: 0), wrap: false, on: &buffer)
        }
    }

    /// The verdict, or why a list of the form could not be read.
    private func drawPanel(in rect: Rect, wrap: Bool, on buffer: inout ScreenBuffer) {
        guard let trouble else { return drawVerdict(in: rect, wrap: wrap, on: &buffer) }
        buffer.put(String(repeating: "─", count: max(0, rect.width)), at: rect.origin, style: Style(.frame), limit: rect.width)
        trouble.draw(in: Rect(x: rect.minX - 1, y: rect.minY + 1, width: rect.width + 1, height: rect.height - 1),
                     strings: environment.strings, on: &buffer)
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
