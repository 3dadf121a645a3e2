import Commendation
import Foundation
import GRDB

/// Hands each nomination of an exchange file to the handler it is given, in file order.
public typealias ExchangeNominationReader = ((ExchangeNomination) throws -> Void) throws -> Void

extension Store {
    /// Plans the import of an exchange file too large to hold (decision 84), as
    /// `planImport(_:rulebook:)` plans a file read whole: `nominations` reads the file and
    /// hands each nomination on, inside one read of the store; the file's `references` and the
    /// ids of its nominees and references (`fileIDs`) come from a first reading. Each outcome
    /// goes to `planned` as soon as it is known (the units and groups the references add
    /// first); nothing is kept but counts and what the plan must remember of the nominees.
    /// - Throws: `StoreError`; whatever `nominations` or `planned` throw, as they threw it.
    public func planStreamedImport(references: ExchangeReferences, fileIDs: Set<String>, rulebook: @escaping (Int) -> Rulebook?,
                                   nominations: @escaping ExchangeNominationReader,
                                   planned: @escaping (StreamedImportRow) throws -> Void) throws -> StreamedImportCount {
        let today = clock.today()
        let book = Self.oncePerYear(rulebook)
        return try passingThrough { passed in
            try read { db in
                var planner = try ExchangePlanner(db, references: references, fileIDs: fileIDs)
                var count = StreamedImportCount()
                count.basis = try Self.auditHead(db)
                try planner.resolveReferences()
                // Counted, then handed on (inside `passed`, so that its errors come out as they were).
                let report: (StreamedImportRow) throws -> Void = { outcome in
                    count.add(outcome)
                    try planned(outcome)
                }
                try passed {
                    for movement in planner.newMovements { try report(.newMovement(movement)) }
                    for item in planner.items { try report(.item(item, groupName: nil, existingName: nil)) }
                }
                try passed {
                    try nominations { entry in
                        let outcome: StreamedImportRow
                        switch try planner.plan(entry, rulebook: book, today: today) {
                        case .item(let item): outcome = try .planned(item, index: planner.index, db)
                        case .skipped(let row): outcome = .skipped(row)
                        case .problems(let found): outcome = .problems(found)
                        case .none: return
                        }
                        try report(outcome)
                    }
                }
                return count
            }
        }
    }

    /// Writes a streamed exchange import in one transaction — every nomination or none —,
    /// reading the file again through `nominations` and planning each again as it is written.
    /// Refused (`StoreError.changedSincePlan`) when the store was written since `counted` was
    /// made; rolled back when the nominations now plan differently (the file changed in
    /// between: `StreamedImportChanged`). `progress` is told every 10 000 nominations.
    /// - Returns: how many nominees and nominations were written.
    /// - Throws: `StoreError`; whatever `nominations` throws, as it threw it.
    public func applyStreamedImport(references: ExchangeReferences, fileIDs: Set<String>, counted: StreamedImportCount,
                                    rulebook: @escaping (Int) -> Rulebook?, nominations: @escaping ExchangeNominationReader,
                                    progress: ((Int) -> Void)? = nil) throws -> (nominees: Int, nominations: Int) {
        let today = clock.today()
        let book = Self.oncePerYear(rulebook)
        return try passingThrough { passed in
            try write { db in
                guard try Self.auditHead(db) == counted.basis else { throw StoreError.changedSincePlan(path: path) }
                var planner = try ExchangePlanner(db, references: references, fileIDs: fileIDs)
                try planner.resolveReferences()
                var count = StreamedImportCount()
                count.basis = counted.basis
                for movement in planner.newMovements {
                    try insert(movement, db)
                    count.newMovements += 1
                }
                var writer = ImportWriter(store: self, keepsIDs: false)
                for item in planner.items {
                    try writer.write(item, rulebook: book, db)
                    count.add(item)
                }
                var read = 0
                let changed = StreamedImportChanged()
                try passed {
                    try nominations { entry in
                        switch try planner.plan(entry, rulebook: book, today: today) {
                        case .item(let item):
                            try writer.write(item, rulebook: book, db)
                            count.add(item)
                        case .skipped: count.skipped += 1
                        case .problems: throw changed
                        case .none: break
                        }
                        read += 1
                        if read % 10_000 == 0 { progress?(read) }
                    }
                }
                try writer.finish(db)
                try passed { guard count.sameTotals(as: counted) else { throw changed } }
                return (writer.nominees, writer.nominations)
            }
        }
    }
}
