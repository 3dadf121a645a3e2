import Foundation
import Testing
import Commendation

/// Lao động tiên tiến and Chiến sĩ tiên tiến (Luật TĐKT 2022, art. 24) on vn-2025-07.
@Suite("Lao động tiên tiến / Chiến sĩ tiên tiến")
struct LaoDongTienTienTests {
    let judge: Judge
    init() throws { judge = try Judge.national() }

    /// The two titles judged by the same criteria, with their criterion prefixes.
    static let titles: [(award: String, prefix: String)] = [("lao-dong-tien-tien", "ldtt"), ("chien-si-tien-tien", "cstt")]
    static let awards = titles.map(\.award)

    static func prefix(_ award: String) -> String { titles.first { $0.award == award }?.prefix ?? "?" }

    @Test(arguments: awards)
    func completeCaseIsEligible(_ award: String) throws {
        let evaluation = judge.evaluate(award, .person, Eligible.ldtt)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.rulebookID == "vn-2025-07")
        let p = Self.prefix(award)
        #expect(evaluation.ids == ["\(p).performance", "\(p).spirit", "common.no-pending", "common.not-duplicated"])
        #expect(evaluation.verdicts.allSatisfy { $0.outcome == .pass })
        let performance = try evaluation.verdict("\(p).performance")
        #expect(performance.basis.hasPrefix("Luật TĐKT 2022, Điều 24"))
        #expect(performance.certainty == .firm)
        #expect(performance.origin == .national)
        #expect(performance.reason.vi == "Xếp loại năm 2025: Hoàn thành tốt nhiệm vụ; đạt mức “Hoàn thành tốt nhiệm vụ” trở lên")
        #expect(performance.reason.en == "Rating for 2025: tasks completed well; meets “tasks completed well” or better")
    }

    /// Luật TĐKT 2022, Điều 24 khoản 1 điểm b, an attestation of its own for those with a rating.
    @Test(arguments: awards)
    func theSpiritOfTheMovementIsAttested(_ award: String) throws {
        let id = "\(Self.prefix(award)).spirit"
        var facts = Eligible.ldtt
        facts.attestations = Attestations(list: [])
        let missing = judge.evaluate(award, .person, facts)
        #expect(missing.eligibility == .notEligible)
        #expect(try missing.verdict(id).reason.vi
                == "Không được xác nhận: Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua")
        facts.attestations = nil
        #expect(judge.evaluate(award, .person, facts).outcome(id) == .unknown)
        if award == "lao-dong-tien-tien" {
            #expect(try missing.verdict(id).basis == "Luật TĐKT 2022, Điều 24 khoản 1 điểm b")
            #expect(try missing.verdict(id).certainty == .firm)
        }
        // Workers without a rating attest productive work and the law instead.
        let worker = Facts(pending: Fixtures.nothingPending, attestations: Attestations(list: ["productive-worker", "law-abiding"]))
        #expect(judge.evaluate(award, .person, worker).outcome(id) == nil)
    }

    @Test(arguments: awards, [TaskRating.xuatSac, .tot])
    func ratingGoodOrBetterPasses(_ award: String, _ rating: TaskRating) throws {
        var facts = Eligible.ldtt
        facts.rating = rating
        let evaluation = judge.evaluate(award, .person, facts)
        #expect(evaluation.eligibility == .eligible)
        let verdict = try evaluation.verdict("\(Self.prefix(award)).performance")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi.contains("đạt mức “Hoàn thành tốt nhiệm vụ” trở lên"))
    }

    @Test(arguments: awards, [(TaskRating.hoanThanh, "Hoàn thành nhiệm vụ"), (.khongHoanThanh, "Không hoàn thành nhiệm vụ")])
    func ratingBelowGoodFailsNamingRatingAndThreshold(_ award: String, _ rating: (TaskRating, String)) throws {
        var facts = Eligible.ldtt
        facts.rating = rating.0
        let evaluation = judge.evaluate(award, .person, facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("\(Self.prefix(award)).performance")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Xếp loại năm 2025: \(rating.1); cần “Hoàn thành tốt nhiệm vụ” trở lên")
        #expect(try evaluation.verdict("common.no-pending").outcome == .pass)
    }

    @Test(arguments: awards)
    func ratedNomineeNeedsOnlyTheSpiritAttested(_ award: String) throws {
        var facts = Eligible.ldtt
        facts.attestations = Attestations(list: ["emulation-spirit"])
        #expect(judge.evaluate(award, .person, facts).eligibility == .eligible)
    }

    @Test(arguments: awards)
    func unratedWorkerPassesOnProductiveWorkAndLawAbiding(_ award: String) throws {
        let facts = Facts(pending: Fixtures.nothingPending, attestations: Attestations(list: ["productive-worker", "law-abiding"]))
        let evaluation = judge.evaluate(award, .person, facts)
        #expect(evaluation.eligibility == .eligible)
        let verdict = try evaluation.verdict("\(Self.prefix(award)).performance")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi.contains("Lao động sản xuất có hiệu quả, tích cực tham gia phong trào thi đua"))
        #expect(verdict.reason.vi.contains("Chấp hành tốt chủ trương, chính sách, pháp luật"))
    }

    /// With no rating the nominee may still be a civil servant whose rating is not in yet:
    /// a refused worker's attestation leaves the criterion unknown ("one of" with one
    /// alternative failed and one unknown), and the reason asks for the rating.
    @Test(arguments: awards)
    func unratedWorkerWhoseAttestationIsRefusedIsUnknownUntilRated(_ award: String) throws {
        let facts = Facts(pending: Fixtures.nothingPending,
                          attestations: Attestations(answers: ["productive-worker": true, "law-abiding": false]))
        let evaluation = judge.evaluate(award, .person, facts)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("\(Self.prefix(award)).performance")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.contains("Chưa có xếp loại nhiệm vụ năm 2025; cần “Hoàn thành tốt nhiệm vụ” trở lên"), "\(verdict.reason.vi)")
        var rated = facts
        rated.rating = .hoanThanh
        #expect(judge.evaluate(award, .person, rated).outcome("\(Self.prefix(award)).performance") == .fail)
    }

    @Test(arguments: awards)
    func nothingKnownAboutPerformanceIsUnknown(_ award: String) throws {
        let facts = Facts(pending: Fixtures.nothingPending)
        let evaluation = judge.evaluate(award, .person, facts)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("\(Self.prefix(award)).performance")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.hasPrefix("Chưa"))
    }

    /// The spec: a missing key is unknown. With no rating the reason must say the rating is
    /// missing and what it must reach, not only ask for the workers' attestation.
    @Test(arguments: awards)
    func unknownPerformanceNamesTheMissingRating(_ award: String) throws {
        let evaluation = judge.evaluate(award, .person, Facts(pending: Fixtures.nothingPending))
        let verdict = try evaluation.verdict("\(Self.prefix(award)).performance")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.contains("xếp loại"), "reason: \(verdict.reason.vi)")
        #expect(verdict.reason.vi.contains("Hoàn thành tốt nhiệm vụ"), "reason: \(verdict.reason.vi)")
    }

    /// "One of" (rated tốt or better / productive worker and law-abiding) with the rating
    /// missing and the worker's attestation absent from the list: one alternative fails, the
    /// other is unknown, so the criterion is unknown (NOMINATION-FORMAT, "How facts become
    /// verdicts"), not failed: the nominee may be a civil servant whose rating is not in yet.
    @Test(arguments: awards)
    func missingRatingWithAttestationListIsUnknownNotFailed(_ award: String) throws {
        let facts = Facts(pending: Fixtures.nothingPending, attestations: Attestations(list: ["law-abiding"]))
        let evaluation = judge.evaluate(award, .person, facts)
        #expect(try evaluation.verdict("\(Self.prefix(award)).performance").outcome == .unknown)
        #expect(evaluation.eligibility == .incomplete)
    }

    @Test(arguments: awards)
    func monthsWorkedIsOffByDefault(_ award: String) {
        var facts = Eligible.ldtt
        facts.monthsWorked = 3
        let evaluation = judge.evaluate(award, .person, facts)
        #expect(evaluation.outcome("\(Self.prefix(award)).months-worked") == nil)
        #expect(evaluation.eligibility == .eligible)
    }

    @Test(arguments: awards)
    func shippedMonthsRuleIsAdjustableTenMonthsAndSwitchedOff(_ award: String) throws {
        let rulebook = judge.rulebook
        let criterion = try #require(rulebook.award(award)?.criteria?.first { $0.id == "\(Self.prefix(award)).months-worked" })
        #expect(criterion.adjustable == Adjustment(enabled: false, value: 10, unit: "months"))
        #expect(criterion.certainty == .check)
        #expect(criterion.condition == .monthsWorked(atLeast: .parameter))
        #expect(!criterion.isEnabled)
    }

    @Test(arguments: awards)
    func onlyForPersonsAndYearlyMerit(_ award: String) throws {
        let collective = judge.evaluate(award, .collective, Eligible.ldtt)
        #expect(collective.eligibility == .notEligible)
        #expect(try collective.verdict("award.nominee").outcome == .fail)
        #expect(try collective.verdict("award.nominee").reason.vi.contains("Tập thể"))
        let adHoc = judge.evaluate(award, .person, kind: .dotXuat, Eligible.ldtt)
        #expect(adHoc.eligibility == .notEligible)
        #expect(try adHoc.verdict("award.kind").reason.vi.contains("Đột xuất"))
    }
}
