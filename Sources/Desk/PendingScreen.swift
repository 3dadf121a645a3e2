import WardServices
import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// The pending review the clerk opens every morning: every nomination not yet decided, in
/// groups with counts (overdue, missing information, not received, waiting for the council,
/// waiting for a decision, submitted), aged in working days against the statutory clocks.
/// Enter on a group folds it, on a nomination opens it; Space marks; F5 takes the selected
/// or marked ones a step further; F4 narrows, F6 orders, `/` searches.
final class PendingScreen: ReadsStore {
    typealias Row = PendingRows.Row

    let environment: DeskEnvironment
    private lazy var source = PendingRows { [unowned self] row in self.cells(row) }
    private lazy var table = TableView(columns: [], dataSource: source)
    private(set) var review: PendingAwards?
    private(set) var counts: [PendingGroup: Int] = [:]
    /// False while `counts` are lower bounds (a search being typed).
    private var countsExact = true
    /// What the list is narrowed to (the search aside).
    var filter = PendingQuery()
    var sort = PendingOrder.name
    private var folded: Set<PendingGroup> = []
    /// The search the cursor was last placed for: the cursor goes to the first nomination when the
    /// list first appears and whenever the search changes.
    private var cursorPlacedFor: String?
    private(set) var marked: Set<String> = []
    /// What `/` is searching for.
    private var search = TextInput()
    private var searching = false
    private var wide = false
    /// Why the review could not be read, if it could not.
    private(set) var trouble: StoreTrouble?
    /// Every nomination the search matches, when they are few (`KeptMatches`).
    private(set) var matches: KeptMatches?
    /// The pending nominations whose id holds a part of the search (`search`), when they are
    /// few: read at the search's second letter and handed to the store when the matches are
    /// read, which then scans no id.
    private var idsHolding: (search: String, ids: [String])?
    var s: Localizer { environment.strings }

    init(environment: DeskEnvironment) {
        self.environment = environment
        table.selectionStyle = environment.selectionStyle
        table.emptyText = environment.strings("pending.empty")
        source.fetch = { [unowned self] group, offset, limit in
            guard let review = self.review else { return [] }
            let (query, order) = (self.query, self.sort)
            // No more than the group's count is asked for: while a search is typed the counts
            // are lower bounds, and a walk of the group stops once it has found them.
            let wanted = min(limit, max(0, (self.counts[group] ?? 0) - offset))
            guard wanted > 0 else { return [] }
            if let matches = self.matches {
                let kept = matches.groups[group] ?? []
                let ids = kept[min(offset, kept.count)..<min(offset + wanted, kept.count)].map(\.nominationID)
                return self.environment.read(&self.trouble) { try review.items(ids: ids) } ?? []
            }
            return self.environment.read(&self.trouble) { try review.items(query, group: group, order: order, offset: offset, limit: wanted) } ?? []
        }
        reload()
    }

    var title: String { s("pending.title") }
    /// While the search line has the keys, Space, "/" and the other letters are typed into it.
    var keyContexts: [KeyContext] { searching ? [.searchLine, .textField, .list] : [.pending, .list] }

    func didReappear(app: Application) { reload() }
    func reread() { reload() }

    /// The filter with the search typed.
    private var query: PendingQuery {
        var query = filter
        query.search = search.text
        return query
    }

    /// Judges what changed since the review was last read and lays the list out again (after a
    /// step, or another desk's commit).
    func reload() {
        trouble = nil
        (matches, idsHolding, sample) = (nil, nil, nil)
        review = environment.read(&trouble) { try PendingAwards(store: environment.store, rules: environment.rules, today: environment.clock.today()) }
        // A mark stays on a nomination still pending (all stay while the store cannot say).
        marked = marked.filter { id in
            guard let listing = environment.read(&trouble, { try environment.store.nomination(id: id) }) else { return true }
            return listing.map { NominationStatus.pending.contains($0.nomination.status) } ?? false
        }
        regroup()
    }

    /// Standings among which a keystroke of the search counts the groups; the exact counts
    /// come when typing stops.
    static let countedWhileTyping = 5_000

