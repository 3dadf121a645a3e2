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
            let index = try NomineeIndex(db)
            var seenPeople: [String: Int] = [:], seenHouseholds: [String: Int] = [:]
            // Names of residential groups and units resolved once each, not once per row.
            var groupsByName: [String: String?] = [:], unitsByName: [String: String?] = [:]
            func lookUp(_ name: String, in found: inout [String: String?], _ names: [String: String]) -> String? {
                if let known = found[name] { return known }
                let id = names[name.foldedForSearch]
                found[name] = .some(id)
                return id
            }
            let problemLines = Set(reading.problems.map(\.line))
            for row in reading.rows where !problemLines.contains(row.line) {
                let groupID = try row.group.map { name -> String? in
                    guard let id = lookUp(name, in: &groupsByName, index.groups) else {
                        problems.append(reading.problem(line: row.line, field: .group, message: LocalizedText(
                            vi: "không có thôn, tổ dân phố «\(name)» trong kho (tên phải như trong danh sách đối tượng)",
                            en: "no residential group «\(name)» in the store")))
                        return nil
                    }
                    return id
                } ?? nil
                let unitID = row.unit.flatMap { lookUp($0, in: &unitsByName, index.units) }
                if let unit = row.unit, unitID == nil, reading.kind != .households {
                    problems.append(reading.problem(line: row.line, field: .unit, message: LocalizedText(
                        vi: "không có đơn vị «\(unit)» trong kho (thêm đơn vị là tập thể trước, hoặc để trống)",
                        en: "no unit «\(unit)» in the store")))
                    continue
                }
                if row.group != nil, groupID == nil { continue }
                var item = ImportPlan.Item(line: row.line)
                switch reading.kind {
                case .people, .nominations:
                    // The name folded once for the row's key and its match in the store.
                    let folded = row.name.fullName.foldedForSearch
                    let key = row.personalID ?? (folded + "|" + (row.birthDate?.iso ?? ""))
                    if let earlier = seenPeople[key], reading.kind == .people {
                        skipped.append(.init(line: row.line, message: LocalizedText(vi: "trùng với dòng \(earlier)", en: "same as line \(earlier)")))
                        continue
                    }
                    seenPeople[key] = seenPeople[key] ?? row.line
                    if let found = index.person(row, foldedName: folded) {
                        if reading.kind == .people {
                            skipped.append(.init(line: row.line, message: LocalizedText(
                                vi: "đã có trong kho: \(found.id) \(found.name)", en: "already in the store: \(found.id) \(found.name)")))
                            continue
                        }
                        item.existingNomineeID = found.id
                    } else {
                        item.newNominee = Nominee(id: "", type: .person, personName: row.name, name: row.name.fullName, sex: row.sex,
                                                  birthDate: row.birthDate, personalID: row.personalID, phone: row.phone,
                                                  position: row.position, unitID: unitID, groupID: groupID)
                    }
                case .households:
                    let key = row.name.fullName.foldedForSearch + "|" + (groupID ?? "")
                    if let earlier = seenHouseholds[key] {
                        skipped.append(.init(line: row.line, message: LocalizedText(vi: "trùng với dòng \(earlier)", en: "same as line \(earlier)")))
                        continue
                    }
                    seenHouseholds[key] = row.line
                    if let found = index.households[key] {
                        item.existingNomineeID = found
                    } else {
                        item.newNominee = Nominee(id: "", type: .household, name: "Hộ " + row.name.fullName, sex: row.sex, groupID: groupID,
                                                  head: row.name, memberCount: row.memberCount)
                    }
                }
                if reading.kind != .people, let award = row.award, let year = row.year {
                    if let existing = item.existingNomineeID, let id = index.nominations["\(existing)|\(year)|\(award)"] {
                        skipped.append(.init(line: row.line, message: LocalizedText(
                            vi: "đã có đề nghị \(id) cùng đối tượng, năm, danh hiệu", en: "already nominated: \(id)")))
                        continue
                    }
                    guard let definition = rulebook(year)?.award(award) else {
                        problems.append(reading.problem(line: row.line, field: .award, message: LocalizedText(
                            vi: "danh hiệu «\(award)» không có trong quy định năm \(year)", en: "no award «\(award)» in \(year)")))
                        continue
                    }
                    var facts = Facts()
                    facts.rating = row.rating
                    item.nomination = Nomination(id: "", year: year, award: award, kind: definition.kinds.first ?? .congTrang,
                                                 nomineeID: item.existingNomineeID ?? "", status: .received, receivedOn: today,
                                                 facts: facts, note: row.note)
                }
                items.append(item)
            }
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
            var summary = ImportSummary(nominees: [], nominations: [])
            // Ids are allocated from the highest in use, read once per nominee type and once per
            // year and award code (not once per row).
            var nextNumber: [NomineeType: Int] = [:]
            var nextNomination: [String: Int] = [:]
            for movement in plan.newMovements { try insert(movement, db) }
            // New nominees wait to be inserted many at a time (`insert(_:_:)` for why), until a
            // nomination needs its nominee in the store or a batch is full.
            var waiting: [Nominee] = []
            let keys = CollationKeyMemo()
            for (done, item) in plan.items.enumerated() {
                if done % 10 == 0 { progress?(done, plan.items.count) }
                var nomineeID = item.existingNomineeID
                if var nominee = item.newNominee {
                    if nominee.id.isEmpty {
                        let number = try nextNumber[nominee.type] ?? nextNomineeNumber(for: nominee.type, db)
                        nextNumber[nominee.type] = number + 1
                        nominee.id = Self.nomineeID(nominee.type, number: number)
                    } else if nextNumber[nominee.type] != nil, nominee.id.hasPrefix(Self.nomineeIDPrefix(nominee.type) + "-"),
                              let number = Int(nominee.id.dropFirst(2)) {
                        // An id the plan chose counts for the ids allocated after it.
                        nextNumber[nominee.type] = max(nextNumber[nominee.type] ?? 1, number + 1)
                    }
                    waiting.append(nominee)
                    nomineeID = nominee.id
                    summary.nominees.append(nominee.id)
                }
                if waiting.count >= Self.nomineesPerInsert || (item.nomination != nil && !waiting.isEmpty) {
                    try insert(waiting, db, keys: keys)  // audited
                    waiting.removeAll(keepingCapacity: true)
                }
                guard var nomination = item.nomination, let nomineeID, let award = rulebook(nomination.year)?.award(nomination.award) else {
                    continue
                }
                nomination.nomineeID = nomineeID
                let series = "\(nomination.year)-\(award.idCode)"
                let taken = try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM nomination WHERE id = ?)"),
                                              arguments: [nomination.id]) ?? true
                var next = try nextNomination[series]
                    ?? NominationID.number(of: nextNominationID(year: nomination.year, idCode: award.idCode, db)) ?? 1
                if nomination.id.isEmpty || taken {
                    nomination.id = NominationID.make(year: nomination.year, idCode: award.idCode, number: next)
                }
                // A file's own id counts too, so that a later allocation in the series passes it.
                if let number = NominationID.number(of: nomination.id), nomination.id.hasPrefix(series + "-") {
                    next = max(next, number + 1)
                }
                nextNomination[series] = next
                try insert(nomination, db)
                summary.nominations.append(nomination.id)
            }
            try insert(waiting, db, keys: keys)
            progress?(plan.items.count, plan.items.count)
            return summary
        }
    }

    /// The rulebook of each of `years`, looked up once.
    static func rulebooks(for years: [Int], _ rulebook: (Int) -> Rulebook?) -> [Int: Rulebook?] {
        Dictionary(Set(years).map { ($0, rulebook($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The next free "YEAR-CODE-NNNN" inside the caller's transaction.
    func nextNominationID(year: Int, idCode: String, _ db: Database) throws -> String {
        let ids = try String.fetchAll(db, sql: "SELECT id FROM nomination WHERE id LIKE ?", arguments: ["\(year)-\(idCode)-%"])
        return NominationID.make(year: year, idCode: idCode, number: (ids.compactMap(NominationID.number(of:)).max() ?? 0) + 1)
    }
}

/// The store's nominees by the keys an import matches on.
struct NomineeIndex {
    var byID: [String: Nominee] = [:]
    var groups: [String: String] = [:]
    var units: [String: String] = [:]
    var peopleByID: [String: Nominee] = [:]
    var peopleByName: [String: [Nominee]] = [:]
    var households: [String: String] = [:]
    var nominations: [String: String] = [:]
    /// Movements by id and by folded name.
    var movements: [String: String] = [:]

    init(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM movement") {
            let id: String = row["id"], name: String = row["name"]
            movements[id] = id
            movements[name.foldedForSearch] = id
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM nominee") {
            let nominee = Store.nominee(from: row)
            byID[nominee.id] = nominee
            switch nominee.type {
            case .residentialGroup: groups[nominee.name.foldedForSearch] = nominee.id
            case .collective: units[nominee.name.foldedForSearch] = nominee.id
            case .person:
                if let id = nominee.personalID { peopleByID[id] = nominee }
                peopleByName[(nominee.personName?.fullName ?? nominee.name).foldedForSearch, default: []].append(nominee)
            case .household:
                households[(nominee.head?.fullName ?? nominee.name).foldedForSearch + "|" + (nominee.groupID ?? "")] = nominee.id
            }
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, nominee_id, year, award FROM nomination WHERE status NOT IN (\(Store.endedList))") {
            let nominee: String = row["nominee_id"], year: Int = row["year"], award: String = row["award"]
            nominations["\(nominee)|\(year)|\(award)"] = row["id"]
        }
    }

    /// The person a row means: by citizen ID, else by name and birth date (name alone when
    /// neither side has a birth date). `foldedName` is the row's full name folded for search.
    func person(_ row: ImportedRow, foldedName: String) -> Nominee? {
        if let id = row.personalID, let found = peopleByID[id] { return found }
        let candidates = peopleByName[foldedName] ?? []
        return candidates.first { $0.birthDate == row.birthDate || ($0.birthDate == nil || row.birthDate == nil) && candidates.count == 1 }
    }
}
