import Foundation
import Testing
import Commendation

/// A small deterministic PRNG (SplitMix64), so that every run sees the same cases.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random subjects: real and odd codes, lists empty, absent or strange, figures negative or
/// huge, years at the edges of 1900…9999.
struct SubjectGenerator {
    var rng: SplitMix64

    static let awards = ["lao-dong-tien-tien", "chien-si-tien-tien", "chien-si-thi-dua-co-so", "tap-the-lao-dong-tien-tien", "giay-khen",
                         "gia-dinh-van-hoa", "to-dan-pho-van-hoa", "tap-the-lao-dong-xuat-sac", "bang-khen-tinh", "chien-si-thi-dua-tinh"]
    static let oddCodes = ["", "xyz", "LAO-DONG-TIEN-TIEN", "lao-dong-tien-tien ", "huan-chuong", "{x}", "[0]", "ho-san-xuat-kinh-doanh-gioi", "đ"]
    static let attestations = ExchangeFormat.attestationCodes.sorted() + ["provincial-standards", "nguoi-tot", "", "{one}"]
    static let levels = ["co-so", "tinh", "toan-quoc", "xa", ""]
    static let disciplineLevels = ExchangeFormat.disciplineLevels + ["phe-binh", ""]
    static let exclusions = ExchangeFormat.exclusionCodes + ["karaoke", ""]
    static let edgeYears = [1900, 1901, 1902, 2023, 2024, 2025, 2026, 9997, 9998, 9999]

    mutating func bool(_ chance: Double = 0.5) -> Bool { Double.random(in: 0..<1, using: &rng) < chance }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func pick<T>(_ list: [T]) -> T { list[int(0...(list.count - 1))] }
    mutating func maybe<T>(_ chance: Double = 0.7, _ make: (inout SubjectGenerator) -> T) -> T? { bool(chance) ? make(&self) : nil }
    mutating func list<T>(_ make: (inout SubjectGenerator) -> T) -> [T] { (0..<int(0...4)).map { _ in make(&self) } }

    mutating func year() -> Int { bool(0.4) ? pick(Self.edgeYears) : int(1900...9999) }
    mutating func near(_ year: Int) -> Int { min(9999, max(1900, year + int(-4...1))) }
    mutating func figure() -> Int { bool(0.1) ? pick([Int.max, Int.min, -1, Int.max / 2]) : int(-3...40) }
    mutating func code(_ list: [String]) -> String { bool(0.9) ? pick(list) : pick(Self.oddCodes) }
    mutating func date(around year: Int) -> CivilDate? {
        bool(0.15) ? nil : CivilDate(year: min(9999, max(1, year + int(-3...2))), month: int(1...12), day: int(1...28))
    }

    mutating func facts(year: Int) -> Facts {
        var facts = Facts()
        facts.rating = maybe { $0.pick(TaskRating.allCases) }
        facts.pending = maybe { g in PendingMatters(discipline: g.maybe { $0.bool(0.2) }, investigation: g.maybe { $0.bool(0.2) },
                                                    complaint: g.maybe { $0.bool(0.2) }) }
        facts.discipline = maybe(0.5) { g in g.list { g in DisciplineRecord(level: g.code(Self.disciplineLevels), decided: g.date(around: year),
                                                                             until: g.date(around: year)) } }
        facts.initiatives = maybe { g in g.list { g in Initiative(id: "SK-\(g.int(1...3))", level: g.pick(Self.levels),
                                                                  year: g.maybe(0.85) { $0.near(year) },
                                                                  usedFor: g.maybe(0.2) { $0.code(Self.awards) }) } }
        facts.research = maybe { g in g.list { g in ResearchProject(id: "DT-\(g.int(1...3))", level: g.pick(Self.levels),
                                                                     year: g.maybe(0.85) { $0.near(year) }, accepted: g.maybe { $0.bool() }) } }
        facts.history = maybe { g in g.list { g in PastAward(award: g.code(Self.awards), year: g.bool(0.9) ? g.near(year) : g.year(),
                                                             kind: g.maybe { $0.pick(AwardKind.allCases) }) } }
        facts.attestations = maybe { g in
            g.bool() ? Attestations(list: g.list { $0.pick(Self.attestations) })
                     : Attestations(answers: Dictionary(g.list { ($0.pick(Self.attestations), $0.bool(0.7)) }, uniquingKeysWith: { a, _ in a }))
        }
        facts.members = maybe { g in MemberCounts(total: g.maybe { $0.figure() }, laoDongTienTien: g.maybe { $0.figure() },
                                                  completedTasks: g.maybe { $0.figure() }, chienSiThiDuaCoSo: g.maybe { $0.figure() },
                                                  disciplinedWarningOrAbove: g.maybe { $0.figure() }) }
        facts.exclusions = maybe { g in g.list { $0.code(Self.exclusions) } }
        facts.monthsWorked = maybe { $0.bool(0.1) ? $0.pick([Int.min, -1, 13, Int.max]) : $0.int(0...12) }
        facts.ratingHistory = maybe(0.5) { g in Dictionary(g.list { ($0.near(year), $0.pick(TaskRating.allCases)) }, uniquingKeysWith: { a, _ in a }) }
        return facts
    }

