import GRDB

/// Where the columns a record is built from sit in a query's rows, looked up by name once per
/// query: GRDB finds a column by name by comparing it, lower-cased, with every column of the
/// row, which for a page of pending nominations was half the cost of reading it.
struct RowColumns {
    private let positions: [String: Int]

    /// The columns of `row` (and of every other row of the same query). When two columns share a
    /// name, the first is meant, as GRDB's `row["name"]` does.
    init(_ row: Row) { self.init(names: Array(row.columnNames)) }

    /// The columns of a statement's rows, named in `names`.
    init(names: [String]) {
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name.lowercased()] == nil {
            positions[name.lowercased()] = index
        }
        self.positions = positions
    }

    /// The position of `name`, if the query has it.
    subscript(_ name: String) -> Int? { positions[name] }
}

extension Store {
    /// The rows of `statement`, each decoded by `decode` while SQLite is on it: no row is
    /// copied (`Row.fetchAll` copies every value of every row into an array before anything
    /// is read from it). `decode` must not keep the row.
    static func decoded<Record>(_ statement: Statement, arguments: StatementArguments = [],
                                _ decode: (Row) -> Record) throws -> [Record] {
        var records: [Record] = []
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            records.append(decode(row))
        }
        return records
    }
}

extension Row {
    /// The value at `position` (nil when the query has no such column, or the value is NULL).
    func value<Value: DatabaseValueConvertible>(at position: Int?) -> Value? {
        guard let position else { return nil }
        return self[position]
    }

    /// The value at `position`, read straight from SQLite's column when the row is a
    /// statement's current row (strings, integers, booleans): GRDB's general path goes through
    /// a `DatabaseValue` and generic metadata for every column.
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(at position: Int?) -> Value? {
        guard let position else { return nil }
        return self[position]
    }
}

/// The nominee's columns in a query's rows.
struct NomineeColumns {
    let id, type, name, familyName, middleName, givenName, sex, birthDate, personalID, phone, position: Int?
    let unitID, groupID, householdID, headFamilyName, headMiddleName, headGivenName, memberCount: Int?

    init(_ columns: RowColumns) {
        (id, type, name) = (columns["id"], columns["type"], columns["name"])
        (familyName, middleName, givenName) = (columns["family_name"], columns["middle_name"], columns["given_name"])
        (sex, birthDate, personalID, phone, position) = (columns["sex"], columns["birth_date"], columns["personal_id"], columns["phone"],
                                                         columns["position"])
        (unitID, groupID, householdID) = (columns["unit_id"], columns["group_id"], columns["household_id"])
        (headFamilyName, headMiddleName, headGivenName) = (columns["head_family_name"], columns["head_middle_name"], columns["head_given_name"])
        memberCount = columns["member_count"]
    }
}

/// A nomination's columns (`Store.listingColumns`) and its nominee's in a query's rows.
struct ListingColumns {
    let id, year, award, kind, nomineeID, movementID, status, receivedOn, facts, note, returnReason: Int?
    let decisionNumber, decisionDate, completeOn, version: Int?
    let nominee: NomineeColumns

    init(_ row: Row) { self.init(RowColumns(row)) }

    init(_ columns: RowColumns) {
        (id, year, award, kind, nomineeID) = (columns["n_id"], columns["n_year"], columns["n_award"], columns["n_kind"], columns["n_nominee_id"])
        (movementID, status, receivedOn, facts) = (columns["n_movement_id"], columns["n_status"], columns["n_received_on"], columns["n_facts"])
        (note, returnReason, decisionNumber) = (columns["n_note"], columns["n_return_reason"], columns["n_decision_number"])
        (decisionDate, completeOn, version) = (columns["n_decision_date"], columns["n_complete_on"], columns["n_version"])
        nominee = NomineeColumns(columns)
    }
}
