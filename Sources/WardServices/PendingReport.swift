import Commendation
import CommendationStore
import Foundation
import VietnameseText

/// The pending review for the command line (`tdkt pending`): the same groups, ages and
/// verdicts as the desk's pending screen, as a text table (as JSON it is streamed by
/// `PendingJSON`).
public struct PendingReport {
    /// The pending awards, judged and aged.
    public let awards: PendingAwards
    private let groups: [(group: PendingGroup, items: [PendingAwards.Item])]

    /// Reads every pending nomination of `store`, judges each by the ward's `rules` and ages it
    /// on `today`.
    public init(store: Store, rules: WardRules, today: CivilDate) throws {
        awards = try PendingAwards(store: store, rules: rules, today: today)
        groups = try awards.groups()
    }

    /// Every pending nomination, group by group.
    public var items: [PendingAwards.Item] { groups.flatMap(\.items) }

    // MARK: Table

    /// "Quyết định 301/QĐ-UBND (1 khen thưởng) chờ công bố danh sách: hạn 21/12/2026, còn 15 ngày".
    public static func publicationLine(_ publication: PendingPublication, today: CivilDate, strings: Localizer) -> String {
        let left = publication.daysLeft(on: today)
        let when = left < 0 ? strings("pending.late", -left) : strings("pending.leftUntil", left, publication.due.vietnamese)
        return strings("pending.publication", publication.decision, publication.awards, when)
    }

    /// The report as text: each group with its count, then its nominations in a table whose
    /// columns are sized by display width.
    public func table(strings: Localizer, language: Language) -> String {
        let header = [strings("pending.column.id"), strings("pending.column.nominee"), strings("pending.column.award"),
                      strings("pending.column.status"), strings("pending.column.age"), strings("pending.column.deadline"),
                      strings("pending.column.verdict")]
        func cells(_ item: PendingAwards.Item) -> [String] {
            let n = item.listing.nomination
            let deadline: String
            if let left = item.assessment.workingDaysLeft, let date = item.assessment.deadline {
                deadline = left < 0 ? strings("pending.late", -left) : strings("pending.leftUntil", left, date.vietnamese)
            } else {
                deadline = ""
            }
            return [n.id, item.listing.nominee.name, awards.rulebook(n.year)?.award(n.award)?.shortName(language) ?? n.award,
                    strings("status." + n.status.rawValue), item.assessment.ageWorkingDays.map { strings("pending.age", $0) } ?? "—",
                    deadline, strings("eligibility." + item.eligibility.rawValue)]
        }
        let rows = items.map(cells)
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { $0[column] }).map(\.displayWidth).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var text = zip(cells, widths).map { $0.padded(toWidth: $1) }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        var output = strings("cli.pending.groups", awards.today.vietnamese) + "\n"
        for publication in awards.publications {
            output += "  " + PendingReport.publicationLine(publication, today: awards.today, strings: strings) + "\n"
        }
        for (group, items) in groups {
            output += "  " + strings("pending.group." + group.rawValue) + ": \(items.count)\n"
        }
        for (group, items) in groups where !items.isEmpty {
            output += "\n" + strings("pending.group." + group.rawValue) + " (\(items.count))\n"
            output += line(header)
            output += line(widths.map { String(repeating: "─", count: $0) })
            for item in items { output += line(cells(item)) }
        }
        output += "\n" + strings("cli.pending.total", items.count) + "\n"
        return output
    }
}
