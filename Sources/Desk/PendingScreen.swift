import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// The pending awards: every nomination not yet decided, by workflow stage, with its status
/// and the rulebook's first verdict. Enter opens the nomination.
final class PendingScreen: Screen, TableDataSource {
    private let environment: DeskEnvironment
    private lazy var table = TableView(columns: [
        TableColumn(environment.strings("pending.column.id"), .fixed(16)),
        TableColumn(environment.strings("pending.column.nominee"), .flexible(weight: 3, minimum: 16)),
        TableColumn(environment.strings("pending.column.award"), .flexible(weight: 2, minimum: 9)),
        TableColumn(environment.strings("pending.column.status"), .fixed(13)),
        TableColumn(environment.strings("pending.column.verdict"), .fixed(15)),
    ], dataSource: self)
    private var cache = WindowCache<NominationListing>()
    private var count = 0
    /// Narrow screens show award abbreviations (LĐTT, GĐVH) instead of short names.
    private var compact = false

    init(environment: DeskEnvironment) {
        self.environment = environment
        table.emptyText = environment.strings("pending.empty")
        reload()
    }

    var title: String { environment.strings("pending.title") }
    var keyContexts: [KeyContext] { [.list] }

    func didReappear(app: Application) { reload() }

    private func reload() {
        count = (try? environment.store.pendingCount()) ?? 0
        cache.invalidate()
        table.clampSelection()
    }

    var rowCount: Int { count }

    private func listings(in range: Range<Int>) -> ArraySlice<NominationListing> {
        let store = environment.store
        return cache.rows(in: range) { offset, limit in (try? store.pending(offset: offset, limit: limit)) ?? [] }
    }

    func rows(in range: Range<Int>) -> [[TableCell]] {
        listings(in: range).map { listing in
            let evaluation = environment.evaluate(listing)
            let definition = environment.rulebook(forYear: listing.nomination.year).award(listing.nomination.award)
            let award = (compact ? definition?.abbreviation : definition?.shortName(environment.language)) ?? listing.nomination.award
            return [
                TableCell(listing.nomination.id, role: .muted),
                TableCell(listing.nominee.name),
                TableCell(award),
                TableCell(environment.statusLabel(listing.nomination.status)),
                TableCell(environment.eligibilityLabel(evaluation.eligibility), role: environment.role(of: evaluation.eligibility)),
            ]
        }
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let s = environment.strings
        buffer.put(s("pending.summary", count), at: Point(x: rect.minX + 1, y: rect.minY), style: Style(.muted), limit: rect.width - 2)
        compact = rect.width < 100
        table.columns[2].width = compact ? .fixed(9) : .flexible(weight: 2, minimum: 12)
        table.draw(in: Rect(x: rect.minX + 1, y: rect.minY + 2, width: rect.width - 2, height: rect.height - 2), on: &buffer)
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if table.perform(action) { return true }
        guard action == .choose else { return false }
        let row = table.selection
        guard row < count, let listing = listings(in: row..<(row + 1)).first else { return true }
        app.push(NominationFormScreen(environment: environment, draft: NominationDraft(editing: listing.nomination, nominee: listing.nominee),
                                      version: listing.version))
        return true
    }
}