    /// Counts the groups again and forgets the rows read (fold, sort, search, filter). While a
    /// search is being typed (`typing`), the counts are those among the first standings only
    /// (lower bounds, counted in memory among those `sample` keeps), made exact when typing
    /// stops; exact at once when the matches are kept (`KeptMatches`).
    func regroup(typing: Bool = false) {
        let query = query
        let folded = query.search.foldedForSearch
        if let review {
            var estimated: (counts: [PendingGroup: Int], exact: Bool)?
            var likelyFew = !typing
            if !narrowMatches(folded), typing, !folded.isEmpty {
                if sample?.filter != filter {
                    let filter = filter
                    sample = environment.read(&trouble) { try review.sample(filter, examining: Self.countedWhileTyping) }.map { (filter, $0) }
                }
                if let kept = sample?.sample {
                    let counts = kept.counts(folded: folded)
                    estimated = (counts, kept.isWhole)
                    // Matches found that rarely among the first standings are worth reading at once:
                    // a group's window would walk far for its rows.
                    likelyFew = counts.values.reduce(0, +) * kept.standings <= Self.fewMatches * max(1, kept.examined)
                }
            }
            if matches == nil, likelyFew { readMatches(query, review: review) }
            if let matches {
                counts = matches.groups.compactMapValues { $0.isEmpty ? nil : $0.count }
                countsExact = true
            } else if typing, !folded.isEmpty {
                (counts, countsExact) = estimated ?? ([:], true)
            } else {
                counts = environment.read(&trouble) { try review.counts(query) } ?? [:]
                countsExact = true
            }
        } else {
            (counts, countsExact) = ([:], true)
        }
        source.layout(counts: counts, folded: self.folded)
        table.highlight = folded
        table.clampSelection()
        if cursorPlacedFor != search.text, let first = source.firstItemRow {
            table.select(row: first)
            cursorPlacedFor = search.text
        }
    }

    /// The first standings under `filter` (`Store.pendingSample`), read at a search's first
    /// letter and kept until the filter changes or the review is read again: each keystroke
    /// counts its search among them in memory.
    private var sample: (filter: PendingQuery, sample: PendingSample)?

    /// Every nomination a search matches, by group in the review's order, when their nominees
    /// are few (`fewMatches`, found through the trigram index): the next letters typed narrow
    /// them in memory, the counts are exact at once, and a window is read by id, where a group's
    /// window would walk its names testing each nominee's key until it found its rows (tens
    /// of thousands of look-ups for "nguyen thi h" in a province).
    struct KeptMatches {
        /// The folded search they match.
        var search: String
        /// The filter and order they were read under.
        var filter: PendingQuery
        var sort: PendingOrder
        var groups: [PendingGroup: [PendingMatch]]
    }

    /// Nominees a search may match for its nominations to be kept, and ids holding it for them
    /// to be kept: reading the standings of 2 500 nominees costs about what walking a group's
    /// names for a window costs when they hold the search that rarely (1 % of the standings in
    /// a province); below, reading them is cheaper, above, the walk.
    static let fewMatches = 2_500

    /// Reads the ids holding the search `folded` unless those kept hold a part of it (from its
    /// second letter: one letter is held by too many ids; kept until the review is read again,
    /// whatever is typed next), narrows the kept matches to it when it contains theirs (same
    /// filter and order), and forgets matches that do not apply. True when matches are kept
    /// for it.
    private func narrowMatches(_ folded: String) -> Bool {
        if folded.unicodeScalars.count >= 2, !(idsHolding.map { NomineesScreen.bytes(of: folded, contain: $0.search) } ?? false),
           let review {
            let search = search.text
            idsHolding = environment.read(&trouble) { try review.ids(holding: search, atMost: Self.fewMatches) }.flatMap { $0 }
                .map { (folded, $0) }
        }
        guard let known = matches, known.filter == filter, known.sort == sort, folded.unicodeScalars.count >= 3,
              NomineesScreen.bytes(of: folded, contain: known.search) else {
            matches = nil
            return false
        }
        if known.search != folded {
            matches = KeptMatches(search: folded, filter: filter, sort: sort,
                                  groups: known.groups.mapValues { PendingMatch.matching($0, folded: folded) })
        }
        return true
    }

    /// Asks the store for the matches of `query`'s search (three letters or more), kept when
    /// their nominees are few.
    private func readMatches(_ query: PendingQuery, review: PendingAwards) {
        let folded = query.search.foldedForSearch
        guard folded.unicodeScalars.count >= 3 else { return }
        let (order, filter) = (sort, filter)
        let ids = idsHolding.flatMap { NomineesScreen.bytes(of: folded, contain: $0.search) ? $0.ids : nil }
        if let found = environment.read(&trouble, { try review.matches(query, order: order, atMost: Self.fewMatches, idsAmong: ids) }), let found {
            matches = KeptMatches(search: folded, filter: filter, sort: order, groups: Dictionary(grouping: found, by: \.group))
        }
    }

