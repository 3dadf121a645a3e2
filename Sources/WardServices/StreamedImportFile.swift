import Commendation
import CommendationStore
import Foundation
import VietnameseText

/// A CSV file imported row by row (decision 79): what `tdkt import` does with a CSV file
/// larger than `streamedAboveBytes` (4 MB) in UTF-8, or larger than `InputFile.maximumBytes`.
/// Two passes over the file, neither holding it: the dry run reads and plans each row and
/// writes its report line at once (the rows left out and the problems are listed after the
/// rows, the first `keptLines` of each); the import reads the
/// file again inside one write transaction, planning each row again as it writes it. Memory
/// stays bounded whatever the file's length: the keys of the rows seen, to find a row that
/// repeats an earlier one, are kept as fingerprints, 16 bytes a row.
public enum StreamedImportFile {
    /// A file's dry run: what the import will do, and what the import needs to do it.
    public struct Checked: StreamedImportChecked {
        public var kind: ImportKind
        public var count: StreamedImportCount
        fileprivate var columns: [ImportField: ImportColumn]
        fileprivate var headers: [String]
        /// A digest of the file's bytes as the dry run read them.
        fileprivate var digest: Int
    }

    /// Above this size a CSV file in UTF-8 is read row by row: a file read whole takes about
    /// 60 times its size in memory while it is planned (209 MB for 100 000 people, 3.6 MB), a
    /// file read row by row some 50–90 MB whatever its size, for about an eighth more time.
    public static let streamedAboveBytes = 4 * 1024 * 1024

