import VietnameseText
import Commendation
import CommendationStore
import TerminalUI

/// The council's sessions, newest first: Enter opens one, F5 creates one, F6 shows the
/// members.
final class CouncilScreen: ReadsStore {
    private let environment: DeskEnvironment
    private let source = StaticRows()
    private lazy var table = TableView(columns: [
        TableColumn(s("council.column.id"), .fixed(11)),
        TableColumn(s("council.column.date"), .fixed(10)),
        TableColumn(s("council.column.title"), .flexible(weight: 3, minimum: 20)),
        TableColumn(s("council.column.agenda"), .fixed(9), alignRight: true),
        TableColumn(s("council.column.open"), .fixed(9), alignRight: true),
    ], dataSource: source)
    private var sessions: [SessionSummary] = []
    private var members: [CouncilMember] = []
    private(set) var trouble: StoreTrouble?
    private var s: Localizer { environment.strings }

    init(environment: DeskEnvironment) {
        self.environment = environment
        table.selectionStyle = environment.selectionStyle
        table.emptyText = environment.strings("council.empty")
        reload()
    }

    var title: String { s("council.title") }
    var keyContexts: [KeyContext] { [.council, .list] }

    func didReappear(app: Application) { reload() }
    func reread() { reload() }

    private func reload() {
        trouble = nil
        sessions = environment.read(&trouble) { try environment.store.sessions() } ?? []
        members = environment.read(&trouble) { try environment.store.councilMembers() } ?? []
        source.rows = sessions.map { session in
            [TableCell(session.id, role: .muted), TableCell(session.date.vietnamese), TableCell(session.title),
             TableCell(String(session.agendaCount)), TableCell(String(session.openCount), role: session.openCount > 0 ? .warning : .muted)]
        }
        table.clampSelection()
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        if let trouble {
            trouble.draw(in: rect, strings: s, on: &buffer)
            return
        }
        let today = environment.clock.today()
        let sitting = members.filter { $0.isInTerm(on: today) }
        let chair = sitting.first { $0.role == .chuTich }?.name.fullName ?? "—"
        let line = s("council.summary", sitting.count, chair, Int(environment.attendancePercent))
        buffer.put(line.truncated(toWidth: max(1, rect.width - 2)), at: Point(x: rect.minX + 1, y: rect.minY), style: Style(.muted),
                   limit: rect.width - 2)
        table.draw(in: Rect(x: rect.minX + 1, y: rect.minY + 2, width: rect.width - 2, height: rect.height - 2), on: &buffer)
    }

    /// Enter needs a session to open.
    func offers(_ action: Action) -> Bool { action != .choose || !sessions.isEmpty }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        if table.perform(action) { return true }
        switch action {
        case .choose:
            guard let session = sessions[safe: table.selection] else { return true }
            app.push(SessionScreen(environment: environment, sessionID: session.id))
        case .new:
            SessionDialogs(environment: environment).create(app: app) { [weak self] session in
                guard let self else { return }
                self.reload()
                app.push(SessionScreen(environment: self.environment, sessionID: session.id))
            }
        case .members:
            app.push(MembersScreen(environment: environment))
        default:
            return false
        }
        return true
    }

    func click(at point: Point, app: Application) -> Bool {
        let before = table.selection
        guard let row = table.click(at: point) else { return false }
        if row == before { _ = perform(.choose, app: app) }
        return true
    }
}
