import Commendation
import Foundation
import GRDB
import VietnameseText

/// One row of a streamed import as its dry run reports it.
public enum StreamedImportRow: Sendable {
    /// A row to import, with the names of the store's nominees it refers to (its residential
    /// group; the nominee found, for a nomination).
    case item(ImportPlan.Item, groupName: String?, existingName: String?)
    case skipped(ImportPlan.Skipped)
    /// Problems that stop the import: the reader's (a cell that is not a date…) or the
    /// planner's (a residential group the store lacks…).
    case problems([ImportProblem])
    /// A movement an exchange file carries that the store lacks, created by the import.
    case newMovement(Movement)

    /// A planned `item` with the names, read through `index`, of the residential group of its
    /// new nominee and of the store's nominee it found (both streamed imports report them so).
    static func planned(_ item: ImportPlan.Item, index: NomineeIndex, _ db: Database) throws -> StreamedImportRow {
        .item(item, groupName: try item.newNominee?.groupID.flatMap { try index.name(of: $0, db) },
              existingName: try item.existingNomineeID.flatMap { try index.name(of: $0, db) })
    }
}

/// What a streamed import's dry run counted, and the store as it saw it.
public struct StreamedImportCount: Sendable, Hashable {
    public var newNominees = 0
    public var newNominations = 0
    public var skipped = 0
    public var problems = 0
    /// Movements an exchange file adds.
    public var newMovements = 0
    /// The last audit row's number when the rows were planned (see `ImportPlan.basis`).
    public var basis = 0
    /// The lines that repeat an earlier line of the file (the import's second pass leaves them
    /// out without looking for the earlier line again).
    public var repeatedLines = LineSet()

    public init() {}

    /// Counts what `item` adds: a nominee, a nomination or both.
    mutating func add(_ item: ImportPlan.Item) {
        if item.newNominee != nil { newNominees += 1 }
        if item.nomination != nil { newNominations += 1 }
    }

    /// Counts what a dry run planned for a row (or a movement).
    mutating func add(_ outcome: StreamedImportRow) {
        switch outcome {
        case .item(let item, _, _): add(item)
        case .skipped: skipped += 1
        case .problems(let found): problems += found.count
        case .newMovement: newMovements += 1
        }
    }

    /// Whether `other` counts the same rows, problems and nominees.
    func sameTotals(as other: StreamedImportCount) -> Bool {
        (newNominees, newNominations, skipped, problems, newMovements)
            == (other.newNominees, other.newNominations, other.skipped, other.problems, other.newMovements)
    }
}

/// A streamed import's file read differently the second time (changed since its dry run):
/// nothing was written.
public struct StreamedImportChanged: Error, Sendable {
    public init() {}
}

/// A row and its reader's problems, handed to a streamed import.
public typealias ImportRowHandler = (ImportedRow, [ImportProblem]) throws -> Void

extension Store {
    /// Plans an import whose rows are too many to hold (decision 79): `rows` reads the file and
    /// hands each row to the handler it is given, inside one read of the store; each row's
    /// outcome goes to `planned` as soon as it is known, and nothing is kept but the counts and
    /// the fingerprints of the rows seen (`SeenRows`), sized for `expectedRows`. The rows are
    /// planned as `planImport(_:rulebook:)` plans them. `rulebook` is asked once per year,
    /// inside the read: it must not read the store.
    /// - Throws: `StoreError`; whatever `rows` or `planned` throw, as they threw it.
    public func planStreamedImport(kind: ImportKind, columns: [ImportField: ImportColumn], expectedRows: Int,
                                   rulebook: @escaping (Int) -> Rulebook?,
                                   rows: @escaping (ImportRowHandler) throws -> Void,
                                   planned: @escaping (StreamedImportRow) throws -> Void) throws -> StreamedImportCount {
        let today = clock.today()
        let book = Self.oncePerYear(rulebook)
        let seen = SeenRows.fingerprints(expectedRows: expectedRows)
        return try passingThrough { passed in
            try read { db in
                var planner = try ImportPlanner(db, kind: kind, columns: columns, today: today, seen: seen)
                var count = StreamedImportCount()
                count.basis = try Self.auditHead(db)
                try passed {
                    try rows { row, problems in
                        let outcome: StreamedImportRow
                        if !problems.isEmpty {
                            outcome = .problems(problems)
                        } else {
                            switch try planner.plan(row, rulebook: book) {
                            case .item(let item): outcome = try .planned(item, index: planner.index, db)
                            case .skipped(let row): outcome = .skipped(row)
                            case .problems(let found): outcome = .problems(found)
                            }
                        }
                        count.add(outcome)
                        try planned(outcome)
                    }
                }
                count.repeatedLines = seen.repeated
                return count
            }
        }
    }

