import Foundation
import Testing
import Commendation

@Suite("Evaluator on the shipped rulebook")
struct EvaluatorTests {
    let evaluator: Evaluator

    init() throws {
        evaluator = Evaluator(rulebook: try Fixtures.shippedRulebook())
    }

    func evaluate(_ award: String, _ type: NomineeType, kind: AwardKind = .congTrang, year: Int = 2025,
                  movement: Bool = false, _ facts: Facts) -> Evaluation {
        evaluator.evaluate(EvaluationSubject(award: award, kind: kind, nomineeType: type, year: year,
                                             hasMovement: movement, facts: facts))
    }

    func verdict(_ evaluation: Evaluation, _ id: String) throws -> CriterionVerdict {
        try #require(evaluation.verdicts.first { $0.criterionID == id }, "no verdict \(id) in \(evaluation.verdicts.map(\.criterionID))")
    }

    static let goodWorker = Facts(rating: .tot, pending: Fixtures.nothingPending, attestations: Attestations(list: ["law-abiding"]))

    // MARK: Lao động tiên tiến

    @Test func ldttEligibleWithGoodRatingLawAbidingAndNothingPending() throws {
        let evaluation = evaluate("lao-dong-tien-tien", .person, Self.goodWorker)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.rulebookID == "vn-2025-07")
        #expect(evaluation.verdicts.map(\.criterionID) == ["ldtt.rating", "ldtt.law-abiding", "ldtt.no-pending"])
        #expect(evaluation.verdicts.allSatisfy { $0.outcome == .pass })
        let rating = try verdict(evaluation, "ldtt.rating")
        #expect(rating.basis == "Luật TĐKT 2022, Điều 24")
        #expect(rating.certainty == .firm)
        #expect(rating.text.vi == "Hoàn thành tốt nhiệm vụ trở lên")
        #expect(rating.reason.vi.contains("Hoàn thành tốt nhiệm vụ"))
    }

    @Test func ldttEligibleWithExcellentRating() {
        var facts = Self.goodWorker
        facts.rating = .xuatSac
        #expect(evaluate("lao-dong-tien-tien", .person, facts).eligibility == .eligible)
    }

    @Test func ratingBelowThresholdFailsAndNamesBoth() throws {
        var facts = Self.goodWorker
        facts.rating = .hoanThanh
        let evaluation = evaluate("lao-dong-tien-tien", .person, facts)
        #expect(evaluation.eligibility == .notEligible)
        let rating = try verdict(evaluation, "ldtt.rating")
        #expect(rating.outcome == .fail)
        #expect(rating.reason.vi.contains("Hoàn thành nhiệm vụ"))
        #expect(rating.reason.vi.contains("Hoàn thành tốt nhiệm vụ"))
        #expect(rating.reason.en.contains("tasks completed"))
        #expect(rating.reason.en.contains("tasks completed well"))
        #expect(try verdict(evaluation, "ldtt.law-abiding").outcome == .pass)
    }

    @Test func notCompletedRatingFails() {
        var facts = Self.goodWorker
        facts.rating = .khongHoanThanh
        #expect(evaluate("lao-dong-tien-tien", .person, facts).eligibility == .notEligible)
    }

    @Test func missingRatingIsUnknownAndNamesTheYear() throws {
        var facts = Self.goodWorker
        facts.rating = nil
        let evaluation = evaluate("lao-dong-tien-tien", .person, year: 2025, facts)
        #expect(evaluation.eligibility == .incomplete)
        let rating = try verdict(evaluation, "ldtt.rating")
        #expect(rating.outcome == .unknown)
        #expect(rating.reason.vi.contains("2025"))
        #expect(rating.reason.vi.contains("Hoàn thành tốt nhiệm vụ"))
        #expect(rating.reason.en.contains("2025"))
        #expect(!rating.reason.vi.contains("{"))
    }

    @Test func disciplineUnderWayFails() throws {
        var facts = Self.goodWorker
        facts.pending = PendingMatters(discipline: true, investigation: false, complaint: false)
        let evaluation = evaluate("lao-dong-tien-tien", .person, facts)
        #expect(evaluation.eligibility == .notEligible)
        let pending = try verdict(evaluation, "ldtt.no-pending")
        #expect(pending.outcome == .fail)
        #expect(pending.reason.vi.contains("xem xét kỷ luật"))
        #expect(pending.reason.en.contains("discipline review"))
    }

    @Test func matterUnderWayFailsEvenWhenOthersAreUnknown() throws {
        var facts = Self.goodWorker
        facts.pending = PendingMatters(complaint: true)
        let evaluation = evaluate("lao-dong-tien-tien", .person, facts)
        #expect(evaluation.eligibility == .notEligible)
        #expect(try verdict(evaluation, "ldtt.no-pending").outcome == .fail)
    }

    @Test func partiallyKnownPendingIsUnknownAndNamesWhatIsOpen() throws {
        var facts = Self.goodWorker
        facts.pending = PendingMatters(discipline: false)
        let evaluation = evaluate("lao-dong-tien-tien", .person, facts)
        #expect(evaluation.eligibility == .incomplete)
        let pending = try verdict(evaluation, "ldtt.no-pending")
        #expect(pending.outcome == .unknown)
        #expect(pending.reason.vi.contains("điều tra, thanh tra, kiểm tra"))
        #expect(pending.reason.vi.contains("xác minh khiếu nại, tố cáo"))
        #expect(!pending.reason.vi.contains("xem xét kỷ luật"))
    }

    @Test func absentPendingIsUnknown() throws {
        var facts = Self.goodWorker
        facts.pending = nil
        let evaluation = evaluate("lao-dong-tien-tien", .person, facts)
        #expect(evaluation.eligibility == .incomplete)
        #expect(try verdict(evaluation, "ldtt.no-pending").outcome == .unknown)
    }

    @Test func notAttestedLawAbidingFailsButUnansweredIsUnknown() throws {
        var facts = Self.goodWorker
        facts.attestations = Attestations(list: [])
        #expect(evaluate("lao-dong-tien-tien", .person, facts).eligibility == .notEligible)
        facts.attestations = Attestations(answers: ["united": true])
        let open = evaluate("lao-dong-tien-tien", .person, facts)
        #expect(open.eligibility == .incomplete)
        let verdict = try verdict(open, "ldtt.law-abiding")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.contains("Chấp hành tốt chủ trương, chính sách, pháp luật"))
    }

    @Test func failBeatsUnknown() {
        let facts = Facts(rating: .hoanThanh, pending: nil, attestations: nil)
        #expect(evaluate("lao-dong-tien-tien", .person, facts).eligibility == .notEligible)
    }

    @Test func nothingKnownIsIncomplete() throws {
        let evaluation = evaluate("lao-dong-tien-tien", .person, Facts())
        #expect(evaluation.eligibility == .incomplete)
        #expect(evaluation.verdicts.count == 3)
        #expect(evaluation.verdicts.allSatisfy { $0.outcome == .unknown })
    }

    @Test func englishReasonsAreEnglish() throws {
        var facts = Self.goodWorker
        facts.rating = .hoanThanh
        let evaluation = evaluate("lao-dong-tien-tien", .person, facts)
        let rating = try verdict(evaluation, "ldtt.rating")
        #expect(rating.reason.en.contains("Rating:"))
        #expect(!rating.reason.en.contains("Xếp loại"))
        #expect(rating.reason.vi.contains("Xếp loại:"))
        #expect(rating.reason(.en) == rating.reason.en)
        #expect(rating.reason(.vi) == rating.reason.vi)
        let pass = try verdict(evaluate("lao-dong-tien-tien", .person, Self.goodWorker), "ldtt.no-pending")
        #expect(pass.reason.en == "No discipline review, investigation or complaint under way")
    }

    @Test func evaluationIsDeterministic() {
        let a = evaluate("giay-khen", .collective, Facts(rating: .tot, attestations: Attestations(answers: ["united": true])))
        let b = evaluate("giay-khen", .collective, Facts(rating: .tot, attestations: Attestations(answers: ["united": true])))
        #expect(a == b)
    }

    // MARK: Giấy khen

    @Test func giayKhenPersonWithoutAnyAchievementFails() throws {
        let evaluation = evaluate("giay-khen", .person, Self.goodWorker)
        #expect(evaluation.eligibility == .notEligible)
        let achievement = try verdict(evaluation, "gk.achievement")
        #expect(achievement.outcome == .fail)
        #expect(achievement.reason.vi.hasPrefix("Không đạt điều kiện nào trong"))
        #expect(achievement.reason.vi.contains("Có thành tích được ghi nhận trong phong trào thi đua"))
        #expect(achievement.reason.en.hasPrefix("None of the alternatives holds"))
        #expect(try verdict(evaluation, "gk.rating").outcome == .pass)
        #expect(try verdict(evaluation, "gk.law-abiding").outcome == .pass)
    }

    @Test(arguments: ["achievement-in-movement", "outstanding-achievement"])
    func giayKhenPersonWithOneAchievementIsEligible(_ code: String) throws {
        var facts = Self.goodWorker
        facts.attestations = Attestations(list: ["law-abiding", code])
        let evaluation = evaluate("giay-khen", .person, facts)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.verdicts.map(\.criterionID) == ["gk.law-abiding", "gk.rating", "gk.achievement", "gk.no-pending"])
    }

    @Test func giayKhenPersonWithoutAttestationsIsIncomplete() throws {
        let facts = Facts(rating: .tot, pending: Fixtures.nothingPending)
        let evaluation = evaluate("giay-khen", .person, facts)
        #expect(evaluation.eligibility == .incomplete)
        #expect(try verdict(evaluation, "gk.law-abiding").outcome == .unknown)
        let achievement = try verdict(evaluation, "gk.achievement")
        #expect(achievement.outcome == .unknown)
        #expect(achievement.reason.vi.hasPrefix("Chưa đủ thông tin để xét"))
    }

    @Test func anyOfWithOneNoAndOneOpenIsUnknown() throws {
        var facts = Self.goodWorker
        facts.attestations = Attestations(answers: ["law-abiding": true, "achievement-in-movement": false])
        let evaluation = evaluate("giay-khen", .person, facts)
        #expect(evaluation.eligibility == .incomplete)
        #expect(try verdict(evaluation, "gk.achievement").outcome == .unknown)
    }

    @Test func anyOfWithOneYesAndOneOpenPasses() throws {
        var facts = Self.goodWorker
        facts.attestations = Attestations(answers: ["law-abiding": true, "outstanding-achievement": true])
        let evaluation = evaluate("giay-khen", .person, facts)
        #expect(evaluation.eligibility == .eligible)
        #expect(try verdict(evaluation, "gk.achievement").outcome == .pass)
    }

    @Test func giayKhenHouseholdWithContributionIsEligibleWithoutRatingCriteria() throws {
        let facts = Facts(attestations: Attestations(list: ["contribution"]))
        let evaluation = evaluate("giay-khen", .household, facts)
        #expect(evaluation.eligibility == .eligible)
        #expect(!evaluation.verdicts.isEmpty)
        #expect(!evaluation.verdicts.contains { $0.criterionID.contains("rating") })
        #expect(try verdict(evaluation, "gk.household").outcome == .pass)
    }

    @Test func giayKhenHouseholdWithoutContributionOrAchievementFails() throws {
        let evaluation = evaluate("giay-khen", .household, Facts(attestations: Attestations(list: ["family-law"])))
        #expect(evaluation.eligibility == .notEligible)
        #expect(try verdict(evaluation, "gk.household").outcome == .fail)
    }

    @Test func giayKhenCollectiveNeedsUnited() throws {
        let base = Facts(rating: .tot, pending: Fixtures.nothingPending,
                         attestations: Attestations(list: ["law-abiding", "achievement-in-movement"]))
        let without = evaluate("giay-khen", .collective, base)
        #expect(without.eligibility == .notEligible)
        let united = try verdict(without, "gk.united")
        #expect(united.outcome == .fail)
        #expect(united.reason.vi.contains("Nội bộ đoàn kết"))

        var with = base
        with.attestations = Attestations(list: ["law-abiding", "achievement-in-movement", "united"])
        let evaluation = evaluate("giay-khen", .collective, with)
        #expect(evaluation.eligibility == .eligible)
        #expect(try verdict(evaluation, "gk.united").outcome == .pass)
    }

    @Test func unitedDoesNotApplyToPersons() {
        let facts = Facts(rating: .tot, pending: Fixtures.nothingPending,
                          attestations: Attestations(list: ["law-abiding", "achievement-in-movement"]))
        let evaluation = evaluate("giay-khen", .person, facts)
        #expect(!evaluation.verdicts.contains { $0.criterionID == "gk.united" })
    }

    @Test func thematicGiayKhenNeedsAMovement() throws {
        let facts = Facts(rating: .tot, pending: Fixtures.nothingPending,
                          attestations: Attestations(list: ["law-abiding", "achievement-in-movement"]))
        let without = evaluate("giay-khen", .person, kind: .chuyenDe, movement: false, facts)
        #expect(without.eligibility == .notEligible)
        let missing = try verdict(without, "gk.movement")
        #expect(missing.outcome == .fail)
        #expect(missing.reason.vi == "Khen thưởng chuyên đề phải gắn với một phong trào thi đua")

        let with = evaluate("giay-khen", .person, kind: .chuyenDe, movement: true, facts)
        #expect(try verdict(with, "gk.movement").outcome == .pass)
        #expect(with.eligibility == .eligible)
    }

    @Test func movementCriterionOnlyForThematicKind() {
        let facts = Facts(rating: .tot, pending: Fixtures.nothingPending,
                          attestations: Attestations(list: ["law-abiding", "achievement-in-movement"]))
        let yearly = evaluate("giay-khen", .person, kind: .congTrang, movement: false, facts)
        #expect(!yearly.verdicts.contains { $0.criterionID == "gk.movement" })
        #expect(yearly.eligibility == .eligible)
        let adHoc = evaluate("giay-khen", .person, kind: .dotXuat, movement: false, facts)
        #expect(!adHoc.verdicts.contains { $0.criterionID == "gk.movement" })
    }

    // MARK: Awards without criteria, unknown awards

    @Test(arguments: ["gia-dinh-van-hoa", "chien-si-thi-dua-co-so", "tap-the-lao-dong-tien-tien", "bang-khen-tinh"])
    func awardWithoutCriteriaIsNotAssessed(_ code: String) {
        let type: NomineeType = code == "gia-dinh-van-hoa" ? .household
            : code == "tap-the-lao-dong-tien-tien" ? .collective : .person
        let evaluation = evaluate(code, type, Self.goodWorker)
        #expect(evaluation.eligibility == .notAssessed)
        #expect(evaluation.verdicts.isEmpty)
        #expect(evaluation.rulebookID == "vn-2025-07")
    }

    @Test func unknownAwardIsNotEligibleAndNamesTheCode() throws {
        let evaluation = evaluate("huan-chuong-lao-dong", .person, Self.goodWorker)
        #expect(evaluation.eligibility == .notEligible)
        let only = try #require(evaluation.verdicts.first)
        #expect(evaluation.verdicts.count == 1)
        #expect(only.outcome == .fail)
        #expect(only.reason.vi.contains("huan-chuong-lao-dong"))
        #expect(only.reason.en.contains("huan-chuong-lao-dong"))
        #expect(only.reason.en.hasPrefix("Award code"))
    }

    // MARK: Subjects

    @Test func subjectFromANomination() {
        let nomination = Nomination(id: "2025-GK-0001", year: 2025, award: "giay-khen", kind: .chuyenDe,
                                    nomineeID: "P-0001", movementID: "M-01", facts: Self.goodWorker)
        let subject = EvaluationSubject(nomination, nomineeType: .person)
        #expect(subject.hasMovement)
        #expect(subject.year == 2025)
        #expect(subject.award == "giay-khen")
        #expect(subject.kind == .chuyenDe)
        #expect(subject.nomineeType == .person)
        #expect(subject.facts == Self.goodWorker)
        var plain = nomination
        plain.movementID = nil
        #expect(!EvaluationSubject(plain, nomineeType: .person).hasMovement)
    }
}

