import Foundation
import Testing
import TdktResources
import Commendation

/// Helpers shared by the Commendation tests.
enum Fixtures {
    /// The national rulebook from 1 July 2025, decoded from its resource file.
    static func shippedRulebook() throws -> Rulebook {
        try rulebook(resource: "rulebooks/vn-2025-07.json")
    }

    /// The national rulebook of 1 January 2024 – 30 June 2025 (NĐ 98/2023 era).
    static func rulebook2024() throws -> Rulebook {
        try rulebook(resource: "rulebooks/vn-2024-01.json")
    }

    /// A shipped rulebook by resource path.
    static func rulebook(resource: String) throws -> Rulebook {
        let data = try TdktResources.data(resource)
        return try JSONDecoder().decode(Rulebook.self, from: data)
    }

    /// Both shipped rulebooks.
    static func shippedSet() throws -> RulebookSet {
        RulebookSet([try shippedRulebook(), try rulebook2024()])
    }

    /// A date that must exist.
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        guard let date = CivilDate(year: year, month: month, day: day) else {
            preconditionFailure("bad fixture date \(year)-\(month)-\(day)")
        }
        return date
    }

    /// Decodes `json` as `T`.
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    /// Encodes `value` and reads it back as a JSON object.
    static func jsonObject<T: Encodable>(_ value: T) throws -> [String: Any] {
        let data = try JSONEncoder().encode(value)
        let object = try JSONSerialization.jsonObject(with: data)
        guard let dictionary = object as? [String: Any] else {
            Issue.record("expected a JSON object, found \(object)")
            return [:]
        }
        return dictionary
    }

    /// A small rulebook decoded from JSON: one award `x` for persons, given as `cong-trang`,
    /// whose only criterion `x.one` has `condition` (JSON); `messages` is a JSON object.
    static func rulebook(id: String = "test", from: String = "2020-01-01", until: String? = nil,
                         condition: String? = nil, messages: String = "{}") throws -> Rulebook {
        let criteria = condition.map {
            #"[{"id": "x.one", "text": {"vi": "một", "en": "one"}, "basis": "test", "certainty": "check", "condition": \#($0)}]"#
        }
        let json = """
        {
          "id": "\(id)",
          "title": {"vi": "\(id)", "en": "\(id)"},
          "effectiveFrom": "\(from)",
          \(until.map { "\"effectiveUntil\": \"\($0)\"," } ?? "")
          "labels": {},
          "messages": \(messages),
          "awards": [
            {"code": "x", "name": {"vi": "X", "en": "X"}, "shortName": {"vi": "X", "en": "X"}, "idCode": "X",
             "nominees": ["person"], "decidedBy": "commune", "kinds": ["cong-trang"]
             \(criteria.map { ", \"criteria\": \($0)" } ?? "")}
          ]
        }
        """
        return try decode(Rulebook.self, json)
    }

    /// A pending-matters record with nothing under way.
    static let nothingPending = PendingMatters(discipline: false, investigation: false, complaint: false)

    /// A yearly award already received.
    static func held(_ award: String, _ year: Int, _ kind: AwardKind? = .congTrang) -> PastAward {
        PastAward(award: award, year: year, kind: kind)
    }
}

/// Judges single nominations against one rulebook (by default vn-2025-07).
struct Judge {
    let rulebook: Rulebook

    init(_ rulebook: Rulebook) { self.rulebook = rulebook }

    static func national() throws -> Judge { Judge(try Fixtures.shippedRulebook()) }

    func evaluate(_ award: String, _ type: NomineeType, kind: AwardKind = .congTrang, year: Int = 2025,
                  movement: Bool = false, _ facts: Facts) -> Evaluation {
        Evaluator(rulebook: rulebook).evaluate(EvaluationSubject(award: award, kind: kind, nomineeType: type, year: year,
                                                                 hasMovement: movement, facts: facts))
    }
}

extension Evaluation {
    /// The verdict on criterion `id`; records an issue when there is none.
    func verdict(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> CriterionVerdict {
        try #require(verdicts.first { $0.criterionID == id },
                     "no verdict \(id) among \(verdicts.map(\.criterionID))", sourceLocation: sourceLocation)
    }

    /// The outcome of criterion `id`, nil when it was not judged.
    func outcome(_ id: String) -> Outcome? { verdicts.first { $0.criterionID == id }?.outcome }

    /// The criterion ids judged, in order.
    var ids: [String] { verdicts.map(\.criterionID) }
}