    /// The nominations a step applies to: the marked ones, else the selected one.
    /// - Throws: the store's error when the marked ones cannot be read.
    func chosen() throws -> [NominationListing] {
        if !marked.isEmpty { return try marked.sorted().compactMap { try environment.store.nomination(id: $0) } }
        if case .item(let item)? = source.row(at: table.selection) { return [item.listing] }
        return []
    }

    // MARK: Cells

    private func cells(_ row: Row) -> [TableCell] {
        switch row {
        case .heading(let group, let count):
            let sign = folded.contains(group) ? "▸" : "▾"
            return [.heading("\(sign) \(s("pending.group." + group.rawValue)) (\(count))", role: group == .overdue ? .error : .frame)]
        case .item(let item):
            let n = item.listing.nomination
            let definition = environment.rulebook(forYear: n.year).award(n.award)
            let award = (wide ? definition?.shortName(environment.language) : definition?.abbreviation(environment.language)) ?? n.award
            let isMarked = marked.contains(n.id)
            // At 80 columns the mark takes one column and every cell its short form, so that
            // the verdict keeps its column.
            let mark = wide ? (isMarked ? "■ " : "  ") : (isMarked ? "■" : " ")
            let age = item.assessment.ageWorkingDays.map { s(wide ? "pending.age" : "pending.ageShort", $0) } ?? "—"
            let verdict = wide ? environment.eligibilityLabel(item.eligibility) : s("eligibility.short." + item.eligibility.rawValue)
            return [
                TableCell(mark + n.id, role: isMarked ? .highlight : .muted),
                TableCell(item.listing.nominee.name),
                TableCell(award),
                TableCell(wide ? environment.statusLabel(n.status) : s("status.short." + n.status.rawValue)),
                TableCell(age, role: .muted),
                deadlineCell(item.assessment),
                TableCell(verdict, role: environment.role(of: item.eligibility)),
            ]
        }
    }

    private func deadlineCell(_ assessment: PendingAssessment) -> TableCell {
        guard let left = assessment.workingDaysLeft, let deadline = assessment.deadline else { return TableCell("") }
        if left < 0 || assessment.group == .overdue {
            return TableCell(s(wide ? "pending.late" : "pending.lateShort", max(1, -left)), role: .error)
        }
        if left == 0 { return TableCell(s(wide ? "pending.dueToday" : "pending.dueTodayShort"), role: .warning) }
        return TableCell(wide ? s("pending.leftUntil", left, deadline.dayAndMonth) : s("pending.leftShort", left), role: left <= 3 ? .warning : .muted)
    }

