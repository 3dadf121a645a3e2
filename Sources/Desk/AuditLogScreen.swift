import Commendation
import CommendationStore
import Foundation
import TerminalUI

/// "Nhật ký": every change the audit trail holds about a nominee and its nominations — when
/// (local time), who (OS user and desk profile), what, and which fields changed, before → after.
final class AuditLogScreen: Screen {
    private let environment: DeskEnvironment
    private let subject: String
    private let ids: [String]
    private let source = StaticRows()
    private lazy var table = TableView(columns: [], dataSource: source)
    private var entries: [AuditEntry] = []
    /// The first row that breaks the chain, when the log was read.
    private var brokenRow: Int?
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

    private func reload() {
        entries = ((try? environment.store.auditEntries(about: ids)) ?? []).reversed()
        brokenRow = (try? environment.store.firstBrokenAuditRow()) ?? nil
        source.rows = entries.map { entry in
            [TableCell(Self.localTime(entry.at), role: .muted), TableCell("\(entry.osUser) (\(entry.profile))"),
             TableCell(actionLabel(entry.action)), TableCell(entry.entityID, role: .muted),
             TableCell(entry.before == nil ? s("audit.created") : Self.changes(before: entry.before, after: entry.after).joined(separator: "; "))]
        }
        table.clampSelection()
    }

    private func actionLabel(_ action: String) -> String {
        if action.hasPrefix("step:"), let step = WorkflowStep(rawValue: String(action.dropFirst(5))) { return environment.stepLabel(step) }
        return s.has("audit.action." + action) ? s("audit.action." + action) : action
    }

    func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
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

    func perform(_ action: Action, app: Application) -> Bool { table.perform(action) }

    /// "2026-11-29T08:15:02Z" as local "29/11/2026 15:15".
    static func localTime(_ iso: String) -> String {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let date = parser.date(from: iso) ?? {
            parser.formatOptions = [.withInternetDateTime]
            return parser.date(from: iso)
        }()
        guard let date else { return iso }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "dd/MM/yyyy HH:mm"
        return formatter.string(from: date)
    }

    /// The top-level fields that differ between two JSON snapshots: "status: received → on-agenda".
    static func changes(before: String?, after: String?) -> [String] {
        func object(_ text: String?) -> [String: Any] {
            guard let data = text?.data(using: .utf8) else { return [:] }
            return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        }
        let old = object(before), new = object(after)
        func show(_ value: Any?) -> String {
            guard let value, !(value is NSNull) else { return "—" }
            if let text = value as? String { return text }
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) {
                let text = String(decoding: data, as: UTF8.self)
                return text.count > 40 ? String(text.prefix(39)) + "…" : text
            }
            return "\(value)"
        }
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            let a = show(old[key]), b = show(new[key])
            return a == b ? nil : "\(key): \(a) → \(b)"
        }
    }
}
