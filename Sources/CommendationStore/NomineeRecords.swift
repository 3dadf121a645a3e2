import Commendation
import Foundation
import GRDB
import VietnameseText

/// Reading and writing nominees, a window at a time.
extension Store {
    /// Number of nominees matching `filter` (accent-insensitive, on name, position, ID) and
    /// `types` (nil for all).
    public func nomineeCount(filter: String = "", types: [NomineeType]? = nil) throws -> Int {
        try read { db in
            if types == nil, let match = Self.trigramQuery(filter) {
                // The index alone knows how many keys contain the filter (one row per nominee).
                return try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM nominee_search WHERE nominee_search MATCH ?"),
                                        arguments: [match]) ?? 0
            }
            let (clause, arguments) = Self.nomineeWhere(filter: filter, types: types, indexed: true)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nominee WHERE \(clause)", arguments: arguments) ?? 0
        }
    }

    /// How many nominees match `filter` (as `nomineeCount(filter:)`), and whether that is the
    /// exact number, at the cost of a keystroke: a filter of three letters or more is counted in
    /// the trigram index (exact); one or two letters have no trigram, and are looked for in the
    /// first `examining` nominees only, which gives the exact number in a store no larger and a
    /// lower bound otherwise (a province's "n" matches 190 000 names, and counting them all
    /// took 90 ms of a keystroke). The desk counts exactly once typing stops.
    public func nomineeCount(filter: String, examining limit: Int) throws -> (count: Int, exact: Bool) {
        if filter.foldedForSearch.isEmpty { return (try nomineeCount(filter: filter), true) }
        if let match = Self.trigramQuery(filter) {
            // The index stops at the limit: a phrase found in 76 000 names took 20 ms to count.
            return try read { db in
                let count = try Int.fetchOne(db.cachedStatement(sql: """
                    SELECT COUNT(*) FROM (SELECT 1 FROM nominee_search WHERE nominee_search MATCH ? LIMIT ?)
                    """), arguments: [match, limit + 1]) ?? 0
                return (min(count, limit), count <= limit)
            }
        }
        return try read { db in
            let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT COUNT(*) AS examined, COALESCE(SUM(instr(search_key, ?) > 0), 0) AS matched
                FROM (SELECT search_key FROM nominee LIMIT ?)
                """), arguments: [filter.foldedForSearch, limit + 1])
            let (examined, matched): (Int, Int) = (row?["examined"] ?? 0, row?["matched"] ?? 0)
            return (matched, examined <= limit)
        }
    }

    /// Up to this many matches, a search page is read through the trigram index and sorted;
    /// beyond, matches are dense enough that walking the name order and testing each key
    /// reaches a page sooner. Sorting reads every match's entry of the index, the walk about a
    /// page divided by the share that matches: one in forty nominees (5 000 of a province's
    /// 200 000) balanced the two for a screenful when sorting looked every match up in
    /// `nominee` (before migration v9, which made each a cheaper read), and never fewer than
    /// 1 000.
    static func sortedSearchLimit(nominees: Int) -> Int { max(1_000, nominees / 40) }

    /// Whether few enough nominees match a trigram query (`sortedSearchLimit`) for a page to be
    /// read from the index and sorted, rather than found by walking the names.
    static func fewNomineesMatch(_ match: String, _ db: Database) throws -> Bool {
        // The highest rowid stands for the number of nominees (they are never many deleted).
        let nominees = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(rowid) FROM nominee")) ?? 0
        let limit = sortedSearchLimit(nominees: nominees)
        let matches = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT COUNT(*) FROM (SELECT 1 FROM nominee_search WHERE nominee_search MATCH ? LIMIT ?)
            """), arguments: [match, limit + 1]) ?? 0
        return matches <= limit
    }

    /// How many nominees of the list order a search first walks, testing each key, before it
    /// asks the trigram index how many match: twenty per row wanted (a filter found in one
    /// name in twenty or more near the top, as a short one usually is, needs nothing else),
    /// never more than 1 000 (two or three milliseconds lost at province scale when the
    /// matches lie further on; 2 000 made the slowest keystrokes slower still).
    static func searchWalkBudget(offset: Int, limit: Int) -> Int { min(1_000, (offset + limit) * 20) }

    /// A window of nominees matching `filter` and `types`, in list order (persons by tên,
    /// đệm, họ; others by name).
    public func nominees(filter: String = "", types: [NomineeType]? = nil, offset: Int, limit: Int,
                         matches: (count: Int, exact: Bool)? = nil) throws -> [Nominee] {
        try read { db in
            var sortedMatch: String?
            // Matches the caller counted (`nomineeCount(filter:examining:)`), few enough to sort.
            var fewCounted: Bool?
            if let matches {
                let nominees = try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(rowid) FROM nominee")) ?? 0
                fewCounted = matches.exact && matches.count <= Self.sortedSearchLimit(nominees: nominees)
            }
            if types == nil, fewCounted == true, let match = Self.trigramQuery(filter) {
                // The caller counted the matches (`nomineeCount(filter:examining:)`): few enough
                // to be read from the index and sorted, with no walk and no second count.
                sortedMatch = match
            } else if let match = Self.trigramQuery(filter) {
                // The walk stops at the budget's last name: the name index read in order, each
                // key tested, with an upper bound; done when the page fills before it.
                let (walk, walkArguments) = Self.nomineeWhere(filter: filter, types: types)
                let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT sort_key, id FROM nominee ORDER BY sort_key, id LIMIT 1 OFFSET ?"),
                                            arguments: [Self.searchWalkBudget(offset: offset, limit: limit) - 1])
                var arguments = walkArguments
                guard let last else {
                    // Fewer nominees than the budget: walking them all is the answer.
                    arguments += [limit, offset]
                    return try Self.nominees(db.cachedStatement(sql: "SELECT * FROM nominee WHERE \(walk) ORDER BY sort_key, id LIMIT ? OFFSET ?"),
                                             arguments: arguments)
                }
                arguments += [last["sort_key"] as String, last["id"] as String, limit, offset]
                let walked = try Self.nominees(db.cachedStatement(sql: """
                    SELECT * FROM nominee WHERE \(walk) AND (sort_key, id) <= (?, ?) ORDER BY sort_key, id LIMIT ? OFFSET ?
                    """), arguments: arguments)
                if walked.count == limit { return walked }
                if try fewCounted ?? Self.fewNomineesMatch(match, db) { sortedMatch = match }
            }
            if types == nil, let match = sortedMatch {
                // The index keeps the name key: the page's ids come sorted from it alone.
                return try Self.nominees(db.cachedStatement(sql: """
                    SELECT * FROM nominee WHERE id IN (
                        SELECT nominee_id FROM nominee_search WHERE nominee_search MATCH ? ORDER BY sort_key, nominee_id LIMIT ? OFFSET ?)
                    ORDER BY sort_key, id
                    """), arguments: [match, limit, offset])
            }
            let (clause, arguments) = Self.nomineeWhere(filter: filter, types: types, indexed: sortedMatch != nil)
            var all = arguments
            all += [limit, offset]
            return try Self.nominees(db.cachedStatement(sql: "SELECT * FROM nominee WHERE \(clause) ORDER BY sort_key, id LIMIT ? OFFSET ?"),
                                     arguments: all)
        }
    }

    /// The nominee with `id`.
    public func nominee(id: String) throws -> Nominee? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM nominee WHERE id = ?", arguments: [id]).map(Self.nominee(from:)) }
    }

    /// The names of the nominees `ids` that exist, by id (a few hundred ids per query).
    public func nomineeNames(ids: Set<String>) throws -> [String: String] {
        let all = ids.sorted()
        return try read { db in
            var names: [String: String] = [:]
            for start in stride(from: 0, to: all.count, by: 500) {
                let chunk = Array(all[start..<min(all.count, start + 500)])
                for row in try Row.fetchAll(db, sql: "SELECT id, name FROM nominee WHERE id IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))",
                                            arguments: StatementArguments(chunk)) {
                    names[row["id"]] = row["name"]
                }
            }
            return names
        }
    }

    /// Residential groups or collectives (short lists for choice fields), in name order.
    public func nominees(ofType type: NomineeType) throws -> [Nominee] {
        try read { db in
            try Self.nominees(db.cachedStatement(sql: "SELECT * FROM nominee WHERE type = ? ORDER BY sort_key, id"), arguments: [type.rawValue])
        }
    }

    /// The condition for `filter` and `types`. With `indexed`, a filter of three letters or
    /// more is looked up in the trigram index (`nominee_search`) instead of tested row by row;
    /// both find exactly the nominees whose folded key contains the folded filter.
    static func nomineeWhere(filter: String, types: [NomineeType]?, indexed: Bool = false) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        let folded = filter.foldedForSearch
        if indexed, let match = trigramQuery(filter) {
            clauses.append("id IN (SELECT nominee_id FROM nominee_search WHERE nominee_search MATCH ?)")
            arguments += [match]
        } else if !folded.isEmpty {
            // `instr`, not `LIKE` (see `searchClause`).
            clauses.append("instr(search_key, ?) > 0")
            arguments += [folded]
        }
        if let types {
            clauses.append("type IN (" + types.map { _ in "?" }.joined(separator: ",") + ")")
            arguments += StatementArguments(types.map(\.rawValue))
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }

    /// The full-text query for a substring search: the folded filter as one quoted phrase,
    /// which the trigram tokenizer matches as a substring. Nil below three characters (no
    /// trigram to look up).
    static func trigramQuery(_ filter: String) -> String? {
        let folded = filter.foldedForSearch
        guard folded.unicodeScalars.count >= 3 else { return nil }
        return "\"" + folded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The nominee in a row of a query selecting the nominee's columns.
    static func nominee(from row: Row) -> Nominee {
        nominee(from: row, columns: NomineeColumns(RowColumns(row)))
    }

    /// The nominees `statement` selects, decoded row by row (`decoded`).
    static func nominees(_ statement: Statement, arguments: StatementArguments = []) throws -> [Nominee] {
        let columns = NomineeColumns(RowColumns(names: statement.columnNames))
        return try decoded(statement, arguments: arguments) { nominee(from: $0, columns: columns) }
    }

    static func nominee(from row: Row, columns c: NomineeColumns) -> Nominee {
        let type = (row.value(at: c.type) as String?).flatMap(NomineeType.init(rawValue:)) ?? .person
        let person: PersonName? = type == .person
            ? PersonName(family: row.value(at: c.familyName) ?? "", middle: row.value(at: c.middleName) ?? "", given: row.value(at: c.givenName) ?? "")
            : nil
        let head: PersonName? = (row.value(at: c.headGivenName) as String?).map {
            PersonName(family: row.value(at: c.headFamilyName) ?? "", middle: row.value(at: c.headMiddleName) ?? "", given: $0)
        }
        return Nominee(id: row.value(at: c.id) ?? "", type: type, personName: person, name: row.value(at: c.name) ?? "",
                       sex: (row.value(at: c.sex) as String?).flatMap(Sex.init(rawValue:)),
                       birthDate: (row.value(at: c.birthDate) as String?).flatMap(CivilDate.init(iso:)),
                       personalID: row.value(at: c.personalID), phone: row.value(at: c.phone), position: row.value(at: c.position),
                       unitID: row.value(at: c.unitID), groupID: row.value(at: c.groupID), householdID: row.value(at: c.householdID),
                       head: head, memberCount: row.value(at: c.memberCount))
    }

    /// Inserts a nominee inside the caller's transaction (audited).
    func insert(_ nominee: Nominee, _ db: Database) throws {
        try insert([nominee], db)
    }

    /// The most nominees one `INSERT` carries (22 values each, 22 000 within SQLite's 32 766).
    /// The search index writes out what it holds at the end of each statement, so fewer,
    /// larger statements write fewer pieces of it: a thousand rows to a statement took an import
    /// of 100 000 people from 5.45 s to 5.3 s (a hundred were quicker when GRDB bound values).
    static let nomineesPerInsert = 1000

    /// Inserts nominees inside the caller's transaction, many to a statement, then audits each
    /// in order. A statement that writes the search index (through the nominee's trigger)
    /// makes the full-text index write out what it holds, so one statement per nominee cost
    /// an import of 100 000 people about half its time.
    /// `keys` keeps the collation keys of name parts across calls (an import's batches);
    /// `searchKeys`, when given, holds each nominee's search key where it is already known.
    func insert(_ nominees: [Nominee], _ db: Database, keys: CollationKeyMemo? = nil, searchKeys: [String?] = []) throws {
        let now = timestamp()
        for start in stride(from: 0, to: nominees.count, by: Self.nomineesPerInsert) {
            let chunk = nominees[start..<min(nominees.count, start + Self.nomineesPerInsert)]
            let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: chunk.count)
            let sql = """
                INSERT INTO nominee(id, type, name, family_name, middle_name, given_name, sex, birth_date, personal_id, phone, position,
                                    unit_id, group_id, household_id, head_family_name, head_middle_name, head_given_name, member_count,
                                    sort_key, search_key, created_at, updated_at)
                VALUES \(values.joined(separator: ", "))
                """
            // One row (the desk) and a full batch are kept compiled; other sizes are one-offs.
            let common = chunk.count == 1 || chunk.count == Self.nomineesPerInsert
            var row = BoundRows(try common ? db.cachedStatement(sql: sql) : db.makeStatement(sql: sql))
            for (offset, nominee) in zip(chunk.indices, chunk) {
                // Bound one by one, not from an array of them: an array per row was 200 000
                // allocations in an import of 100 000 people.
                row.bind(nominee.id)
                row.bind(nominee.type.rawValue)
                row.bind(nominee.name)
                row.bind(nominee.personName?.family)
                row.bind(nominee.personName?.middle)
                row.bind(nominee.personName?.given)
                row.bind(nominee.sex?.rawValue)
                row.bind(nominee.birthDate?.iso)
                row.bind(nominee.personalID)
                row.bind(nominee.phone)
                row.bind(nominee.position)
                row.bind(nominee.unitID)
                row.bind(nominee.groupID)
                row.bind(nominee.householdID)
                row.bind(nominee.head?.family)
                row.bind(nominee.head?.middle)
                row.bind(nominee.head?.given)
                row.bind(nominee.memberCount)
                row.bind((keys.map(nominee.sortKey(memo:)) ?? nominee.sortKey).hex)
                row.bind((offset < searchKeys.count ? searchKeys[offset] : nil) ?? nominee.searchKey)
                row.bind(now)
                row.bind(now)
            }
            try row.execute(db)
        }
        try audit(db, nominees.map {
            AuditChange(action: "create", entity: "nominee", id: $0.id, before: nil, after: NomineeSnapshot($0).json)
        })
    }

    /// The next free id for a nominee type ("P-0043").
    func nextNomineeID(for type: NomineeType, _ db: Database) throws -> String {
        Self.nomineeID(type, number: try Self.nextNomineeNumber(for: type, db))
    }

    /// The number after the highest in use for `type` (read once; an import counts on from it).
    /// The ids are read one at a time: a province has 140 000 households.
    static func nextNomineeNumber(for type: NomineeType, _ db: Database) throws -> Int {
        var highest = 0
        try String.fetchCursor(db, sql: "SELECT id FROM nominee WHERE id LIKE ?", arguments: [nomineeIDPrefix(type) + "-%"]).forEach {
            if let number = Int($0.dropFirst(2)), number > highest { highest = number }
        }
        return highest + 1
    }

    /// "P", "C", "H", "G".
    static func nomineeIDPrefix(_ type: NomineeType) -> String {
        switch type {
        case .person: return "P"
        case .collective: return "C"
        case .household: return "H"
        case .residentialGroup: return "G"
        }
    }

    /// "P-0043": the prefix and the number, four digits for people and households, two for
    /// others (more when needed).
    static func nomineeID(_ type: NomineeType, number: Int) -> String {
        let digits = String(number)
        let width = type == .person || type == .household ? 4 : 2
        return nomineeIDPrefix(type) + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Makes a nominee from a draft typed in the form.
    static func nominee(from draft: NomineeDraft, id: String, groupName: String?) -> Nominee {
        switch draft.type {
        case .person:
            let personalID = draft.personalID.trimmingCharacters(in: .whitespaces)
            let phone = IdentityNumbers.normalizedPhone(draft.phone)
            return Nominee(id: id, type: .person, personName: draft.personName, name: draft.personName.fullName, sex: draft.sex,
                           birthDate: CivilDate(vietnamese: draft.birthDate), personalID: personalID.isEmpty ? nil : personalID,
                           phone: phone.isEmpty ? nil : phone,
                           position: draft.position.trimmingCharacters(in: .whitespaces).isEmpty ? nil : draft.position,
                           unitID: draft.unitID, groupID: draft.groupID)
        case .household:
            let title: String
            switch draft.sex {
            case .female?: title = "Hộ bà"
            case .male?: title = "Hộ ông"
            case nil: title = "Hộ"
            }
            return Nominee(id: id, type: .household, name: "\(title) \(draft.personName.fullName)", sex: draft.sex,
                           groupID: draft.groupID, head: draft.personName)
        case .collective, .residentialGroup:
            let name = draft.name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return Nominee(id: id, type: draft.type, name: name, groupID: draft.type == .collective ? nil : draft.groupID)
        }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}

/// The fields of a nominee as written into the audit trail.
struct NomineeSnapshot: Encodable {
    var id, type, name: String
    var sex, birthDate, position, unitID, groupID, householdID: String?
    init(_ n: Nominee) {
        id = n.id
        type = n.type.rawValue
        name = n.name
        sex = n.sex?.rawValue
        birthDate = n.birthDate?.iso
        position = n.position
        unitID = n.unitID
        groupID = n.groupID
        householdID = n.householdID
    }

    /// The snapshot as `Store.json` encodes it (keys sorted, no spaces, nil fields left out),
    /// written by hand: an import of 100 000 people writes one per person, and an encoder
    /// for each took a twentieth of the import. The tests compare the two.
    var json: String {
        var out = "{"
        out.reserveCapacity(160)
        var first = true
        for (key, value) in [("birthDate", birthDate), ("groupID", groupID), ("householdID", householdID), ("id", id),
                             ("name", name), ("position", position), ("sex", sex), ("type", type), ("unitID", unitID)] {
            guard let value else { continue }
            if !first { out += "," }
            first = false
            out += "\"" + key + "\":" + JSONText.quoted(value)
        }
        return out + "}"
    }
}