@Suite("Evaluator on synthetic rulebooks")
struct SyntheticEvaluatorTests {
    static func evaluate(_ condition: String, _ facts: Facts, movement: Bool = false, messages: String = "{}") throws -> Evaluation {
        let rulebook = try Fixtures.rulebook(condition: condition, messages: messages)
        return Evaluator(rulebook: rulebook).evaluate(
            EvaluationSubject(award: "x", kind: .congTrang, nomineeType: .person, year: 2025, hasMovement: movement, facts: facts))
    }

    @Test func allOfPassesOnlyWhenAllPass() throws {
        let condition = #"{"allOf": [{"rating": {"atLeast": "tot"}}, {"attested": "a"}]}"#
        #expect(try Self.evaluate(condition, Facts(rating: .tot, attestations: Attestations(list: ["a"]))).eligibility == .eligible)
        #expect(try Self.evaluate(condition, Facts(rating: .hoanThanh, attestations: Attestations(list: ["a"]))).eligibility == .notEligible)
        #expect(try Self.evaluate(condition, Facts(rating: .tot)).eligibility == .incomplete)
        #expect(try Self.evaluate(condition, Facts(rating: .hoanThanh)).eligibility == .notEligible)
    }

    @Test func anyOfFailsOnlyWhenAllFail() throws {
        let condition = #"{"anyOf": [{"rating": {"atLeast": "xuat-sac"}}, {"movementGiven": true}]}"#
        #expect(try Self.evaluate(condition, Facts(rating: .tot), movement: false).eligibility == .notEligible)
        #expect(try Self.evaluate(condition, Facts(rating: .tot), movement: true).eligibility == .eligible)
        #expect(try Self.evaluate(condition, Facts(rating: .xuatSac), movement: false).eligibility == .eligible)
        #expect(try Self.evaluate(condition, Facts(), movement: false).eligibility == .incomplete)
    }

