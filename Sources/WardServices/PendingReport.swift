import Commendation
import CommendationStore
import Foundation
import TerminalUI
import VietnameseText

/// The pending review for the command line (`tdkt pending`): the same groups, ages and
/// verdicts as the desk's pending screen, as a text table or as JSON.
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

    // MARK: JSON

    private struct JSONReport: Encodable {
        var store: String
        var today: String
        var count: Int
        var groups: [JSONGroup]
        var pending: [JSONItem]
        var publications: [JSONPublication]
    }

    /// A decision whose list is still to be published.
    private struct JSONPublication: Encodable {
        var decision: String
        var date: String
        var publishBy: String
        var daysLeft: Int
        var awards: Int
    }

    private struct JSONGroup: Encodable {
        var group: String
        var label: String
        var count: Int
    }

    private struct JSONItem: Encodable {
        var id: String
        var year: Int
        var award: String
        var awardName: String
        var kind: String
        var status: String
        var group: String
        var receivedOn: String?
        var ageWorkingDays: Int?
        var deadline: String?
        var workingDaysLeft: Int?
        var nominee: JSONNominee
        var eligibility: String
        var rulebook: String
        var verdicts: [JSONVerdict]
    }

    private struct JSONNominee: Encodable {
        var id: String
        var type: String
        var name: String
    }

    private struct JSONVerdict: Encodable {
        var criterion: String
        var outcome: String
        var reason: String
        var basis: String
    }

    /// The report as JSON (stable keys, sorted), labels and reasons in `language`.
    public func json(strings: Localizer, language: Language = .vi) -> String {
        // The reasons are not kept with the standings: the report judges each nomination again,
        // its nominees' rounds read at once.
        let judge = NominationJudge(store: awards.store, rulebook: awards.rulebook)
        try? judge.context.preload(items.map(\.listing))
        let report = JSONReport(
            store: awards.storePath, today: awards.today.iso, count: items.count,
            groups: groups.map { JSONGroup(group: $0.group.rawValue, label: strings("pending.group." + $0.group.rawValue), count: $0.items.count) },
            pending: items.map { item in
                let n = item.listing.nomination
                let evaluation = judge.evaluate(item.listing)
                return JSONItem(
                    id: n.id, year: n.year, award: n.award,
                    awardName: awards.rulebook(n.year)?.award(n.award)?.name(language) ?? n.award,
                    kind: n.kind.rawValue, status: n.status.rawValue, group: item.assessment.group.rawValue,
                    receivedOn: n.receivedOn?.iso, ageWorkingDays: item.assessment.ageWorkingDays,
                    deadline: item.assessment.deadline?.iso, workingDaysLeft: item.assessment.workingDaysLeft,
                    nominee: JSONNominee(id: item.listing.nominee.id, type: item.listing.nominee.type.rawValue, name: item.listing.nominee.name),
                    eligibility: evaluation.eligibility.rawValue, rulebook: evaluation.rulebookID,
                    verdicts: evaluation.verdicts.map {
                        JSONVerdict(criterion: $0.criterionID, outcome: $0.outcome.rawValue, reason: $0.reason(language), basis: $0.basis)
                    })
            },
            publications: awards.publications.map {
                JSONPublication(decision: $0.decision, date: $0.decided.iso, publishBy: $0.due.iso, daysLeft: $0.daysLeft(on: awards.today),
                                awards: $0.awards)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

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
