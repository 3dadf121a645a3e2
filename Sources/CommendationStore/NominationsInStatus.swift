import Commendation
import GRDB
import VietnameseText

/// The first nominations in one status that match a search, for pickers (a session's agenda
/// takes received ones): never the whole status, which at province scale holds tens of
/// thousands.
extension Store {
    /// Up to `limit` nominations in `status` whose nominee's folded name (or position, citizen
    /// ID) contains the folded `search`, in the nominee list's order, then those whose id
    /// contains it (when the search has a digit); all of them, up to `limit`, for an empty
    /// search.
    ///
    /// Names are walked in list order and each nominee's nominations looked up through its
    /// index, so that the first `limit` come without reading the rest; a search with few
    /// matching nominees (the trigram index tells, as for the nominee list) starts from them
    /// instead.
    public func nominations(status: NominationStatus, search: String = "", limit: Int) throws -> [NominationListing] {
        let folded = search.foldedForSearch
        return try read { db in
            var found: [NominationListing]
            let order = "ORDER BY e.sort_key, e.id, n.id LIMIT ?"
            let walk = "SELECT \(Self.listingColumns) FROM nominee e CROSS JOIN nomination n ON n.nominee_id = e.id"
            if folded.isEmpty {
                found = try Self.listings(db.cachedStatement(sql: "\(walk) WHERE n.status = ? \(order)"), arguments: [status.rawValue, limit])
            } else if let match = Self.trigramQuery(search), try Self.fewNomineesMatch(match, db) {
                found = try Self.listings(db.cachedStatement(sql: """
                    \(walk) WHERE e.id IN (SELECT nominee_id FROM nominee_search WHERE nominee_search MATCH ?) AND +n.status = ? \(order)
                    """), arguments: [match, status.rawValue, limit])
            } else {
                found = try Self.listings(db.cachedStatement(sql: "\(walk) WHERE instr(e.search_key, ?) > 0 AND +n.status = ? \(order)"),
                                          arguments: [folded, status.rawValue, limit])
            }
            if found.count < limit, folded.contains(where: \.isNumber) {
                let known = Set(found.map(\.nomination.id))
                let byID = try Self.listings(db.cachedStatement(sql: Self.listingSelect + """
                     WHERE n.status = ? AND instr(lower(n.id), ?) > 0 ORDER BY n.id LIMIT ?
                    """), arguments: [status.rawValue, folded, limit])
                found += byID.filter { !known.contains($0.nomination.id) }.prefix(limit - found.count)
            }
            return found
        }
    }
}
