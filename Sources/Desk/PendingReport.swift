import Commendation
import CommendationStore
import Foundation
import TerminalUI
import VietnameseText

/// The pending awards as a report for the command line (`tdkt pending`): the same rows, order
/// and verdicts as the desk's pending screen, as a table or as JSON.
public struct PendingReport {
    /// One nomination awaiting a decision.
    public struct Item: Sendable {
        /// The stored nomination and nominee.
        public var listing: NominationListing
        /// The rulebook's verdict.
        public var evaluation: Evaluation
    }

    /// Path of the store read.
    public let storePath: String
    /// The nominations, by workflow stage then nominee.
    public let items: [Item]
    private let rulebooks: RulebookSet

    /// Reads every pending nomination of `store` and judges each by the rulebook of its year.
    public init(store: Store, rulebooks: RulebookSet) throws {
        storePath = store.path
        self.rulebooks = rulebooks
        let judge = NominationJudge(store: store, rulebooks: rulebooks)
        items = try store.allPending().map { Item(listing: $0, evaluation: judge.evaluate($0)) }
    }

    // MARK: JSON

    private struct JSONReport: Encodable {
        var store: String
        var count: Int
        var pending: [JSONItem]
    }

    private struct JSONItem: Encodable {
        var id: String
        var year: Int
        var award: String
        var awardName: String
        var kind: String
        var status: String
        var receivedOn: String?
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

    /// The report as JSON (stable keys, sorted), reasons in `language`.
    public func json(language: Language = .vi) -> String {
        let report = JSONReport(store: storePath, count: items.count, pending: items.map { item in
            let n = item.listing.nomination
            return JSONItem(
                id: n.id, year: n.year, award: n.award,
                awardName: rulebooks.rulebook(forYear: n.year)?.award(n.award)?.name(language) ?? n.award,
                kind: n.kind.rawValue, status: n.status.rawValue, receivedOn: n.receivedOn?.iso,
                nominee: JSONNominee(id: item.listing.nominee.id, type: item.listing.nominee.type.rawValue, name: item.listing.nominee.name),
                eligibility: item.evaluation.eligibility.rawValue, rulebook: item.evaluation.rulebookID,
                verdicts: item.evaluation.verdicts.map {
                    JSONVerdict(criterion: $0.criterionID, outcome: $0.outcome.rawValue, reason: $0.reason(language), basis: $0.basis)
                })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Table

    /// The report as a text table whose columns are sized by display width.
    public func table(strings: Localizer, language: Language) -> String {
        let header = [strings("pending.column.id"), strings("pending.column.nominee"), strings("pending.column.award"),
                      strings("pending.column.status"), strings("pending.column.verdict")]
        let rows = items.map { item -> [String] in
            let n = item.listing.nomination
            return [n.id, item.listing.nominee.name,
                    rulebooks.rulebook(forYear: n.year)?.award(n.award)?.shortName(language) ?? n.award,
                    strings("status." + n.status.rawValue), strings("eligibility." + item.evaluation.eligibility.rawValue)]
        }
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { $0[column] }).map(\.displayWidth).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var text = zip(cells, widths).map { $0.padded(toWidth: $1) }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }
        var output = line(header)
        output += line(widths.map { String(repeating: "─", count: $0) })
        for row in rows { output += line(row) }
        output += strings("cli.pending.total", items.count) + "\n"
        return output
    }
}
