import Foundation
import Testing
import Commendation

/// The principles for every award (NĐ 152/2025 art. 4; Luật TĐKT 2022 art. 5): nothing
/// pending, discipline served, no duplicate.
@Suite("Common criteria")
struct CommonCriteriaTests {
    let judge: Judge
    init() throws { judge = try Judge.national() }

    func ldtt(_ facts: Facts, year: Int = 2025) -> Evaluation { judge.evaluate("lao-dong-tien-tien", .person, year: year, facts) }

    @Test func commonCriteriaOfTheShippedRulebook() throws {
        let common = judge.rulebook.commonCriteria
        #expect(common.map(\.id) == ["common.no-pending", "common.discipline-served", "common.not-duplicated"])
        #expect(common[0].appliesTo == [.person, .collective])
        #expect(common[1].appliesTo == [.person, .collective])
        #expect(common[1].kinds == [.congTrang])
        #expect(common[1].ifGiven == "discipline")
        #expect(common[2].appliesTo == nil)
        #expect(common[0].basis == "NĐ 152/2025/NĐ-CP, Điều 4")
        #expect(common[2].basis == "Luật TĐKT 2022, Điều 5")
    }

    // MARK: common.no-pending

    @Test func nothingPendingPasses() throws {
        let verdict = try ldtt(Eligible.ldtt).verdict("common.no-pending")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Không đang bị xem xét kỷ luật, điều tra hay xác minh khiếu nại")
    }

    @Test(arguments: [(PendingMatters(discipline: true, investigation: false, complaint: false), "xem xét kỷ luật"),
                      (PendingMatters(discipline: false, investigation: true, complaint: false), "điều tra, thanh tra, kiểm tra"),
                      (PendingMatters(discipline: false, investigation: false, complaint: true), "xác minh khiếu nại, tố cáo"),
                      (PendingMatters(complaint: true), "xác minh khiếu nại, tố cáo")])
    func aMatterUnderWayFails(_ row: (PendingMatters, String)) throws {
        var facts = Eligible.ldtt
        facts.pending = row.0
        let evaluation = ldtt(facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("common.no-pending")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Đang \(row.1): chưa được khen thưởng cho đến khi có kết luận")
    }

    @Test func partlyCheckedIsUnknownAndNamesWhatIsOpen() throws {
        var facts = Eligible.ldtt
        facts.pending = PendingMatters(discipline: false)
        let evaluation = ldtt(facts)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("common.no-pending")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi == "Chưa kiểm tra: điều tra, thanh tra, kiểm tra, xác minh khiếu nại, tố cáo")
    }

