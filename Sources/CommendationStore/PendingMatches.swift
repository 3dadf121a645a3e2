import Commendation
import GRDB
import VietnameseText

/// One pending nomination a search of the review matched, as the review keeps it while the
/// clerk types: enough to narrow the search further and to read a window by id.
public struct PendingMatch: Sendable, Hashable {
    /// The nomination.
    public var nominationID: String
    /// Its group in the review.
    public var group: PendingGroup
    /// Its nominee's folded name, position and ID, as searches match them.
    public var searchKey: String

    /// A match.
    public init(nominationID: String, group: PendingGroup, searchKey: String) {
        self.nominationID = nominationID
        self.group = group
        self.searchKey = searchKey
    }

    /// Whether the review's search for `folded` (a folded text) matches it, as the store's
    /// condition does (`PendingQuery.source`): its nominee's key or its id holds it.
    public func matches(folded: String) -> Bool {
        Self.matching([self], folded: folded).count == 1
    }

    /// Those of `matches` the review's search for `folded` matches (`matches(folded:)`), in
    /// their order.
    public static func matching(_ matches: [PendingMatch], folded: String) -> [PendingMatch] {
        let needle = Array(folded.utf8)
        guard !needle.isEmpty else { return matches }
        return matches.filter { holds($0.searchKey, needle, lowering: false) || holds($0.nominationID, needle, lowering: true) }
    }

    /// Whether the nomination id `id`, its ASCII letters in lower case (as SQLite's `lower`
    /// makes them), holds `folded`, compared as UTF-8 bytes (as `instr` compares them).
    public static func id(_ id: String, holds folded: String) -> Bool {
        holds(id, Array(folded.utf8), lowering: true)
    }

