import Commendation
import Foundation
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

    /// How many results have each status, for the table's last line.
    private var counts: (eligible: Int, notEligible: Int, incomplete: Int) {
        var counts = (eligible: 0, notEligible: 0, incomplete: 0)
        for result in results {
            switch result.status {
            case .eligible: counts.eligible += 1
            case .notEligible: counts.notEligible += 1
            case .incomplete, .notAssessed: counts.incomplete += 1
            }
        }
        return counts
    }

    // MARK: JSON

    /// Writes the spec's JSON to `sink`, a result at a time: `{"results": [{"id", "rulebook",
    /// "status", "verdicts": [{"basis", "criterion", "outcome", "reason"}]}]}`, reasons in
    /// `language`, in the layout of `JSONEncoder` with sorted keys and pretty printing (the
    /// tests compare the bytes), ending with a line end; then flushes the sink. A file of
    /// 15 000 nominations is never held as one text.
    /// - Throws: `OutputSink.Failure` when the sink cannot be written.
    public func writeJSON(language: Language, to sink: OutputSink) throws {
        guard !results.isEmpty else {
            try sink.write("{\n" + JSONText.member("results", JSONText.array([], level: 2), level: 1) + "\n}\n")
            try sink.flush()
            return
        }
        try sink.write("{\n" + JSONText.indent(1) + "\"results\" : [")
        // Each result written as bytes into the sink's buffer: no string per value and object.
        var verdicts = VerdictsJSON()
        for (index, result) in results.enumerated() {
            try sink.append { out in
                out.append(contentsOf: index == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
                JSONText.appendIndent(2, to: &out)
                var object = JSONText.ObjectBytes(level: 3, to: &out)
                object.string("id", result.nomination.label, to: &out)
                object.string("rulebook", result.evaluation.rulebookID, to: &out)
                object.string("status", result.status.rawValue, to: &out)
                object.member("verdicts", to: &out)
                verdicts.append(result.evaluation.verdicts, language: language, to: &out)
                object.close(to: &out)
            }
        }
        try sink.write("\n" + JSONText.indent(1) + "]\n}\n")
        try sink.flush()
    }

    // MARK: Table

    /// Writes the report for people to `sink`, a nomination at a time: each nomination with
    /// its verdict, then every criterion with its mark, reason and basis; a summary line at
    /// the end; then flushes the sink.
    /// - Throws: `OutputSink.Failure` when the sink cannot be written.
    public func writeTable(strings: Localizer, language: Language, rulebook: (Int) -> Rulebook?, to sink: OutputSink) throws {
        var awardNames: [String: String] = [:]
        for result in results {
            let n = result.nomination
            let nameKey = String(n.year) + "|" + n.award
            let award = awardNames[nameKey] ?? (rulebook(n.year)?.award(n.award)?.name(language) ?? n.award)
            awardNames[nameKey] = award
            var output = "\(n.label)  \(n.nominee.displayName) · \(award) · \(n.year)\n"
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
            try sink.write(output + "\n")
        }
        let counts = counts
        try sink.write(strings("check.summary", results.count, counts.eligible, counts.notEligible, counts.incomplete) + "\n")
        try sink.flush()
    }
}
