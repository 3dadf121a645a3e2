import Commendation
import Foundation
import GRDB
import VietnameseText

/// Writes an import's rows, one planned item at a time, inside the caller's write
/// transaction: ids allocated from the highest in use (read once per nominee type and once per
/// year and award code, not once per row), new nominees inserted many at a time
/// (`Store.insert(_:_:keys:)`), every nominee and nomination audited.
struct ImportWriter {
    private let store: Store
    private let keepsIDs: Bool
    /// The ids written, when kept (a streamed import of millions of rows keeps counts only).
    private(set) var summary = ImportSummary(nominees: [], nominations: [])
    /// How many nominees and nominations were written.
    private(set) var nominees = 0, nominations = 0
    private var nextNumber: [NomineeType: Int] = [:]
    private var nextNomination: [String: Int] = [:]
    // New nominees wait to be inserted many at a time, until a nomination needs its nominee
    // in the store or a batch is full.
    private var waiting: [Nominee] = []
    /// Their search keys, when the plan made them.
    private var waitingSearchKeys: [String?] = []
    private let keys = CollationKeyMemo()

    /// A writer for `store`; `keepsIDs` keeps every id written in `summary`.
    init(store: Store, keepsIDs: Bool) {
        self.store = store
        self.keepsIDs = keepsIDs
    }

    /// Writes `item`: its new nominee (in the next batch) and its nomination.
    mutating func write(_ item: ImportPlan.Item, rulebook: (Int) -> Rulebook?, _ db: Database) throws {
        var nomineeID = item.existingNomineeID
        if var nominee = item.newNominee {
            if nominee.id.isEmpty {
                let number = try nextNumber[nominee.type] ?? Store.nextNomineeNumber(for: nominee.type, db)
                nextNumber[nominee.type] = number + 1
                nominee.id = Store.nomineeID(nominee.type, number: number)
            } else if nextNumber[nominee.type] != nil, nominee.id.hasPrefix(Store.nomineeIDPrefix(nominee.type) + "-"),
                      let number = Int(nominee.id.dropFirst(2)) {
                // An id the plan chose counts for the ids allocated after it.
                nextNumber[nominee.type] = max(nextNumber[nominee.type] ?? 1, number + 1)
            }
            waiting.append(nominee)
            waitingSearchKeys.append(item.newNomineeSearchKey)
            nomineeID = nominee.id
            nominees += 1
            if keepsIDs { summary.nominees.append(nominee.id) }
        }
        if waiting.count >= Store.nomineesPerInsert || (item.nomination != nil && !waiting.isEmpty) {
            try store.insert(waiting, db, keys: keys, searchKeys: waitingSearchKeys)  // audited
            waiting.removeAll(keepingCapacity: true)
            waitingSearchKeys.removeAll(keepingCapacity: true)
        }
        guard var nomination = item.nomination, let nomineeID, let award = rulebook(nomination.year)?.award(nomination.award) else {
            return
        }
        nomination.nomineeID = nomineeID
        let series = "\(nomination.year)-\(award.idCode)"
        let taken = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM nomination WHERE id = ?)"),
                                      arguments: [nomination.id]) ?? true
        var next = try nextNomination[series]
            ?? NominationID.number(of: store.nextNominationID(year: nomination.year, idCode: award.idCode, db)) ?? 1
        if nomination.id.isEmpty || taken {
            nomination.id = NominationID.make(year: nomination.year, idCode: award.idCode, number: next)
        }
        // A file's own id counts too, so that a later allocation in the series passes it.
        if let number = NominationID.number(of: nomination.id), nomination.id.hasPrefix(series + "-") {
            next = max(next, number + 1)
        }
        nextNomination[series] = next
        try store.insert(nomination, db)
        nominations += 1
        if keepsIDs { summary.nominations.append(nomination.id) }
    }

    /// Inserts the nominees still waiting.
    mutating func finish(_ db: Database) throws {
        try store.insert(waiting, db, keys: keys, searchKeys: waitingSearchKeys)
        waiting.removeAll()
        waitingSearchKeys.removeAll()
    }
}
