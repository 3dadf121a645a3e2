import Commendation
import Foundation
import GRDB
import VietnameseText

/// The size of a generated demo: a ward (≈ 5 000 households, 2 000 people, 50 000 nominations)
/// or a province on a shared server (≈ 200 000 nominees, 1 000 000 nominations).
public enum DemoScale: String, Sendable, CaseIterable {
    case ward, province

    var groups: Int { self == .ward ? 40 : 1_200 }
    var collectives: Int { self == .ward ? 60 : 3_800 }
    var people: Int { self == .ward ? 2_000 : 55_000 }
    var households: Int { self == .ward ? 5_000 : 140_000 }
    /// Chance a household is proposed for Gia đình văn hóa in a year.
    var householdShare: Double { self == .ward ? 0.8 : 0.6 }
    /// Chance a person is proposed for Lao động tiên tiến in a year.
    var personShare: Double { self == .ward ? 0.45 : 0.25 }
}

/// What a generation made.
public struct ScaleSummary: Sendable, Hashable {
    public var nominees: Int
    public var nominations: Int
    public var pending: Int
    public var decisions: Int
}

/// A deterministic generator (the same seed gives the same store): xorshift-style, no
/// dependence on the platform's random numbers.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    /// One of `weighted` with probability proportional to its weight.
    mutating func pick<T>(_ weighted: [(T, Int)], total: Int) -> T {
        var roll = Int(next() % UInt64(total))
        for (item, weight) in weighted {
            if roll < weight { return item }
            roll -= weight
        }
        return weighted[weighted.count - 1].0
    }
}

/// Fictional Vietnamese names with the usual frequencies of family names (per mille).
enum FictionalNames {
    static let families: [(String, Int)] = [
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 51), ("Huỳnh", 20), ("Phan", 45), ("Vũ", 39),
        ("Võ", 20), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đinh", 8),
        ("Trịnh", 6), ("Lương", 5), ("Đào", 5), ("Mai", 4), ("Cao", 4), ("Tô", 3), ("Hà", 3), ("Chu", 2), ("Triệu", 2),
        ("Lưu", 2), ("Tạ", 2), ("Vương", 2), ("Bàn", 1), ("Chíu", 1), ("Nịnh", 1),
    ]
    static let familyTotal = families.reduce(0) { $0 + $1.1 }
    static let maleMiddle = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Công", "Xuân", "Ngọc", "Duy", "Tiến"]
    static let femaleMiddle = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Phương", "Thúy", "Kim", "Bích"]
    static let maleGiven = ["Anh", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hùng", "Huy", "Khánh", "Long", "Minh", "Nam",
                            "Nghĩa", "Phong", "Phúc", "Quang", "Quý", "Sơn", "Tài", "Thắng", "Thành", "Toàn", "Trung", "Tuấn",
                            "Tùng", "Việt", "Vinh", "Hòa", "Hiếu", "Lâm", "Khải"]
    static let femaleGiven = ["Anh", "Ánh", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hạnh", "Hiền", "Hoa", "Hồng", "Hương", "Lan",
                              "Liên", "Linh", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thu", "Thủy",
                              "Trang", "Uyên", "Vân", "Xuân", "Yến", "Ước", "Nhàn"]
    static let positions = ["Công chức Văn phòng – Thống kê", "Giáo viên", "Nhân viên y tế", "Công an viên", "Cán bộ Đoàn",
                            "Kế toán", "Công nhân", "Kỹ thuật viên", "Tổ trưởng tổ dân phố", "Chuyên viên"]
    static let collectiveKinds = ["Trường Tiểu học", "Trường THCS", "Trường Mầm non", "Trạm Y tế", "Hợp tác xã", "Chi đoàn",
                                  "Chi hội Phụ nữ", "Chi hội Cựu chiến binh", "Đội dân phòng", "Công ty TNHH"]
    static let places = ["Bình Minh", "Tân Hải", "Lê Lợi", "Đông Hải", "Tân Bình", "Bình Sơn", "Hòa Bình", "Quang Trung", "Trần Phú",
                         "Hạ Long", "Đông Xuân", "Hải Yến", "Cái Rồng", "Quảng Lợi", "Tiến Tới", "Đại Bình"]

    static func person(_ random: inout SeededRandom) -> (PersonName, Sex) {
        let sex: Sex = random.chance(0.5) ? .female : .male
        let family = random.pick(families, total: familyTotal)
        let middle = random.pick(sex == .female ? femaleMiddle : maleMiddle)
        let given = random.pick(sex == .female ? femaleGiven : maleGiven)
        return (PersonName(family: family, middle: middle, given: given), sex)
    }
}

