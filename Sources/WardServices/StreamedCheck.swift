import Commendation
import CommendationStore
import Foundation

/// A check (`tdkt check`) of an exchange file too large to hold, in two passes over the file
/// read through a memory map (decision 82): the first reads and checks every nomination and
/// keeps only what the round shares across nominees (`RoundSummary`: counts by year and award,
/// who uses each initiative, where each nominee's nominations stand); the second reads them
/// again in file order and judges each with those of its nominee's other nominations that its
/// evaluation looks at (`RoundSummary.Parts`), read again from their bytes, and reports it at
/// once. The verdicts are those of the file judged as one round (`CheckReport`), and memory
/// follows the number of nominations (a few dozen bytes each), not the size of the file.
public struct StreamedCheck {
    /// The file, mapped.
    private let file: MappedFile
    private let name: String
    private let rulebook: (Int) -> Rulebook?
    /// How many threads read and judge the nominations.
    private let workers: Int
    /// Where each nomination stands in the file.
    private var places = Places()
    private var summary = RoundSummary()
    /// A file of one nomination (no batch): judged as `CheckReport` judges it.
    private var single: ExchangeFile?

    /// Why the file was not checked.
    public struct Failure: Error, Sendable {
        /// What to tell the clerk.
        public var message: LocalizedText
    }

    /// Reads the file at `path` (named `name` in messages) once: every nomination is checked
    /// against the exchange format and the rulebook `rulebook` gives for its year; what the
    /// file skipped goes to `warn`. The nominations are read, and later judged, on `workers`
    /// threads (decision 89); `rulebook` is called from each of them.
    /// - Throws: `Failure` when the file cannot be read; `ExchangeError` when it is not valid.
    public init(path: String, name: String, rulebook: @escaping (Int) -> Rulebook?, workers: Int = ParallelMap.defaultWorkers,
                warn: (ExchangeWarning) -> Void) throws {
        do {
            file = try MappedFile(path: DocumentOutput.expandingHome(path))
        } catch let failure as MappedFile.Failure {
            throw Failure(message: failure.message)
        }
        self.name = name
        self.rulebook = rulebook
        self.workers = max(1, workers)
        var builder = RoundSummary.Builder(rulebook: rulebook)
        var places = Places()
        let mapped = file
        let read = try ExchangeFormat.read(file.data, rulebook: rulebook, workers: self.workers, walked: { bytes in
            mapped.releasePages(readingAt: bytes.upperBound)
        }, each: { nomination, bytes in
            builder.add(nomination.roundEntry)
            places.append(bytes)
            mapped.releasePages(readingAt: bytes.upperBound)
        })
        read.warnings.forEach(warn)
        self.places = places
        summary = builder.summary
        if !read.nominations.isEmpty { single = read }
    }

    /// How many nominations the file has.
    public var count: Int { single?.nominations.count ?? summary.count }

    /// Judges every nomination, with the store's knowledge when `context` is given, and hands
    /// each result to `report` in file order as soon as it is judged.
    /// - Throws: `Failure` when the file changed since it was first read; `StoreError` when a
    ///   store `context` failed while judging, once the results judged before were reported;
    ///   whatever `report` throws.
    public func judge(context: EvaluationContext? = nil, report: (CheckReport.Result) throws -> Void) throws {
        if let single {
            try CheckReport.judge(file: single, rulebook: rulebook, context: context, report: report)
            return
        }
        // The file was valid when first read: an error now means that it changed since.
        do {
            try judgeAgain(context: context, report: report)
        } catch is ExchangeError {
            throw changed()
        }
    }

    /// The second pass of `judge(context:report:)`: each nomination is read again from its
    /// bytes and judged on one of the threads, and reported in file order on this one. A store's
    /// context answers one thread at a time: with one, a single thread reads and judges.
    private func judgeAgain(context: EvaluationContext?, report: (CheckReport.Result) throws -> Void) throws {
        let store = context as? StoreEvaluationContext
        try ParallelMap.run(count: places.count, workers: context == nil ? workers : 1,
                            state: { (parts: RoundSummary.Parts(of: summary, rulebook: rulebook), cache: JudgingCache(),
                                      reader: ExchangeFormat.NominationReader(rulebook: rulebook)) },
                            work: { state, position in
            let nomination = try nominationRead(at: position, with: &state.reader)
            // Only the nominations this one looks at are read again (a province's file lists a
            // nominee's five far apart: reading them all for each took five times as long).
            let positions = state.parts.positions(for: position, nominee: nomination.nominee.id)
            let entries = try positions.map { other in
                other == position ? nomination.roundEntry : try nominationRead(at: other, with: &state.reader, outOfOrder: true).roundEntry
            }
            let round = RoundEvaluator(part: entries, at: positions, of: summary, context: context, cache: state.cache,
                                       rulebook: rulebook)
            let evaluation = round.evaluation(at: positions.firstIndex(of: position) ?? 0)
            return CheckReport.Result(nomination: nomination, evaluation: evaluation)
        }, consume: { position, result in
            // A store that failed is said before anything judged without it is reported.
            try store?.checked()
            try report(result)
            file.releasePages(readingAt: places[position].upperBound)
        })
    }

    /// The nomination at `position`, read again from its bytes by `reader`; counted as read
    /// `outOfOrder` (`MappedFile.readOutOfOrder`) when it is another's.
    private func nominationRead(at position: Int, with reader: inout ExchangeFormat.NominationReader,
                                outOfOrder: Bool = false) throws -> ExchangeNomination {
        guard position < places.count else { throw changed() }
        defer { if outOfOrder { file.readOutOfOrder(places[position]) } }
        return try reader.nomination(at: position, in: file.data[places[position]])
    }

    /// The bytes each nomination stands in, by position: its first byte's offset and its
    /// length, twelve bytes a nomination (a million of them in a province's file).
    private struct Places {
        private var starts: [Int] = []
        private var lengths: [UInt32] = []

        var count: Int { starts.count }

        mutating func append(_ bytes: Range<Int>) {
            starts.append(bytes.lowerBound)
            // A nomination of 4 GB is not read: the file is mapped whole, and none is so long.
            lengths.append(UInt32(clamping: bytes.count))
        }

        subscript(position: Int) -> Range<Int> {
            starts[position]..<(starts[position] + Int(lengths[position]))
        }
    }

    /// The error of a file that changed between the two passes.
    private func changed() -> Failure {
        Failure(message: LocalizedText(vi: "\(name) đã thay đổi trong khi đang xét; hãy xét lại",
                                       en: "\(name) changed while it was being checked; check it again"))
    }
}