    /// Whether `text`'s UTF-8 bytes (with `lowering`, its ASCII capitals in lower case) hold
    /// `needle`.
    static func holds(_ text: String, _ needle: [UInt8], lowering: Bool) -> Bool {
        guard !needle.isEmpty else { return true }
        func search(_ haystack: UnsafeBufferPointer<UInt8>) -> Bool {
            guard haystack.count >= needle.count else { return false }
            func byte(_ index: Int) -> UInt8 {
                let value = haystack[index]
                return lowering && value >= 0x41 && value <= 0x5A ? value | 0x20 : value
            }
            let first = needle[0]
            for start in 0...(haystack.count - needle.count) where byte(start) == first {
                var index = 1
                while index < needle.count, byte(start + index) == needle[index] { index += 1 }
                if index == needle.count { return true }
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(search)
    }
}

/// The first standings of the review under a filter (in the store's order, as
/// `Store.pendingGroupCounts(_:examining:)` reads them), with their nominees' keys: a desk keeps
/// them while the clerk types, and counts each search's matches among them in memory.
public struct PendingSample: Sendable {
    /// The standings examined that the filter keeps.
    public var rows: [PendingMatch]
    /// How many standings were examined, of how many.
    public var examined: Int, standings: Int
    /// Whether the standings examined are all of them: the counts are then exact.
    public var isWhole: Bool { examined == standings }

    /// How many of the rows the review's search for `folded` matches, by group
    /// (`Store.pendingGroupCounts(_:examining:)` for the search).
    public func counts(folded: String) -> [PendingGroup: Int] {
        var counts: [PendingGroup: Int] = [:]
        for row in PendingMatch.matching(rows, folded: folded) { counts[row.group, default: 0] += 1 }
        return counts
    }
}

extension Store {
    /// The pending nominations whose id holds `search` (folded; the id's ASCII letters in lower
    /// case), when there are at most `limit`; nil when more. One scan of the ids (a few
    /// milliseconds in a province): a desk that keeps them narrows them in memory as the clerk
    /// types on (a longer search is held only by ids that held this one), and hands them to
    /// `pendingMatches(_:order:atMost:idsAmong:)`, which then scans no id.
    public func pendingIDs(holding search: String, atMost limit: Int) throws -> [String]? {
        let folded = search.foldedForSearch
        return try standingRead { db -> [String]? in
            // `LIKE` ignores the case of ASCII letters as `lower` does, without making a lower-case
            // copy of each id (a third of the time of the scan).
            let ids = try String.fetchAll(db.cachedStatement(sql: """
                SELECT nomination_id FROM standing WHERE nomination_id LIKE ? ESCAPE '\\' LIMIT ?
                """), arguments: ["%" + Self.likeEscaped(folded) + "%", limit + 1])
            return ids.count <= limit ? ids : nil
        }
    }

    /// Every pending nomination matching `query` (its search included), in `order` within each
    /// group, when its search (three letters or more) is found in at most `limit` nominees'
    /// keys; nil when in more (or when more than twice as many hold its trigrams), or when the
    /// search is too short for the trigram index.
    /// `idsAmong`, when given, holds every pending nomination whose id holds the search (more
    /// may be given: `pendingIDs(holding:atMost:)` for a part of the search); otherwise the ids
    /// are scanned.
    ///
    /// The nominees come from the trigram index (`nominee_search`, `trigramCover`), their
    /// standings from the standings' nominee index: no nominee is looked up for a standing that does not match,
    /// where a group's window walks its names testing each nominee's key (tens of thousands of
    /// look-ups when few names hold the search). A desk that keeps them answers the next letters
    /// typed from memory (`PendingMatch.matches(folded:)`): a longer search containing this one
    /// matches only among them.
    public func pendingMatches(_ query: PendingQuery, order: PendingOrder = .name, atMost limit: Int,
                               idsAmong: [String]? = nil) throws -> [PendingMatch]? {
        let folded = query.search.foldedForSearch
        guard let cover = Self.trigramCover(folded) else { return nil }
        let needle = Array(folded.utf8)
        var rest = query
        rest.search = ""
        // The tables read in the order written: from the matches (a nominee's, a few ids) on,
        // never from a filter's index (an award's nominations are tens of thousands).
        let (from, condition, arguments) = rest.source(inOrder: true)
        let key = order == .name ? "s.sort_key" : "s.received_on"
        return try standingRead { db -> [PendingMatch]? in
            // The nominees, with their keys, from the index's own columns: those holding every
            // trigram of a cover of the search (a few trigrams, where the phrase of all of them
            // read twice as many lists of the index), then those whose key holds the search.
            var keys: [String: String] = [:]
            var read = 0
            let nominees = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT nominee_id, search_key FROM nominee_search WHERE nominee_search MATCH ? LIMIT ?
                """), arguments: [cover, 2 * limit + 1])
            while let row = try nominees.next() {
                read += 1
                let key: String = row[1]
                if PendingMatch.holds(key, needle, lowering: false) { keys[row[0]] = key }
                if keys.count > limit || read > 2 * limit { return nil }
            }
            let ids = Array(keys.keys)
            var found: [(match: PendingMatch, key: [UInt8]?, id: [UInt8])] = []
            var seen: Set<String> = []
            func collect(_ statement: Statement, _ arguments: StatementArguments) throws {
                let cursor = try Row.fetchCursor(statement, arguments: arguments)
                while let row = try cursor.next() {
                    let id: String = row[0]
                    guard let group = PendingGroup(rawValue: row[1]), seen.insert(id).inserted else { continue }
                    let nominee: String = row[3]
                    found.append((PendingMatch(nominationID: id, group: group, searchKey: keys[nominee] ?? row[4]),
                                  (row[2] as String?).map { Array($0.utf8) }, Array(id.utf8)))
                }
            }
            func placeholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ",") }
            // One statement for them all (a statement per 500 took a third longer): `limit` is a
            // few thousand, below SQLite's bound on parameters (32 766).
            for start in stride(from: 0, to: ids.count, by: 5_000) {
                let chunk = ids[start..<min(ids.count, start + 5_000)]
                var all = StatementArguments(Array(chunk))
                all += arguments
                try collect(db.makeStatement(sql: """
                    SELECT s.nomination_id, s.grp, \(key), s.nominee_id, '' FROM \(from)
                    WHERE s.nominee_id IN (\(placeholders(chunk.count))) AND \(condition)
                    """), all)
            }
            let byID = "SELECT s.nomination_id, s.grp, \(key), s.nominee_id, k.search_key FROM \(from) CROSS JOIN nominee k ON k.id = s.nominee_id WHERE "
            if let idsAmong {
                let holding = idsAmong.filter { PendingMatch.holds($0, needle, lowering: true) }
                for start in stride(from: 0, to: holding.count, by: 500) {
                    let chunk = holding[start..<min(holding.count, start + 500)]
                    var all = StatementArguments(Array(chunk))
                    all += arguments
                    try collect(db.makeStatement(sql: byID + "s.nomination_id IN (\(placeholders(chunk.count))) AND \(condition)"), all)
                }
            } else {
                // The ids scanned alone (in the smallest index that holds them) before anything
                // is looked up.
                var all: StatementArguments = ["%" + Self.likeEscaped(folded) + "%"]
                all += arguments
                try collect(db.cachedStatement(sql: byID + """
                    s.nomination_id IN (SELECT nomination_id FROM standing WHERE nomination_id LIKE ? ESCAPE '\\') AND \(condition)
                    """), all)
            }
            // The group's index order: the key (a missing one first), then the id, as bytes.
            found.sort { a, b in
                if a.key != b.key {
                    guard let x = a.key else { return true }
                    guard let y = b.key else { return false }
                    return x.lexicographicallyPrecedes(y)
                }
                return a.id.lexicographicallyPrecedes(b.id)
            }
            return found.map(\.match)
        }
    }

    /// The first `limit` standings in the store's order that `query`'s filter keeps (its search
    /// aside), with their nominees' keys: the standings `pendingGroupCounts(_:examining:)`
    /// counts among, read once while the clerk types (a count of them in SQL was most of a
    /// keystroke).
    public func pendingSample(_ query: PendingQuery, examining limit: Int) throws -> PendingSample {
        var rest = query
        rest.search = ""
        let (from, condition, arguments) = rest.source(inOrder: true)
        return try standingRead { db in
            let standings = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM standing") ?? 0
            var all: StatementArguments = [limit]
            all += arguments
            var rows: [PendingMatch] = []
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT s.nomination_id, s.grp, k.search_key FROM \(from) LEFT JOIN nominee k ON k.id = s.nominee_id
                WHERE s.nomination_id IN (SELECT nomination_id FROM standing LIMIT ?) AND \(condition)
                """), arguments: all)
            while let row = try cursor.next() {
                guard let group = PendingGroup(rawValue: row[1]) else { continue }
                rows.append(PendingMatch(nominationID: row[0], group: group, searchKey: row[2] ?? ""))
            }
            return PendingSample(rows: rows, examined: min(limit, standings), standings: standings)
        }
    }

