import Commendation
import Foundation
import GRDB
import VietnameseText

/// Which nominations an export takes.
public struct ExportFilter: Sendable, Hashable {
    /// Only these years (empty: all).
    public var years: Set<Int> = []
    /// Only these statuses (empty: all).
    public var statuses: Set<NominationStatus> = []
    /// Only these awards (empty: all).
    public var awards: Set<String> = []

    /// A filter; empty sets let everything through.
    public init(years: Set<Int> = [], statuses: Set<NominationStatus> = [], awards: Set<String> = []) {
        self.years = years
        self.statuses = statuses
        self.awards = awards
    }

    /// The filter as an SQL condition on `nomination n`, and its arguments.
    var sql: (String, StatementArguments) {
        var clauses: [String] = [], arguments: StatementArguments = []
        func clause(_ column: String, _ values: [any DatabaseValueConvertible]) {
            guard !values.isEmpty else { return }
            clauses.append("\(column) IN (" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")")
            arguments += StatementArguments(values)
        }
        clause("n.year", years.sorted())
        clause("n.status", statuses.map(\.rawValue).sorted())
        clause("n.award", awards.sorted())
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }
}

/// One exported nomination with the names its nominee's ids stand for.
public struct ExportRow: Sendable, Hashable {
    /// The nomination and its nominee.
    public var listing: NominationListing
    /// The nominee's unit, by name.
    public var unit: String?
    /// The nominee's residential group, by name.
    public var group: String?
    /// The movement, by name.
    public var movement: String?
    /// The decision that granted it and the honour-roll number ("3/2026"), if decided.
    public var decision: String?
    /// Its honour-roll number.
    public var honourRoll: String?
    /// The money its decision pays, in đồng.
    public var amount: Int? = nil
    /// The day of its decision.
    public var decisionDate: CivilDate? = nil
}

extension Store {
    /// The nominations `filter` admits, in id order, with names for the ids they refer to.
    public func exportRows(_ filter: ExportFilter) throws -> [ExportRow] {
        var rows: [ExportRow] = []
        try forEachExportRow(filter) { rows.append($0) }
        return rows
    }

    /// Hands each nomination `filter` admits to `body` as it is read, in id order, with names
    /// for the ids it refers to: the whole export is one read, and no more than one row is held
    /// (the names of units, residential groups and movements aside). The decision and its
    /// honour-roll number come from the same query (a nomination has at most one).
    public func forEachExportRow(_ filter: ExportFilter, _ body: (ExportRow) throws -> Void) throws {
        try read { db in
            let movements = Dictionary(try Row.fetchAll(db, sql: "SELECT id, name FROM movement")
                .map { (row: Row) -> (String, String) in (row["id"], row["name"]) }, uniquingKeysWith: { first, _ in first })
            let names = Dictionary(try Row.fetchAll(db, sql: "SELECT id, name FROM nominee WHERE type IN ('collective', 'residential-group')")
                .map { (row: Row) -> (String, String) in (row["id"], row["name"]) }, uniquingKeysWith: { first, _ in first })
            let (condition, arguments) = filter.sql
            let statement = try db.makeStatement(sql: """
                SELECT \(Self.listingColumns), d.number AS d_number, d.date AS d_date, a.roll_number AS a_roll_number,
                       a.roll_year AS a_roll_year, a.amount AS a_amount
                FROM nomination n JOIN nominee e ON e.id = n.nominee_id
                LEFT JOIN decision_award a ON a.nomination_id = n.id LEFT JOIN decision d ON d.id = a.decision_id
                WHERE \(condition) ORDER BY n.id
                """)
            let columns = RowColumns(names: statement.columnNames)
            let listingColumns = ListingColumns(columns)
            let (number, date, roll, rollYear, amount) = (columns["d_number"], columns["d_date"], columns["a_roll_number"],
                                                          columns["a_roll_year"], columns["a_amount"])
            let cursor = try Row.fetchCursor(statement, arguments: arguments)
            let facts = FactsCache()
            while let row = try cursor.next() {
                let listing = Self.listing(from: row, columns: listingColumns, facts: facts)
                let decision: String? = row.value(at: number)
                var honourRoll: String?
                if decision != nil, let roll: Int = row.value(at: roll), let year: Int = row.value(at: rollYear) {
                    honourRoll = "\(roll)/\(year)"
                }
                try body(ExportRow(listing: listing, unit: listing.nominee.unitID.flatMap { names[$0] },
                                   group: listing.nominee.groupID.flatMap { names[$0] },
                                   movement: listing.nomination.movementID.flatMap { movements[$0] },
                                   decision: decision, honourRoll: honourRoll,
                                   amount: decision == nil ? nil : row.value(at: amount),
                                   decisionDate: decision == nil ? nil : (row.value(at: date) as String?).flatMap { CivilDate(iso: $0) }))
            }
        }
    }

