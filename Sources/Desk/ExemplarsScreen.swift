import Commendation
import CommendationStore
import TerminalUI
import VietnameseText

/// The exemplars of a period (for the five-yearly conference, hội nghị điển hình tiên tiến):
/// everyone with awards in a range of years, with counts per title, most awarded first.
/// ←/→ move the period by five years; F4 asks for any range.
final class ExemplarsScreen: ReadsStore {
    private let environment: DeskEnvironment
    private let source = StaticRows()
    private lazy var table = TableView(columns: [], dataSource: source)
    private var from: Int
    private var to: Int
    private var awards: [String] = []
    private var rows: [(nominee: Nominee, counts: [String: Int], total: Int)] = []
    private(set) var trouble: StoreTrouble?
    private var s: Localizer { environment.strings }

    init(environment: DeskEnvironment) {
        self.environment = environment
        // The period that ended most recently: 2020–2025 in 2026.
        let year = environment.clock.today().year
        to = year - 1 - ((year - 1) % 5)
        from = to - 5
        table.selectionStyle = environment.selectionStyle
        table.emptyText = environment.strings("exemplars.empty")
        reload()
    }

    var title: String { s("exemplars.title", from, to) }
    var keyContexts: [KeyContext] { [.exemplars, .list] }

    func didReappear(app: Application) { reload() }
    func reread() { reload() }

    private func reload() {
        trouble = nil
        let period = from...to
        let entries = (environment.read(&trouble) { try environment.store.honourRoll(years: period) } ?? []).filter { !$0.revoked }
        var byNominee: [String: (nominee: Nominee, counts: [String: Int], total: Int)] = [:]
        var seen: [String: Int] = [:]
        for entry in entries {
            let award = entry.listing.nomination.award
            seen[award, default: 0] += 1
            var row = byNominee[entry.listing.nominee.id] ?? (entry.listing.nominee, [:], 0)
            row.counts[award, default: 0] += 1
            row.total += 1
            byNominee[entry.listing.nominee.id] = row
        }
        let order = environment.currentRulebook.awards.map(\.code)
        awards = seen.keys.sorted { (order.firstIndex(of: $0) ?? 99, $0) < (order.firstIndex(of: $1) ?? 99, $1) }
        rows = byNominee.values.sorted { a, b in a.total != b.total ? a.total > b.total : a.nominee.sortKey < b.nominee.sortKey }
        source.rows = rows.map { row in
            [TableCell(row.nominee.name)] + awards.map { TableCell(row.counts[$0].map(String.init) ?? "·", role: row.counts[$0] == nil ? .muted : nil) }
                + [TableCell(String(row.total))]
        }
        table.clampSelection()
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        if let trouble {
            trouble.draw(in: rect, strings: s, on: &buffer)
            return
        }
        let rulebook = environment.currentRulebook
        let totals = awards.map { code in
            "\(rulebook.award(code)?.abbreviation(environment.language) ?? code) \(rows.reduce(0) { $0 + ($1.counts[code] ?? 0) })"
        }
        let summary = totals.isEmpty ? s("exemplars.none", rows.count) : s("exemplars.summary", rows.count, totals.joined(separator: " · "))
        // The counts per title: on two rows when one cannot hold them (never cut).
        let summaryLines = TextWrap.lines(summary, width: max(1, rect.width - 2)).prefix(2)
        for (offset, line) in summaryLines.enumerated() {
            buffer.put(line, at: Point(x: rect.minX + 1, y: rect.minY + offset), style: Style(.muted), limit: rect.width - 2)
        }
        table.columns = [TableColumn(s("exemplars.column.nominee"), .flexible(weight: 3, minimum: 18))]
            + awards.map { code in
                let abbreviation = rulebook.award(code)?.abbreviation(environment.language) ?? code
                return TableColumn(abbreviation, .fixed(max(4, abbreviation.displayWidth)), alignRight: true)
            }
            + [TableColumn(s("exemplars.column.total"), .fixed(5), alignRight: true)]
        let tableTop = summaryLines.count + 1
        table.draw(in: Rect(x: rect.minX + 1, y: rect.minY + tableTop, width: rect.width - 2, height: rect.height - tableTop), on: &buffer)
    }

    /// Enter needs someone to show.
    func offers(_ action: Action) -> Bool { action != .history || !rows.isEmpty }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        if table.perform(action) { return true }
        switch action {
        case .history:
            if let nominee = rows[safe: table.selection]?.nominee { app.push(NomineeHistoryScreen(environment: environment, nominee: nominee)) }
        case .previousYear, .nextYear:
            let step = action == .previousYear ? -5 : 5
            from += step
            to += step
            table.select(row: 0)
            reload()
        case .filter:
            app.present(FormDialog(title: s("exemplars.range.title"), hint: s("form.dialog.hint"), fields: { _ in
                [.text("from", self.s("exemplars.range.from"), String(self.from), required: true, width: 5),
                 .text("to", self.s("exemplars.range.to"), String(self.to), required: true, width: 5)]
            }, onSubmit: { [weak self] _, form in
                guard let self else { return [:] }
                guard let a = Int(form.text("from") ?? ""), (1945...9999).contains(a) else { return ["from": self.s("exemplars.range.year")] }
                guard let b = Int(form.text("to") ?? ""), (a...9999).contains(b) else { return ["to": self.s("exemplars.range.order")] }
                self.from = a
                self.to = b
                self.reload()
                return [:]
            }))
        default:
            return false
        }
        return true
    }
}
