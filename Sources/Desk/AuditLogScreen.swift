import VietnameseText
import Commendation
import CommendationStore
import Foundation
import TerminalUI

/// "Nhật ký": every change the audit trail holds about a nominee and its nominations — when
/// (local time), who (OS user and desk profile), what, and which fields changed, before → after.
final class AuditLogScreen: ReadsStore {
    private let environment: DeskEnvironment
    private let subject: String
    private let ids: [String]
    private lazy var source = LazyRows<AuditEntry> { [unowned self] entry in self.cells(entry) }
    private lazy var table = TableView(columns: [], dataSource: source)
    private var entries: [AuditEntry] = []
    /// The first row that breaks the chain, when the log was read.
    private var brokenRow: Int?
    private(set) var trouble: StoreTrouble?
    private var s: Localizer { environment.strings }

    /// The log of `ids` (a nominee and its nominations), titled with `subject`.
    init(environment: DeskEnvironment, subject: String, ids: [String]) {
        self.environment = environment
        self.subject = subject
        self.ids = ids
        table.selectionStyle = environment.selectionStyle
        table.emptyText = environment.strings("audit.empty")
        reload()
    }

    var title: String { s("audit.title", subject) }
    var keyContexts: [KeyContext] { [.list] }

    func didReappear(app: Application) { reload() }
    func reread() { reload() }

    private func reload() {
        trouble = nil
        let ids = ids
        entries = (environment.read(&trouble) { try environment.store.auditEntries(about: ids) } ?? []).reversed()
        brokenRow = environment.read(&trouble) { try environment.store.firstBrokenAuditRow() } ?? nil
        source.records = entries
        table.clampSelection()
    }

    /// A row, formatted when drawn.
    private func cells(_ entry: AuditEntry) -> [TableCell] {
        [TableCell(Self.localTime(entry.at, zone: environment.timeZone), role: .muted), TableCell("\(entry.osUser) (\(entry.profile))"),
         TableCell(actionLabel(entry.action)), TableCell(entry.entityID, role: .muted),
         TableCell(entry.before == nil ? s("audit.created") : Self.changes(before: entry.before, after: entry.after, naming: naming).joined(separator: "; "))]
    }

    /// A snapshot's field in the clerk's words ("Trạng thái" for "status", the award's name
    /// for its code, a status's label for its value); a field with no words of its own keeps
    /// its name.
    private var naming: AuditNaming {
        let s = s, environment = environment
        return AuditNaming(field: { key in s.has("audit.field." + key) ? s("audit.field." + key) : key },
                           value: { key, value in
                               switch key {
                               case "status": return NominationStatus(rawValue: value).map(environment.statusLabel) ?? value
                               case "award": return environment.awardName(value)
                               case "kind": return environment.label("kinds", value)
                               case "type": return environment.label("nomineeTypes", value)
                               default: return value
                               }
                           })
    }

    private func actionLabel(_ action: String) -> String {
        if action.hasPrefix("step:"), let step = WorkflowStep(rawValue: String(action.dropFirst(5))) { return environment.stepLabel(step) }
        return s.has("audit.action." + action) ? s("audit.action." + action) : action
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        if let trouble {
            trouble.draw(in: rect, strings: s, on: &buffer)
            return
        }
        let verified = brokenRow
        let line = verified.map { s("audit.broken", $0) } ?? s("audit.summary", entries.count)
        buffer.put(line.truncated(toWidth: max(1, rect.width - 2)), at: Point(x: rect.minX + 1, y: rect.minY),
                   style: Style(verified == nil ? .muted : .error), limit: rect.width - 2)
        table.columns = [
            TableColumn(s("audit.column.at"), .fixed(16)),
            TableColumn(s("audit.column.who"), .fixed(14)),
            TableColumn(s("audit.column.action"), .fixed(10)),
            TableColumn(s("audit.column.record"), .fixed(16)),
            TableColumn(s("audit.column.changes"), .flexible(weight: 1, minimum: 16)),
        ]
        table.draw(in: Rect(x: rect.minX + 1, y: rect.minY + 2, width: rect.width - 2, height: rect.height - 2), on: &buffer)
    }

    /// Enter opens the selected change, whole (the list cuts long changes).
    func offers(_ action: Action) -> Bool { action != .choose || !entries.isEmpty }

    func perform(_ action: Action, app: Application) -> Bool {
        rereadOnRedraw(action)
        if table.perform(action) { return true }
        guard action == .choose, let entry = entries[safe: table.selection] else { return false }
        var paragraphs: [TextDialog.Paragraph] = [
            .init(s("audit.entry.when", Self.localTime(entry.at, zone: environment.timeZone)), role: .muted),
            .init(s("audit.entry.who", entry.osUser, entry.profile), role: .muted),
            .init(s("audit.entry.what", actionLabel(entry.action), entry.entityID), bold: true),
            .init(""),
        ]
        if entry.before == nil {
            paragraphs.append(.init(s("audit.created")))
        } else {
            paragraphs += Self.changes(before: entry.before, after: entry.after, whole: true, naming: naming).map { .init("• " + $0, indent: 0) }
        }
        app.present(TextDialog(title: s("audit.entry.title", entry.entityID), paragraphs: paragraphs))
        return true
    }

    /// The store's "2026-11-29T08:15:02Z" as local "29/11/2026 15:15" (in `zone`); any other
    /// text is shown as it is.
    static func localTime(_ iso: String, zone: TimeZone = .current) -> String {
        let parts = iso.split(whereSeparator: { $0 == "T" || $0 == ":" || $0 == "Z" || $0 == "." })
        guard parts.count >= 4, let day = CivilDate(iso: String(parts[0])),
              let hour = Int(parts[1]), let minute = Int(parts[2]), let second = Int(parts[3]) else { return iso }
        let utc = day.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second
        let local = utc + zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(utc)))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        guard let localDay = CivilDate(dayNumber: days) else { return iso }
        let ofDay = local - days * 86_400
        return localDay.vietnamese + " " + (ofDay / 3_600).zeroPadded(to: 2) + ":" + (ofDay % 3_600 / 60).zeroPadded(to: 2)
    }

    /// The top-level fields that differ between two JSON snapshots: "status: received → on-agenda";
    /// long values are cut to 40 characters unless `whole`.
    static func changes(before: String?, after: String?, whole: Bool = false, naming: AuditNaming = AuditNaming()) -> [String] {
        func object(_ text: String?) -> [String: Any] {
            guard let data = text?.data(using: .utf8) else { return [:] }
            // Harmless to ignore: the desk writes every snapshot as a JSON object; one that is
            // not shows no fields, and its row is still listed (nothing of the store is hidden).
            return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        }
        let old = object(before), new = object(after)
        func show(_ value: Any?, _ key: String) -> String {
            guard let value, !(value is NSNull) else { return "—" }
            if let text = value as? String { return naming.value(key, text) }
            // Harmless to ignore: a value read from JSON always writes back; were it not to,
            // it is shown as Swift describes it below.
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) {
                let text = String(decoding: data, as: UTF8.self)
                return !whole && text.count > 40 ? String(text.prefix(39)) + "…" : text
            }
            return "\(value)"
        }
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            let a = show(old[key], key), b = show(new[key], key)
            return a == b ? nil : "\(naming.field(key)): \(a) → \(b)"
        }
    }
}

/// How the audit log names a snapshot's fields and values for the clerk (by default as stored).
struct AuditNaming {
    /// The words for a field.
    var field: (String) -> String = { $0 }
    /// The words for a field's text value.
    var value: (String, String) -> String = { $1 }
}
