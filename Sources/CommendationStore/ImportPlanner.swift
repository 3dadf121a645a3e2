import Commendation
import Foundation
import GRDB
import VietnameseText

/// What one CSV row of an import becomes, worked out against the store inside the caller's
/// transaction: the whole-file plan (`Store.planImport`) and the streamed import both plan
/// their rows here, one at a time, so that both find the same nominees, duplicates and problems.
struct ImportPlanner {
    /// What a row becomes.
    enum Outcome {
        case item(ImportPlan.Item)
        case skipped(ImportPlan.Skipped)
        /// Problems that stop the import (a residential group or unit the store lacks, an
        /// award the year's rulebook lacks).
        case problems([ImportProblem])
    }

    let kind: ImportKind
    /// The store's nominees, residential groups and units.
    let index: NomineeIndex
    /// The transaction the plan reads the store in.
    private let db: Database
    private let columns: [ImportField: ImportColumn]
    private let today: CivilDate
    private let seen: SeenRows
    // Names of residential groups and units resolved once each, not once per row.
    private var groupsByName: [String: String?] = [:], unitsByName: [String: String?] = [:]

    /// A planner for rows of `kind` whose fields stand at `columns`, reading the store through
    /// `db`; `seen` remembers the keys of the rows planned before.
    init(_ db: Database, kind: ImportKind, columns: [ImportField: ImportColumn], today: CivilDate, seen: SeenRows) throws {
        self.kind = kind
        self.columns = columns
        self.today = today
        self.seen = seen
        self.db = db
        index = try NomineeIndex(db)
    }

    private func problem(line: Int, field: ImportField, message: LocalizedText) -> ImportProblem {
        ImportProblem(line: line, field: field, columns: columns, message: message)
    }

    private static func lookUp(_ name: String, in found: inout [String: String?], _ names: [String: String]) -> String? {
        if let known = found[name] { return known }
        let id = names[name.foldedForSearch]
        found[name] = .some(id)
        return id
    }

    /// What `row` becomes (a row the reader found problems in is not planned: the caller
    /// leaves it out).
    mutating func plan(_ row: ImportedRow, rulebook: (Int) -> Rulebook?) throws -> Outcome {
        var problems: [ImportProblem] = []
        var groupID: String?
        if let name = row.group {
            groupID = Self.lookUp(name, in: &groupsByName, index.groups)
            if groupID == nil {
                problems.append(problem(line: row.line, field: .group, message: LocalizedText(
                    vi: "không có thôn, tổ dân phố «\(name)» trong kho (tên phải như trong danh sách đối tượng)",
                    en: "no residential group «\(name)» in the store")))
            }
        }
        let unitID = row.unit.flatMap { Self.lookUp($0, in: &unitsByName, index.units) }
        if let unit = row.unit, unitID == nil, kind != .households {
            problems.append(problem(line: row.line, field: .unit, message: LocalizedText(
                vi: "không có đơn vị «\(unit)» trong kho (thêm đơn vị là tập thể trước, hoặc để trống)",
                en: "no unit «\(unit)» in the store")))
        }
        guard problems.isEmpty else { return .problems(problems) }
        var item = ImportPlan.Item(line: row.line)
        switch kind {
        case .people, .nominations:
            // The name joined and folded once for the row's key, its match in the store and
            // the new nominee.
            let fullName = row.name.fullName
            let folded = fullName.foldedForSearch
            let key = row.personalID ?? (folded + "|" + (row.birthDate?.iso ?? ""))
            let earlier = seen.firstLine(of: "p|" + key, line: row.line)
            if let earlier, kind == .people {
                return .skipped(.init(line: row.line, message: LocalizedText(vi: "trùng với dòng \(earlier)", en: "same as line \(earlier)")))
            }
            if let found = try index.person(row, foldedName: folded, db) {
                if kind == .people {
                    return .skipped(.init(line: row.line, message: LocalizedText(
                        vi: "đã có trong kho: \(found.id) \(found.name)", en: "already in the store: \(found.id) \(found.name)")))
                }
                item.existingNomineeID = found.id
            } else {
                item.newNominee = Nominee(id: "", type: .person, personName: row.name, name: fullName, sex: row.sex,
                                          birthDate: row.birthDate, personalID: row.personalID, phone: row.phone,
                                          position: row.position, unitID: unitID, groupID: groupID)
                if row.position == nil, row.personalID == nil { item.newNomineeSearchKey = folded }
            }
        case .households:
            let key = NomineeIndex.householdKey(head: row.name.fullName, groupID: groupID)
            if let earlier = seen.firstLine(of: "h|" + key, line: row.line) {
                return .skipped(.init(line: row.line, message: LocalizedText(vi: "trùng với dòng \(earlier)", en: "same as line \(earlier)")))
            }
            if let found = try index.household(key, db) {
                item.existingNomineeID = found
            } else {
                item.newNominee = Nominee(id: "", type: .household, name: "Hộ " + row.name.fullName, sex: row.sex, groupID: groupID,
                                          head: row.name, memberCount: row.memberCount)
            }
        }
        if kind != .people, let award = row.award, let year = row.year {
            if let existing = item.existingNomineeID, let id = try index.openNomination(nomineeID: existing, year: year, award: award, db) {
                return .skipped(.init(line: row.line, message: LocalizedText(
                    vi: "đã có đề nghị \(id) cùng đối tượng, năm, danh hiệu", en: "already nominated: \(id)")))
            }
            guard let definition = rulebook(year)?.award(award) else {
                return .problems([problem(line: row.line, field: .award, message: LocalizedText(
                    vi: "danh hiệu «\(award)» không có trong quy định năm \(year)", en: "no award «\(award)» in \(year)"))])
            }
            var facts = Facts()
            facts.rating = row.rating
            item.nomination = Nomination(id: "", year: year, award: award, kind: definition.kinds.first ?? .congTrang,
                                         nomineeID: item.existingNomineeID ?? "", status: .received, receivedOn: today,
                                         facts: facts, note: row.note)
        }
        return .item(item)
    }
}
