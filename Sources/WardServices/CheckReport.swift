import Commendation
import Foundation
import TerminalUI
import VietnameseText

/// The verdicts on a file of nominations (`tdkt check`): a round judged together, as the
/// spec's JSON or as a table for people.
public struct CheckReport {
    /// One nomination and its evaluation.
    public struct Result: Sendable {
        /// The nomination as read.
        public var nomination: ExchangeNomination
        /// Its evaluation.
        public var evaluation: Evaluation

        /// The status the spec knows: eligible, not-eligible or incomplete (an award the
        /// rulebook does not check by itself counts as incomplete).
        public var status: Eligibility {
            evaluation.eligibility == .notAssessed ? .incomplete : evaluation.eligibility
        }
    }

    /// The results, in file order.
    public let results: [Result]

    /// Judges every nomination of `file` as one round, each by the rulebook its year resolves
    /// to, with the store's knowledge when `context` is given.
    public init(file: ExchangeFile, rulebook: @escaping (Int) -> Rulebook?, context: EvaluationContext? = nil) {
        let round = RoundEvaluator(entries: file.nominations.map(\.roundEntry), context: context, rulebook: rulebook)
        results = zip(file.nominations, round.evaluateAll()).map { Result(nomination: $0, evaluation: $1) }
    }

    /// 0 when every nomination is eligible, 1 when any is not, 3 when none is not eligible but
    /// some are incomplete.
    public var exitCode: Int32 {
        if results.contains(where: { $0.status == .notEligible }) { return 1 }
        if results.contains(where: { $0.status == .incomplete }) { return 3 }
        return 0
    }

    // MARK: JSON

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

    /// The spec's JSON: `{"results": [{"id", "status", "verdicts": [{"criterion", "outcome",
    /// "reason", "basis"}]}]}`, reasons in `language`.
    public func json(language: Language) -> String {
        let report = JSONReport(results: results.map { result in
            JSONResult(id: result.nomination.label, status: result.status.rawValue, rulebook: result.evaluation.rulebookID,
                       verdicts: result.evaluation.verdicts.map {
                           JSONVerdict(criterion: $0.criterionID, outcome: $0.outcome.rawValue, reason: $0.reason(language), basis: $0.basis)
                       })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(report)) ?? Data("{}".utf8), as: UTF8.self)
    }

    // MARK: Table

    /// A report for people: each nomination with its verdict, then every criterion with its
    /// mark, reason and basis; a summary line at the end.
    public func table(strings: Localizer, language: Language, rulebook: (Int) -> Rulebook?) -> String {
        var output = ""
        for result in results {
            let n = result.nomination
            let award = rulebook(n.year)?.award(n.award)?.name(language) ?? n.award
            output += "\(n.label)  \(n.nominee.displayName) · \(award) · \(n.year)\n"
            output += "  " + strings("check.status." + result.status.rawValue) + "  ("
                + strings("verdict.rulebook", result.evaluation.rulebookID) + ")\n"
            for verdict in result.evaluation.verdicts {
                let mark: String
                switch verdict.outcome {
                case .pass: mark = "✓"
                case .fail: mark = "✗"
                case .unknown: mark = "?"
                }
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