/// A store's knowledge, for the checks across records.
final class FakeContext: EvaluationContext {
    /// A nomination the store keeps.
    struct Stored {
        var id: String
        var nominee: String
        var award: String
        var year: Int
    }

    var histories: [String: [PastAward]] = [:]
    /// Member figures by "collective/year".
    var members: [String: MemberCounts] = [:]
    var stored: [Stored] = []
    var counts: [Int: [String: Int]] = [:]

    func history(of nomineeID: String) -> [PastAward]? { histories[nomineeID] }
    func memberCounts(of collectiveID: String, year: Int) -> MemberCounts? { members["\(collectiveID)/\(year)"] }
    func duplicates(nomineeID: String, award: String, kind: AwardKind, year: Int, excluding id: String?) -> [String] {
        stored.filter { $0.nominee == nomineeID && $0.award == award && $0.year == year && $0.id != id }.map(\.id)
    }
    func roundCounts(year: Int) -> [String: Int]? { counts[year] }
}

/// Entries of a round.
enum Round {
    static func entry(_ id: String?, _ nominee: String?, _ award: String, type: NomineeType = .person,
                      kind: AwardKind = .congTrang, year: Int = 2025, movement: Bool = false, _ facts: Facts) -> RoundEntry {
        RoundEntry(id: id, nomineeID: nominee,
                   subject: EvaluationSubject(award: award, kind: kind, nomineeType: type, year: year,
                                              hasMovement: movement, facts: facts))
    }

    /// A round judged by the shipped rulebooks for each year.
    static func evaluator(_ entries: [RoundEntry], context: EvaluationContext? = nil) throws -> RoundEvaluator {
        RoundEvaluator(entries: entries, rulebooks: try Fixtures.shippedSet(), context: context)
    }

    /// A round judged by one rulebook for every year.
    static func evaluator(_ entries: [RoundEntry], rulebook: Rulebook, context: EvaluationContext? = nil) -> RoundEvaluator {
        RoundEvaluator(entries: entries, context: context) { _ in rulebook }
    }
}

/// Typical facts of a complete, eligible nomination for each award of vn-2025-07.
enum Eligible {
    static let ldtt = Facts(rating: .tot, pending: Fixtures.nothingPending, attestations: Attestations(list: ["emulation-spirit"]))
    static let cstdcs = Facts(rating: .xuatSac, pending: Fixtures.nothingPending, initiatives: [], research: [],
                              history: [Fixtures.held("lao-dong-tien-tien", 2025)])
    static let ttldtt = Facts(rating: .tot, pending: Fixtures.nothingPending, attestations: Attestations(list: ["united"]),
                              members: MemberCounts(total: 20, laoDongTienTien: 14, disciplinedWarningOrAbove: 0))
    static let gkPerson = Facts(rating: .tot, pending: Fixtures.nothingPending,
                                attestations: Attestations(list: ["law-abiding", "achievement-in-movement"]))
    static let gkCollective = Facts(rating: .tot, pending: Fixtures.nothingPending,
                                    attestations: Attestations(list: ["law-abiding", "outstanding-achievement", "united"]))
    static let gkHousehold = Facts(attestations: Attestations(list: ["contribution"]))
    static let gdvh = Facts(attestations: Attestations(list: ["family-law", "family-emulation", "family-harmony"]), exclusions: [])
    static let tdpvh = Facts(attestations: Attestations(list: ["provincial-standards"]))
    static let ttldxs = Facts(rating: .xuatSac, pending: Fixtures.nothingPending,
                              attestations: Attestations(list: ["united", "emulation-regular"]),
                              members: MemberCounts(total: 20, laoDongTienTien: 14, completedTasks: 20, chienSiThiDuaCoSo: 1,
                                                    disciplinedWarningOrAbove: 0))
    static let bktPerson = Facts(pending: Fixtures.nothingPending,
                                 history: [Fixtures.held("chien-si-thi-dua-co-so", 2024), Fixtures.held("chien-si-thi-dua-co-so", 2025)])
    static let bktCollective = Facts(rating: .xuatSac, pending: Fixtures.nothingPending, ratingHistory: [2024: .xuatSac])
    static let bktHousehold = Facts(attestations: Attestations(list: ["contribution"]))
    static let cstdt = Facts(pending: Fixtures.nothingPending,
                             initiatives: [Initiative(id: "SK-T-2024", level: "tinh", year: 2024)],
                             history: [Fixtures.held("chien-si-thi-dua-co-so", 2023), Fixtures.held("chien-si-thi-dua-co-so", 2024),
                                       Fixtures.held("chien-si-thi-dua-co-so", 2025)])
}
