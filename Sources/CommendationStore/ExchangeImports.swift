import Commendation
import Foundation
import GRDB
import VietnameseText

extension Store {
    /// The plan for importing nominations in the exchange format.
    ///
    /// - The units, residential groups and movements the file carries in `references` are the
    ///   store's when it has one of the same id and name, or of the same name; the others are
    ///   created.
    /// - A nominee is the store's nominee of the same id, type and name; else the one its
    ///   details find (a person by citizen ID, or by name and birth date; a household by its head
    ///   and residential group; a collective or group by name); else a new nominee. Nominations
    ///   of one nominee id in the file are of one nominee.
    /// - New nominees and movements keep the file's ids where the store has no such id, so
    ///   that export → import into an empty store → export gives the same file.
    /// - A nomination whose id is in the store is left out: importing a file twice adds
    ///   nothing the second time.
    ///
    /// Reads only; the ids chosen hold because `applyImport` refuses a plan once the store was
    /// written after it.
    public func planImport(_ file: ExchangeFile, rulebook: (Int) -> Rulebook?) throws -> ImportPlan {
        let today = clock.today()
        let books = Self.rulebooks(for: file.nominations.map(\.year), rulebook)
        let rulebook: (Int) -> Rulebook? = { books[$0] ?? nil }
        return try read { db in
            var planner = try ExchangePlanner(db, references: file.references, fileIDs: ExchangePlanner.ids(of: file))
            try planner.resolveReferences()
            for entry in file.nominations {
                switch try planner.plan(entry, rulebook: rulebook, today: today) {
                case .item(let item): planner.items.append(item)
                case .skipped(let row): planner.skipped.append(row)
                case .problems(let found): planner.problems += found
                case .none: break
                }
            }
            var plan = ImportPlan(kind: .nominations, items: planner.items, skipped: planner.skipped, problems: planner.problems,
                                  ignoredHeaders: [])
            plan.newMovements = planner.newMovements
            plan.basis = try Self.auditHead(db)
            return plan
        }
    }
}

/// Works out an exchange file's plan: which of its nominees, units, groups and movements the
/// store has, and the ids of those it will create.
///
/// A streamed import plans each nomination again as it writes it (decision 84), and the plan
/// must come out as the dry run's: the people and households the index finds by content are
/// the store's as it was when the planner was made (the index holds their keys' hashes from
/// then), a nominee of the file is found again by its id before the store is asked for that id,
/// and a nomination is "already in the store" only among the rows the table had before.
struct ExchangePlanner {
    let index: NomineeIndex
    /// The transaction the plan reads the store in.
    private let db: Database
    let references: ExchangeReferences
    /// The highest row of the nomination table before the import: a nomination the import
    /// itself wrote (a streamed import plans each row again as it writes it) is not "already
    /// in the store".
    private let nominationBefore: Int
    var items: [ImportPlan.Item] = []
    var skipped: [ImportPlan.Skipped] = []
    var problems: [ImportProblem] = []
    var newMovements: [Movement] = []
    /// Ids planned, with the type of their nominee (the store's ids are asked of the store).
    private var planned: [String: NomineeType] = [:]
    /// The file's own ids: not given to a nominee the file does not name so (those the store
    /// has are taken anyway).
    private let fileIDs: Set<String>
    private var nextNumber: [NomineeType: Int] = [:]
    /// A nominee as the file names it: its type and the file's id.
    private struct FileKey: Hashable {
        var type: NomineeType
        var id: String
    }
    /// Each nominee of the file → the id in the store (found or planned), but for a new
    /// nominee planned with the file's own id (`resolvedID(_:)` knows those from `planned`): a
    /// province's 200 000 nominees imported into nothing took 20 MB more so.
    private var resolved: [FileKey: String] = [:]
    /// Units and groups planned, by folded name.
    private var plannedUnits: [String: String] = [:], plannedGroups: [String: String] = [:]
    /// People and households planned, by the keys the store's index uses.
    private var plannedPeople: [String: String] = [:], plannedHouseholds: [String: String] = [:]
    /// Movements by the file's id, by id and by folded name (the store's and those planned).
    private var movements: [String: String] = [:]
    private var movementIDs: Set<String>
    /// `movement(_:)`'s answers, by the text a nomination gives.
    private var movementsByText: [String: String?] = [:]

    /// A planner reading the store in `db`, for a file that carries `references` and whose
    /// nominees and references have the ids `fileIDs` (`ids(of:)`).
    init(_ db: Database, references: ExchangeReferences, fileIDs: Set<String>) throws {
        index = try NomineeIndex(db)
        self.db = db
        self.references = references
        self.fileIDs = fileIDs
        // Sized once for the file's nominees: a province's 200 000 grew these tables (and a
        // streamed dry run's own) all at once near the end, old and new held together.
        planned.reserveCapacity(fileIDs.count)
        nominationBefore = try Int.fetchOne(db, sql: "SELECT MAX(rowid) FROM nomination") ?? 0
        for type in NomineeType.allCases {
            nextNumber[type] = try Store.nextNomineeNumber(for: type, db)
        }
        movements = index.movements
        movementIDs = Set(try String.fetchAll(db, sql: "SELECT id FROM movement"))
    }

