import Commendation
import CommendationStore
import Foundation
import VietnameseText

/// An exchange-format file too large to hold, imported a nomination at a time (decision 84):
/// what `tdkt import` does with an exchange file larger than `InputFile.maximumBytes` (or any,
/// with `--streamed`). The file is read through a memory map (`MappedFile`) three times, never
/// held: once to learn its references (written at its end) and its nominees' ids, once for the
/// dry run — each nomination planned and its report line written at once, as
/// `ImportFile.report` writes it —, and once, confirmed, inside one write transaction,
/// each nomination planned again as it is written.
public enum StreamedExchangeImportFile {
    /// A file's dry run: what the import will do, and what the import needs to do it.
    public struct Checked: StreamedImportChecked {
        public var count: StreamedImportCount
        fileprivate var references: ExchangeReferences
        fileprivate var fileIDs: Set<String>
        /// The file's size and last change when the dry run read it.
        fileprivate var stamp: Stamp
    }

    fileprivate struct Stamp: Sendable, Equatable {
        var size: Int
        var modified: Date?
    }

    /// Whether `path` is an exchange-format file to read a nomination at a time: one larger
    /// than `InputFile.maximumBytes`, or any when `asked` (`--streamed`).
    public static func suits(path: String, asked: Bool) -> Bool {
        let expanded = DocumentOutput.expandingHome(path)
        guard let size = (try? FileManager.default.attributesOfItem(atPath: expanded))?[.size] as? Int,
              asked || size > InputFile.maximumBytes, let handle = FileHandle(forReadingAtPath: expanded) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 4096)) ?? Data()
        // UTF-8 only: a file in UTF-16 is re-encoded whole, which a file read in pieces is not.
        return ImportFile.exchangeBytes(start) == start && !start.isEmpty
    }

    /// Reads `path` and plans its import into `store`, handing each line of the dry run's
    /// report (as `ImportFile.report` writes it) to `line`; the first `kept` nominations left
    /// out and problems are listed after the others, the rest counted.
    /// - Throws: `ImportFile.Failure` (exit code 2) when the file cannot be read or is not
    ///   valid exchange format, with the line and column; (4) when the store cannot be read;
    ///   whatever `line` throws.
    public static func check(path: String, store: Store, rulebook: @escaping (Int) -> Rulebook?, language: Language,
                             kept: Int = StreamedImportFile.keptLines, line: @escaping (String) throws -> Void) throws -> Checked {
        let vi = language == .vi
        let stamp = try Self.stamp(path)
        let file = try open(path)
        // First reading: the references (at the end of the file) and the ids the nominees use.
        var fileIDs = Set<String>()
        let first = try mapFailures(path) {
            try ExchangeFormat.read(file.data, rulebook: rulebook, walked: { file.releasePages(readingAt: $0.upperBound) }) { nomination, bytes in
                if let id = nomination.nominee.id { fileIDs.insert(id) }
                file.releasePages(readingAt: bytes.upperBound)
            }
        }
        for nomination in first.nominations { if let id = nomination.nominee.id { fileIDs.insert(id) } }
        fileIDs.formUnion(first.references.groups.map(\.id) + first.references.units.map(\.id))
        for text in ImportFile.headLines(kind: .nominations, ignoredHeaders: [], language: language) { try line(text) }
        var tail = StreamedReportTail(kept: kept, language: language)
        // New nominees by id, for a later nomination of the same nominee ("new, as line n").
        var planned: [String: (line: Int, name: String)] = [:]
        planned.reserveCapacity(fileIDs.count)
        var places = LinePlaces(data: file.data)
        var place = JSONPosition(line: 0, column: 0, byte: 0)
        let count = try mapFailures(path) {
            try store.planStreamedImport(references: first.references, fileIDs: fileIDs, rulebook: rulebook, nominations: { take in
                try forEachNomination(file, first, rulebook) { nomination, bytes in
                    place = bytes.map { places.position(of: $0.lowerBound) } ?? JSONPosition(line: 1, column: 1, byte: 1)
                    try take(nomination)
                }
            }, planned: { outcome in
                switch outcome {
                case .item(var item, let groupName, let existingName):
                    if item.line > 0 { item.line = place.line }
                    var earlier: (line: Int, name: String)?
                    if let nominee = item.newNominee {
                        if !nominee.id.isEmpty { planned[nominee.id] = (item.line, nominee.name) }
                    } else if let id = item.existingNomineeID {
                        earlier = planned[id]
                    }
                    let group = groupName ?? item.newNominee?.groupID.flatMap { planned[$0]?.name }
                    try line(ImportFile.itemLine(item, groupName: group, existingName: existingName, earlier: earlier,
                                                 rulebook: rulebook, language: language))
                case .skipped(var row):
                    row.line = place.line
                    tail.add(row)
                case .newMovement(let movement):
                    try line("  " + (vi ? "phong trào mới: " : "new movement: ") + movement.name)
                case .problems(let found):
                    for var problem in found {
                        problem.line = place.line
                        problem.column = problem.column ?? place.column
                        tail.add(problem)
                    }
                }
            })
        }
        for text in tail.lines { try line(text) }
        try line(ImportFile.summary(newNominees: count.newNominees, newNominations: count.newNominations, skipped: count.skipped,
                                    problems: count.problems, language: language))
        return Checked(count: count, references: first.references, fileIDs: fileIDs, stamp: stamp)
    }

    /// Imports the file `checked` was made from, in one transaction: every nomination or none.
    /// - Returns: how many nominees and nominations were written.
    /// - Throws: `StoreError.changedSincePlan` when the store was written since the dry run
    ///   (check the file again); `ImportFile.Failure` when the file cannot be read again, or
    ///   reads differently now (nothing is written then).
    public static func apply(path: String, checked: Checked, store: Store, rulebook: @escaping (Int) -> Rulebook?,
                             progress: ((Int) -> Void)? = nil) throws -> (nominees: Int, nominations: Int) {
        guard checked.count.problems == 0 else { throw StoreError.invalid([]) }
        guard try stamp(path) == checked.stamp else { throw changed(path) }
        let file = try open(path)
        do {
            return try mapFailures(path) {
                try store.applyStreamedImport(references: checked.references, fileIDs: checked.fileIDs, counted: checked.count,
                                              rulebook: rulebook, nominations: { take in
                    do {
                        // A file of one nomination (no batch) is not this large; read whole all the same.
                        let again = try forEachNomination(file, nil, rulebook) { nomination, _ in try take(nomination) }
                        for nomination in again.nominations { try take(nomination) }
                    } catch is ExchangeError {
                        throw StreamedImportChanged()
                    }
                }, progress: progress)
            }
        } catch is StreamedImportChanged {
            throw changed(path)
        }
    }

    /// Each nomination of `file` in order with the bytes it stands in (none for a file of one
    /// nomination, which `first`, the file's first reading, holds), pages let go as reading
    /// moves on.
    @discardableResult
    private static func forEachNomination(_ file: MappedFile, _ first: ExchangeFile?, _ rulebook: @escaping (Int) -> Rulebook?,
                                          _ body: (ExchangeNomination, Range<Int>?) throws -> Void) throws -> ExchangeFile {
        if let first, !first.nominations.isEmpty {
            for nomination in first.nominations { try body(nomination, nil) }
            return ExchangeFile(nominations: [], warnings: [])
        }
        return try ExchangeFormat.read(file.data, rulebook: rulebook, walked: { file.releasePages(readingAt: $0.upperBound) }) { nomination, bytes in
            try body(nomination, bytes)
            file.releasePages(readingAt: bytes.upperBound)
        }
    }

    /// Where a byte offset stands, as lines and columns, for offsets asked in increasing order
    /// (each nomination's first byte): the text between two is scanned once, even on one long
    /// line (a file written without line ends).
    private struct LinePlaces {
        let data: Data
        private var scanned = 0
        private var line = 1
        private var lineStart = 0
        /// Characters between `lineStart` and `scanned` (the continuation bytes of letters of
        /// more than one byte are not counted).
        private var characters = 0

        init(data: Data) { self.data = data }

        mutating func position(of offset: Int) -> JSONPosition {
            if offset < scanned { (scanned, line, lineStart, characters) = (0, 1, 0, 0) }
            data.withUnsafeBytes { raw in
                for index in scanned..<min(offset, raw.count) {
                    let byte = raw[index]
                    if byte == 0x0A {
                        line += 1
                        lineStart = index + 1
                        characters = 0
                    } else if byte & 0xC0 != 0x80 {
                        characters += 1
                    }
                }
            }
            scanned = max(scanned, offset)
            return JSONPosition(line: line, column: characters + 1, byte: offset - lineStart + 1)
        }
    }

    private static func stamp(_ path: String) throws -> Stamp {
        let expanded = DocumentOutput.expandingHome(path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: expanded), let size = attributes[.size] as? Int else {
            throw ImportFile.Failure(code: 2, message: LocalizedText(vi: "không đọc được tệp \(path)", en: "cannot read the file \(path)"))
        }
        return Stamp(size: size, modified: attributes[.modificationDate] as? Date)
    }

    private static func open(_ path: String) throws -> MappedFile {
        do {
            return try MappedFile(path: DocumentOutput.expandingHome(path))
        } catch let failure as MappedFile.Failure {
            throw ImportFile.Failure(code: 2, message: failure.message)
        }
    }

    private static func changed(_ path: String) -> ImportFile.Failure {
        ImportFile.Failure(code: 2, message: LocalizedText(
            vi: "\(path) đã thay đổi sau khi chạy thử; chưa nhập gì, hãy chạy lại lệnh",
            en: "\(path) changed after the dry run; nothing was imported, run the command again"))
    }

    /// `body`, the file's errors (with their line and column) and the store's as `ImportFile.Failure`.
    private static func mapFailures<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExchangeError {
            let place = error.syntax.map { JSONPosition(line: $0.line, column: $0.column, byte: $0.byte) } ?? error.position
            throw ImportFile.Failure(code: 2, message: LocalizedText(vi: "\(path): " + error.message(.vi), en: "\(path): " + error.message(.en)),
                                     line: place?.line, column: place?.column, byte: place?.byte)
        } catch StoreError.changedSincePlan(let storePath) {
            throw StoreError.changedSincePlan(path: storePath)
        } catch let error as StoreError {
            throw ImportFile.Failure(code: 4, message: error.message)
        }
    }
}
