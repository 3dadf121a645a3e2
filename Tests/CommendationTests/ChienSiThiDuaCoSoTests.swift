import Foundation
import Testing
import Commendation

/// Chiến sĩ thi đua cơ sở (Luật TĐKT 2022, art. 23) judged alone on vn-2025-07; the round
/// (an LĐTT nominated alongside) is in RoundEvaluatorTests.
@Suite("Chiến sĩ thi đua cơ sở")
struct ChienSiThiDuaCoSoTests {
    let judge: Judge
    init() throws { judge = try Judge.national() }

    func evaluate(_ facts: Facts, year: Int = 2025) -> Evaluation {
        judge.evaluate("chien-si-thi-dua-co-so", .person, year: year, facts)
    }

    @Test func completeCaseIsEligible() throws {
        let evaluation = evaluate(Eligible.cstdcs)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.ids == ["cstdcs.holds-ldtt", "cstdcs.achievement", "common.no-pending", "common.not-duplicated"])
        #expect(evaluation.verdicts.allSatisfy { $0.outcome == .pass })
        #expect(try evaluation.verdict("cstdcs.holds-ldtt").basis == "Luật TĐKT 2022, Điều 23")
    }

    // MARK: cstdcs.holds-ldtt

    @Test(arguments: ["lao-dong-tien-tien", "chien-si-tien-tien"])
    func holdsLDTTOrCSTTOfTheYearFromHistoryPasses(_ held: String) throws {
        var facts = Eligible.cstdcs
        facts.history = [Fixtures.held(held, 2025)]
        let evaluation = evaluate(facts)
        #expect(evaluation.eligibility == .eligible)
        let verdict = try evaluation.verdict("cstdcs.holds-ldtt")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Đã đạt Lao động tiên tiến / Chiến sĩ tiên tiến năm 2025")
    }

    @Test func ldttOfAnotherYearFails() throws {
        var facts = Eligible.cstdcs
        facts.history = [Fixtures.held("lao-dong-tien-tien", 2024), Fixtures.held("giay-khen", 2025)]
        let evaluation = evaluate(facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("cstdcs.holds-ldtt")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.hasPrefix("Chưa có Lao động tiên tiến / Chiến sĩ tiên tiến năm 2025"))
    }

    @Test func emptyHistoryIsAFactAndFails() throws {
        var facts = Eligible.cstdcs
        facts.history = []
        #expect(try evaluate(facts).verdict("cstdcs.holds-ldtt").outcome == .fail)
    }

    @Test func missingHistoryIsUnknown() throws {
        var facts = Eligible.cstdcs
        facts.history = nil
        let evaluation = evaluate(facts)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("cstdcs.holds-ldtt")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi == "Chưa rõ đã đạt Lao động tiên tiến / Chiến sĩ tiên tiến năm 2025: chưa có quá trình khen thưởng")
    }

    // MARK: cstdcs.achievement

    @Test func excellentRatingIsEnough() throws {
        let verdict = try evaluate(Eligible.cstdcs).verdict("cstdcs.achievement")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Xếp loại năm 2025: Hoàn thành xuất sắc nhiệm vụ; đạt mức “Hoàn thành xuất sắc nhiệm vụ” trở lên")
    }

    @Test(arguments: ["co-so", "tinh", "toan-quoc"])
    func anInitiativeOfTheYearAtCoSoLevelOrAboveIsEnough(_ level: String) throws {
        var facts = Eligible.cstdcs
        facts.rating = .tot
        facts.initiatives = [Initiative(id: "SK-2025-07", level: level, year: 2025)]
        let evaluation = evaluate(facts)
        #expect(evaluation.eligibility == .eligible)
        let verdict = try evaluation.verdict("cstdcs.achievement")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Có 1 sáng kiến từ cấp cơ sở trở lên trong năm 2025 (SK-2025-07); cần ít nhất 1")
    }

    @Test func anAcceptedResearchProjectOfTheYearIsEnough() throws {
        var facts = Eligible.cstdcs
        facts.rating = .tot
        facts.research = [ResearchProject(id: "DT-2025-01", level: "co-so", year: 2025, accepted: true)]
        let verdict = try evaluate(facts).verdict("cstdcs.achievement")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi.contains("DT-2025-01"))
        #expect(verdict.reason.vi.contains("đề tài nghiên cứu được nghiệm thu"))
    }

    @Test func goodRatingWithoutInnovationsFailsNamingEveryAlternative() throws {
        var facts = Eligible.cstdcs
        facts.rating = .tot
        let evaluation = evaluate(facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("cstdcs.achievement")
        #expect(verdict.outcome == .fail)
        let vi = verdict.reason.vi
        #expect(vi.hasPrefix("Không đạt điều kiện nào trong: "))
        #expect(vi.contains("Xếp loại năm 2025: Hoàn thành tốt nhiệm vụ; cần “Hoàn thành xuất sắc nhiệm vụ” trở lên"))
        #expect(vi.contains("Có 0 sáng kiến từ cấp cơ sở trở lên chưa dùng cho danh hiệu khác trong năm 2025; cần ít nhất 1"))
        #expect(vi.contains("Có 0 đề tài nghiên cứu được nghiệm thu từ cấp cơ sở trở lên chưa dùng cho danh hiệu khác trong năm 2025; cần ít nhất 1"))
    }

    @Test func innovationsOfAnotherYearOrNotAcceptedDoNotCount() throws {
        var facts = Eligible.cstdcs
        facts.rating = .tot
        facts.initiatives = [Initiative(id: "SK-2024", level: "tinh", year: 2024), Initiative(id: "SK-2026", level: "co-so", year: 2026)]
        facts.research = [ResearchProject(id: "DT-X", level: "co-so", year: 2025, accepted: false)]
        #expect(try evaluate(facts).verdict("cstdcs.achievement").outcome == .fail)
    }

    @Test func initiativeAlreadyUsedForAnotherAwardDoesNotCount() throws {
        var facts = Eligible.cstdcs
        facts.rating = .tot
        facts.initiatives = [Initiative(id: "SK-9", level: "co-so", year: 2025, usedFor: "bang-khen-tinh")]
        let verdict = try evaluate(facts).verdict("cstdcs.achievement")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.contains("SK-9 đã dùng cho Bằng khen tỉnh"))
    }

    @Test func nothingKnownIsUnknown() throws {
        var facts = Eligible.cstdcs
        facts.rating = nil
        facts.initiatives = nil
        facts.research = nil
        let evaluation = evaluate(facts)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("cstdcs.achievement")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.hasPrefix("Chưa đủ thông tin để xét: "))
        #expect(verdict.reason.vi.contains("Chưa có xếp loại nhiệm vụ năm 2025; cần “Hoàn thành xuất sắc nhiệm vụ” trở lên"))
        #expect(verdict.reason.vi.contains("sáng kiến"))
    }

    @Test func researchWhoseAcceptanceIsNotKnownIsUnknown() throws {
        var facts = Eligible.cstdcs
        facts.rating = .tot
        facts.research = [ResearchProject(id: "DT-1", level: "co-so", year: 2025)]
        #expect(try evaluate(facts).verdict("cstdcs.achievement").outcome == .unknown)
    }

    @Test func initiativeWithoutAYearIsUnknown() throws {
        var facts = Eligible.cstdcs
        facts.rating = .tot
        facts.initiatives = [Initiative(id: "SK-?", level: "co-so")]
        #expect(try evaluate(facts).verdict("cstdcs.achievement").outcome == .unknown)
    }

    // MARK: cstdcs.quota (council option)

    @Test func quotaIsOffByDefault() throws {
        let criterion = try #require(judge.rulebook.award("chien-si-thi-dua-co-so")?.criteria?.first { $0.id == "cstdcs.quota" })
        #expect(criterion.adjustable == Adjustment(enabled: false, value: 15, unit: "percent"))
        #expect(evaluate(Eligible.cstdcs).outcome("cstdcs.quota") == nil)
    }

    @Test func theCouncilBallotIsNotACriterion() {
        let ids = judge.rulebook.award("chien-si-thi-dua-co-so")?.criteria?.map(\.id) ?? []
        #expect(!ids.contains { $0.contains("ballot") || $0.contains("vote") })
        #expect(ids.count == 3)
    }
}
