import Foundation

extension ExchangeFormat {
    /// Reads a file as `read(_:rulebook:each:)` does, the nominations of a batch read on
    /// `workers` threads and handed to `each` in file order on this one (decision 89): the same
    /// nominations, warnings and errors, in the same order.
    ///
    /// The file is walked once to find where each nomination stands (`JSONParser.parse(_:skippingArray:element:)`),
    /// then each nomination is parsed from its bytes on one of the threads. A file that is not
    /// valid is read again as `read(_:rulebook:each:)` reads it, for its message: the nominations
    /// handed before the problem was met are not handed again. `rulebook` is called from every
    /// thread; `walked` is told of each nomination's bytes as a walk passes them (the first, or
    /// one for the place of an error): a file read through a memory map lets go of its pages.
    /// - Throws: `ExchangeError` as `read(_:rulebook:)`; whatever `each` throws.
    public static func read(_ data: Data, rulebook: @escaping (Int) -> Rulebook?, workers: Int,
                            walked: (Range<Int>) -> Void = { _ in },
                            each: (ExchangeNomination, Range<Int>) throws -> Void) throws -> ExchangeFile {
        var handed = 0
        do {
            return try readInParallel(data, rulebook: rulebook, workers: workers, walked: walked) { nomination, bytes in
                try each(nomination, bytes)
                handed += 1
            }
        } catch is ReadAgain {
            return try read(data, rulebook: rulebook, walked: walked) { nomination, bytes in
                guard nomination.index >= handed else {
                    walked(bytes)
                    return
                }
                try each(nomination, bytes)
            }
        }
    }

    /// What made the parallel read give way to the plain one: something in the file is not as
    /// it should be, and the plain read says what, and where.
    private struct ReadAgain: Error {}

    private static func readInParallel(_ data: Data, rulebook: @escaping (Int) -> Rulebook?, workers: Int,
                                       walked: (Range<Int>) -> Void, each: (ExchangeNomination, Range<Int>) throws -> Void) throws -> ExchangeFile {
        guard workers > 1 else { throw ReadAgain() }
        var found: [Range<Int>] = []
        let root: JSONValue
        do {
            root = try JSONParser.parse(data, skippingArray: "nominations") { _, bytes in
                found.append(bytes)
                walked(bytes)
            }
        } catch {
            throw ReadAgain()
        }
        let places = found
        // A file of one nomination, or of none, is read as it always is.
        guard places.count > 1 else { throw ReadAgain() }
        var warnings: [ExchangeWarning] = []
        try ParallelMap.run(count: places.count, workers: workers, state: { NominationReader(rulebook: rulebook) },
                            work: { reader, position -> (ExchangeNomination, [ExchangeWarning]) in
            do {
                let nomination = try reader.nomination(at: position, in: data[places[position]])
                return (nomination, reader.warnings)
            } catch {
                throw ReadAgain()
            }
        }, consume: { position, read in
            warnings += read.1
            try each(read.0, places[position])
        })
        var reader = ExchangeReader(rulebook: rulebook)
        do {
            let nominations = try reader.file(root)
            return ExchangeFile(nominations: nominations, warnings: reader.warnings + warnings, references: reader.references)
        } catch var error as ExchangeError {
            error.position = position(of: error.jsonPath, in: data, walked: walked)
            throw error
        }
    }
}
