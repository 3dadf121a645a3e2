import VietnameseText
import Commendation
import CommendationStore
import TerminalUI

/// One nominee's history: every nomination, past and pending, with its status, decision and
/// honour-roll number; under the list, the steps the selected one took (who, when, why).
/// Enter opens the nomination; F5 takes it a step further.
final class NomineeHistoryScreen: ReadsStore {
    private let environment: DeskEnvironment
    private let nominee: Nominee
    private let source = StaticRows()
    private lazy var table = TableView(columns: [], dataSource: source)
    private var listings: [NominationListing] = []
    private var roll: [String: HonourRollEntry] = [:]
    /// The steps of the nominations the cursor has been on, read once each (until a reload).
    private var steps: [String: [NominationStepRecord]] = [:]
    private(set) var trouble: StoreTrouble?
    private var s: Localizer { environment.strings }

    init(environment: DeskEnvironment, nominee: Nominee) {
        self.environment = environment
        self.nominee = nominee
        table.selectionStyle = environment.selectionStyle
        table.emptyText = environment.strings("history.empty")
        reload()
    }

    var title: String { s("history.title", nominee.name) }
    var keyContexts: [KeyContext] { [.history, .list] }

    func didReappear(app: Application) { reload() }
    func reread() { reload() }

    private func reload() {
        trouble = nil
        let id = nominee.id
        listings = environment.read(&trouble) { try environment.store.nominations(ofNominee: id) } ?? []
        steps = [:]
        roll = Dictionary((environment.read(&trouble) { try environment.store.honourRoll(nominee: id) } ?? []).map { ($0.listing.nomination.id, $0) },
                          uniquingKeysWith: { a, _ in a })
        source.rows = listings.map { listing in
            let n = listing.nomination
            let entry = roll[n.id]
            let granted = n.status.isAwarded
            return [TableCell(String(n.year)), TableCell(environment.awardName(n.award, year: n.year)),
                    TableCell(environment.label("kinds", n.kind.rawValue), role: .muted),
                    TableCell(environment.statusLabel(n.status), role: granted ? .ok : n.status == .revoked ? .error : nil),
                    TableCell(n.decision.map { $0.number } ?? "", role: .muted),
                    TableCell(entry.map { $0.number == 0 ? "" : "\($0.number)/\($0.year)" } ?? "", role: .muted)]
        }
        table.clampSelection()
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        if let trouble {
            trouble.draw(in: rect, strings: s, on: &buffer)
            return
        }
        let granted = listings.filter(\.nomination.status.isAwarded).count
        let kind = environment.label("nomineeTypes", nominee.type.rawValue)
        buffer.put(s("history.summary", kind, nominee.id, granted, listings.count), at: Point(x: rect.minX + 1, y: rect.minY),
                   style: Style(.muted), limit: rect.width - 2)
        table.columns = [
            TableColumn(s("honour.column.year"), .fixed(4)),
            TableColumn(s("honour.column.award"), .flexible(weight: 3, minimum: 18)),
            TableColumn(s("history.column.kind"), .fixed(10)),
            TableColumn(s("pending.column.status"), .fixed(15)),
            TableColumn(s("honour.column.decision"), .fixed(12)),
            TableColumn(s("honour.column.number"), .fixed(8)),
        ]
        let stepsHeight = 4
        table.draw(in: Rect(x: rect.minX + 1, y: rect.minY + 2, width: rect.width - 2, height: rect.height - 3 - stepsHeight), on: &buffer)
        guard let listing = listings[safe: table.selection] else { return }
        let id = listing.nomination.id
        var stepTrouble: StoreTrouble?
        let steps = self.steps[id] ?? environment.read(&stepTrouble) { try environment.store.steps(ofNomination: id) }
        self.steps[id] = steps
        var y = rect.maxY - stepsHeight
        buffer.put(s("history.steps", listing.nomination.id), at: Point(x: rect.minX + 1, y: y), style: Style(.frame, [.bold]), limit: rect.width - 2)
        // The steps could not be read: why, in their place (the list above was read).
        if let stepTrouble {
            stepTrouble.draw(in: Rect(x: rect.minX + 2, y: y + 1, width: rect.width - 3, height: stepsHeight - 1), strings: s, on: &buffer)
            return
        }
        guard let steps else { return }
        if steps.isEmpty {
            buffer.put(s("history.noSteps"), at: Point(x: rect.minX + 3, y: y + 1), style: Style(.muted), limit: rect.width - 4)
        }
        for step in steps.suffix(stepsHeight - 1) {
            y += 1
            var line = "\(step.day.vietnamese)  \(environment.stepLabel(step.step).capitalizedFirst) → \(environment.statusLabel(step.to))  (\(step.by))"
            if let reason = step.reason { line += " — " + reason }
            buffer.put(line, at: Point(x: rect.minX + 3, y: y), style: Style(.muted), limit: rect.width - 4)
        }
    }

    /// Enter and F5 need a nomination to act on.
    func offers(_ action: Action) -> Bool { (action != .choose && action != .process) || !listings.isEmpty }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        if action == .auditLog {
            app.push(AuditLogScreen(environment: environment, subject: nominee.name,
                                    ids: [nominee.id] + listings.map(\.nomination.id)))
            return true
        }
        if table.perform(action) { return true }
        guard let listing = listings[safe: table.selection] else { return false }
        switch action {
        case .choose:
            app.push(NominationFormScreen(environment: environment, draft: NominationDraft(editing: listing.nomination, nominee: listing.nominee),
                                          version: listing.version))
        case .process:
            WorkflowDialogs(environment: environment) { [weak self] _ in self?.reload() }.chooseStep(for: [listing], app: app)
        default:
            return false
        }
        return true
    }
}
