import Commendation
import VietnameseText

extension CheckReport {
    /// Writes the report of a check for people to a sink, a nomination at a time: each
    /// nomination with its verdict, then every criterion with its mark, reason and basis; a
    /// summary line at the end. No result is held.
    public struct TableWriter {
        private let strings: Localizer
        private let language: Language
        private let rulebook: (Int) -> Rulebook?
        private let sink: OutputSink
        /// Award names by year and code, looked up once.
        private var awardNames: [String: String] = [:]
        /// The statuses written so far.
        public private(set) var counts = Counts()

        /// A writer in `language` (`strings` its words) naming awards by `rulebook`, to `sink`.
        public init(strings: Localizer, language: Language, rulebook: @escaping (Int) -> Rulebook?, sink: OutputSink) {
            self.strings = strings
            self.language = language
            self.rulebook = rulebook
            self.sink = sink
        }

        /// Writes the next result.
        /// - Throws: `OutputSink.Failure` when the sink cannot be written.
        public mutating func write(_ result: Result) throws {
            counts.add(result.status)
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

        /// Writes the summary line and flushes the sink.
        /// - Throws: `OutputSink.Failure` when the sink cannot be written.
        public func finish() throws {
            try sink.write(strings("check.summary", counts.total, counts.eligible, counts.notEligible, counts.incomplete) + "\n")
            try sink.flush()
        }
    }
}