    // MARK: Drawing

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        wide = rect.width >= 110
        let left = rect.minX + 1
        let width = rect.width - 2
        if searching || !search.text.isEmpty {
            let label = s("search.label") + " "
            var x = left
            x += buffer.put(label, at: Point(x: x, y: rect.minY), style: Style(.normal, [.bold]))
            let fieldWidth = min(40, rect.maxX - x - 2)
            let (shown, cursorColumn) = search.visible(width: fieldWidth)
            buffer.fill(Rect(x: x, y: rect.minY, width: fieldWidth, height: 1), style: Style(searching ? .focusedField : .field))
            buffer.put(shown, at: Point(x: x, y: rect.minY), style: Style(searching ? .focusedField : .field), limit: fieldWidth)
            if searching { buffer.cursor = Point(x: x + cursorColumn, y: rect.minY) }
            let found = s(countsExact ? "search.found" : "search.foundAtLeast", counts.values.reduce(0, +))
            buffer.put(found, at: Point(x: x + fieldWidth + 2, y: rect.minY), style: Style(.muted), limit: rect.maxX - x - fieldWidth - 3)
        }
        // The counts of every group: on two rows when one cannot hold them (never cut); why
        // not, when the review could not be read.
        var top = rect.minY
        if let trouble, review == nil {
            trouble.draw(in: Rect(x: rect.minX, y: top + (searching || !search.text.isEmpty ? 1 : 0), width: rect.width,
                                  height: rect.maxY - top - 1), strings: s, on: &buffer)
            return
        }
        if !(searching || !search.text.isEmpty) {
            for line in TextWrap.lines(items: summary, separator: " · ", width: max(1, width)).prefix(2) {
                buffer.put(line, at: Point(x: left, y: top), style: Style(.normal), limit: width)
                top += 1
            }
        } else {
            top += 1
        }
        buffer.put(filterLine, at: Point(x: left, y: top), style: Style(filter.isActive ? .warning : .muted), limit: width)
        top += 1
        // Decisions whose list is still to be published: their clock (F7 records it).
        if let publications = review?.publications, let first = publications.first {
            let today = environment.clock.today()
            var line = PendingReport.publicationLine(first, today: today, strings: s)
            if publications.count > 1 { line += " " + s("pending.publication.more", publications.count - 1) }
            line += " · " + s("pending.publication.hint")
            let late = publications.contains { $0.daysLeft(on: today) < 0 }
            for part in TextWrap.lines(line, width: max(1, width)).prefix(2) {
                buffer.put(part, at: Point(x: left, y: top), style: Style(late ? .error : .warning), limit: width)
                top += 1
            }
        }
        // The verdict is why the clerk opens this list: at 80 columns it keeps a column of
        // its own (a symbol and a word), the other cells take their short forms.
        table.columns = wide ? [
            TableColumn(s("pending.column.id"), .fixed(18)),
            TableColumn(s("pending.column.nominee"), .flexible(weight: 3, minimum: 14)),
            TableColumn(s("pending.column.award"), .flexible(weight: 2, minimum: 12)),
            TableColumn(s("pending.column.status"), .fixed(13)),
            TableColumn(s("pending.column.age"), .fixed(9)),
            TableColumn(s("pending.column.deadline"), .fixed(20)),
            TableColumn(s("pending.column.verdict"), .fixed(17)),
        ] : [
            TableColumn(s("pending.column.id"), .fixed(17)),
            TableColumn(s("pending.column.nominee"), .flexible(weight: 1, minimum: 12)),
            TableColumn(s("pending.column.awardShort"), .fixed(7)),
            TableColumn(s("pending.column.status"), .fixed(11)),
            TableColumn(s("pending.column.age"), .fixed(5)),
            TableColumn(s("pending.column.deadline"), .fixed(9)),
            TableColumn(s("pending.column.verdictShort"), .fixed(7)),
        ]
        let list = Rect(x: left, y: top, width: width, height: rect.maxY - top)
        table.draw(in: list, on: &buffer)
        // Drawn after the list: a window read while drawing may have failed.
        trouble?.draw(in: list, strings: s, on: &buffer)
    }

    /// "4236 hồ sơ: quá hạn 1", "thiếu TT 2", … — every group's count, the empty ones too, to
    /// be joined by " · " (a line breaks between two groups, never inside one).
    private var summary: [String] {
        let total = counts.values.reduce(0, +)
        var parts = PendingGroup.allCases.map { "\(s("pending.groupShort." + $0.rawValue)) \(counts[$0] ?? 0)" }
        if !parts.isEmpty { parts[0] = s("pending.summary", total) + ": " + parts[0] }
        return parts
    }

    /// What narrows the list and its order; marks when there are any.
    private var filterLine: String {
        var parts: [String] = []
        if let year = filter.year { parts.append(s("pending.filter.year", year)) }
        if let award = filter.award { parts.append(environment.awardName(award)) }
        if let unit = filter.unitID { parts.append(environment.placeName(unit, .collective)) }
        if let group = filter.groupID { parts.append(environment.placeName(group, .residentialGroup)) }
        if let status = filter.status { parts.append(environment.statusLabel(status)) }
        if let standing = filter.eligibility { parts.append(environment.eligibilityLabel(standing)) }
        var line = parts.isEmpty ? s("pending.filter.none") : s("pending.filter.some", parts.joined(separator: ", "))
        line += " · " + s("pending.sort." + sort.rawValue)
        if !marked.isEmpty { line += " · " + s("pending.marked", marked.count) }
        return line
    }

    // MARK: Input

    /// A click selects a row; a click on the selected row opens it.
    func click(at point: Point, app: Application) -> Bool {
        let before = table.selection
        guard let row = table.click(at: point) else { return false }
        if row == before { _ = perform(.choose, app: app) }
        return true
    }

    /// Enter needs a row; F5 and Space a nomination (or marks, for F5); searching, filtering,
    /// sorting and publishing need a review that could be read.
    func offers(_ action: Action) -> Bool {
        if review == nil, [Action.search, .filter, .sort, .publish].contains(action) { return false }
        switch action {
        case .choose where !searching: return source.rowCount > 0
        case .mark: if case .item? = source.row(at: table.selection) { return true } else { return false }
        case .process:
            if !marked.isEmpty { return true }
            if case .item? = source.row(at: table.selection) { return true } else { return false }
        default: return true
        }
    }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        if searching, TextInput.editingActions.contains(action) {
            let before = search.text
            _ = search.perform(action)
            if search.text != before {
                table.select(row: 0)
                regroup(typing: true)
            }
            return true
        }
        if table.perform(action) { return true }
        switch action {
        case .search:
            searching = true
        case .choose where searching:
            searching = false
        case .back where searching || !search.text.isEmpty:
            searching = false
            search.set("")
            table.select(row: 0)
            regroup()
        case .choose:
            open(app: app)
        case .mark:
            guard case .item(let item)? = source.row(at: table.selection) else { return true }
            let id = item.listing.nomination.id
            if marked.contains(id) { marked.remove(id) } else { marked.insert(id) }
            // On to the next nomination, over a group's heading.
            _ = table.perform(.down)
            if case .heading? = source.row(at: table.selection), table.selection + 1 < source.rowCount { _ = table.perform(.down) }
        case .process:
            let listings: [NominationListing]
            do { listings = try chosen() } catch {
                app.present(environment.troubleDialog(StoreTrouble(error, attempt: .read, environment: environment)!))
                return true
            }
            guard !listings.isEmpty else { return true }
            WorkflowDialogs(environment: environment) { [weak self] _ in
                self?.marked = []
                self?.reload()
            }.chooseStep(for: listings, app: app)
        case .filter:
            presentFilter(app: app)
        case .sort:
            let all = PendingOrder.allCases
            sort = all[((all.firstIndex(of: sort) ?? 0) + 1) % all.count]
            regroup()
        case .publish:
            recordPublication(app: app)
        default:
            return false
        }
        return true
    }

    /// F7: the day a decision's list was published (a picker first when several wait).
    private func recordPublication(app: Application) {
        let publications = review?.publications ?? []
        guard !publications.isEmpty else {
            app.show(message: s("pending.publication.none"))
            return
        }
        let ask = { [weak self] (publication: PendingPublication) in
            guard let self else { return }
            app.present(FormDialog(title: self.s("pending.publication.title", publication.decision), hint: self.s("form.dialog.hint"),
                                   fields: { _ in
                [.text("date", self.s("pending.publication.date"), self.environment.clock.today().vietnamese, required: true, width: 12)]
            }, onSubmit: { [weak self] app, form in
                guard let self else { return [:] }
                guard let day = CivilDate(vietnamese: form.text("date") ?? "") else { return ["date": self.s("validation.invalidDate")] }
                do {
                    try self.environment.store.recordPublication(decision: publication.decision, on: day)
                } catch {
                    // The store failing: under the fields, the date kept; a refusal (a date before
                    // the decision): under the date.
                    guard let trouble = StoreTrouble(error, attempt: .write, environment: self.environment) else {
                        return ["date": self.environment.describe(error)]
                    }
                    return [FormDialog.wholeForm: trouble.inForm(self.s)]
                }
                app.show(message: self.s("pending.publication.saved", publication.decision, day.vietnamese), role: .ok)
                self.reload()
                return [:]
            }))
        }
        if publications.count == 1 { ask(publications[0]); return }
        let entries = publications.map {
            PickerDialog.Entry(id: $0.decision, label: $0.decision, detail: PendingReport.publicationLine($0, today: environment.clock.today(),
                                                                                                          strings: s))
        }
        app.present(PickerDialog(title: s("pending.publication.choose"), filterLabel: s("picker.filter"), entries: entries) { _, entry in
            if let chosen = publications.first(where: { $0.decision == entry.id }) { ask(chosen) }
        })
    }

    /// Enter: folds a group, or opens a nomination in the form.
    private func open(app: Application) {
        switch source.row(at: table.selection) {
        case .heading(let group, _)?:
            if folded.contains(group) { folded.remove(group) } else { folded.insert(group) }
            regroup()
        case .item(let item)?:
            let listing = item.listing
            app.push(NominationFormScreen(environment: environment, draft: NominationDraft(editing: listing.nomination, nominee: listing.nominee),
                                          version: listing.version))
        case nil:
            break
        }
    }

    func handle(_ key: KeyEvent, app: Application) -> Bool {
        guard searching, case .character = key else { return false }
        let before = search.text
        guard search.handle(key, composer: app.inputMethod) else { return false }
        if search.text != before {
            table.select(row: 0)
            regroup(typing: true)
        }
        return true
    }

    /// Typing stopped: counts left at lower bounds are made exact.
    func idle(app: Application) {
        guard !countsExact else { return }
        regroup()
    }
}