    /// Writes a streamed import in one transaction — every row or none — reading the file
    /// again through `rows` and planning each row again as it is written, so that nothing is
    /// held but counts; the rows that repeat earlier ones are those `counted` found. Refused
    /// (`StoreError.changedSincePlan`) when the store was written since `counted` was made;
    /// rolled back when the rows now plan differently from `counted` or have a problem (the
    /// file changed in between: `StreamedImportChanged`). `progress` is told every 10 000 rows.
    /// - Returns: how many nominees and nominations were written.
    /// - Throws: `StoreError`; whatever `rows` throws, as it threw it.
    public func applyStreamedImport(kind: ImportKind, columns: [ImportField: ImportColumn], counted: StreamedImportCount,
                                    rulebook: @escaping (Int) -> Rulebook?, rows: @escaping (ImportRowHandler) throws -> Void,
                                    progress: ((Int) -> Void)? = nil) throws -> (nominees: Int, nominations: Int) {
        let today = clock.today()
        let book = Self.oncePerYear(rulebook)
        let seen = SeenRows.replaying(counted.repeatedLines)
        return try passingThrough { passed in
            try write { db in
                guard try Self.auditHead(db) == counted.basis else { throw StoreError.changedSincePlan(path: path) }
                var planner = try ImportPlanner(db, kind: kind, columns: columns, today: today, seen: seen)
                var writer = ImportWriter(store: self, keepsIDs: false)
                var count = StreamedImportCount()
                count.basis = counted.basis
                var rowsRead = 0
                let changed = StreamedImportChanged()
                try passed {
                    try rows { row, problems in
                        guard problems.isEmpty else { throw changed }
                        switch try planner.plan(row, rulebook: book) {
                        case .item(let item):
                            try writer.write(item, rulebook: book, db)
                            count.add(item)
                        case .skipped: count.skipped += 1
                        case .problems: throw changed
                        }
                        rowsRead += 1
                        if rowsRead % 10_000 == 0 { progress?(rowsRead) }
                    }
                }
                try writer.finish(db)
                try passed { guard count.sameTotals(as: counted) else { throw changed } }
                return (writer.nominees, writer.nominations)
            }
        }
    }

    /// `rulebook`, asked once for each year.
    static func oncePerYear(_ rulebook: @escaping (Int) -> Rulebook?) -> (Int) -> Rulebook? {
        var books: [Int: Rulebook?] = [:]
        return { year in
            if let known = books[year] { return known }
            let found = rulebook(year)
            books[year] = .some(found)
            return found
        }
    }

    /// Runs `body`, which runs a transaction of this store; the errors of the caller's
    /// closures, which `body` hands to `passed`, are thrown as they were instead of as the
    /// store's (`read` and `write` turn every error into a `StoreError`).
    func passingThrough<T>(_ body: (_ passed: (() throws -> Void) throws -> Void) throws -> T) throws -> T {
        var callerError: (any Error)?
        do {
            return try body { work in
                do {
                    try work()
                } catch let error as StoreError {
                    throw error
                } catch let error as DatabaseError {
                    throw error
                } catch {
                    callerError = error
                    throw error
                }
            }
        } catch {
            if let callerError { throw callerError }
            throw error
        }
    }
}
