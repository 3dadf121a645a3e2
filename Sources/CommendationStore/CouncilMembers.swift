import Commendation
import Foundation
import GRDB
import VietnameseText

/// The council's members.
extension Store {
    /// The council's members, chair first, then vice chairs, members and the secretary.
    public func councilMembers() throws -> [CouncilMember] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM council_member ORDER BY CASE role WHEN 'chu-tich' THEN 0 WHEN 'pho-chu-tich' THEN 1
                    WHEN 'uy-vien' THEN 2 ELSE 3 END, id
                """).map(Self.member(from:))
        }
    }

    static func member(from row: Row) -> CouncilMember {
        CouncilMember(id: row["id"], name: PersonName(family: row["family_name"], middle: row["middle_name"], given: row["given_name"]),
                      sex: (row["sex"] as String?).flatMap(Sex.init(rawValue:)),
                      role: CouncilMember.Role(rawValue: row["role"]) ?? .uyVien, title: row["title"],
                      personID: row["person_id"], termFrom: (row["term_from"] as String?).flatMap(CivilDate.init(iso:)),
                      termUntil: (row["term_until"] as String?).flatMap(CivilDate.init(iso:)))
    }

    /// Adds a member (id 0) or updates one; audited. Returns the member with its id.
    /// - Throws: `.missing` when `personID` names no nominee or the member does not exist.
    @discardableResult
    public func saveCouncilMember(_ member: CouncilMember) throws -> CouncilMember {
        try write { db in
            if let personID = member.personID,
               try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM nominee WHERE id = ?)", arguments: [personID]) != true {
                throw StoreError.missing(id: personID)
            }
            let values: [(any DatabaseValueConvertible)?] = [
                member.name.family.nfc, member.name.middle.nfc, member.name.given.nfc, member.sex?.rawValue, member.role.rawValue,
                member.title.nfc, member.personID, member.termFrom?.iso, member.termUntil?.iso,
            ]
            var saved = member
            let after = Self.json(MemberSnapshot(member))
            if member.id == 0 {
                try db.execute(sql: """
                    INSERT INTO council_member(family_name, middle_name, given_name, sex, role, title, person_id, term_from, term_until)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: StatementArguments(values))
                saved.id = Int(db.lastInsertedRowID)
                try audit(db, action: "create", entity: "council_member", id: String(saved.id), before: nil, after: after)
            } else {
                guard let old = try Row.fetchOne(db, sql: "SELECT * FROM council_member WHERE id = ?", arguments: [member.id]) else {
                    throw StoreError.missing(id: String(member.id))
                }
                try db.execute(sql: """
                    UPDATE council_member SET family_name = ?, middle_name = ?, given_name = ?, sex = ?, role = ?, title = ?,
                        person_id = ?, term_from = ?, term_until = ? WHERE id = ?
                    """, arguments: StatementArguments(values + [member.id]))
                try audit(db, action: "update", entity: "council_member", id: String(member.id),
                          before: Self.json(MemberSnapshot(Self.member(from: old))), after: after)
            }
            return saved
        }
    }
}

/// A member as written into the audit trail.
struct MemberSnapshot: Encodable {
    var name, role, title: String
    var person, termFrom, termUntil: String?
    init(_ m: CouncilMember) {
        name = m.name.fullName
        role = m.role.rawValue
        title = m.title
        person = m.personID
        termFrom = m.termFrom?.iso
        termUntil = m.termUntil?.iso
    }
}