    @Test func notCheckedIsUnknown() throws {
        var facts = Eligible.ldtt
        facts.pending = nil
        let evaluation = ldtt(facts)
        #expect(evaluation.eligibility == .incomplete)
        #expect(try evaluation.verdict("common.no-pending").reason.vi
                == "Chưa kiểm tra việc đang bị xem xét kỷ luật, điều tra, khiếu nại")
    }

    @Test func collectivesAreCheckedToo() throws {
        var facts = Eligible.ttldtt
        facts.pending = PendingMatters(discipline: false, investigation: true, complaint: false)
        let evaluation = judge.evaluate("tap-the-lao-dong-tien-tien", .collective, facts)
        #expect(evaluation.eligibility == .notEligible)
        #expect(try evaluation.verdict("common.no-pending").outcome == .fail)
    }

    // MARK: common.discipline-served

    func discipline(_ records: [DisciplineRecord], year: Int = 2025) throws -> CriterionVerdict {
        var facts = Eligible.ldtt
        facts.discipline = records
        return try ldtt(facts, year: year).verdict("common.discipline-served")
    }

    @Test func noDisciplineKeyMeansTheCriterionIsNotJudged() {
        let evaluation = ldtt(Eligible.ldtt)
        #expect(evaluation.outcome("common.discipline-served") == nil)
        #expect(evaluation.eligibility == .eligible)
    }

    @Test func emptyDisciplineListPasses() throws {
        let verdict = try discipline([])
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Không có kỷ luật")
    }

    @Test func endedOnTheFirstOfJanuaryPasses() throws {
        let verdict = try discipline([DisciplineRecord(level: "khien-trach", decided: Fixtures.date(2024, 1, 2), until: Fixtures.date(2025, 1, 1))])
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Các hình thức kỷ luật đã chấp hành xong trước năm 2025")
    }

    @Test func endedOnTheSecondOfJanuaryFails() throws {
        var facts = Eligible.ldtt
        facts.discipline = [DisciplineRecord(level: "khien-trach", decided: Fixtures.date(2024, 1, 2), until: Fixtures.date(2025, 1, 2))]
        let evaluation = ldtt(facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("common.discipline-served")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Kỷ luật khiển trách đến 02/01/2025: thành tích chỉ tính từ ngày đó, không đủ cả năm 2025")
    }

    @Test func measureWithoutAnEndFails() throws {
        let verdict = try discipline([DisciplineRecord(level: "canh-cao", decided: Fixtures.date(2024, 5, 2))])
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.hasPrefix("Đang chịu kỷ luật cảnh cáo (quyết định 02/05/2024, chưa hết thời hạn)"))
    }

    @Test func measureDecidedAfterTheYearIsIgnored() throws {
        let verdict = try discipline([DisciplineRecord(level: "canh-cao", decided: Fixtures.date(2026, 1, 5), until: Fixtures.date(2026, 12, 31))])
        #expect(verdict.outcome == .pass)
    }

    @Test func measureDecidedDuringTheYearFails() throws {
        let verdict = try discipline([DisciplineRecord(level: "khien-trach", decided: Fixtures.date(2025, 3, 1), until: Fixtures.date(2025, 9, 1))])
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.contains("01/09/2025"))
    }

    @Test func everyMeasureMustHaveEnded() throws {
        let records = [DisciplineRecord(level: "khien-trach", decided: Fixtures.date(2020, 1, 1), until: Fixtures.date(2021, 1, 1)),
                       DisciplineRecord(level: "ha-bac-luong", decided: Fixtures.date(2024, 6, 1), until: Fixtures.date(2025, 6, 1))]
        let verdict = try discipline(records)
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.contains("hạ bậc lương"))
    }

    @Test func specExampleDisciplineEndedIn2024Passes() throws {
        let verdict = try discipline([DisciplineRecord(level: "khien-trach", decided: Fixtures.date(2023, 5, 2), until: Fixtures.date(2024, 5, 2))])
        #expect(verdict.outcome == .pass)
        #expect(try discipline([DisciplineRecord(level: "khien-trach", decided: Fixtures.date(2023, 5, 2), until: Fixtures.date(2024, 5, 2))],
                               year: 2024).outcome == .fail)
    }

    @Test func disciplineIsJudgedOnlyForYearlyMerit() {
        var facts = Eligible.gkPerson
        facts.discipline = [DisciplineRecord(level: "canh-cao", decided: Fixtures.date(2025, 2, 1))]
        let yearly = judge.evaluate("giay-khen", .person, kind: .congTrang, facts)
        #expect(yearly.outcome("common.discipline-served") == .fail)
        let adHoc = judge.evaluate("giay-khen", .person, kind: .dotXuat, facts)
        #expect(adHoc.outcome("common.discipline-served") == nil)
        #expect(adHoc.eligibility == .eligible)
    }

    // MARK: common.not-duplicated

    @Test func aSingleNominationIsNotADuplicate() throws {
        let verdict = try ldtt(Eligible.ldtt).verdict("common.not-duplicated")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Không trùng với đề nghị khác")
    }

    @Test func theStoreKnowsAnotherNominationOfTheSameNomineeAwardAndYear() throws {
        let context = FakeContext()
        context.stored = [FakeContext.Stored(id: "2025-LDTT-0001", nominee: "P-1", award: "lao-dong-tien-tien", year: 2025),
                          FakeContext.Stored(id: "2025-LDTT-0007", nominee: "P-1", award: "lao-dong-tien-tien", year: 2025)]
        let round = try Round.evaluator([Round.entry("2025-LDTT-0007", "P-1", "lao-dong-tien-tien", Eligible.ldtt)], context: context)
        let evaluation = round.evaluation(at: 0)
        #expect(evaluation.eligibility == .notEligible)
        #expect(try evaluation.verdict("common.not-duplicated").reason.vi
                == "Trùng với đề nghị 2025-LDTT-0001 (cùng đối tượng, danh hiệu và năm)")

        let alone = try Round.evaluator([Round.entry("2025-LDTT-0001", "P-1", "lao-dong-tien-tien", year: 2025, Eligible.ldtt)],
                                        context: FakeContext()).evaluation(at: 0)
        #expect(alone.outcome("common.not-duplicated") == .pass)
    }
}