    /// How many nominations `filter` admits: what `forEachExportRow` will hand over (a screen's
    /// progress while it exports).
    public func exportCount(_ filter: ExportFilter) throws -> Int {
        let (condition, arguments) = filter.sql
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nomination n JOIN nominee e ON e.id = n.nominee_id WHERE \(condition)",
                             arguments: arguments) ?? 0
        }
    }

    /// The latest year of a nomination `filter` admits (its own years aside); nil when it admits
    /// none.
    public func latestYear(_ filter: ExportFilter) throws -> Int? {
        var filter = filter
        filter.years = []
        let (condition, arguments) = filter.sql
        return try read { db in try Int.fetchOne(db, sql: "SELECT MAX(n.year) FROM nomination n WHERE \(condition)", arguments: arguments) }
    }
}

extension Store {
    /// The units, residential groups and movements that `rows` name (a unit's own group
    /// included), each once, in id order: what an exchange file carries so that it imports into
    /// a store that does not know them.
    public func exchangeReferences(for rows: [ExportRow]) throws -> ExchangeReferences {
        var named = ExchangeReferences.Named()
        rows.forEach { named.add($0) }
        return try exchangeReferences(for: named)
    }

    /// The units, residential groups and movements of `named` (a unit's own group included),
    /// as `exchangeReferences(for:)` gives those of rows.
    public func exchangeReferences(for named: ExchangeReferences.Named) throws -> ExchangeReferences {
        let (units, movements) = (named.units, named.movements)
        var groups = named.groups
        return try read { db in
            var references = ExchangeReferences()
            for id in units.sorted() {
                guard let row = try Row.fetchOne(db, sql: "SELECT name, group_id FROM nominee WHERE id = ?", arguments: [id]) else { continue }
                let group: String? = row["group_id"]
                if let group { groups.insert(group) }
                references.units.append(ExchangeReference(type: .collective, id: id, name: row["name"], groupID: group))
            }
            for id in groups.sorted() {
                guard let name = try String.fetchOne(db, sql: "SELECT name FROM nominee WHERE id = ?", arguments: [id]) else { continue }
                references.groups.append(ExchangeReference(type: .residentialGroup, id: id, name: name))
            }
            for id in movements.sorted() {
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM movement WHERE id = ?", arguments: [id]) else { continue }
                references.movements.append(Movement(id: id, name: row["name"], kind: Movement.Kind(rawValue: row["kind"]) ?? .yearly,
                                                     from: row["from_year"], to: row["to_year"]))
            }
            return references
        }
    }
}

extension ExchangeReferences {
    /// The ids of the units, residential groups and movements that rows name, gathered a row at
    /// a time (an export that streams holds these, not its rows).
    public struct Named: Sendable {
        /// Units, by id.
        public private(set) var units = Set<String>()
        /// Residential groups, by id.
        public private(set) var groups = Set<String>()
        /// Movements, by id.
        public private(set) var movements = Set<String>()

        /// None yet.
        public init() {}

        /// Adds what `row` names.
        public mutating func add(_ row: ExportRow) {
            if row.unit != nil, let id = row.listing.nominee.unitID { units.insert(id) }
            if row.group != nil, let id = row.listing.nominee.groupID { groups.insert(id) }
            if row.movement != nil, let id = row.listing.nomination.movementID { movements.insert(id) }
        }
    }
}

extension ExportRow {
    /// The row in the exchange format.
    public func exchange(index: Int) -> ExchangeNomination {
        let nominee = listing.nominee
        var out = ExchangeNominee(type: nominee.type, id: nominee.id)
        out.sex = nominee.sex
        switch nominee.type {
        case .person:
            out.personName = nominee.personName
            out.birthDate = nominee.birthDate
            out.personalID = nominee.personalID
            out.position = nominee.position
            out.unit = unit
            out.group = group
        case .household:
            out.name = nominee.name
            out.head = nominee.head
            out.group = group
        case .collective, .residentialGroup:
            out.name = nominee.name
        }
        out.unitID = unit == nil ? nil : nominee.unitID
        out.groupID = group == nil ? nil : nominee.groupID
        let nomination = listing.nomination
        return ExchangeNomination(index: index, id: nomination.id, year: nomination.year, award: nomination.award, kind: nomination.kind,
                                  movement: movement, nominee: out, facts: nomination.facts, status: nomination.status,
                                  receivedOn: nomination.receivedOn, note: nomination.note)
    }
}
