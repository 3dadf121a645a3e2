import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// One council session: its agenda with each nomination's ballot and outcome, and the
/// attendance (Tab switches). Enter records a ballot (or a member's attendance), F5 records
/// the outcomes; on the agenda F7 adds nominations from the pending list, F8 takes one off and
/// F9 writes the session's documents; on the attendance F6 marks every member present.
final class SessionScreen: ReadsStore {
    private let environment: DeskEnvironment
    private let sessionID: String
    private var session: CouncilSession?
    private var items: [AgendaItem] = []
    private var members: [CouncilMember] = []
    private var quorum: Quorum?
    private let agendaRows = StaticRows()
    private let attendanceRows = StaticRows()
    private lazy var agendaTable = TableView(columns: [], dataSource: agendaRows)
    private lazy var attendanceTable = TableView(columns: [
        TableColumn(s("session.column.member"), .flexible(weight: 3, minimum: 18)),
        TableColumn(s("session.column.role"), .fixed(13)),
        TableColumn(s("session.column.office"), .flexible(weight: 3, minimum: 12)),
        TableColumn(s("session.column.attendance"), .fixed(15)),
    ], dataSource: attendanceRows)
    /// Which pane has the keys.
    private enum Pane { case agenda, attendance }
    private var pane = Pane.agenda
    private(set) var trouble: StoreTrouble?
    private var s: Localizer { environment.strings }

    init(environment: DeskEnvironment, sessionID: String) {
        self.environment = environment
        self.sessionID = sessionID
        agendaTable.selectionStyle = environment.selectionStyle
        attendanceTable.selectionStyle = environment.selectionStyle
        agendaTable.emptyText = environment.strings("session.agenda.empty")
        reload()
    }

    var title: String { s("session.screenTitle", sessionID) }
    /// The pane's own keys (Enter, Tab; F7, F8 and F9 on the agenda; F6 on the attendance),
    /// then the session's (F5) and the list's.
    var keyContexts: [KeyContext] { [pane == .agenda ? .agenda : .attendance, .session, .list] }

    func didReappear(app: Application) { reload() }
    func reread() { reload() }

    private func reload() {
        trouble = nil
        let id = sessionID
        session = environment.read(&trouble) { try environment.store.session(id: id) } ?? nil
        members = environment.read(&trouble) { try environment.store.councilMembers() } ?? []
        guard let session, trouble == nil else { return }
        quorum = Quorum(session: session, members: members, requiredPercent: environment.attendancePercent)
        items = environment.read(&trouble) { try environment.store.agenda(of: session, rulebook: environment.rulebookForYear) } ?? []
        agendaRows.rows = items.map(agendaRow)
        attendanceRows.rows = members.filter { $0.isInTerm(on: session.date) }.map { member in
            let attendance = session.attendance(of: member.id)
            return [TableCell(member.name.fullName), TableCell(s("council.role." + member.role.rawValue)), TableCell(member.title, role: .muted),
                    TableCell(s("attendance." + attendance.rawValue), role: attendance == .present ? .ok : attendance == .absent ? .warning : nil)]
        }
        agendaTable.clampSelection()
        attendanceTable.clampSelection()
    }

    private func agendaRow(_ item: AgendaItem) -> [TableCell] {
        let n = item.listing.nomination
        let award = environment.rulebook(forYear: n.year).award(n.award)?.abbreviation(environment.language) ?? n.award
        let votes = item.ballot.record.map { "\($0.tally.agree)-\($0.tally.disagree)-\($0.tally.abstain)" } ?? "—"
        var result = ""
        var role: ColorRole = .muted
        if let outcome = item.ballot.outcome {
            result = outcome.explanation(environment.language) + " " + (outcome.passed ? "✓" : "✗")
            role = outcome.passed ? .ok : .error
        } else if item.rule == nil {
            result = s("session.noRule")
        } else {
            result = s("session.noBallot")
        }
        if !item.ballot.problems.isEmpty { role = .error }
        return [TableCell(item.listing.nominee.name), TableCell(award), TableCell(votes), TableCell(result, role: role),
                TableCell(environment.statusLabel(n.status))]
    }

