import Foundation
import Testing
import Commendation

/// Chiến sĩ thi đua cấp tỉnh (Luật TĐKT 2022, art. 22; proposed upward) on vn-2025-07.
@Suite("Chiến sĩ thi đua cấp tỉnh")
struct ChienSiThiDuaTinhTests {
    let judge: Judge
    init() throws { judge = try Judge.national() }

    static let cstdcs = "chien-si-thi-dua-co-so"

    func evaluate(year: Int = 2025, _ facts: Facts) -> Evaluation {
        judge.evaluate("chien-si-thi-dua-tinh", .person, year: year, facts)
    }

    func facts(history: [PastAward]?) -> Facts {
        var facts = Eligible.cstdt
        facts.history = history
        return facts
    }

    @Test func completeCaseIsEligible() throws {
        let evaluation = evaluate(Eligible.cstdt)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.ids == ["cstdt.chain", "cstdt.innovation", "common.no-pending", "common.not-duplicated"])
        #expect(try evaluation.verdict("cstdt.chain").reason.vi == "CSTĐ cơ sở 3 năm liên tục: 2023, 2024, 2025")
        #expect(try evaluation.verdict("cstdt.innovation").reason.vi
                == "Có 1 sáng kiến, đề tài nghiên cứu được nghiệm thu từ cấp tỉnh trở lên trong các năm 2023–2025 (SK-T-2024); cần ít nhất 1")
        #expect(try evaluation.verdict("cstdt.chain").basis == "Luật TĐKT 2022, Điều 22")
        #expect(judge.rulebook.award("chien-si-thi-dua-tinh")?.decidedBy == .province)
    }

    // MARK: cstdt.chain

    @Test func theFirstYearOfTheChainMissingFails() throws {
        let evaluation = evaluate(facts(history: [Fixtures.held(Self.cstdcs, 2024), Fixtures.held(Self.cstdcs, 2025)]))
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("cstdt.chain")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Cần CSTĐ cơ sở 3 năm liên tục đến năm 2025; thiếu năm 2023 (đã có: 2024, 2025)")
        #expect(verdict.reason.en == "Needs Grassroots Em. Fighter for 3 consecutive years up to 2025; missing 2023 (held: 2024, 2025)")
    }

    @Test func theNominationYearMissingFails() throws {
        let evaluation = evaluate(facts(history: [Fixtures.held(Self.cstdcs, 2022), Fixtures.held(Self.cstdcs, 2023),
                                                  Fixtures.held(Self.cstdcs, 2024)]))
        #expect(try evaluation.verdict("cstdt.chain").reason.vi.contains("thiếu năm 2025 (đã có: 2023, 2024)"))
        #expect(evaluation.eligibility == .notEligible)
    }

    @Test(arguments: [[AwardKind.dotXuat], [.chuyenDe], [.dotXuat, .chuyenDe]])
    func adHocOrThematicKindsDoNotCountTowardTheChain(_ kinds: [AwardKind]) throws {
        let history = kinds.map { Fixtures.held(Self.cstdcs, 2023, $0) }
            + [Fixtures.held(Self.cstdcs, 2024), Fixtures.held(Self.cstdcs, 2025)]
        let verdict = try evaluate(facts(history: history)).verdict("cstdt.chain")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.contains("thiếu năm 2023"))
    }

    @Test func noCSTDCSAtAll() throws {
        let verdict = try evaluate(facts(history: [Fixtures.held("lao-dong-tien-tien", 2025)])).verdict("cstdt.chain")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Cần CSTĐ cơ sở 3 năm liên tục đến năm 2025; thiếu năm 2023, 2024, 2025 (đã có: chưa có năm nào)")
    }

    @Test func missingHistoryIsUnknown() throws {
        let evaluation = evaluate(facts(history: nil))
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("cstdt.chain")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.hasPrefix("Cần CSTĐ cơ sở 3 năm liên tục đến năm 2025; chưa rõ năm 2023, 2024, 2025"))
    }

    @Test func chainForA2026Nomination() throws {
        let history = [2024, 2025, 2026].map { Fixtures.held(Self.cstdcs, $0) }
        var facts = facts(history: history)
        facts.initiatives = [Initiative(id: "SK-T", level: "tinh", year: 2026)]
        let evaluation = evaluate(year: 2026, facts)
        #expect(evaluation.eligibility == .eligible)
        #expect(try evaluation.verdict("cstdt.chain").reason.vi == "CSTĐ cơ sở 3 năm liên tục: 2024, 2025, 2026")
    }

    // MARK: cstdt.innovation

    @Test func researchAcceptedByTheProvinceIsEnough() throws {
        var facts = Eligible.cstdt
        facts.initiatives = []
        facts.research = [ResearchProject(id: "DT-T", level: "tinh", year: 2023, accepted: true)]
        let verdict = try evaluate(facts).verdict("cstdt.innovation")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi.contains("(DT-T)"))
    }

    @Test func coSoLevelOrOutsideThePeriodFails() throws {
        var facts = Eligible.cstdt
        facts.initiatives = [Initiative(id: "SK-CS", level: "co-so", year: 2025), Initiative(id: "SK-OLD", level: "tinh", year: 2022)]
        facts.research = []
        let evaluation = evaluate(facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("cstdt.innovation")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi
                == "Có 0 sáng kiến, đề tài nghiên cứu được nghiệm thu từ cấp tỉnh trở lên chưa dùng cho danh hiệu khác trong các năm 2023–2025; cần ít nhất 1")
    }

    @Test func nothingKnownIsUnknown() throws {
        var facts = Eligible.cstdt
        facts.initiatives = nil
        facts.research = nil
        let evaluation = evaluate(facts)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("cstdt.innovation")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi
                == "Chưa đủ thông tin về sáng kiến, đề tài nghiên cứu được nghiệm thu trong các năm 2023–2025; cần ít nhất 1 từ cấp tỉnh trở lên")
    }

    @Test func initiativeAlreadyUsedDoesNotCount() throws {
        var facts = Eligible.cstdt
        facts.initiatives = [Initiative(id: "SK-T-2024", level: "tinh", year: 2024, usedFor: "bang-khen-tinh")]
        facts.research = []
        let verdict = try evaluate(facts).verdict("cstdt.innovation")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.hasSuffix("; SK-T-2024 đã dùng cho Bằng khen tỉnh"))
    }
}
