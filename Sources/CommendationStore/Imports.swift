import Commendation
import Foundation
import GRDB
import VietnameseText

/// What an import will do, worked out before anything is written (the dry run): each row's
/// nominee (found in the store or new) and nomination, the rows left out as duplicates, and the
/// problems that stop the import.
public struct ImportPlan: Sendable {
    /// One row to import.
    public struct Item: Sendable {
        /// The line in the file (or the nomination's position in a JSON file, from 1); 0 for a
        /// unit or residential group an exchange file carries in its `references`.
        public var line: Int
        /// The nominee to create, when not found: its id is allocated when written, unless the
        /// plan gives one (an exchange file's own id, free in the store).
        public var newNominee: Nominee?
        /// The nominee found in the store, when found.
        public var existingNomineeID: String?
        /// The nomination to create, if the row proposes one (its id is allocated when written,
        /// unless a JSON file gives one that is free).
        public var nomination: Nomination?
        /// The new nominee's search key (`Nominee.searchKey`), when the plan has folded it
        /// already: a person with neither position nor citizen ID is searched by the name alone.
        public var newNomineeSearchKey: String?
    }

    /// A row left out, and why ("trùng với P-0018 Nguyễn Văn Hùng").
    public struct Skipped: Sendable, Hashable {
        public var line: Int
        public var message: LocalizedText
    }

    public var kind: ImportKind
    public var items: [Item]
    public var skipped: [Skipped]
    /// Problems that stop the import until the file is fixed.
    public var problems: [ImportProblem]
    /// Headers not used.
    public var ignoredHeaders: [String]
    /// The store as the plan saw it: the last audit row's number then. Applying the plan is
    /// refused once another write came in between (another import could have added the same
    /// people), so that the duplicate check and the insert are, in effect, one transaction.
    public var basis: Int = 0

    /// Nominees the import will create.
    public var newNominees: Int { items.reduce(0) { $1.newNominee == nil ? $0 : $0 + 1 } }
    /// Nominations the import will create.
    public var newNominations: Int { items.reduce(0) { $1.nomination == nil ? $0 : $0 + 1 } }
    /// Movements the import will create (an exchange file's `references` the store lacks).
    public var newMovements: [Movement] = []
}

/// What an import wrote.
public struct ImportSummary: Sendable, Hashable {
    public var nominees: [String]
    public var nominations: [String]
}

extension Store {
    /// The plan for importing CSV rows read as `reading`: names of units and residential
    /// groups matched to the store's (accents optional), people matched by citizen ID or by
    /// name and birth date, households by head and residential group; duplicates of the store
    /// or of earlier rows left out. Reads only.
    public func planImport(_ reading: ImportReading, rulebook: (Int) -> Rulebook?) throws -> ImportPlan {
        let today = clock.today()
        // Rulebooks are looked up before the read: the caller's lookup may read the store too.
        let books = Self.rulebooks(for: reading.rows.compactMap(\.year), rulebook)
        let rulebook: (Int) -> Rulebook? = { books[$0] ?? nil }
        return try read { db in
            var problems = reading.problems
            var skipped: [ImportPlan.Skipped] = []
            var items: [ImportPlan.Item] = []
            var planner = try ImportPlanner(db, kind: reading.kind, columns: reading.columns, today: today, seen: .inMemory())
            let problemLines = Set(reading.problems.map(\.line))
            for row in reading.rows where !problemLines.contains(row.line) {
                switch try planner.plan(row, rulebook: rulebook) {
                case .item(let item): items.append(item)
                case .skipped(let row): skipped.append(row)
                case .problems(let found): problems += found
                }
            }
            // Problems in the file's order, the reader's and the planner's together, as a
            // streamed import finds them.
            problems = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
            var plan = ImportPlan(kind: reading.kind, items: items, skipped: skipped, problems: problems,
                                  ignoredHeaders: reading.ignoredHeaders)
            plan.basis = try Self.auditHead(db)
            return plan
        }
    }

    /// The number of the last audit row (every write adds one): what a plan was made against.
    static func auditHead(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM audit") ?? 0
    }

    /// Writes a plan in one transaction — every row or none — each nominee and nomination
    /// audited. Refused while the plan has problems, and when the store was written since the
    /// plan was made (`StoreError.changedSincePlan`: make the plan again; its duplicate check
    /// then sees what came in). Write transactions are immediate: two imports are serialised.
    public func applyImport(_ plan: ImportPlan, rulebook: (Int) -> Rulebook?,
                            progress: ((Int, Int) -> Void)? = nil) throws -> ImportSummary {
        guard plan.problems.isEmpty else { throw StoreError.invalid([]) }
        let books = Self.rulebooks(for: plan.items.compactMap(\.nomination?.year), rulebook)
        let rulebook: (Int) -> Rulebook? = { books[$0] ?? nil }
        return try write { db in
            guard try Self.auditHead(db) == plan.basis else { throw StoreError.changedSincePlan(path: path) }
            for movement in plan.newMovements { try insert(movement, db) }
            var writer = ImportWriter(store: self, keepsIDs: true)
            for (done, item) in plan.items.enumerated() {
                if done % 10 == 0 { progress?(done, plan.items.count) }
                try writer.write(item, rulebook: rulebook, db)
            }
            try writer.finish(db)
            progress?(plan.items.count, plan.items.count)
            return writer.summary
        }
    }

    /// The rulebook of each of `years`, looked up once.
    static func rulebooks(for years: [Int], _ rulebook: (Int) -> Rulebook?) -> [Int: Rulebook?] {
        Dictionary(Set(years).map { ($0, rulebook($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The next free "YEAR-CODE-NNNN" inside the caller's transaction. The series' ids are
    /// read one at a time: a province's year of one award has some hundred thousand.
    func nextNominationID(year: Int, idCode: String, _ db: Database) throws -> String {
        var highest = 0
        try String.fetchCursor(db, sql: "SELECT id FROM nomination WHERE id LIKE ?", arguments: ["\(year)-\(idCode)-%"]).forEach {
            if let number = NominationID.number(of: $0), number > highest { highest = number }
        }
        return NominationID.make(year: year, idCode: idCode, number: highest + 1)
    }
}
