import Commendation
import Foundation
import GRDB
import VietnameseText

/// The store's nominees by the keys an import matches on, read once when an import is planned.
///
/// People and households are many (200 000 in a province's store): each of their keys is
/// held only as its hash beside the nominee's rowid, and a nominee a key finds is read from
/// the store and its key compared again, so that two keys of one hash never mix (the people
/// of a name, once read, are kept for the file's next row of that name). Units,
/// residential groups and movements, a few thousand at most, are held by name. Open
/// nominations are asked of the store when a row names an existing nominee. Holding whole
/// nominees took a province's store 409 MB and 5.7 s before the first row (decision 81).
///
/// Valid only inside the transaction it was read in: the rowids are the store's at that time.
struct NomineeIndex {
    /// Residential groups by folded name → id (of two of one name, the later in the store).
    private(set) var groups: [String: String] = [:]
    /// Their names by id.
    private(set) var groupNames: [String: String] = [:]
    /// Units (collectives) by folded name → id.
    private(set) var units: [String: String] = [:]
    /// Movements by id and by folded name.
    private(set) var movements: [String: String] = [:]
    private var peopleByID: HashedRowids
    private var peopleByName: HashedRowids
    private var households: HashedRowids
    /// People read by name so far (a reference: the index is asked through `let`s).
    private let candidates = CandidateCache()

    private final class CandidateCache {
        var byName: [String: [PersonCandidate]] = [:]
    }

    /// The index of the store `db` reads; `hash` as in `HashedRowids` (tests give every key
    /// one hash, to see that keys sharing a hash do not mix).
    init(_ db: Database, hash: @escaping (String) -> Int = { $0.hashValue }) throws {
        peopleByID = HashedRowids(hash: hash)
        peopleByName = HashedRowids(hash: hash)
        households = HashedRowids(hash: hash)
        try Row.fetchCursor(db, sql: "SELECT id, name FROM movement").forEach { row in
            let id: String = row["id"], name: String = row["name"]
            movements[id] = id
            movements[name.foldedForSearch] = id
        }
        let all = """
            SELECT rowid, type, id, name, family_name, middle_name, given_name, personal_id, group_id,
                   head_family_name, head_middle_name, head_given_name
            FROM nominee
            """
        let rows = try Row.fetchCursor(db, sql: all)
        while let row = try rows.next() {
            let rowid: Int64 = row[0]
            switch NomineeType(rawValue: row[1]) {
            case .residentialGroup:
                let id: String = row[2], name: String = row[3]
                groups[name.foldedForSearch] = id
                groupNames[id] = name
            case .collective:
                units[(row[3] as String).foldedForSearch] = row[2]
            case .person:
                if let personalID: String = row[7] { peopleByID.add(personalID, rowid) }
                peopleByName.add(Self.personKey(family: row[4], middle: row[5], given: row[6]), rowid)
            case .household:
                households.add(Self.householdKey(name: row[3], headFamily: row[9], headMiddle: row[10], headGiven: row[11],
                                                 groupID: row[8]), rowid)
            case nil:
                break
            }
        }
    }

    /// A person's folded full name, from the parts the store keeps (as `Store.nominee(from:)`
    /// reads them).
    private static func personKey(family: String?, middle: String?, given: String?) -> String {
        PersonName(family: family ?? "", middle: middle ?? "", given: given ?? "").fullName.foldedForSearch
    }

    /// A household's key: its head's folded full name (its name when it has no head), "|",
    /// its residential group's id.
    private static func householdKey(name: String, headFamily: String?, headMiddle: String?, headGiven: String?,
                                     groupID: String?) -> String {
        let head = headGiven.map { PersonName(family: headFamily ?? "", middle: headMiddle ?? "", given: $0).fullName } ?? name
        return head.foldedForSearch + "|" + (groupID ?? "")
    }

    /// The key `households(_:_:)` is asked with for a head's full name in a group.
    static func householdKey(head: String, groupID: String?) -> String {
        head.foldedForSearch + "|" + (groupID ?? "")
    }

    private static func nominees(_ rowids: [Int64], _ db: Database) throws -> [Nominee] {
        let statement = try db.cachedStatement(sql: "SELECT * FROM nominee WHERE rowid = ?")
        return try rowids.compactMap { try Row.fetchOne(statement, arguments: [$0]).map(Store.nominee(from:)) }
    }

    /// The store's people of citizen ID `personalID`, in the store's order.
    func people(personalID: String, _ db: Database) throws -> [Nominee] {
        try Self.nominees(peopleByID.rowids(personalID), db).filter { $0.personalID == personalID }
    }

