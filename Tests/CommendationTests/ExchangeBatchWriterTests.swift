import Foundation
import Testing
import VietnameseText
@testable import Commendation

/// The batch written a nomination at a time, straight into bytes, is the batch `JSONEncoder`
/// writes whole (`ExchangeFormat.write`), byte for byte: every key, every optional present and
/// absent, empty lists and objects, and texts that need escaping.
@Suite struct ExchangeBatchWriterTests {
    /// A small deterministic generator, so that a failure repeats.
    struct Dice {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func roll(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func maybe() -> Bool { roll(2) == 0 }
        mutating func text() -> String {
            let pieces = ["", "Nguyễn", "Thị", "Hồng", "q\"uote", "back\\slash", "a/b", "\u{1}\u{1F}", "\n\r\t", "\u{8}\u{C}",
                          "\u{7F}", "\u{2028}", "\u{202E}", "Tổ dân phố 3", "é", "🙂"]
            return (0..<roll(4)).map { _ in pieces[roll(pieces.count)] }.joined(separator: roll(3) == 0 ? " " : "")
        }
        mutating func optional<T>(_ make: (inout Dice) -> T) -> T? { maybe() ? make(&self) : nil }
        mutating func date() -> CivilDate { CivilDate(year: 1950 + roll(80), month: 1 + roll(12), day: 1 + roll(28))! }
        mutating func list<T>(_ make: (inout Dice) -> T) -> [T] { (0..<roll(3)).map { _ in make(&self) } }
    }

    static func nomination(_ dice: inout Dice, index: Int) -> ExchangeNomination {
        let type = NomineeType.allCases[dice.roll(NomineeType.allCases.count)]
        var nominee = ExchangeNominee(type: type, id: dice.optional { $0.text() })
        if dice.maybe() { nominee.personName = PersonName(family: dice.text(), middle: dice.text(), given: dice.text()) }
        nominee.name = dice.optional { $0.text() }
        nominee.sex = dice.optional { Sex.allCases[$0.roll(Sex.allCases.count)] }
        nominee.birthDate = dice.optional { $0.date() }
        nominee.personalID = dice.optional { $0.text() }
        nominee.position = dice.optional { $0.text() }
        nominee.unit = dice.optional { $0.text() }
        if dice.maybe() { nominee.head = PersonName(family: dice.text(), middle: dice.text(), given: dice.text()) }
        nominee.group = dice.optional { $0.text() }
        nominee.unitID = dice.optional { $0.text() }
        nominee.groupID = dice.optional { $0.text() }

        var facts = Facts()
        facts.rating = dice.optional { TaskRating.allCases[$0.roll(TaskRating.allCases.count)] }
        facts.pending = dice.optional { d in
            PendingMatters(discipline: d.optional { $0.maybe() }, investigation: d.optional { $0.maybe() },
                           complaint: d.optional { $0.maybe() })
        }
        facts.discipline = dice.optional { d in
            d.list { d in DisciplineRecord(level: d.text(), decided: d.optional { $0.date() }, until: d.optional { $0.date() }) }
        }
        facts.initiatives = dice.optional { d in
            d.list { d in Initiative(id: d.text(), level: d.text(), year: d.optional { 2000 + $0.roll(30) }, usedFor: d.optional { $0.text() }) }
        }
        facts.research = dice.optional { d in
            d.list { d in ResearchProject(id: d.text(), level: d.text(), year: d.optional { 2000 + $0.roll(30) }, accepted: d.optional { $0.maybe() }) }
        }
        facts.history = dice.optional { d in
            d.list { d in PastAward(award: d.text(), year: 2000 + d.roll(30), kind: d.optional { AwardKind.allCases[$0.roll(AwardKind.allCases.count)] }) }
        }
        switch dice.roll(4) {
        case 0: facts.attestations = Attestations(list: dice.list { $0.text() })
        case 1: facts.attestations = Attestations(answers: Dictionary(dice.list { ($0.text() + "x", $0.maybe()) }, uniquingKeysWith: { a, _ in a }))
        case 2: facts.attestations = Attestations(answers: ["B": true, "a10": false, "a2": true, "ab": true, "aB": false, "Ä": true])
        default: break
        }
        facts.members = dice.optional { d in
            MemberCounts(total: d.optional { $0.roll(100) }, laoDongTienTien: d.optional { $0.roll(100) },
                         completedTasks: d.optional { $0.roll(100) }, chienSiThiDuaCoSo: d.optional { $0.roll(100) },
                         disciplinedWarningOrAbove: d.optional { $0.roll(100) })
        }
        facts.exclusions = dice.optional { d in d.list { $0.text() } }
        facts.monthsWorked = dice.optional { $0.roll(13) }
        facts.ratingHistory = dice.optional { d in
            Dictionary(d.list { d in (2015 + d.roll(10), TaskRating.allCases[d.roll(TaskRating.allCases.count)]) }, uniquingKeysWith: { a, _ in a })
        }
        return ExchangeNomination(index: index, id: dice.optional { $0.text() }, year: 2020 + dice.roll(10) - (dice.roll(20) == 0 ? 3_000 : 0),
                                  award: dice.text(), kind: AwardKind.allCases[dice.roll(AwardKind.allCases.count)],
                                  movement: dice.optional { $0.text() }, nominee: nominee, facts: facts,
                                  status: dice.optional { NominationStatus.allCases[$0.roll(NominationStatus.allCases.count)] },
                                  receivedOn: dice.optional { $0.date() }, note: dice.optional { $0.text() })
    }

    static func streamed(_ nominations: [ExchangeNomination], references: ExchangeReferences) throws -> String {
        var writer = ExchangeFormat.BatchWriter()
        var bytes: [UInt8] = []
        for nomination in nominations { writer.append(nomination, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self) + (try writer.end(references: references))
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func randomBatchesAreWrittenAsTheEncoderWritesThem(seed: UInt64) throws {
        var dice = Dice(state: seed)
        let nominations = (0..<(40 + dice.roll(40))).map { Self.nomination(&dice, index: $0) }
        let references = seed % 2 == 0 ? ExchangeReferences()
            : ExchangeReferences(groups: [ExchangeReference(type: .residentialGroup, id: "g1", name: "Tổ 1")],
                                 units: [ExchangeReference(type: .collective, id: "u\"1", name: "Trường", groupID: "g1")],
                                 movements: [])
        let whole = String(decoding: try ExchangeFormat.write(nominations, references: references), as: UTF8.self)
        let streamed = try Self.streamed(nominations, references: references)
        #expect(streamed == whole)
        if streamed != whole {
            let at = zip(streamed, whole).prefix { $0 == $1 }.count
            Issue.record("first difference at \(at): …\(streamed.dropFirst(max(0, at - 80)).prefix(160))… against …\(whole.dropFirst(max(0, at - 80)).prefix(160))…")
        }
    }

    @Test func anEmptyBatchIsTheEncodersEmptyBatch() throws {
        #expect(try Self.streamed([], references: ExchangeReferences()) ==
                String(decoding: try ExchangeFormat.write([]), as: UTF8.self))
    }
}
