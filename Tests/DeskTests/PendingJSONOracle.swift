import Commendation
import CommendationStore
import Foundation
import TerminalUI
import VietnameseText
@testable import WardServices

/// The pending review encoded whole by `JSONEncoder`: the oracle the streamed `PendingJSON`
/// (written by hand, a chunk at a time) is compared with.
extension PendingReport {
    struct JSONReport: Encodable {
        var store: String
        var today: String
        var count: Int
        var groups: [JSONGroup]
        var pending: [JSONItem]
        var publications: [JSONPublication]
    }

    /// A decision whose list is still to be published.
    struct JSONPublication: Encodable {
        var decision: String
        var date: String
        var publishBy: String
        var daysLeft: Int
        var awards: Int
    }

    struct JSONGroup: Encodable {
        var group: String
        var label: String
        var count: Int
    }

    struct JSONItem: Encodable {
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

    struct JSONNominee: Encodable {
        var id: String
        var type: String
        var name: String
    }

    struct JSONVerdict: Encodable {
        var criterion: String
        var outcome: String
        var reason: String
        var basis: String
    }

    /// The report as `JSONEncoder` writes it (pretty, sorted keys), labels and reasons in
    /// `language`: what the streamed `PendingJSON` must equal byte for byte.
    func encodedJSON(strings: Localizer, language: Language = .vi) throws -> String {
        let groups = try awards.groups()
        // The reasons are not kept with the standings: the report judges each nomination again,
        // its nominees' rounds read at once.
        let judge = NominationJudge(store: awards.store, rulebook: awards.rulebook)
        try judge.context.preload(items.map(\.listing))
        let report = JSONReport(
            store: awards.storePath, today: awards.today.iso, count: items.count,
            groups: groups.map { JSONGroup(group: $0.group.rawValue, label: strings("pending.group." + $0.group.rawValue), count: $0.items.count) },
            pending: try items.map { item in
                let n = item.listing.nomination
                let evaluation = try judge.judged(item.listing)
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
        let data = try encoder.encode(report)
        return String(decoding: data, as: UTF8.self)
    }
}
