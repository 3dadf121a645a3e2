import Commendation
import Foundation
import VietnameseText
@testable import WardServices

/// The check report written whole, as it was before it streamed: the oracle the streamed
/// `CheckReport.writeJSON` and `writeTable` are compared with.
extension CheckReport {
    private struct JSONReport: Encodable {
        var results: [JSONResult]
    }

    private struct JSONResult: Encodable {
        var id: String
        var status: String
        var rulebook: String
        var verdicts: [JSONVerdict]
    }

    private struct JSONVerdict: Encodable {
        var criterion: String
        var outcome: String
        var reason: String
        var basis: String
    }

    /// The report encoded whole by `JSONEncoder`.
    func encodedJSON(language: Language) throws -> String {
        let report = JSONReport(results: results.map { result in
            JSONResult(id: result.nomination.label, status: result.status.rawValue, rulebook: result.evaluation.rulebookID,
                       verdicts: result.evaluation.verdicts.map {
                           JSONVerdict(criterion: $0.criterionID, outcome: $0.outcome.rawValue, reason: $0.reason(language), basis: $0.basis)
                       })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    /// The table built as one text.
    func wholeTable(strings: Localizer, language: Language, rulebook: (Int) -> Rulebook?) -> String {
        var output = ""
        for result in results {
            let n = result.nomination
            let award = rulebook(n.year)?.award(n.award)?.name(language) ?? n.award
            output += "\(n.label)  \(n.nominee.displayName) · \(award) · \(n.year)\n"
            output += "  " + strings("check.status." + result.status.rawValue) + "  ("
                + strings("verdict.rulebook", result.evaluation.rulebookID) + ")\n"
            for verdict in result.evaluation.verdicts {
                let mark = verdict.outcome == .pass ? "✓" : verdict.outcome == .fail ? "✗" : "?"
                let basis = verdict.basis.isEmpty ? "" : "  [" + verdict.basis + "]"
                output += "  \(mark) " + verdict.reason(language) + basis + "\n"
            }
            output += "\n"
        }
        let counts = [Eligibility.eligible, .notEligible, .incomplete].map { status in results.filter { $0.status == status }.count }
        output += strings("check.summary", results.count, counts[0], counts[1], counts[2]) + "\n"
        return output
    }
}
