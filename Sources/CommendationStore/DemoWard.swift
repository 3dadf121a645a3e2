import Commendation
import Foundation
import GRDB
import VietnameseText

/// The fictional demo ward shipped in `Resources/data/demo-ward.json`: residential groups,
/// collectives, people, households, movements, the council and nominations in every state.
public struct DemoWard: Decodable, Sendable {
    /// The ward's name and province.
    public struct Ward: Decodable, Sendable {
        /// "Phường Đầm Hà".
        public var name: String
        /// "Quảng Ninh".
        public var province: String
        /// A note that the data is fictional.
        public var note: String?
    }
    struct Group: Decodable, Sendable { var id: String; var name: String }
    struct Collective: Decodable, Sendable { var id: String; var name: String; var kind: String? }
    struct Person: Decodable, Sendable {
        var id: String
        var familyName: String
        var middleName: String
        var givenName: String
        var sex: Sex?
        var birthDate: CivilDate?
        var position: String?
        var unit: String?
        var group: String?
    }
    struct Head: Decodable, Sendable { var familyName: String; var middleName: String; var givenName: String; var sex: Sex? }
    struct Household: Decodable, Sendable { var id: String; var name: String; var head: Head; var group: String; var members: Int? }
    struct Member: Decodable, Sendable {
        var familyName: String
        var middleName: String
        var givenName: String
        var sex: Sex?
        var role: CouncilMember.Role
        var title: String
        var person: String?
        var termFrom: CivilDate?
    }
    struct DemoNomination: Decodable, Sendable {
        var id: String
        var year: Int
        var award: String
        var kind: AwardKind
        var movement: String?
        var nominee: String
        var status: NominationStatus
        var receivedOn: CivilDate?
        var decision: DecisionReference?
        var facts: Facts
        var note: String?
        var returnReason: String?
    }

    /// Format version.
    public var version: Int
    /// The ward.
    public var ward: Ward
    var residentialGroups: [Group]
    var collectives: [Collective]
    var people: [Person]
    var households: [Household]
    var movements: [Movement]
    var council: [Member]
    var nominations: [DemoNomination]

    /// Decodes the demo ward from its JSON.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(DemoWard.self, from: json)
    }

    /// Number of nominations in the demo.
    public var nominationCount: Int { nominations.count }
}

extension Store {
    /// Fills the store with the demo ward in one transaction (all or nothing). Refuses a store
    /// that already holds nominees, so that nothing the clerk saved is mixed with fiction.
    public func loadDemo(_ demo: DemoWard) throws {
        try write { db in
            let existing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nominee") ?? 0
            let ward = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = 'ward.name'")
            guard existing == 0, ward == nil else {
                throw StoreError.other(path: path, message: "kho đã có dữ liệu (\(existing) đối tượng) — không nạp dữ liệu mẫu")
            }
            for (key, value) in [("ward.name", demo.ward.name), ("ward.province", demo.ward.province), ("demo", "1")] {
                try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", arguments: [key, value])
                try audit(db, action: "set", entity: "setting", id: key, before: nil, after: value)
            }
            for group in demo.residentialGroups {
                try insert(Nominee.named(id: group.id, type: .residentialGroup, name: group.name), db)
            }
            for collective in demo.collectives {
                try insert(Nominee.named(id: collective.id, type: .collective, name: collective.name), db)
            }
            for person in demo.people {
                let name = PersonName(family: person.familyName, middle: person.middleName, given: person.givenName)
                try insert(Nominee.person(id: person.id, name: name, sex: person.sex, birthDate: person.birthDate,
                                          position: person.position, unitID: person.unit, groupID: person.group), db)
            }
            for household in demo.households {
                let head = PersonName(family: household.head.familyName, middle: household.head.middleName,
                                      given: household.head.givenName)
                try insert(Nominee.named(id: household.id, type: .household, name: household.name, groupID: household.group,
                                         head: head, sex: household.head.sex, memberCount: household.members), db)
            }
            for movement in demo.movements {
                try db.execute(sql: "INSERT INTO movement(id, name, kind, from_year, to_year) VALUES (?, ?, ?, ?, ?)",
                               arguments: [movement.id, movement.name.nfc, movement.kind.rawValue, movement.from, movement.to])
                try audit(db, action: "create", entity: "movement", id: movement.id, before: nil, after: Self.json(movement))
            }
            for member in demo.council {
                try db.execute(sql: """
                    INSERT INTO council_member(family_name, middle_name, given_name, sex, role, title, person_id, term_from)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [member.familyName.nfc, member.middleName.nfc, member.givenName.nfc, member.sex?.rawValue,
                                     member.role.rawValue, member.title.nfc, member.person, member.termFrom?.iso])
                try audit(db, action: "create", entity: "council_member", id: String(db.lastInsertedRowID), before: nil,
                          after: "\(member.familyName) \(member.middleName) \(member.givenName)".nfc)
            }
            for item in demo.nominations {
                try insert(Nomination(id: item.id, year: item.year, award: item.award, kind: item.kind, nomineeID: item.nominee,
                                      movementID: item.movement, status: item.status, receivedOn: item.receivedOn,
                                      facts: item.facts, note: item.note?.nfc, returnReason: item.returnReason?.nfc,
                                      decision: item.decision), db)
            }
        }
    }
}