    /// A person of the store as a name finds it: enough to choose by birth date and count.
    struct PersonCandidate {
        var rowid: Int64
        var id: String
        var birthDate: CivilDate?
    }

    /// The store's people whose full name folds to `foldedName`, in the store's order. Each
    /// name the store has is read from it once per index and kept (an id, a rowid and a birth
    /// date a person, at most the store's people): a province has a hundred "Nguyễn Văn
    /// Khánh", and a file names the same common names again and again.
    func people(foldedName: String, _ db: Database) throws -> [PersonCandidate] {
        let rowids = peopleByName.rowids(foldedName)
        // A name the store lacks (a new person, the usual row) costs nothing and is not kept.
        guard !rowids.isEmpty else { return [] }
        if let known = candidates.byName[foldedName] { return known }
        let statement = try db.cachedStatement(sql: "SELECT id, family_name, middle_name, given_name, birth_date FROM nominee WHERE rowid = ?")
        var found: [PersonCandidate] = []
        for rowid in rowids {
            guard let row = try Row.fetchOne(statement, arguments: [rowid]),
                  Self.personKey(family: row[1], middle: row[2], given: row[3]) == foldedName else { continue }
            found.append(PersonCandidate(rowid: rowid, id: row[0], birthDate: (row[4] as String?).flatMap(CivilDate.init(iso:))))
        }
        candidates.byName[foldedName] = found
        return found
    }

    /// The store's nominee at `rowid`.
    func nominee(rowid: Int64, _ db: Database) throws -> Nominee? {
        try Self.nominees([rowid], db).first
    }

    /// The id of the household of `key` (`householdKey(head:groupID:)`), the last of several.
    func household(_ key: String, _ db: Database) throws -> String? {
        try Self.nominees(households.rowids(key), db).last {
            Self.householdKey(head: $0.head?.fullName ?? $0.name, groupID: $0.groupID) == key
        }?.id
    }

    /// The person a row means: by citizen ID, else by name and birth date (name alone when
    /// neither side has a birth date). `foldedName` is the row's full name folded for search.
    func person(_ row: ImportedRow, foldedName: String, _ db: Database) throws -> Nominee? {
        if let id = row.personalID, let found = try people(personalID: id, db).last { return found }
        let candidates = try people(foldedName: foldedName, db)
        let chosen = candidates.first { $0.birthDate == row.birthDate || ($0.birthDate == nil || row.birthDate == nil) && candidates.count == 1 }
        return try chosen.flatMap { try nominee(rowid: $0.rowid, db) }
    }

    /// The store's nominee of id `id`.
    func nominee(id: String, _ db: Database) throws -> Nominee? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM nominee WHERE id = ?"), arguments: [id]).map(Store.nominee(from:))
    }

    /// The name of the store's nominee of id `id`.
    func name(of id: String, _ db: Database) throws -> String? {
        if let name = groupNames[id] { return name }
        return try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM nominee WHERE id = ?"), arguments: [id])
    }

    /// The id of an open nomination (not ended) of `nomineeID` for `award` in `year`.
    func openNomination(nomineeID: String, year: Int, award: String, _ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: """
            SELECT id FROM nomination WHERE nominee_id = ? AND award = ? AND year = ? AND status NOT IN (\(Store.endedList))
            ORDER BY rowid DESC LIMIT 1
            """), arguments: [nomineeID, award, year])
    }
}

/// Rowids by the hash of a text key: a key costs its 8-byte hash and an 8-byte rowid in a
/// hash table, not the key itself. Every rowid added under a hash is given back, so a caller
/// compares the keys.
struct HashedRowids {
    private var first: [Int: Int64] = [:]
    private var more: [Int: [Int64]] = [:]
    private let hash: (String) -> Int

    /// An empty table; `hash` is the key's `hashValue` but in tests of keys that share a hash.
    init(hash: @escaping (String) -> Int = { $0.hashValue }) {
        self.hash = hash
    }

    /// Adds `rowid` under `key`'s hash.
    mutating func add(_ key: String, _ rowid: Int64) {
        let hash = hash(key)
        if first[hash] == nil { first[hash] = rowid } else { more[hash, default: []].append(rowid) }
    }

    /// The rowids added under `key`'s hash, in the order they were added.
    func rowids(_ key: String) -> [Int64] {
        let hash = hash(key)
        guard let found = first[hash] else { return [] }
        return [found] + (more[hash] ?? [])
    }
}
