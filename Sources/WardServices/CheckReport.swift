import Commendation
import CommendationStore
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
    /// to, with the store's knowledge when `context` is given, and holds every result. (`tdkt
    /// check` holds none: it writes them as they are judged, `judge(file:rulebook:context:report:)`;
    /// the tests hold this report whole to compare the streamed ones with.)
    public init(file: ExchangeFile, rulebook: @escaping (Int) -> Rulebook?, context: EvaluationContext? = nil) {
        let round = RoundEvaluator(entries: file.nominations.map(\.roundEntry), context: context, rulebook: rulebook)
        results = zip(file.nominations, round.evaluateAll()).map { Result(nomination: $0, evaluation: $1) }
    }

    /// Judges every nomination of `file` as one round, as `init(file:rulebook:context:)` does,
    /// and hands each result to `report` in file order, without holding them: the nominations
    /// are judged on every core, each thread with a round of its own, while `report` writes on
    /// this one (`ParallelMap`, decisions 86 and 89). `rulebook` is asked from every thread. A
    /// store's `context` answers one thread at a time: with one, the nominations are judged on
    /// this thread between the writes.
    /// - Throws: whatever `report` throws; `StoreError` when a store `context` failed while
    ///   judging, once the results judged before the failure were reported (none judged without
    ///   the store's knowledge is).
    public static func judge(file: ExchangeFile, rulebook: @escaping (Int) -> Rulebook?, context: EvaluationContext? = nil,
                             report: (Result) throws -> Void) throws {
        let nominations = file.nominations
        let entries = nominations.map(\.roundEntry)
        let store = context as? StoreEvaluationContext
        try ParallelMap.run(count: nominations.count, workers: context == nil ? ParallelMap.defaultWorkers : 1,
                            state: { RoundEvaluator(entries: entries, context: context, rulebook: rulebook) },
                            work: { round, index in round.evaluation(at: index) },
                            consume: { index, evaluation in
            // A store that failed is said before anything judged without it is reported.
            try store?.checked()
            try report(Result(nomination: nominations[index], evaluation: evaluation))
        })
    }

    /// 0 when every nomination is eligible, 1 when any is not, 3 when none is not eligible but
    /// some are incomplete.
    public var exitCode: Int32 { counts.exitCode }

    /// How many results have each status.
    private var counts: Counts {
        var counts = Counts()
        // By index: each result's status alone is read (a loop over the results copied each one).
        for index in results.indices { counts.add(results[index].status) }
        return counts
    }

    /// Writes the spec's JSON to `sink` (`JSONWriter`), then flushes the sink.
    /// - Throws: `OutputSink.Failure` when the sink cannot be written.
    public func writeJSON(language: Language, to sink: OutputSink) throws {
        var writer = JSONWriter(language: language, sink: sink)
        for result in results { try writer.write(result) }
        try writer.finish()
    }

    /// Writes the report for people to `sink` (`TableWriter`), then flushes the sink.
    /// - Throws: `OutputSink.Failure` when the sink cannot be written.
    public func writeTable(strings: Localizer, language: Language, rulebook: @escaping (Int) -> Rulebook?, to sink: OutputSink) throws {
        var writer = TableWriter(strings: strings, language: language, rulebook: rulebook, sink: sink)
        for result in results { try writer.write(result) }
        try writer.finish()
    }
}
