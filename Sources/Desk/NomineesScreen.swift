import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// Nominees in a table: people, collectives, households, residential groups; typing filters
/// (accent-insensitive); Enter starts a nomination for the selected one.
final class NomineesScreen: ReadsStore, TableDataSource {
    private let environment: DeskEnvironment
    private var filter = TextInput()
    private lazy var table = TableView(columns: [
        TableColumn(environment.strings("nominees.column.name"), .flexible(weight: 3, minimum: 20)),
        TableColumn(environment.strings("nominees.column.type"), .fixed(14)),
        TableColumn(environment.strings("nominees.column.place"), .flexible(weight: 2, minimum: 16)),
        TableColumn(environment.strings("nominees.column.id"), .fixed(8)),
    ], dataSource: self)
    private var cache = WindowCache<Nominee>()
    private var count = 0
    private var total = 0
    private var placeNames: [String: String] = [:]
    private(set) var trouble: StoreTrouble?

    init(environment: DeskEnvironment) {
        self.environment = environment
        table.selectionStyle = environment.selectionStyle
        table.emptyText = environment.strings("nominees.empty")
        reload()
    }

    var title: String { environment.strings("nominees.title") }
    /// The list's keys, then the filter line's editing keys (the filter always has the typing).
    var keyContexts: [KeyContext] { [.filterList, .textField] }

    func didReappear(app: Application) { reload() }
    func reread() { reload() }

    private func reload() {
        let store = environment.store
        trouble = nil
        placeNames = [:]
        for type in [NomineeType.collective, .residentialGroup] {
            for nominee in environment.read(&trouble, { try store.nominees(ofType: type) }) ?? [] { placeNames[nominee.id] = nominee.name }
        }
        total = environment.read(&trouble) { try store.nomineeCount() } ?? 0
        refilter()
    }

    /// Counts the nominees the filter matches (a trouble of the reload stays shown).
    private func refilter() {
        let filterText = filter.text
        var counted: StoreTrouble?
        count = environment.read(&counted) { try environment.store.nomineeCount(filter: filterText) } ?? 0
        trouble = trouble ?? counted
        table.highlight = filter.text.foldedForSearch
        cache.invalidate()
        table.clampSelection()
    }

    /// A window of the nominees the filter matches; none, and the trouble kept, when the store
    /// cannot say.
    private func nominees(offset: Int, limit: Int) -> [Nominee] {
        let filterText = filter.text
        return environment.read(&trouble) { try environment.store.nominees(filter: filterText, offset: offset, limit: limit) } ?? []
    }

    // MARK: TableDataSource

    var rowCount: Int { count }

    func rows(in range: Range<Int>) -> [[TableCell]] {
        cache.rows(in: range) { offset, limit in nominees(offset: offset, limit: limit) }.map { nominee in
            let place = [nominee.position, nominee.unitID.flatMap { placeNames[$0] }, nominee.groupID.flatMap { placeNames[$0] }]
                .compactMap { $0 }.first ?? ""
            return [TableCell(nominee.name), TableCell(environment.label("nomineeTypes", nominee.type.rawValue), role: .muted),
                    TableCell(place), TableCell(nominee.id, role: .muted)]
        }
    }

    /// The selected nominee.
    private var selectedNominee: Nominee? {
        let row = table.selection
        guard row < count else { return nil }
        return cache.rows(in: row..<(row + 1)) { offset, limit in nominees(offset: offset, limit: limit) }.first
    }

    // MARK: Screen

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let s = environment.strings
        let label = s("nominees.filter") + " "
        var x = rect.minX + 1
        x += buffer.put(label, at: Point(x: x, y: rect.minY), style: Style(.normal, [.bold]))
        let fieldWidth = min(40, rect.maxX - x - 20)
        let (shown, cursorColumn) = filter.visible(width: fieldWidth)
        buffer.fill(Rect(x: x, y: rect.minY, width: fieldWidth, height: 1), style: Style(.focusedField))
        buffer.put(shown, at: Point(x: x, y: rect.minY), style: Style(.focusedField), limit: fieldWidth)
        if filter.text.isEmpty {
            buffer.put(s("nominees.filterHint"), at: Point(x: x, y: rect.minY), style: Style(.focusedField, [.dim]), limit: fieldWidth)
        }
        buffer.cursor = Point(x: x + cursorColumn, y: rect.minY)
        let countText = trouble == nil ? s("nominees.count", count, total) : "—"
        buffer.put(countText, at: Point(x: rect.maxX - countText.displayWidth - 1, y: rect.minY), style: Style(.muted))
        let list = Rect(x: rect.minX + 1, y: rect.minY + 2, width: rect.width - 2, height: rect.height - 2)
        table.draw(in: list, on: &buffer)
        // Drawn after the list: a window read while drawing may have failed.
        trouble?.draw(in: list, strings: s, on: &buffer)
    }

    /// A click selects a row; a click on the selected row opens it.
    func click(at point: Point, app: Application) -> Bool {
        let before = table.selection
        guard let row = table.click(at: point) else { return false }
        if row == before { _ = perform(.choose, app: app) }
        return true
    }

    /// Enter and F3 need a nominee.
    func offers(_ action: Action) -> Bool { (action != .choose && action != .history) || count > 0 }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        if TextInput.editingActions.contains(action) {
            let before = filter.text
            _ = filter.perform(action)
            if filter.text != before {
                refilter()
                table.select(row: 0)
            }
            return true
        }
        if table.perform(action) { return true }
        if action == .search {
            // The filter line is always open here: "/" starts a new search.
            filter.set("")
            refilter()
            table.select(row: 0)
            return true
        }
        if action == .history {
            if let nominee = selectedNominee { app.push(NomineeHistoryScreen(environment: environment, nominee: nominee)) }
            return true
        }
        guard action == .choose else { return false }
        if let nominee = selectedNominee {
            var draft = NominationDraft(year: environment.clock.today().year)
            draft.nominee = .existing(nominee)
            app.push(NominationFormScreen(environment: environment, draft: draft))
        }
        return true
    }

    /// A character typed into the filter line.
    func handle(_ key: KeyEvent, app: Application) -> Bool {
        guard case .character = key else { return false }
        let before = filter.text
        _ = filter.handle(key, composer: app.inputMethod)
        if filter.text != before {
            refilter()
            table.select(row: 0)
        }
        return true
    }
}
