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
    /// False while `count` is only a lower bound (a filter of one or two letters, counted among
    /// the first nominees while typing); the exact number comes when typing stops.
    private var countIsExact = true
    private var total = 0
    private var placeNames: [String: String] = [:]
    private(set) var trouble: StoreTrouble?
    /// Every nominee the filter matches, in list order, when they are few (`fewMatches`): the
    /// next letters typed narrow them in memory, and a page is read by id, instead of asking
    /// the trigram index again (10–20 ms a phrase in a province).
    private var matches: (filter: String, list: [NomineeMatch])?
    static let fewMatches = 5_000

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

    /// Whether `text` holds `part`, compared as UTF-8 bytes (as SQLite's `instr` compares the
    /// folded keys).
    static func bytes(of text: String, contain part: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(part.utf8)
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var index = 1
            while index < needle.count, haystack[start + index] == needle[index] { index += 1 }
            if index == needle.count { return true }
        }
        return false
    }

    /// Typing stopped: a count left at a lower bound is made exact.
    func idle(app: Application) {
        guard !countIsExact else { return }
        let filterText = filter.text
        count = environment.read(&trouble) { try environment.store.nomineeCount(filter: filterText) } ?? count
        countIsExact = true
        cache.invalidate()
    }

    private func reload() {
        let store = environment.store
        trouble = nil
        matches = nil
        placeNames = [:]
        for type in [NomineeType.collective, .residentialGroup] {
            for nominee in environment.read(&trouble, { try store.nominees(ofType: type) }) ?? [] { placeNames[nominee.id] = nominee.name }
        }
        total = environment.read(&trouble) { try store.nomineeCount() } ?? 0
        refilter()
    }

    /// Nominees a keystroke looks at to count a filter of one or two letters (about 5 ms in a
    /// province); beyond, the count waits for typing to stop.
    static let countedWhileTyping = 20_000

    /// Counts the nominees the filter matches (a trouble of the reload stays shown).
    private func refilter() {
        let filterText = filter.text
        let folded = filterText.foldedForSearch
        var counted: StoreTrouble?
        if let known = matches, folded.unicodeScalars.count >= 3, Self.bytes(of: folded, contain: known.filter) {
            // A longer filter containing the last one matches only among its matches.
            matches = (folded, known.filter == folded ? known.list : known.list.filter { Self.bytes(of: $0.searchKey, contain: folded) })
        } else {
            matches = nil
            (count, countIsExact) = environment.read(&counted) {
                try environment.store.nomineeCount(filter: filterText, examining: Self.countedWhileTyping)
            } ?? (0, true)
            // Few matches (counted first: fetching them stops at none when they are many) are
            // kept for the next letters.
            if countIsExact, count <= Self.fewMatches, counted == nil {
                matches = environment.read(&counted) { try environment.store.nomineeMatches(filter: filterText, atMost: Self.fewMatches) }
                    .flatMap { $0 }.map { (folded, $0) }
            }
        }
        if let matches {
            (count, countIsExact) = (matches.list.count, true)
        }
        trouble = trouble ?? counted
        table.highlight = filter.text.foldedForSearch
        cache.invalidate()
        table.clampSelection()
    }

    /// A window of the nominees the filter matches; none, and the trouble kept, when the store
    /// cannot say.
    /// A page of the filter's nominees: read by id when the matches are `known` (in order),
    /// else by the filter, the count just made telling the page whether the matches are few
    /// enough to sort.
    private func nominees(offset: Int, limit: Int, known: [NomineeMatch]?, counted: (Int, Bool)? = nil) -> [Nominee] {
        let filterText = filter.text
        let store = environment.store
        if let known {
            let ids = known[min(offset, known.count)..<min(offset + limit, known.count)].map(\.id)
            return environment.read(&trouble) { try store.nominees(ids: ids) } ?? []
        }
        return environment.read(&trouble) {
            if let counted { return try store.nominees(filter: filterText, offset: offset, limit: limit, matches: counted) }
            return try store.nominees(filter: filterText, offset: offset, limit: limit)
        } ?? []
    }

    // MARK: TableDataSource

    var rowCount: Int { count }

    func rows(in range: Range<Int>) -> [[TableCell]] {
        let counted = (count, countIsExact)
        let known = matches?.list
        return cache.rows(in: range) { offset, limit in nominees(offset: offset, limit: limit, known: known, counted: counted) }.map { nominee in
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
        let known = matches?.list
        return cache.rows(in: row..<(row + 1)) { offset, limit in nominees(offset: offset, limit: limit, known: known) }.first
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
        let countText = trouble != nil ? "—" : countIsExact ? s("nominees.count", count, total) : s("nominees.countAtLeast", count, total)
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
