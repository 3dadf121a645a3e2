import Commendation

extension CheckReport {
    /// What writes a check's results to a sink as they come (`JSONWriter`, `TableWriter`):
    /// a check of a large file holds none of them.
    public protocol Writer {
        /// Writes the next result.
        /// - Throws: `OutputSink.Failure` when the sink cannot be written.
        mutating func write(_ result: Result) throws
        /// Ends the report and flushes the sink.
        /// - Throws: `OutputSink.Failure` when the sink cannot be written.
        func finish() throws
        /// The statuses written so far.
        var counts: Counts { get }
    }
}

extension CheckReport.JSONWriter: CheckReport.Writer {}
extension CheckReport.TableWriter: CheckReport.Writer {}