    @Test func missingTemplateShowsItsKeyAndLabelsFallBackToCodes() throws {
        let evaluation = try Self.evaluate(#"{"attested": "secret-code"}"#, Facts(attestations: Attestations(list: [])))
        let verdict = try #require(evaluation.verdicts.first)
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.contains("attested.fail"))
        #expect(verdict.certainty == .check)
        #expect(verdict.basis == "test")
        #expect(evaluation.rulebookID == "test")
    }

    @Test func templatesAreFilledInBothLanguages() throws {
        let messages = #"{"attested.pass": {"vi": "Có: {0}", "en": "Yes: {0}"}}"#
        let evaluation = try Self.evaluate(#"{"attested": "a"}"#, Facts(attestations: Attestations(list: ["a"])), messages: messages)
        let verdict = try #require(evaluation.verdicts.first)
        #expect(verdict.reason.vi == "Có: a")
        #expect(verdict.reason.en == "Yes: a")
    }

    @Test func awardWithoutCriteriaKeyIsNotAssessed() throws {
        let rulebook = try Fixtures.rulebook()
        let evaluation = Evaluator(rulebook: rulebook).evaluate(
            EvaluationSubject(award: "x", kind: .congTrang, nomineeType: .person, year: 2025, hasMovement: false, facts: Facts()))
        #expect(evaluation.eligibility == .notAssessed)
    }
}