    /// Whether `path` is read row by row: a CSV file (not the exchange format) larger than
    /// `InputFile.maximumBytes`, or larger than `streamedAboveBytes` and all UTF-8 (a smaller
    /// file in a legacy encoding is read whole, where its encoding is recognised).
    public static func suits(path: String) -> Bool {
        let expanded = DocumentOutput.expandingHome(path)
        guard let size = (try? FileManager.default.attributesOfItem(atPath: expanded))?[.size] as? Int,
              size > streamedAboveBytes, let handle = FileHandle(forReadingAtPath: expanded) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 4096)) ?? Data()
        guard ImportFile.exchangeBytes(start) == nil else { return false }
        return size > InputFile.maximumBytes || isUTF8(start, then: handle)
    }

    /// Whether `start` and the rest of `handle` are UTF-8, read a megabyte at a time.
    private static func isUTF8(_ start: Data, then handle: FileHandle) -> Bool {
        var carried = [UInt8](start)
        if carried.starts(with: [0xEF, 0xBB, 0xBF]) { carried.removeFirst(3) }
        while true {
            let next = (try? handle.read(upToCount: 1 << 20)) ?? Data()
            carried += next
            // A character cut at the end of what was read waits for the next piece.
            var cut = carried.count
            if !next.isEmpty {
                var back = 0
                while back < 3, cut - back - 1 >= 0, carried[cut - back - 1] & 0xC0 == 0x80 { back += 1 }
                if cut - back - 1 >= 0, carried[cut - back - 1] >= 0xC0 { cut -= back + 1 }
            }
            guard String(validating: carried[..<cut], as: UTF8.self) != nil else { return false }
            carried.removeFirst(cut)
            if next.isEmpty { return carried.isEmpty }
        }
    }

    /// Rows left out, and problems, listed in the report; more are counted.
    public static let keptLines = 10_000

    /// Reads `path` row by row and plans its import into `store`, handing each line of the
    /// dry run's report (as `ImportFile.report` writes it) to `line`; the first `kept` rows
    /// left out and problems are listed, the rest counted.
    /// - Throws: `ImportFile.Failure` (exit code 2) when the file is not UTF-8 CSV, with the
    ///   line and column or byte; (4) when the store cannot be read; whatever `line` throws.
    public static func check(path: String, store: Store, rulebook: @escaping (Int) -> Rulebook?, kind: ImportKind?, year: Int,
                             language: Language, kept: Int = keptLines, line: @escaping (String) throws -> Void) throws -> Checked {
        let file = try open(path)
        let reader = ImportRowReader(headers: file.headers, kind: kind, defaultYear: year)
        for text in ImportFile.headLines(kind: reader.kind, ignoredHeaders: reader.ignoredHeaders, language: language) { try line(text) }
        var tail = StreamedReportTail(kept: kept, language: language)
        for problem in reader.headerProblems { tail.add(problem) }
        var count = try mapFailures {
            try store.planStreamedImport(kind: reader.kind, columns: reader.columns, expectedRows: file.expectedRecords,
                                         rulebook: rulebook, rows: { take in
                try forEachRow(file, reader, rulebook, take)
            }, planned: { outcome in
                switch outcome {
                case .item(let item, let groupName, let existingName):
                    try line(ImportFile.itemLine(item, groupName: groupName, existingName: existingName, earlier: nil,
                                                 rulebook: rulebook, language: language))
                case .skipped(let row): tail.add(row)
                case .problems(let found): found.forEach { tail.add($0) }
                case .newMovement: break  // a CSV file carries none
                }
            })
        }
        count.problems += reader.headerProblems.count
        for text in tail.lines { try line(text) }
        try line(ImportFile.summary(newNominees: count.newNominees, newNominations: count.newNominations, skipped: count.skipped,
                                    problems: count.problems, language: language))
        return Checked(kind: reader.kind, count: count, columns: reader.columns, headers: file.headers, digest: file.digest)
    }

    /// Imports the file `checked` was made from, in one transaction: every row or none.
    /// - Returns: how many nominees and nominations were written.
    /// - Throws: `StoreError.changedSincePlan` when the store was written since the dry run
    ///   (check the file again); `ImportFile.Failure` when the file cannot be read again, or
    ///   reads differently now (nothing is written then).
    public static func apply(path: String, checked: Checked, store: Store, rulebook: @escaping (Int) -> Rulebook?, year: Int,
                             progress: ((Int) -> Void)? = nil) throws -> (nominees: Int, nominations: Int) {
        guard checked.count.problems == 0 else { throw StoreError.invalid([]) }
        let file = try open(path)
        guard file.headers == checked.headers else { throw changed(path) }
        let reader = ImportRowReader(headers: file.headers, kind: checked.kind, defaultYear: year)
        return try mapFailures {
            do {
                let rows: (ImportRowHandler) throws -> Void = { take in
                    try forEachRow(file, reader, rulebook, take)
                    // The file read again is the file the dry run read, byte for byte.
                    guard file.digest == checked.digest else { throw StreamedImportChanged() }
                }
                return try store.applyStreamedImport(kind: checked.kind, columns: checked.columns, counted: checked.count,
                                                     rulebook: rulebook, rows: rows, progress: progress)
            } catch is StreamedImportChanged {
                throw changed(path)
            }
        }
    }

    private static func changed(_ path: String) -> ImportFile.Failure {
        ImportFile.Failure(code: 2, message: LocalizedText(
            vi: "\(path) đã thay đổi sau khi chạy thử; chưa nhập gì, hãy chạy lại lệnh", en: "\(path) changed after the dry run; nothing was imported, run the command again"))
    }

    private static func open(_ path: String) throws -> CSVFileStream {
        try mapFailures { try CSVFileStream(path: path, name: path) }
    }

    /// Each record of `file` read as a row, handed to `take` with its problems.
    private static func forEachRow(_ file: CSVFileStream, _ reader: ImportRowReader, _ rulebook: (Int) -> Rulebook?,
                                   _ take: ImportRowHandler) throws {
        try file.forEachRecord { record in
            let (row, problems) = reader.read(record, rulebook: rulebook)
            try take(row, problems)
        }
    }

    /// `body`, its file and store errors as `ImportFile.Failure`.
    private static func mapFailures<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as CSVFileStream.Failure {
            throw ImportFile.Failure(code: 2, message: failure.message, line: failure.line, column: failure.column, byte: failure.byte)
        } catch StoreError.changedSincePlan(let path) {
            throw StoreError.changedSincePlan(path: path)
        } catch let error as StoreError {
            throw ImportFile.Failure(code: 4, message: error.message)
        }
    }
}