    /// An id for a new nominee of `type`: `preferred` when it is free, else the next of the
    /// type's series that neither the store nor the file uses.
    private mutating func newID(_ type: NomineeType, preferring preferred: String?) throws -> String {
        if let preferred, !preferred.isEmpty, try !isTaken(preferred) {
            planned[preferred] = type
            return preferred
        }
        var number = nextNumber[type] ?? 1
        var id = Store.nomineeID(type, number: number)
        while try isTaken(id) || fileIDs.contains(id) {
            number += 1
            id = Store.nomineeID(type, number: number)
        }
        nextNumber[type] = number + 1
        planned[id] = type
        return id
    }

    /// Whether the store has a nominee of id `id`, or the plan gave it.
    private func isTaken(_ id: String) throws -> Bool {
        if planned[id] != nil { return true }
        return try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM nominee WHERE id = ?)"), arguments: [id]) == true
    }

    /// The id in the store of the file's nominee `key`, once found or planned.
    private func resolvedID(_ key: FileKey) -> String? {
        resolved[key] ?? (planned[key.id] == key.type ? key.id : nil)
    }

    /// Keeps that the file's nominee `key` is `id` in the store; a new nominee planned with the
    /// file's own id is known from `planned` already (a generated id never is a file's id).
    private mutating func remember(_ key: FileKey, _ id: String) {
        guard !(id == key.id && planned[id] == key.type) else { return }
        resolved[key] = id
    }

    /// The file's groups, then its units: found in the store by id and name or by name, or
    /// planned as new nominees (line 0).
    mutating func resolveReferences() throws {
        for reference in references.groups + references.units {
            let key = FileKey(type: reference.type, id: reference.id)
            let folded = reference.name.foldedForSearch
            if let found = try index.nominee(id: reference.id, db), found.type == reference.type, found.name.foldedForSearch == folded {
                remember(key, found.id)
                continue
            }
            let byName = reference.type == .residentialGroup ? index.groups[folded] ?? plannedGroups[folded]
                                                             : index.units[folded] ?? plannedUnits[folded]
            if let byName {
                remember(key, byName)
                continue
            }
            let id = try newID(reference.type, preferring: reference.id)
            remember(key, id)
            if reference.type == .residentialGroup { plannedGroups[folded] = id } else { plannedUnits[folded] = id }
            let groupID = reference.groupID.flatMap { resolvedID(FileKey(type: .residentialGroup, id: $0)) }
            var item = ImportPlan.Item(line: 0)
            item.newNominee = Nominee(id: id, type: reference.type, name: reference.name, groupID: groupID)
            items.append(item)
        }
        for movement in references.movements {
            if movementIDs.contains(movement.id), movements[movement.name.foldedForSearch] == movement.id {
                movements[movement.id] = movement.id
                continue
            }
            if let byName = movements[movement.name.foldedForSearch] {
                movements[movement.id] = byName
                continue
            }
            var id = movement.id, suffix = 2
            while movementIDs.contains(id) {
                id = movement.id + "-\(suffix)"
                suffix += 1
            }
            movementIDs.insert(id)
            var created = movement
            created.id = id
            newMovements.append(created)
            movements[movement.id] = id
            movements[movement.name.foldedForSearch] = id
        }
    }

    /// The ids a file's nominees and references give, which a new nominee's id must not take.
    static func ids(of file: ExchangeFile) -> Set<String> {
        Set(file.nominations.compactMap(\.nominee.id) + file.references.groups.map(\.id) + file.references.units.map(\.id))
    }

    /// What becomes of one nomination of the file.
    enum Planned {
        case item(ImportPlan.Item)
        case skipped(ImportPlan.Skipped)
        case problems([ImportProblem])
        /// Left out without a word (an award its year's rulebook lacks: the file's reading
        /// refused it already).
        case none
    }

    /// Plans the file's nomination `entry` (after `resolveReferences`): left out when the store
    /// has its id already, else its nominee found or planned and the nomination planned.
    mutating func plan(_ entry: ExchangeNomination, rulebook: (Int) -> Rulebook?, today: CivilDate) throws -> Planned {
        let line = entry.index + 1
        if let id = entry.id,
           try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM nomination WHERE id = ? AND rowid <= ?)"),
                             arguments: [id, nominationBefore]) == true {
            return .skipped(.init(line: line, message: LocalizedText(vi: "đã có đề nghị \(id) trong kho",
                                                                     en: "\(id) is already in the store")))
        }
        let before = problems.count
        guard var item = try nominee(entry.nominee, line: line) else {
            let found = Array(problems[before...])
            problems.removeSubrange(before...)
            return .problems(found)
        }
        guard rulebook(entry.year)?.award(entry.award) != nil else { return .none }
        let status = entry.status ?? .received
        let movementID = entry.movement.flatMap { movement($0) }
        item.nomination = Nomination(id: entry.id ?? "", year: entry.year, award: entry.award, kind: entry.kind,
                                     nomineeID: item.existingNomineeID ?? "", movementID: movementID,
                                     status: status, receivedOn: status == .draft ? nil : (entry.receivedOn ?? today),
                                     facts: entry.facts, note: entry.note)
        return .item(item)
    }

    /// The store's id of the movement a nomination names (by name or id), or nil; each text
    /// folded once (a province's file names the same few movements a million times).
    mutating func movement(_ text: String) -> String? {
        if let known = movementsByText[text] { return known }
        let found = movements[text.foldedForSearch] ?? movements[text]
        movementsByText[text] = .some(found)
        return found
    }

    /// The plan item for a nomination's nominee, or nil with a problem recorded.
    mutating func nominee(_ nominee: ExchangeNominee, line: Int) throws -> ImportPlan.Item? {
        var item = ImportPlan.Item(line: line)
        let fileKey = nominee.id.map { FileKey(type: nominee.type, id: $0) }
        if let fileKey, let known = resolvedID(fileKey) {
            item.existingNomineeID = known
            return item
        }
        let groupID = nominee.groupID.flatMap { resolvedID(FileKey(type: .residentialGroup, id: $0)) }
            ?? nominee.group.flatMap { index.groups[$0.foldedForSearch] ?? plannedGroups[$0.foldedForSearch] }
        let unitID = nominee.unitID.flatMap { resolvedID(FileKey(type: .collective, id: $0)) }
            ?? nominee.unit.flatMap { index.units[$0.foldedForSearch] ?? plannedUnits[$0.foldedForSearch] }
        if let group = nominee.group, groupID == nil {
            problems.append(ImportProblem(line: line, message: LocalizedText(
                vi: "không có thôn, tổ dân phố «\(group)» trong kho", en: "no residential group «\(group)» in the store")))
            return nil
        }
        let found = try self.found(nominee, groupID: groupID)
        let id = try found ?? newID(nominee.type, preferring: nominee.id)
        if let fileKey { remember(fileKey, id) }
        if let found {
            item.existingNomineeID = found
            return item
        }
        let created = Nominee(id: id, type: nominee.type, personName: nominee.personName,
                              name: nominee.personName?.fullName ?? nominee.name ?? "", sex: nominee.sex,
                              birthDate: nominee.birthDate, personalID: nominee.personalID, position: nominee.position,
                              unitID: unitID, groupID: groupID, head: nominee.head)
        // A person or household the file gives an id is found again by that id (`resolved`), or
        // by citizen ID: another id of the file is another nominee, even of the same name and
        // birth date or the same head in the same residential group (namesakes a province has).
        let byContent = nominee.id == nil || nominee.type == .collective || nominee.type == .residentialGroup
        for key in contentKeys(created) where byContent || key.hasPrefix("id|") {
            switch created.type {
            case .person: plannedPeople[key] = id
            case .household: plannedHouseholds[key] = id
            case .collective: plannedUnits[key] = id
            case .residentialGroup: plannedGroups[key] = id
            }
        }
        item.newNominee = created
        return item
    }

    /// The nominee of the store (or one planned) that `nominee` is: by id when its type and
    /// name agree, else by its details.
    private func found(_ nominee: ExchangeNominee, groupID: String?) throws -> String? {
        let name = (nominee.personName?.fullName ?? nominee.name ?? "").foldedForSearch
        if let id = nominee.id, let stored = try index.nominee(id: id, db), stored.type == nominee.type,
           (stored.personName?.fullName ?? stored.name).foldedForSearch == name {
            return id
        }
        switch nominee.type {
        case .person:
            if let personalID = nominee.personalID {
                if let person = try index.people(personalID: personalID, db).last { return person.id }
                if let planned = plannedPeople["id|" + personalID] { return planned }
            }
            let candidates = try index.people(foldedName: name, db)
            if let birth = nominee.birthDate {
                if let person = candidates.first(where: { $0.birthDate == birth }) { return person.id }
                return plannedPeople["name|" + name + "|" + birth.iso]
            }
            // Without a birth date a name alone says who only when the store has one such person.
            return candidates.count == 1 && nominee.id == nil ? candidates[0].id : nil
        case .household:
            let key = NomineeIndex.householdKey(head: nominee.head?.fullName ?? nominee.name ?? "", groupID: groupID)
            return try index.household(key, db) ?? plannedHouseholds[key]
        case .collective:
            return index.units[name] ?? plannedUnits[name]
        case .residentialGroup:
            return index.groups[name] ?? plannedGroups[name]
        }
    }

    /// The keys `found` looks a planned nominee up by.
    private func contentKeys(_ nominee: Nominee) -> [String] {
        switch nominee.type {
        case .person:
            let name = (nominee.personName?.fullName ?? nominee.name).foldedForSearch
            return (nominee.personalID.map { ["id|" + $0] } ?? []) + (nominee.birthDate.map { ["name|" + name + "|" + $0.iso] } ?? [])
        case .household:
            return [NomineeIndex.householdKey(head: nominee.head?.fullName ?? nominee.name, groupID: nominee.groupID)]
        case .collective, .residentialGroup:
            return [nominee.name.foldedForSearch]
        }
    }
}
