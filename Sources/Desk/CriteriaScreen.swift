import Commendation
import TerminalUI
import VietnameseText

/// "Tiêu chí": the rulebook in force for a year, award by award, each criterion with its basis
/// and certainty, and the council's layer on top. National rules are shown, not edited; the
/// council switches and tunes the adjustable ones, adds its own criteria and awards, and sets
/// its working rules. Every change goes to the store's audit trail.
final class CriteriaScreen: Screen {
    /// One line of the list.
    enum Row {
        case title(String)
        case option(key: String, value: Double)
        /// A ward setting shown with its value ("rules.province", "money.base-salary").
        case setting(key: String, shown: String)
        case section(String)
        case award(AwardDefinition)
        case criterion(Criterion, award: String?)
        case blank
    }

    let environment: DeskEnvironment
    private(set) var year: Int
    private(set) var rows: [Row] = []
    private var selection = 0
    private var top = 0
    private var visibleRows = 10
    /// "/": the text to find among awards and criteria (accent-insensitive).
    private var search = TextInput()
    private var searching = false
    /// The width the rulebook's title was wrapped to (it takes as many rows as it needs).
    private var titleWidth = 78
    /// Rows under the list for the selected row whole, when the list cuts it.
    private static let detailRows = 4

    init(environment: DeskEnvironment) {
        self.environment = environment
        year = environment.clock.today().year
        rebuild()
    }

    var title: String { environment.strings("criteria.title", year) }
    var keyContexts: [KeyContext] { searching ? [.criteriaSearch, .searchLine, .textField, .criteria] : [.criteria] }
    var rulebook: Rulebook { environment.rulebook(forYear: year) }
    var s: Localizer { environment.strings }

    func didReappear(app: Application) { rebuild() }

    /// Rebuilds the rows from the rulebook of the year with the council's layer.
    func rebuild() {
        let language = environment.language
        let book = rulebook
        let titles = [book.title(language), s("criteria.effective", book.effectiveFrom.vietnamese,
                                                 book.effectiveUntil?.vietnamese ?? s("criteria.openEnded"))]
        let oldTitleRows = self.rows.prefix { if case .title = $0 { return true } else { return false } }.count
        var rows: [Row] = titles.flatMap { TextWrap.lines($0, width: titleWidth).map(Row.title) } + [.blank]
        // The selection stays on its row when the title takes more or fewer rows.
        if oldTitleRows > 0 { selection += rows.count - 1 - oldTitleRows }
        rows.append(.section(s("criteria.section.council")))
        rows.append(.option(key: "session.attendance", value: environment.attendancePercent))
        rows.append(.blank)
        rows.append(.section(s("criteria.section.ward")))
        rows.append(.setting(key: "rules.province", shown: environment.provinceName))
        rows.append(.setting(key: "money.base-salary", shown: environment.baseSalaryShown))
        rows.append(.blank)
        for award in book.awards {
            rows.append(.award(award))
            for criterion in award.criteria ?? [] { rows.append(.criterion(criterion, award: award.code)) }
        }
        rows.append(.blank)
        rows.append(.section(s("criteria.section.common")))
        for criterion in book.commonCriteria { rows.append(.criterion(criterion, award: nil)) }
        self.rows = rows
        selection = min(max(selection, 0), rows.count - 1)
        if !isSelectable(rows[selection]) { move(by: 1) }
    }

    private func isSelectable(_ row: Row) -> Bool {
        switch row {
        case .option, .setting, .award, .criterion: return true
        default: return false
        }
    }

    private func move(by step: Int) {
        var index = selection
        repeat {
            index += step
            guard rows.indices.contains(index) else { return }
        } while !isSelectable(rows[index])
        selection = index
    }

    /// The award the selected row belongs to (the row itself, or the award above it).
    var selectedAward: AwardDefinition? {
        for index in stride(from: selection, through: 0, by: -1) {
            if case .award(let award) = rows[index] { return award }
            if case .section = rows[index] { return nil }
        }
        return nil
    }

    var selectedRow: Row { rows[selection] }

    /// Puts the selection on an award's row.
    func select(awardCode code: String) {
        if let index = rows.firstIndex(where: { if case .award(let award) = $0 { return award.code == code } else { return false } }) {
            selection = index
        }
    }