    // MARK: Drawing

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        if let trouble {
            trouble.draw(in: rect, strings: s, on: &buffer)
            return
        }
        guard let session else {
            buffer.put(s("session.missing", sessionID), at: Point(x: rect.minX + 1, y: rect.minY + 1), style: Style(.error))
            return
        }
        let left = rect.minX + 1
        let width = rect.width - 2
        let mode = s("session.mode." + session.mode.rawValue)
        buffer.put(s("session.line", session.date.vietnamese, session.title, mode), at: Point(x: left, y: rect.minY), style: Style(.normal, [.bold]),
                   limit: width)
        if let quorum {
            let line = s(quorum.isReached ? "session.quorum.ok" : "session.quorum.missing", quorum.explanation(environment.language))
            buffer.put(line, at: Point(x: left, y: rect.minY + 1), style: Style(quorum.isReached ? .ok : .warning), limit: width)
        }
        // The pane tabs.
        let agendaTab = " " + s("session.tab.agenda", items.count) + " "
        let attendanceTab = " " + s("session.tab.attendance", quorum?.present ?? 0, quorum?.members ?? 0) + " "
        var x = left
        x += buffer.put(agendaTab, at: Point(x: x, y: rect.minY + 3), style: pane == .agenda ? Style(.selected, [.bold]) : Style(.muted))
        x += 2
        buffer.put(attendanceTab, at: Point(x: x, y: rect.minY + 3), style: pane == .attendance ? Style(.selected, [.bold]) : Style(.muted))
        buffer.put(s("session.tab.hint"), at: Point(x: x + attendanceTab.displayWidth + 2, y: rect.minY + 3), style: Style(.muted),
                   limit: max(0, rect.maxX - x - attendanceTab.displayWidth - 3))
        let detailHeight = pane == .agenda ? 2 : 0
        let tableRect = Rect(x: left, y: rect.minY + 5, width: width, height: max(2, rect.height - 5 - detailHeight))
        if pane == .agenda {
            let wide = rect.width >= 100
            agendaTable.columns = [
                TableColumn(s("session.column.nominee"), .flexible(weight: 2, minimum: 16)),
                TableColumn(s("session.column.award"), .fixed(8)),
                TableColumn(s("session.column.votes"), .fixed(8)),
                TableColumn(s("session.column.result"), .flexible(weight: 3, minimum: 26)),
            ] + (wide ? [TableColumn(s("session.column.status"), .fixed(16))] : [])
            agendaTable.draw(in: tableRect, on: &buffer)
            if let item = items[safe: agendaTable.selection] {
                let style = Style(item.ballot.problems.isEmpty ? .muted : .error)
                for (offset, line) in TextWrap.lines(detail(of: item), width: width).prefix(detailHeight).enumerated() {
                    buffer.put(line, at: Point(x: left, y: rect.maxY - detailHeight + offset), style: style, limit: width)
                }
            }
        } else {
            attendanceTable.draw(in: tableRect, on: &buffer)
        }
    }

    /// Under the agenda: who is left out of the selected ballot and why, or what is wrong.
    private func detail(of item: AgendaItem) -> String {
        if let problem = item.ballot.problems.first {
            switch problem {
            case .moreVotesThanVoters(let votes, let voters): return s("ballot.problem.tooMany", votes, voters)
            case .absentMemberVoted(let id): return s("ballot.problem.absent", memberName(id))
            case .conflictedMemberVoted(let id): return s("ballot.problem.conflicted", memberName(id))
            }
        }
        if item.ballot.excluded.isEmpty { return s("ballot.noConflict", item.ballot.eligible.count) }
        let names = item.ballot.excluded.map { excluded -> String in
            let why: String
            switch excluded.conflict {
            case .isTheNominee: why = s("conflict.isTheNominee")
            case .ofTheNomineesHousehold: why = s("conflict.ofTheHousehold")
            case .sameHousehold: why = s("conflict.sameHousehold")
            }
            return "\(excluded.member.name.fullName) (\(why))"
        }
        return s("ballot.excluded", names.joined(separator: "; "), item.ballot.eligible.count)
    }

    private func memberName(_ id: Int) -> String { members.first { $0.id == id }?.name.fullName ?? "#\(id)" }

    // MARK: Actions

    /// Enter and F8 on the agenda need a nomination on it.
    func offers(_ action: Action) -> Bool {
        guard pane == .agenda, action == .choose || action == .remove else { return true }
        return !items.isEmpty
    }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        let table = pane == .agenda ? agendaTable : attendanceTable
        if table.perform(action) { return true }
        guard let session, trouble == nil else { return false }
        switch action {
        case .switchPane:
            pane = pane == .agenda ? .attendance : .agenda
        case .choose:
            if pane == .attendance { cycleAttendance(session, app: app) } else { recordBallot(session, app: app) }
        case .recordOutcomes:
            recordOutcomes(session, app: app)
        case .addToAgenda:
            addToAgenda(app: app)
        case .allPresent:
            markEveryonePresent(session, app: app)
        case .documents:
            let today = environment.clock.today()
            let request = PaperRequest(sessionID: session.id, year: session.date.year, today: today)
            DocumentExportDialogs(environment: environment).choose(
                [DocumentKind.minutes, .submission, .nominationList, .decision, .paymentList, .posting].map { ($0, request) }, app: app)
        case .remove where pane == .agenda:
            guard let item = items[safe: agendaTable.selection] else { return true }
            WorkflowDialogs(environment: environment) { [weak self] _ in self?.reload() }
                .take(.removeFromAgenda, [item.listing.nomination.id], app: app)
        default:
            return false
        }
        return true
    }

    private func cycleAttendance(_ session: CouncilSession, app: Application) {
        let sitting = members.filter { $0.isInTerm(on: session.date) }
        guard let member = sitting[safe: attendanceTable.selection] else { return }
        let order: [Attendance] = [.present, .writtenOpinion, .absent]
        let current = session.attendance(of: member.id)
        let next = order[((order.firstIndex(of: current) ?? 2) + 1) % order.count]
        do {
            try environment.store.setAttendance(next, member: member.id, session: session.id)
        } catch {
            environment.tell(error, app: app)
        }
        reload()
    }

    /// F6: every member in term present, in one step (then Enter on the few who are not).
    private func markEveryonePresent(_ session: CouncilSession, app: Application) {
        let sitting = members.filter { $0.isInTerm(on: session.date) }.map(\.id)
        do {
            let changed = try environment.store.setAttendance(.present, members: sitting, session: session.id)
            app.show(message: s("session.allPresent.done", sitting.count, changed))
        } catch {
            environment.tell(error, app: app)
        }
        reload()
    }

    private func recordBallot(_ session: CouncilSession, app: Application) {
        guard let item = items[safe: agendaTable.selection] else { return }
        guard item.listing.nomination.status == .onAgenda else {
            app.show(message: s("ballot.closed", environment.statusLabel(item.listing.nomination.status)), role: .warning)
            return
        }
        let dialogs = SessionDialogs(environment: environment)
        if session.mode == .open {
            dialogs.recordVotes(item, session: session, app: app) { [weak self] in self?.reload() }
        } else {
            dialogs.recordCounts(item, session: session, app: app) { [weak self] in self?.reload() }
        }
    }

    private func recordOutcomes(_ session: CouncilSession, app: Application) {
        guard quorum?.isReached == true else {
            app.show(message: environment.describe(WorkflowRefusal.noQuorum(session: session.id)), role: .error)
            return
        }
        let ready = items.filter { $0.listing.nomination.status == .onAgenda && $0.ballot.outcome != nil && $0.ballot.problems.isEmpty }
        guard !ready.isEmpty else {
            app.show(message: s("session.outcomes.none"), role: .warning)
            return
        }
        let lines = ready.map { item in
            let outcome = item.ballot.outcome!
            return s(outcome.passed ? "session.outcomes.pass" : "session.outcomes.fail", item.listing.nominee.name,
                     outcome.explanation(environment.language))
        }
        app.present(MessageDialog(title: s("session.outcomes.title", ready.count), lines: lines, buttons: [
            .init(s("session.outcomes.record")) { [weak self] app in
                app.dismissDialog()
                guard let self else { return }
                do {
                    let moved = try self.environment.store.recordOutcomes(session: session.id, requiredPercent: self.environment.attendancePercent,
                                                                          rulebook: self.environment.rulebookForYear)
                    app.show(message: self.s("session.outcomes.recorded", moved.count))
                } catch {
                    self.environment.tell(error, app: app)
                }
                self.reload()
            },
            .init(s("dialog.cancel"), role: .cancel) { app in app.dismissDialog() },
        ]))
    }

    /// How many received nominations the agenda picker lists at a time: typing narrows them.
    static let agendaPickerWindow = 200
    /// The id of a picker entry that says why the store could not list anything.
    static let troubleEntry = "trouble:"

    /// A picker over the received nominations not yet on an agenda (the first
    /// `agendaPickerWindow` matching what is typed); each choice adds one. When the store
    /// cannot list them: why, instead of the picker (or as its only entry, while typing).
    private func addToAgenda(app: Application) {
        let store = environment.store
        let environment = environment
        func read(_ search: String) throws -> [PickerDialog.Entry] {
            try store.nominations(status: .received, search: search, limit: Self.agendaPickerWindow).map { listing in
                PickerDialog.Entry(id: listing.nomination.id, label: listing.nominee.name,
                                   detail: "\(listing.nomination.id) · \(environment.awardName(listing.nomination.award, year: listing.nomination.year))")
            }
        }
        func entries(_ search: String) -> [PickerDialog.Entry] {
            do { return try read(search) } catch {
                let trouble = StoreTrouble(error, attempt: .read, environment: environment)
                return [PickerDialog.Entry(id: Self.troubleEntry, label: "⚠ " + (trouble?.sentence(environment.strings) ?? "\(error)"))]
            }
        }
        let first: [PickerDialog.Entry]
        do { first = try read("") } catch {
            app.present(environment.troubleDialog(StoreTrouble(error, attempt: .read, environment: environment)!))
            return
        }
        guard !first.isEmpty else {
            app.show(message: s("session.add.none"), role: .warning)
            return
        }
        app.present(PickerDialog(title: s("session.add.title", sessionID), filterLabel: s("picker.filter"), source: entries,
                                 initial: first) { [weak self] app, entry in
            guard let self, entry.id != Self.troubleEntry else { return }
            WorkflowDialogs(environment: self.environment) { [weak self] _ in self?.reload() }
                .apply(.putOnAgenda, [entry.id], StepDetails(sessionID: self.sessionID), app: app)
        })
    }
}

extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