    /// Who can receive each award (RULEBOOK.md), so that most subjects get past the award checks.
    static let nominees: [String: [NomineeType]] = [
        "lao-dong-tien-tien": [.person], "chien-si-tien-tien": [.person], "chien-si-thi-dua-co-so": [.person],
        "tap-the-lao-dong-tien-tien": [.collective], "giay-khen": [.person, .collective, .household], "gia-dinh-van-hoa": [.household],
        "to-dan-pho-van-hoa": [.residentialGroup], "tap-the-lao-dong-xuat-sac": [.collective],
        "bang-khen-tinh": [.person, .collective, .household], "chien-si-thi-dua-tinh": [.person],
    ]

    mutating func subject() -> EvaluationSubject {
        let year = self.year()
        let award = code(Self.awards)
        let fitting = bool(0.7)
        let type = fitting ? pick(Self.nominees[award] ?? NomineeType.allCases) : pick(NomineeType.allCases)
        let kind = fitting && bool(0.8) ? AwardKind.congTrang : pick(AwardKind.allCases)
        return EvaluationSubject(award: award, kind: kind, nomineeType: type, year: year, hasMovement: bool(), facts: facts(year: year))
    }

    /// A round of 1–6 entries; nominees, years and ids shared often, so that the entries meet.
    mutating func round() -> [RoundEntry] {
        let baseYear = year()
        return (0..<int(1...6)).map { _ in
            var subject = self.subject()
            if bool(0.7) {
                subject.year = near(baseYear)
                subject.facts = facts(year: subject.year)
            }
            if bool(0.5) { subject.nomineeType = .person }
            return RoundEntry(id: maybe(0.8) { "N-\($0.int(1...4))" }, nomineeID: maybe(0.85) { "P-\($0.int(1...2))" }, subject: subject)
        }
    }

    mutating func context() -> FakeContext? {
        guard bool(0.3) else { return nil }
        let context = FakeContext()
        for nominee in ["P-1", "P-2"] where bool() {
            context.histories[nominee] = list { PastAward(award: $0.code(Self.awards), year: $0.year(), kind: $0.maybe { $0.pick(AwardKind.allCases) }) }
            context.members["\(nominee)/\(year())"] = MemberCounts(total: figure(), laoDongTienTien: figure())
        }
        context.stored = list { FakeContext.Stored(id: "N-\($0.int(1...4))", nominee: "P-\($0.int(1...2))", award: $0.pick(Self.awards), year: $0.year()) }
        if bool() { context.counts[year()] = Dictionary(list { ($0.pick(Self.awards), $0.int(0...30)) }, uniquingKeysWith: { a, _ in a }) }
        return context
    }
}

@Suite("Evaluation properties")
struct EvaluationPropertyTests {
    static let outerIDs: Set<String> = ["rulebook", "year", "award", "award.nominee", "award.kind"]

    /// The national rulebooks, and the same with a council layer switching on every option.
    static func rulebookSets() throws -> [RulebookSet] {
        let layer = CouncilLayer(adjustments: ["ldtt.months-worked": Adjustment(enabled: true), "cstt.months-worked": Adjustment(enabled: true, value: 11),
                                               "cstdcs.quota": Adjustment(enabled: true, value: 15)])
        let national = [try Fixtures.shippedRulebook(), try Fixtures.rulebook2024()]
        return [RulebookSet(national), RulebookSet(national.map(layer.applied(to:)))]
    }

    /// Checks one evaluation against the rules of NOMINATION-FORMAT; returns what is wrong.
    static func problems(_ evaluation: Evaluation, _ subject: EvaluationSubject, rulebook: Rulebook) -> [String] {
        var problems: [String] = []
        let statuses: [Eligibility] = [.eligible, .notEligible, .incomplete]
        if !statuses.contains(evaluation.eligibility) { problems.append("status \(evaluation.eligibility.rawValue)") }
        if evaluation.rulebookID != rulebook.id { problems.append("rulebook \(evaluation.rulebookID), expected \(rulebook.id)") }

        let outcomes = evaluation.verdicts.map(\.outcome)
        let expected: Eligibility = outcomes.contains(.fail) ? .notEligible : outcomes.contains(.unknown) ? .incomplete : .eligible
        if evaluation.eligibility != expected {
            problems.append("status \(evaluation.eligibility.rawValue) but verdicts \(outcomes.map(\.rawValue))")
        }

        if let award = rulebook.award(subject.award), award.nominees.contains(subject.nomineeType), award.kinds.contains(subject.kind) {
            let applicable = rulebook.criteria(for: award, type: subject.nomineeType, kind: subject.kind)
                .filter { $0.ifGiven.map(subject.facts.isGiven) ?? true }
            if evaluation.ids != applicable.map(\.id) {
                problems.append("criteria \(evaluation.ids), expected \(applicable.map(\.id))")
            }
            if !subject.nomineeType.hasTaskRating {
                let ratingCriteria = applicable.filter { !Set($0.condition.factsNeeded).isDisjoint(with: ["rating", "ratingHistory"]) }
                if !ratingCriteria.isEmpty { problems.append("rating criteria for a \(subject.nomineeType.rawValue): \(ratingCriteria.map(\.id))") }
            }
        } else {
            if evaluation.eligibility != .notEligible || evaluation.verdicts.isEmpty
                || !evaluation.verdicts.allSatisfy({ Self.outerIDs.contains($0.criterionID) && $0.outcome == .fail }) {
                problems.append("an award it cannot judge gave \(evaluation.eligibility.rawValue) \(evaluation.ids)")
            }
        }

        for verdict in evaluation.verdicts {
            for language in Language.allCases {
                let text = verdict.reason(language)
                if text.isEmpty || text.contains("⟦") || text.range(of: #"\{[0-9]\}"#, options: .regularExpression) != nil {
                    problems.append("\(verdict.criterionID) reason (\(language.rawValue)): \(text)")
                }
            }
        }
        return problems
    }