extension Store {
    /// Fills an empty store with a generated ward or province: residential groups, collectives,
    /// people, households, ten years of nominations (the earlier years decided, with decisions
    /// and honour-roll numbers; the current year at every stage), a council and one session a
    /// year. Deterministic for a seed. Written in one transaction with prepared statements; the
    /// audit trail records the generation as one row (what and how much), not a row per record.
    public func generateDemo(_ scale: DemoScale, seed: UInt64, wardName: String, today: CivilDate,
                             progress: (Double) -> Void = { _ in }) throws -> ScaleSummary {
        var random = SeededRandom(seed: seed)
        let firstYear = today.year - 9
        let now = timestamp()
        return try write { db in
            var summary = ScaleSummary(nominees: 0, nominations: 0, pending: 0, decisions: 0)
            try db.execute(sql: "INSERT OR REPLACE INTO setting(key, value) VALUES ('ward.name', ?), ('desk.onboarded', 'demo')",
                           arguments: [wardName])
            let insertNominee = try db.makeStatement(sql: """
                INSERT INTO nominee(id, type, name, family_name, middle_name, given_name, sex, birth_date, position, unit_id, group_id,
                                    head_family_name, head_middle_name, head_given_name, member_count, sort_key, search_key,
                                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            func add(_ nominee: Nominee) throws {
                try insertNominee.execute(arguments: [
                    nominee.id, nominee.type.rawValue, nominee.name, nominee.personName?.family, nominee.personName?.middle,
                    nominee.personName?.given, nominee.sex?.rawValue, nominee.birthDate?.iso, nominee.position, nominee.unitID,
                    nominee.groupID, nominee.head?.family, nominee.head?.middle, nominee.head?.given, nominee.memberCount,
                    nominee.sortKey.hex, nominee.searchKey, now, now,
                ])
                summary.nominees += 1
            }
            func id(_ prefix: String, _ number: Int, width: Int) -> String {
                let digits = String(number)
                return prefix + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            // Nominee ids as the desk makes them ("P-0043"; more digits only when needed).
            // Residential groups and collectives.
            var groups: [String] = []
            for number in 1...scale.groups {
                let name = number <= FictionalNames.places.count && scale == .ward
                    ? "Khu phố " + FictionalNames.places[number - 1] : "Tổ dân phố \(number)"
                let groupID = Self.nomineeID(.residentialGroup, number: number)
                try add(Nominee.named(id: groupID, type: .residentialGroup, name: name))
                groups.append(groupID)
            }
            var collectives: [String] = []
            for number in 1...scale.collectives {
                let name = "\(random.pick(FictionalNames.collectiveKinds)) \(random.pick(FictionalNames.places)) \(number)"
                let collectiveID = Self.nomineeID(.collective, number: number)
                try add(Nominee.named(id: collectiveID, type: .collective, name: name, groupID: random.pick(groups)))
                collectives.append(collectiveID)
            }
            var people: [String] = []
            for number in 1...scale.people {
                let (name, sex) = FictionalNames.person(&random)
                let birth = CivilDate(year: random.int(1960...2002), month: random.int(1...12), day: random.int(1...28))
                let personID = Self.nomineeID(.person, number: number)
                try add(Nominee(id: personID, type: .person, personName: name, name: name.fullName, sex: sex, birthDate: birth,
                                position: random.pick(FictionalNames.positions), unitID: random.pick(collectives),
                                groupID: random.pick(groups)))
                people.append(personID)
            }
            var households: [String] = []
            for number in 1...scale.households {
                let (head, sex) = FictionalNames.person(&random)
                let householdID = Self.nomineeID(.household, number: number)
                try add(Nominee(id: householdID, type: .household, name: "Hộ " + head.fullName, sex: sex, groupID: random.pick(groups),
                                head: head, memberCount: random.int(1...7)))
                households.append(householdID)
                if number % 5_000 == 0 { progress(0.2 * Double(number) / Double(scale.households)) }
            }
            // A council of fourteen, and a movement.
            for number in 0..<14 {
                let (name, sex) = FictionalNames.person(&random)
                let role = number == 0 ? "chu-tich" : number < 3 ? "pho-chu-tich" : number == 13 ? "thu-ky" : "uy-vien"
                try db.execute(sql: """
                    INSERT INTO council_member(family_name, middle_name, given_name, sex, role, title, person_id, term_from)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [name.family, name.middle, name.given, sex.rawValue, role, "Thành viên Hội đồng", people[number],
                                     "\(firstYear)-01-01"])
            }
            try db.execute(sql: "INSERT INTO movement(id, name, kind, from_year, to_year) VALUES ('PT-SCALE', ?, 'yearly', ?, NULL)",
                           arguments: ["Thi đua phát huy nội lực, xây dựng \(wardName) phát triển", firstYear])
            // The nomination table's indexes are built once after the million rows (as the schema
            // writes them), not kept up to date row by row: nominations come year by year, so each
            // index by nominee took a random page per row.
            let deferredIndexes = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'nomination' AND sql IS NOT NULL ORDER BY name
                """).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
            for index in deferredIndexes { try db.execute(sql: "DROP INDEX " + index.name.quotedDatabaseIdentifier) }
            // Nominations, year by year.
            let insertNomination = try db.makeStatement(sql: """
                INSERT INTO nomination(id, year, award, kind, nominee_id, movement_id, status, received_on, complete_on, facts,
                                       decision_number, decision_date, created_at, updated_at)
                VALUES (?, ?, ?, 'cong-trang', ?, 'PT-SCALE', ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertDecision = try db.makeStatement(sql: """
                INSERT INTO decision(number, date, signer, signer_title, issuer, created_at) VALUES (?, ?, 'Người ký mẫu', 'Chủ tịch', 'commune', ?)
                """)
            let insertAward = try db.makeStatement(sql: """
                INSERT INTO decision_award(decision_id, nomination_id, roll_year, roll_number, amount) VALUES (?, ?, ?, ?, ?)
                """)
            let personFacts = #"{"pending":{"complaint":false,"discipline":false,"investigation":false},"rating":"tot","attested":["law-abiding","productive-worker","emulation-spirit"]}"#
            let householdFacts = #"{"attested":["family-emulation","family-harmony","family-law"],"exclusions":[]}"#
            let currentStatuses: [(NominationStatus, Int)] = [(.draft, 10), (.received, 45), (.returned, 5), (.onAgenda, 15),
                                                               (.recommended, 10), (.decided, 15)]
            var decisionNumber = 100
            for (offset, year) in (firstYear...today.year).enumerated() {
                let current = year == today.year
                let received = CivilDate(year: year, month: 11, day: 2)!
                let decided = CivilDate(year: year, month: 12, day: 20)!
                var numbers: [String: Int] = [:]
                var decisions: [String: (number: String, id: Int64)] = [:]
                var roll = 0
                func nominate(_ award: String, idCode: String, nominee: String, facts: String) throws {
                    numbers[idCode, default: 0] += 1
                    let nominationID = id("\(year)-\(idCode)", numbers[idCode]!, width: 4)
                    let status: NominationStatus = current ? random.pick(currentStatuses, total: 100)
                        : (random.chance(0.96) ? .decided : .notRecommended)
                    let decision: (String, Int64)?
                    if status == .decided {
                        if decisions[award] == nil {
                            decisionNumber += 1
                            let number = "\(decisionNumber)/QĐ-UBND"
                            try insertDecision.execute(arguments: [number, decided.iso, now])
                            decisions[award] = (number, db.lastInsertedRowID)
                            summary.decisions += 1
                        }
                        decision = decisions[award].map { ($0.number, $0.id) }
                    } else {
                        decision = nil
                    }
                    let receivedOn = status == .draft ? nil : received.iso
                    try insertNomination.execute(arguments: [
                        nominationID, year, award, nominee, status.rawValue, receivedOn, status == .returned ? nil : receivedOn, facts,
                        decision?.0, decision == nil ? nil : decided.iso, now, now,
                    ])
                    if let decision {
                        roll += 1
                        try insertAward.execute(arguments: [decision.1, nominationID, year, roll, nil])
                    }
                    summary.nominations += 1
                    if [.draft, .received, .returned, .onAgenda, .recommended, .submitted].contains(status) { summary.pending += 1 }
                }
                for household in households where random.chance(scale.householdShare) {
                    try nominate("gia-dinh-van-hoa", idCode: "GDVH", nominee: household, facts: householdFacts)
                }
                for person in people {
                    if random.chance(scale.personShare) {
                        try nominate("lao-dong-tien-tien", idCode: "LDTT", nominee: person, facts: personFacts)
                        if random.chance(0.1) {
                            try nominate("chien-si-thi-dua-co-so", idCode: "CSTDCS", nominee: person, facts: personFacts)
                        }
                    }
                }
                for collective in collectives where random.chance(0.3) {
                    try nominate("tap-the-lao-dong-tien-tien", idCode: "TTLDTT", nominee: collective, facts: "{}")
                }
                for group in groups where random.chance(0.5) {
                    try nominate("to-dan-pho-van-hoa", idCode: "TDPVH", nominee: group, facts: "{}")
                }
                try db.execute(sql: """
                    INSERT INTO council_session(id, date, title, mode, created_at, updated_at) VALUES (?, ?, ?, 'secret', ?, ?)
                    """, arguments: ["PH-\(year)-01", "\(year)-12-10", "Phiên họp xét khen thưởng năm \(year)", now, now])
                progress(0.2 + 0.8 * Double(offset + 1) / 10)
            }
            for index in deferredIndexes { try db.execute(sql: index.sql) }
            try audit(db, action: "generate", entity: "store", id: scale.rawValue, before: nil,
                      after: "{\"seed\":\(seed),\"nominees\":\(summary.nominees),\"nominations\":\(summary.nominations)}")
            return summary
        }
    }
}
