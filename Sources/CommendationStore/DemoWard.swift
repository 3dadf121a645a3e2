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
        var household: String?
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
    struct DemoDecision: Decodable, Sendable {
        var number: String
        var date: CivilDate
        var signer: String
        var signerTitle: String
    }
    struct AgendaEntry: Decodable, Sendable {
        var nomination: String
        var agree: Int?
        var disagree: Int?
        var abstain: Int?
    }
    struct DemoSession: Decodable, Sendable {
        var id: String
        var date: CivilDate
        var title: String
        var mode: BallotMode
        /// Members present, by their place in `council` (1-based).
        var present: [Int]
        /// Members absent with a written opinion, likewise.
        var writtenOpinion: [Int]
        var agenda: [AgendaEntry]
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
    var decisions: [DemoDecision]
    var sessions: [DemoSession]

    /// Decodes the demo ward from its JSON.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(DemoWard.self, from: json)
    }

    /// Number of nominations in the demo.
    public var nominationCount: Int { nominations.count }
}

extension Store {
    /// Fills the store with the demo ward in one transaction (all or nothing): nominees, the
    /// council, sessions with their ballots, decisions with honour-roll numbers and money
    /// (`rulebook` gives each year's multiples). Refuses a store that already holds nominees,
    /// so that nothing the clerk saved is mixed with fiction.
    public func loadDemo(_ demo: DemoWard, rulebook: (Int) -> Rulebook?, baseSalaries: BaseSalaryTable) throws {
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
            for household in demo.households {
                let head = PersonName(family: household.head.familyName, middle: household.head.middleName,
                                      given: household.head.givenName)
                try insert(Nominee.named(id: household.id, type: .household, name: household.name, groupID: household.group,
                                         head: head, sex: household.head.sex, memberCount: household.members), db)
            }
            for person in demo.people {
                let name = PersonName(family: person.familyName, middle: person.middleName, given: person.givenName)
                var nominee = Nominee.person(id: person.id, name: name, sex: person.sex, birthDate: person.birthDate,
                                             position: person.position, unitID: person.unit, groupID: person.group)
                nominee.householdID = person.household
                try insert(nominee, db)
            }
            for movement in demo.movements { try insert(movement, db) }
            var memberIDs: [Int] = []
            for member in demo.council {
                try db.execute(sql: """
                    INSERT INTO council_member(family_name, middle_name, given_name, sex, role, title, person_id, term_from)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [member.familyName.nfc, member.middleName.nfc, member.givenName.nfc, member.sex?.rawValue,
                                     member.role.rawValue, member.title.nfc, member.person, member.termFrom?.iso])
                memberIDs.append(Int(db.lastInsertedRowID))
                try audit(db, action: "create", entity: "council_member", id: String(db.lastInsertedRowID), before: nil,
                          after: "\(member.familyName) \(member.middleName) \(member.givenName)".nfc)
            }
            for item in demo.nominations {
                try insert(Nomination(id: item.id, year: item.year, award: item.award, kind: item.kind, nomineeID: item.nominee,
                                      movementID: item.movement, status: item.status, receivedOn: item.receivedOn,
                                      facts: item.facts, note: item.note?.nfc, returnReason: item.returnReason?.nfc,
                                      decision: item.decision), db)
            }
            try loadDemoDecisions(demo, rulebook: rulebook, baseSalaries: baseSalaries, db)
            try loadDemoSessions(demo, memberIDs: memberIDs, db)
        }
    }

    /// The demo's decisions, their money planned as a real decision's is (`PaymentPlan`, the base
    /// salary of each decision's day).
    private func loadDemoDecisions(_ demo: DemoWard, rulebook: (Int) -> Rulebook?, baseSalaries: BaseSalaryTable,
                                   _ db: Database) throws {
        var nextNumber: [Int: Int] = [:]
        for decision in demo.decisions {
            let base = AppliedBaseSalary(on: decision.date, table: baseSalaries, override: nil)
            let ids = demo.nominations.filter { $0.status == .decided && $0.decision?.number == decision.number }.map(\.id)
            let plan = try Self.paymentPlan(ids, baseSalary: base, rulebook: rulebook, db)
            try db.execute(sql: """
                INSERT INTO decision(number, date, signer, signer_title, issuer, created_at, base_salary, base_salary_origin,
                                     base_salary_basis)
                VALUES (?, ?, ?, ?, 'commune', ?, ?, ?, ?)
                """, arguments: [decision.number.nfc, decision.date.iso, decision.signer.nfc, decision.signerTitle.nfc, timestamp(),
                                 base?.amount, base?.origin.rawValue, base?.basis])
            let decisionID = db.lastInsertedRowID
            for id in ids {
                let year = decision.date.year
                let number = nextNumber[year, default: 1]
                nextNumber[year] = number + 1
                let payment = plan.payment(for: id)
                try db.execute(sql: """
                    INSERT INTO decision_award(decision_id, nomination_id, roll_year, roll_number, amount, payment_note)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [decisionID, id, year, number, payment?.amount, payment?.note.map(Self.json)])
            }
            try audit(db, action: "create", entity: "decision", id: decision.number.nfc, before: nil, after: decision.date.iso)
        }
    }

    private func loadDemoSessions(_ demo: DemoWard, memberIDs: [Int], _ db: Database) throws {
        for session in demo.sessions {
            try db.execute(sql: "INSERT INTO council_session(id, date, title, mode, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [session.id, session.date.iso, session.title.nfc, session.mode.rawValue, timestamp(), timestamp()])
            for (places, attendance) in [(session.present, Attendance.present), (session.writtenOpinion, .writtenOpinion)] {
                for place in places where memberIDs.indices.contains(place - 1) {
                    try db.execute(sql: "INSERT INTO session_attendance(session_id, member_id, attendance) VALUES (?, ?, ?)",
                                   arguments: [session.id, memberIDs[place - 1], attendance.rawValue])
                }
            }
            for (position, entry) in session.agenda.enumerated() {
                try db.execute(sql: """
                    INSERT INTO session_agenda(session_id, nomination_id, position, agree, disagree, abstain) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [session.id, entry.nomination, position + 1, entry.agree, entry.disagree, entry.abstain])
            }
            try audit(db, action: "create", entity: "session", id: session.id, before: nil, after: session.date.iso)
        }
    }
}

extension DemoWard {
    /// The type of a demo nominee, from its id's prefix.
    func nomineeType(of id: String) -> NomineeType {
        switch id.first {
        case "C": return .collective
        case "H": return .household
        case "G": return .residentialGroup
        default: return .person
        }
    }
}