    @Test(arguments: [UInt64(20_251_231), 7, 1_234_567])
    func randomSingleSubjects(_ seed: UInt64) throws {
        var generator = SubjectGenerator(rng: SplitMix64(seed: seed))
        let sets = try Self.rulebookSets()
        var reported = 0
        var seen: [Eligibility: Int] = [:]
        for index in 0..<2_000 {
            let subject = generator.subject()
            let set = sets[index % sets.count]
            let rulebook = try #require(set.rulebook(forYear: subject.year))
            let evaluation = Evaluator(rulebook: rulebook).evaluate(subject)
            seen[evaluation.eligibility, default: 0] += 1
            #expect(Evaluator(rulebook: rulebook).evaluate(subject) == evaluation)
            let problems = Self.problems(evaluation, subject, rulebook: rulebook)
            if !problems.isEmpty && reported < 5 {
                reported += 1
                Issue.record("seed \(seed) #\(index) \(subject.award) \(subject.nomineeType.rawValue) \(subject.year): \(problems)")
            }
        }
        #expect(reported == 0)
        // The generator reaches every status, not only the award checks.
        #expect(seen[.eligible, default: 0] > 10, "\(seen)")
        #expect(seen[.incomplete, default: 0] > 100, "\(seen)")
        #expect(seen[.notEligible, default: 0] > 100, "\(seen)")
    }

    @Test(arguments: [UInt64(42), 2_026, 98_765])
    func randomRounds(_ seed: UInt64) throws {
        var generator = SubjectGenerator(rng: SplitMix64(seed: seed))
        let sets = try Self.rulebookSets()
        var reported = 0
        var judged = 0
        var seen: [Eligibility: Int] = [:]
        for index in 0..<700 {
            let entries = generator.round()
            let context = generator.context()
            let set = sets[index % sets.count]
            let evaluations = RoundEvaluator(entries: entries, rulebooks: set, context: context).evaluateAll()
            judged += evaluations.count
            for evaluation in evaluations { seen[evaluation.eligibility, default: 0] += 1 }
            #expect(evaluations.count == entries.count)
            #expect(RoundEvaluator(entries: entries, rulebooks: set, context: context).evaluateAll() == evaluations)
            for (position, (entry, evaluation)) in zip(entries, evaluations).enumerated() {
                let rulebook = try #require(set.rulebook(forYear: entry.subject.year))
                var problems = Self.problems(evaluation, entry.subject, rulebook: rulebook)
                // Same nominee, award, kind and year earlier in the round: the later one is a
                // duplicate (ad hoc awards excepted: each is for its own achievement).
                if let nominee = entry.nomineeID, entry.subject.kind != .dotXuat, evaluation.outcome("common.not-duplicated") == .pass,
                   entries[..<position].contains(where: { $0.nomineeID == nominee && $0.subject.award == entry.subject.award
                                                          && $0.subject.kind == entry.subject.kind
                                                          && $0.subject.year == entry.subject.year }) {
                    problems.append("duplicate not caught")
                }
                if !problems.isEmpty && reported < 5 {
                    reported += 1
                    Issue.record("seed \(seed) round \(index) \(entry.id ?? "-") \(entry.subject.award): \(problems)")
                }
            }
        }
        #expect(judged >= 2_000)
        #expect(reported == 0)
        #expect(seen[.eligible, default: 0] > 10, "\(seen)")
        #expect(seen[.incomplete, default: 0] > 100, "\(seen)")
    }

    @Test func theGeneratorIsDeterministic() {
        var a = SubjectGenerator(rng: SplitMix64(seed: 5))
        var b = SubjectGenerator(rng: SplitMix64(seed: 5))
        for _ in 0..<50 { #expect(a.subject() == b.subject()) }
        var c = SubjectGenerator(rng: SplitMix64(seed: 6))
        #expect((0..<10).map { _ in a.subject() } != (0..<10).map { _ in c.subject() })
    }
}
