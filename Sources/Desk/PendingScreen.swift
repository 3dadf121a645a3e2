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
        TableColumn(environment.strings("pending.column.verdict"), .fixed(17)),
    ], dataSource: self)
    private var cache = WindowCache<NominationListing>()
    private var count = 0
    /// Narrow screens show award abbreviations (LĐTT, GĐVH) instead of short names.
    private var compact = false
    /// Only nominations of this standing are shown (F4 cycles); nil shows all.
    private var standing: Eligibility?
    /// With a standing chosen: the matching nominations with their evaluations. Judging is
    /// needed to filter, so this one list is read whole (a ward's pending list is short).
    private var filtered: [(listing: NominationListing, evaluation: Evaluation)] = []
    /// What `/` is searching for (nominee name, position, ID, or the nomination's id).
    private var search = TextInput()
    /// True while the search line takes the typing.
    private var searching = false

    init(environment: DeskEnvironment) {
        self.environment = environment
        table.selectionStyle = environment.selectionStyle
        table.emptyText = environment.strings("pending.empty")
        reload()
    }

    var title: String { environment.strings("pending.title") }
    var keyContexts: [KeyContext] { searching ? [.searchLine, .list] : [.list] }

    func didReappear(app: Application) { reload() }

    private func reload() {
        count = (try? environment.store.pendingCount(search: search.text)) ?? 0
        cache.invalidate()
        table.highlight = search.text.foldedForSearch
        if let standing {
            let judge = environment.judge
            let query = search.text.foldedForSearch
            let matching = ((try? environment.store.allPending()) ?? []).filter { listing in
                query.isEmpty || listing.nominee.searchKey.contains(query) || listing.nomination.id.lowercased().contains(query)
            }
            filtered = matching.compactMap { listing in
                let evaluation = judge.evaluate(listing)
                let shown: Eligibility = evaluation.eligibility == .notAssessed ? .incomplete : evaluation.eligibility
                return shown == standing ? (listing, evaluation) : nil
            }
        } else {
            filtered = []
        }
        table.clampSelection()
    }

    var rowCount: Int { standing == nil ? count : filtered.count }

    private func listings(in range: Range<Int>) -> [(listing: NominationListing, evaluation: Evaluation?)] {
        if standing != nil {
            return Array(filtered[range.clamped(to: 0..<filtered.count)]).map { ($0.listing, $0.evaluation) }
        }
        let store = environment.store
        let query = search.text
        return cache.rows(in: range) { offset, limit in (try? store.pending(offset: offset, limit: limit, search: query)) ?? [] }
            .map { ($0, nil) }
    }

    func rows(in range: Range<Int>) -> [[TableCell]] {
        listings(in: range).map { listing, known in
            let evaluation = known ?? environment.evaluate(listing)
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
        let summary = standing.map { s("pending.filtered", environment.eligibilityLabel($0), filtered.count, count) } ?? s("pending.summary", count)
        if searching || !search.text.isEmpty {
            let label = s("search.label") + " "
            var x = rect.minX + 1
            x += buffer.put(label, at: Point(x: x, y: rect.minY), style: Style(.normal, [.bold]))
            let fieldWidth = min(40, rect.maxX - x - 2)
            let (shown, cursorColumn) = search.visible(width: fieldWidth)
            buffer.fill(Rect(x: x, y: rect.minY, width: fieldWidth, height: 1), style: Style(searching ? .focusedField : .field))
            buffer.put(shown, at: Point(x: x, y: rect.minY), style: Style(searching ? .focusedField : .field), limit: fieldWidth)
            if searching { buffer.cursor = Point(x: x + cursorColumn, y: rect.minY) }
            let found = s("search.found", standing == nil ? count : filtered.count)
            buffer.put(found, at: Point(x: x + fieldWidth + 2, y: rect.minY), style: Style(.muted), limit: rect.maxX - x - fieldWidth - 3)
        } else {
            buffer.put(summary, at: Point(x: rect.minX + 1, y: rect.minY), style: Style(standing == nil ? .muted : .warning), limit: rect.width - 2)
        }
        compact = rect.width < 100
        table.columns[2].width = compact ? .fixed(9) : .flexible(weight: 2, minimum: 12)
        table.draw(in: Rect(x: rect.minX + 1, y: rect.minY + 2, width: rect.width - 2, height: rect.height - 2), on: &buffer)
    }

    /// A click selects a row; a click on the selected row opens it.
    func click(at point: Point, app: Application) -> Bool {
        let before = table.selection
        guard let row = table.click(at: point) else { return false }
        if row == before { _ = perform(.choose, app: app) }
        return true
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if table.perform(action) { return true }
        if action == .search {
            searching = true
            return true
        }
        if searching, action == .choose {
            searching = false
            return true
        }
        if searching || !search.text.isEmpty, action == .back {
            searching = false
            search.set("")
            table.select(row: 0)
            reload()
            return true
        }
        if action == .filterStanding {
            let order: [Eligibility?] = [nil, .eligible, .notEligible, .incomplete]
            standing = order[((order.firstIndex(of: standing) ?? 0) + 1) % order.count]
            table.select(row: 0)
            reload()
            return true
        }
        guard action == .choose else { return false }
        let row = table.selection
        guard row < rowCount, let listing = listings(in: row..<(row + 1)).first?.listing else { return true }
        app.push(NominationFormScreen(environment: environment, draft: NominationDraft(editing: listing.nomination, nominee: listing.nominee),
                                      version: listing.version))
        return true
    }

    func handle(_ key: KeyEvent, app: Application) -> Bool {
        guard searching else { return false }
        let before = search.text
        guard search.handle(key, composer: app.inputMethod) else { return false }
        if search.text != before {
            table.select(row: 0)
            reload()
        }
        return true
    }
}
