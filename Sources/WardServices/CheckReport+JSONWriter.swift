import Commendation

extension CheckReport {
    /// Writes the spec's JSON of a check to a sink, a result at a time: `{"results": [{"id",
    /// "rulebook", "status", "verdicts": [{"basis", "criterion", "outcome", "reason"}]}]}`,
    /// reasons in one language, in the layout of `JSONEncoder` with sorted keys and pretty
    /// printing (the tests compare the bytes), ending with a line end. No result is held: a
    /// file of any size is reported as it is judged.
    public struct JSONWriter {
        private let language: Language
        private let sink: OutputSink
        private var written = 0
        private var verdicts = VerdictsJSON()
        /// The statuses written so far.
        public private(set) var counts = Counts()

        /// A writer of reasons in `language` to `sink`.
        public init(language: Language, sink: OutputSink) {
            self.language = language
            self.sink = sink
        }

        /// Writes the next result.
        /// - Throws: `OutputSink.Failure` when the sink cannot be written.
        public mutating func write(_ result: Result) throws {
            if written == 0 { try sink.write("{\n" + JSONText.indent(1) + "\"results\" : [") }
            counts.add(result.status)
            let first = written == 0
            written += 1
            // Each result written as bytes into the sink's buffer: no string per value and object.
            try sink.append { out in
                out.append(contentsOf: first ? [0x0A] : [UInt8(ascii: ","), 0x0A])
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

        /// Closes the report and flushes the sink.
        /// - Throws: `OutputSink.Failure` when the sink cannot be written.
        public func finish() throws {
            if written == 0 {
                try sink.write("{\n" + JSONText.member("results", JSONText.array([], level: 2), level: 1) + "\n}\n")
            } else {
                try sink.write("\n" + JSONText.indent(1) + "]\n}\n")
            }
            try sink.flush()
        }
    }
}
