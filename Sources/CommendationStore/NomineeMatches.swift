import Commendation
import GRDB

/// One nominee a search matched, as the trigram index keeps it: enough to narrow the search
/// further and to order a page without reading the nominee.
public struct NomineeMatch: Sendable, Hashable {
    /// The nominee's id.
    public var id: String
    /// Its place in the list order (the collation key, in hex).
    public var sortKey: String
    /// Its folded name, position and ID, as searches match them.
    public var searchKey: String

    /// Whether `self` comes before `other` in the list order (sort key, then id: the order of
    /// `Store.nominees(filter:…)`).
    public func precedes(_ other: NomineeMatch) -> Bool {
        sortKey != other.sortKey ? sortKey.utf8.lexicographicallyPrecedes(other.sortKey.utf8)
                                 : id.utf8.lexicographicallyPrecedes(other.id.utf8)
    }
}

extension Store {
    /// Every nominee matching `filter` (three letters or more), in list order, when there are
    /// at most `limit`; nil when there are more, or when the filter is too short for the
    /// trigram index. A desk that keeps them answers the next letters typed from memory: a
    /// longer filter containing this one matches only among them.
    public func nomineeMatches(filter: String, atMost limit: Int) throws -> [NomineeMatch]? {
        guard let match = Self.trigramQuery(filter) else { return nil }
        return try read { db in
            var matches: [NomineeMatch] = []
            let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT nominee_id, sort_key, search_key FROM nominee_search WHERE nominee_search MATCH ? LIMIT ?
                """), arguments: [match, limit + 1])
            while let row = try rows.next() {
                matches.append(NomineeMatch(id: row[0], sortKey: row[1], searchKey: row[2]))
                if matches.count > limit { return nil }
            }
            return matches.sorted { $0.precedes($1) }
        }
    }

    /// The nominees `ids`, in the order given (an id no longer in the store is left out).
    public func nominees(ids: [String]) throws -> [Nominee] {
        guard !ids.isEmpty else { return [] }
        let found = try read { db in
            try Self.nominees(db.makeStatement(sql: "SELECT * FROM nominee WHERE id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ",")))"),
                              arguments: StatementArguments(ids))
        }
        let byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }
}
