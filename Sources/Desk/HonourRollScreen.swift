import VietnameseText
import Commendation
import CommendationStore
import TerminalUI

/// The honour roll (sổ vàng) of a year: every award granted by the ward's decisions and the
/// province's recorded results, with its number, decision and money. ←/→ change the year;
/// F5 revokes the selected award (Luật TĐKT 2022, Điều 93).
final class HonourRollScreen: ReadsStore {
    private let environment: DeskEnvironment
    private lazy var source = LazyRows<HonourRollEntry> { [unowned self] entry in self.cells(entry) }
    private lazy var table = TableView(columns: [], dataSource: source)
    private var years: [Int] = []
    private var year: Int
    private var entries: [HonourRollEntry] = []
    /// The awards not revoked, and their money: the summary line.
    private var liveCount = 0, liveTotal = 0
    private var wide = false
    private(set) var trouble: StoreTrouble?
    private var s: Localizer { environment.strings }

    init(environment: DeskEnvironment) {
        self.environment = environment
        year = environment.clock.today().year
        table.selectionStyle = environment.selectionStyle
        table.emptyText = environment.strings("honour.empty")
        years = environment.read(&trouble) { try environment.store.honourRollYears() } ?? []
        if !years.contains(year), let latest = years.first { year = latest }
        reload()
    }

    var title: String { s("honour.title", year) }
    var keyContexts: [KeyContext] { [.honourRoll, .list] }

    func didReappear(app: Application) { reload() }
    func reread() { reload() }

    /// Reads the years that have awards and the roll of the year.
    private func reload() {
        trouble = nil
        years = environment.read(&trouble) { try environment.store.honourRollYears() } ?? []
        let year = year
        entries = environment.read(&trouble) { try environment.store.honourRoll(year: year) } ?? []
        let live = entries.filter { !$0.revoked }
        liveCount = live.count
        liveTotal = live.compactMap(\.amount).reduce(0, +)
        source.records = entries
        table.clampSelection()
    }

    /// A row, formatted when drawn (the decision's date only when the screen is wide).
    private func cells(_ entry: HonourRollEntry) -> [TableCell] {
        let n = entry.listing.nomination
        let award = environment.rulebook(forYear: n.year).award(n.award)
        let role: ColorRole? = entry.revoked ? .muted : nil
        return [TableCell(entry.revoked ? s("honour.revoked", entry.number) : String(entry.number), role: entry.revoked ? .error : .muted),
                TableCell(entry.listing.nominee.name, role: role),
                TableCell((wide ? award?.shortName(environment.language) : award?.abbreviation(environment.language)) ?? n.award, role: role),
                TableCell(String(n.year), role: .muted),
                TableCell(wide ? entry.decisionNumber + " " + entry.decisionDate.vietnamese : entry.decisionNumber, role: role),
                TableCell(environment.money(entry.amount), role: role)]
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        if let trouble {
            trouble.draw(in: rect, strings: s, on: &buffer)
            return
        }
        wide = rect.width >= 100
        let others = years.filter { $0 != year }.map(String.init).joined(separator: ", ")
        buffer.put(s("honour.summary", liveCount, environment.money(liveTotal), others.isEmpty ? "—" : others)
                    .truncated(toWidth: max(1, rect.width - 2)), at: Point(x: rect.minX + 1, y: rect.minY), style: Style(.muted), limit: rect.width - 2)
        table.columns = [
            TableColumn(s("honour.column.number"), .fixed(8)),
            TableColumn(s("honour.column.nominee"), .flexible(weight: 3, minimum: 16)),
            // At 80 columns the award's abbreviation (a name would be cut).
            TableColumn(s("honour.column.award"), wide ? .flexible(weight: 2, minimum: 14) : .fixed(9)),
            TableColumn(s("honour.column.year"), .fixed(4)),
            TableColumn(s("honour.column.decision"), .fixed(rect.width >= 100 ? 24 : 12)),
            TableColumn(s("honour.column.amount"), .fixed(12), alignRight: true),
        ]
        table.draw(in: Rect(x: rect.minX + 1, y: rect.minY + 2, width: rect.width - 2, height: rect.height - 2), on: &buffer)
    }

    /// Enter, F5 and F9 need an award to act on.
    func offers(_ action: Action) -> Bool { ![.history, .process, .documents].contains(action) || !entries.isEmpty }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        if table.perform(action) { return true }
        switch action {
        case .history:
            if let nominee = entries[safe: table.selection]?.listing.nominee { app.push(NomineeHistoryScreen(environment: environment, nominee: nominee)) }
        case .previousYear, .nextYear:
            let all = Set(years + [environment.clock.today().year]).sorted()
            guard let index = all.firstIndex(of: year) else { return true }
            let next = index + (action == .previousYear ? -1 : 1)
            if all.indices.contains(next) {
                year = all[next]
                table.select(row: 0)
                reload()
            }
        case .documents:
            guard let entry = entries[safe: table.selection] else { return true }
            guard entry.issuer == .commune else {
                app.show(message: s("document.provinceDecision", entry.decisionNumber), role: .warning)
                return true
            }
            let request = PaperRequest(decisionNumber: entry.decisionNumber, today: environment.clock.today())
            DocumentExportDialogs(environment: environment).choose([(.decision, request), (.paymentList, request)],
                                                                   certificatesOf: entry.decisionNumber, app: app)
        case .process:
            guard let entry = entries[safe: table.selection], !entry.revoked else { return true }
            WorkflowDialogs(environment: environment) { [weak self] _ in self?.reload() }
                .take(.revoke, [entry.listing.nomination.id], app: app)
        default:
            return false
        }
        return true
    }
}