    // MARK: Drawing

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        var rect = rect
        if searching {
            let (list, line) = rect.splitBottom(1)
            rect = list
            let label = s("search.label") + " "
            let x = line.minX + 1 + buffer.put(label, at: Point(x: line.minX + 1, y: line.minY), style: Style(.normal, [.bold]))
            let width = min(40, line.maxX - x - 1)
            let (shown, column) = search.visible(width: width)
            buffer.fill(Rect(x: x, y: line.minY, width: width, height: 1), style: Style(.focusedField))
            buffer.put(shown, at: Point(x: x, y: line.minY), style: Style(.focusedField), limit: width)
            buffer.cursor = Point(x: x + column, y: line.minY)
        }
        if rect.width - 2 != titleWidth {
            titleWidth = rect.width - 2
            rebuild()
        }
        // The selected row, whole, under the list when the list cuts it.
        let (listRect, detailRect) = rect.splitBottom(Self.detailRows)
        rect = listRect
        if let (text, _) = rows.indices.contains(selection) ? rowText(rows[selection]) : nil, text.displayWidth > rect.width - 2 {
            buffer.put(String(repeating: "─", count: detailRect.width - 2), at: Point(x: detailRect.minX + 1, y: detailRect.minY),
                       style: Style(.frame))
            let lines = TextWrap.lines(text.trimmingCharacters(in: .whitespaces), width: detailRect.width - 2)
            for (offset, line) in lines.prefix(Self.detailRows - 1).enumerated() {
                buffer.put(offset == Self.detailRows - 2 && lines.count > Self.detailRows - 1 ? line + " " + lines[(offset + 1)...].joined(separator: " ") : line,
                           at: Point(x: detailRect.minX + 1, y: detailRect.minY + 1 + offset), style: Style(.muted), limit: detailRect.width - 2)
            }
        }
        visibleRows = max(1, rect.height)
        if selection < top { top = selection }
        if selection >= top + visibleRows { top = selection - visibleRows + 1 }
        top = max(0, min(top, max(0, rows.count - visibleRows)))
        for (offset, row) in rows.dropFirst(top).prefix(visibleRows).enumerated() {
            let y = rect.minY + offset
            let selected = top + offset == selection
            let width = rect.width - 2
            guard var (text, style) = rowText(row) else { continue }
            if selected {
                style = Style(.selected, [.bold])
                buffer.fill(Rect(x: rect.minX, y: y, width: rect.width, height: 1), style: style)
            }
            text = text.truncated(toWidth: width)
            buffer.put(text, at: Point(x: rect.minX + 1, y: y), style: style, limit: width)
        }
    }

    /// A row's text and style (nil for a blank row).
    private func rowText(_ row: Row) -> (String, Style)? {
        let language = environment.language
        switch row {
        case .title(let title):
            return (title, Style(.muted))
        case .section(let name):
            return (name, Style(.frame, [.bold]))
        case .blank:
            return nil
        case .option(let key, let value):
            return ("  " + s("criteria.option." + key, Int(value)), Style())
        case .setting(let key, let shown):
            return ("  " + s("criteria.setting." + key, shown), Style())
        case .award(let award):
            let who = award.nominees.map { environment.label("nomineeTypes", $0.rawValue) }.joined(separator: ", ")
            let origin = award.origin == .council ? " · " + s("criteria.council") : ""
            return ("▸ \(award.name(language)) (\(award.abbreviation(language))) · \(who) · " + s("criteria.decider." + award.decidedBy.rawValue) + origin,
                    Style(.normal, [.bold]))
        case .criterion(let criterion, _):
            return ("    " + mark(criterion) + " " + criterion.text(language) + "  [" + criterion.basis + "]",
                    Style(criterion.isEnabled ? .normal : .muted))
        }
    }

    /// "•" national, "[bật 10]" / "[tắt]" adjustable, "[HĐ]" the council's own.
    private func mark(_ criterion: Criterion) -> String {
        if criterion.origin == .council { return "[" + s("criteria.councilShort") + "]" }
        if criterion.origin == .province { return "[" + s("criteria.provinceShort") + "]" }
        if let adjustable = criterion.adjustable {
            let value = adjustable.value.map { " " + String(Int($0)) + (adjustable.unit.map { " " + s("criteria.unit." + $0) } ?? "") } ?? ""
            return "[" + (adjustable.enabled ? s("criteria.on") + value : s("criteria.off")) + "]"
        }
        return "•"
    }

    // MARK: Keys

    /// The text of a row as searched (folded).
    private func searchText(_ row: Row) -> String {
        let language = environment.language
        switch row {
        case .award(let award): return (award.name(language) + " " + award.abbreviation).foldedForSearch
        case .criterion(let criterion, _): return (criterion.text(language) + " " + criterion.basis).foldedForSearch
        case .option(let key, let value): return s("criteria.option." + key, Int(value)).foldedForSearch
        case .setting(let key, let shown): return s("criteria.setting." + key, shown).foldedForSearch
        default: return ""
        }
    }

    /// Moves the selection to the next row (from `start`) matching the search, wrapping round.
    private func findNext(from start: Int) {
        let query = search.text.foldedForSearch
        guard !query.isEmpty, !rows.isEmpty else { return }
        for step in 0..<rows.count {
            let index = (start + step) % rows.count
            if isSelectable(rows[index]), searchText(rows[index]).contains(query) {
                selection = index
                return
            }
        }
    }

    func handle(_ key: KeyEvent, app: Application) -> Bool {
        guard searching, case .character = key else { return false }
        let before = search.text
        guard search.handle(key, composer: app.inputMethod) else { return false }
        if search.text != before { findNext(from: selection) }
        return true
    }

    func perform(_ action: Action, app: Application) -> Bool {
        if action == .search {
            searching = true
            return true
        }
        if searching {
            if TextInput.editingActions.contains(action) {
                let before = search.text
                _ = search.perform(action)
                if search.text != before { findNext(from: selection) }
                return true
            }
            switch action {
            case .choose where search.text.isEmpty:
                searching = false
                return true
            case .choose:
                let before = selection
                findNext(from: selection + 1)
                if selection == before { app.show(message: s("criteria.search.noOther", search.text), role: .warning) }
                return true
            case .back:
                searching = false
                search.set("")
                return true
            default:
                break
            }
        }
        switch action {
        case .up: move(by: -1)
        case .down: move(by: 1)
        case .pageUp: for _ in 0..<visibleRows { move(by: -1) }
        case .pageDown: for _ in 0..<visibleRows { move(by: 1) }
        case .first: selection = 0; move(by: 1)
        case .last: selection = rows.count - 1; if !isSelectable(rows[selection]) { move(by: -1) }
        case .previousYear, .nextYear:
            year += action == .nextYear ? 1 : -1
            year = min(max(year, 2000), environment.clock.today().year + 1)
            rebuild()
        case .choose: change(app: app)
        case .addCriterion: addCriterion(app: app)
        case .addAward: addAward(app: app)
        case .remove: remove(app: app)
        default: return false
        }
        return true
    }
}