    /// The pending nominations `ids` with their standings, in the order of `ids` (an id no
    /// longer pending is left out): a window of matches the desk keeps.
    public func pendingStandings(ids: [String]) throws -> [(listing: NominationListing, standing: PendingStanding)] {
        guard !ids.isEmpty else { return [] }
        return try standingRead { db in
            var window: [(listing: NominationListing, standing: PendingStanding)] = []
            for start in stride(from: 0, to: ids.count, by: 500) {
                window += try Self.pendingWindow(Array(ids[start..<min(ids.count, start + 500)]), db)
            }
            return window
        }
    }

    /// A full-text query for the nominees whose key may hold `folded` (three characters or
    /// more; nil below): every one of a few trigrams that cover it (the first of every three
    /// characters, and the last three), each a phrase of the trigram index. Those holding
    /// `folded` hold them all; some that hold them all may not hold `folded`.
    static func trigramCover(_ folded: String) -> String? {
        let scalars = Array(folded.unicodeScalars)
        guard scalars.count >= 3 else { return nil }
        var starts = Array(stride(from: 0, through: scalars.count - 3, by: 3))
        if starts.last != scalars.count - 3 { starts.append(scalars.count - 3) }
        return starts.map { start in
            var trigram = String.UnicodeScalarView()
            trigram.append(contentsOf: scalars[start..<(start + 3)])
            return "\"" + String(trigram).replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: " AND ")
    }

    /// `text` as a `LIKE` pattern matching itself only (with `ESCAPE '\'`).
    static func likeEscaped(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == "_" || scalar == "\\" { escaped.unicodeScalars.append("\\") }
            escaped.unicodeScalars.append(scalar)
        }
        return escaped
    }
}
