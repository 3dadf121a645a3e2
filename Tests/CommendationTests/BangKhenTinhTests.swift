import Foundation
import Testing
import Commendation
import TdktResources

/// Bằng khen của Chủ tịch UBND tỉnh (proposed upward) for persons, collectives and
/// households, on vn-2025-07.
@Suite("Bằng khen tỉnh")
struct BangKhenTinhTests {
    let judge: Judge
    /// The national rulebook with the Bắc Ninh province layer (collectives' criteria).
    let bacNinh: Judge
    init() throws {
        judge = try Judge.national()
        let layer = try JSONDecoder().decode(ProvinceLayer.self, from: TdktResources.data("provinces/bac-ninh.json"))
        bacNinh = Judge(layer.applied(to: try Fixtures.shippedRulebook()))
    }

    func evaluate(_ type: NomineeType, kind: AwardKind = .congTrang, year: Int = 2025, _ facts: Facts) -> Evaluation {
        (type == .collective ? bacNinh : judge).evaluate("bang-khen-tinh", type, kind: kind, year: year, facts)
    }

    static let cstdcs = "chien-si-thi-dua-co-so"

    @Test func decidedByTheProvinceForEveryNomineeAndKind() throws {
        let award = try #require(judge.rulebook.award("bang-khen-tinh"))
        #expect(award.decidedBy == .province)
        #expect(Set(award.nominees) == [.person, .collective, .household])
        #expect(Set(award.kinds) == Set(AwardKind.allCases))
    }

    // MARK: Persons

    @Test func personWithCSTDCSInTheTwoLatestYearsIsEligible() throws {
        let evaluation = evaluate(.person, Eligible.bktPerson)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.ids == ["bkt.person", "common.no-pending", "common.not-duplicated"])
        let verdict = try evaluation.verdict("bkt.person")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "CSTĐ cơ sở 2 năm liên tục: 2024, 2025")
        #expect(verdict.basis.hasPrefix("Luật TĐKT 2022, Điều 74"))
    }

    @Test func personWithTwoExcellentYearsAndTwoInnovationsIsEligible() throws {
        let facts = Facts(rating: .xuatSac, pending: Fixtures.nothingPending,
                          research: [ResearchProject(id: "DT-A", level: "co-so", year: 2024, accepted: true),
                                     ResearchProject(id: "DT-B", level: "tinh", year: 2025, accepted: true)],
                          history: [], ratingHistory: [2024: .xuatSac])
        let evaluation = evaluate(.person, facts)
        #expect(evaluation.eligibility == .eligible)
        let verdict = try evaluation.verdict("bkt.person")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi.contains("Xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ"))
        #expect(verdict.reason.vi.contains("Có 2 đề tài nghiên cứu được nghiệm thu từ cấp cơ sở trở lên trong các năm 2024–2025 (DT-A, DT-B); cần ít nhất 2"))
    }

    /// Luật TĐKT 2022, Điều 74 khoản 1 điểm d: "02 sáng kiến … hoặc 02 đề tài" — two of one kind;
    /// one initiative and one research project are not two.
    @Test func twoInitiativesOrTwoResearchProjectsNotOneOfEach() throws {
        func facts(initiatives: [Initiative], research: [ResearchProject]) -> Facts {
            Facts(rating: .xuatSac, pending: Fixtures.nothingPending, initiatives: initiatives, research: research, history: [],
                  attestations: Attestations(list: []), ratingHistory: [2024: .xuatSac])
        }
        let initiatives = [Initiative(id: "SK-A", level: "co-so", year: 2024), Initiative(id: "SK-B", level: "co-so", year: 2025)]
        let research = [ResearchProject(id: "DT-A", level: "co-so", year: 2024, accepted: true),
                        ResearchProject(id: "DT-B", level: "tinh", year: 2025, accepted: true)]
        let twoInitiatives = evaluate(.person, facts(initiatives: initiatives, research: []))
        #expect(twoInitiatives.eligibility == .eligible)
        #expect(try twoInitiatives.verdict("bkt.person").reason.vi.contains("Có 2 sáng kiến từ cấp cơ sở trở lên"))
        #expect(evaluate(.person, facts(initiatives: [], research: research)).eligibility == .eligible)
        let mixed = evaluate(.person, facts(initiatives: [initiatives[0]], research: [research[1]]))
        #expect(mixed.eligibility == .notEligible)
        let reason = try mixed.verdict("bkt.person").reason.vi
        #expect(reason.contains("Có 1 sáng kiến từ cấp cơ sở trở lên"))
        #expect(reason.contains("Có 1 đề tài nghiên cứu được nghiệm thu từ cấp cơ sở trở lên"))
        #expect(try mixed.verdict("bkt.person").basis == "Luật TĐKT 2022, Điều 74 khoản 1 điểm d")
    }

    @Test func personWithOutstandingAchievementIsEligible() throws {
        let facts = Facts(pending: Fixtures.nothingPending, history: [], attestations: Attestations(list: ["outstanding-achievement"]))
        let evaluation = evaluate(.person, facts)
        #expect(evaluation.eligibility == .eligible)
        #expect(try evaluation.verdict("bkt.person").reason.vi.hasPrefix("Đã xác nhận: Có thành tích đột xuất"))
    }

    @Test func personWithNoAlternativeFailsAndEachIsNamed() throws {
        let facts = Facts(rating: .xuatSac, pending: Fixtures.nothingPending, initiatives: [Initiative(id: "SK-A", level: "co-so", year: 2025)],
                          research: [], history: [Fixtures.held(Self.cstdcs, 2025)], attestations: Attestations(list: []),
                          ratingHistory: [2024: .xuatSac])
        let evaluation = evaluate(.person, facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("bkt.person")
        #expect(verdict.outcome == .fail)
        let vi = verdict.reason.vi
        #expect(vi.hasPrefix("Không đạt điều kiện nào trong: "))
        #expect(vi.contains("Cần CSTĐ cơ sở 2 năm liên tục đến năm 2025; thiếu năm 2024 (đã có: 2025)"))
        #expect(vi.contains("Có 1 sáng kiến từ cấp cơ sở trở lên chưa dùng cho danh hiệu khác trong các năm 2024–2025 (SK-A); cần ít nhất 2"))
        #expect(vi.contains("Không được xác nhận: Có thành tích đột xuất"))
    }

    @Test func previousYearNotExcellentBreaksTheRatingAlternative() throws {
        let facts = Facts(rating: .xuatSac, pending: Fixtures.nothingPending,
                          initiatives: [Initiative(id: "SK-A", level: "co-so", year: 2024), Initiative(id: "SK-B", level: "co-so", year: 2025)],
                          research: [], history: [], attestations: Attestations(list: []), ratingHistory: [2024: .tot])
        let verdict = try evaluate(.person, facts).verdict("bkt.person")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.contains("Xếp loại năm 2024: Hoàn thành tốt nhiệm vụ; cần “Hoàn thành xuất sắc nhiệm vụ” trở lên"))
    }

    @Test func adHocCSTDCSOfTheEarlierYearDoesNotCount() throws {
        var facts = Eligible.bktPerson
        facts.history = [Fixtures.held(Self.cstdcs, 2024, .dotXuat), Fixtures.held(Self.cstdcs, 2024, .chuyenDe),
                         Fixtures.held(Self.cstdcs, 2025)]
        facts.attestations = Attestations(list: [])
        facts.rating = .tot
        let evaluation = evaluate(.person, facts)
        #expect(evaluation.eligibility == .notEligible)
        #expect(try evaluation.verdict("bkt.person").reason.vi.contains("thiếu năm 2024"))
    }

    @Test func personWithNothingKnownIsUnknown() throws {
        let evaluation = evaluate(.person, Facts(pending: Fixtures.nothingPending))
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("bkt.person")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.hasPrefix("Chưa đủ thông tin để xét: "))
        #expect(verdict.reason.vi.contains("Cần CSTĐ cơ sở 2 năm liên tục đến năm 2025; chưa rõ năm 2024, 2025"))
    }

    @Test func chainEndsAtTheNominationYear() throws {
        let facts = Facts(rating: .tot, pending: Fixtures.nothingPending,
                          history: [Fixtures.held(Self.cstdcs, 2024), Fixtures.held(Self.cstdcs, 2025)],
                          attestations: Attestations(list: []))
        #expect(evaluate(.person, year: 2025, facts).eligibility == .eligible)
        let later = evaluate(.person, year: 2026, facts)
        #expect(later.eligibility == .notEligible)
        #expect(try later.verdict("bkt.person").reason.vi.contains("thiếu năm 2026 (đã có: 2025)"))
    }

    @Test func adHocBangKhenForAPersonOnOutstandingAchievement() throws {
        let facts = Facts(pending: Fixtures.nothingPending, attestations: Attestations(list: ["outstanding-achievement"]))
        let evaluation = evaluate(.person, kind: .dotXuat, facts)
        #expect(evaluation.eligibility == .eligible)
    }

    // MARK: Collectives

    /// The national rules leave a collective's criteria to the province: without a province
    /// layer the clerk attests them; with one, tdkt checks the province's own.
    @Test func nationallyACollectiveMeetsTheProvincesStandards() throws {
        let national = judge.evaluate("bang-khen-tinh", .collective, Eligible.bktCollective)
        #expect(national.eligibility == .incomplete)
        #expect(national.ids == ["bkt.collective-province", "common.no-pending", "common.not-duplicated"])
        let attested = judge.evaluate("bang-khen-tinh", .collective,
                                      Facts(pending: Fixtures.nothingPending,
                                            attestations: Attestations(list: ["province-collective-standards"])))
        #expect(attested.eligibility == .eligible)
        #expect(try attested.verdict("bkt.collective-province").certainty == .check)
        // The Bắc Ninh layer switches the national placeholder off and adds its criterion.
        let layered = try #require(bacNinh.rulebook.award("bang-khen-tinh")?.criteria)
        #expect(layered.first { $0.id == "bkt.collective-province" }?.isEnabled == false)
        #expect(layered.first { $0.id == "bac-ninh.bkt.collective" }?.origin == .province)
        #expect(bacNinh.rulebook.id == "vn-2025-07+bac-ninh")
    }

    @Test func collectiveWithTwoExcellentYearsIsEligible() throws {
        let evaluation = evaluate(.collective, Eligible.bktCollective)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.ids == ["bac-ninh.bkt.collective", "common.no-pending", "common.not-duplicated"])
        let verdict = try evaluation.verdict("bac-ninh.bkt.collective")
        #expect(verdict.reason.vi == "Xếp loại năm 2025: Hoàn thành xuất sắc nhiệm vụ; đạt mức “Hoàn thành xuất sắc nhiệm vụ” trở lên; "
                + "Xếp loại năm 2024: Hoàn thành xuất sắc nhiệm vụ; đạt mức “Hoàn thành xuất sắc nhiệm vụ” trở lên")
    }

    @Test func collectiveWithTTLDXSTwoYearsIsEligible() throws {
        let facts = Facts(rating: .tot, pending: Fixtures.nothingPending,
                          history: [Fixtures.held("tap-the-lao-dong-xuat-sac", 2024), Fixtures.held("tap-the-lao-dong-xuat-sac", 2025)],
                          ratingHistory: [2024: .tot])
        let verdict = try evaluate(.collective, facts).verdict("bac-ninh.bkt.collective")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Tập thể LĐXS 2 năm liên tục: 2024, 2025")
    }

    @Test func collectiveWithOneExcellentYearFails() throws {
        var facts = Eligible.bktCollective
        facts.ratingHistory = [2024: .tot]
        facts.history = [Fixtures.held("tap-the-lao-dong-xuat-sac", 2025)]
        let evaluation = evaluate(.collective, facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("bac-ninh.bkt.collective")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.contains("Xếp loại năm 2024: Hoàn thành tốt nhiệm vụ; cần “Hoàn thành xuất sắc nhiệm vụ” trở lên"))
        #expect(verdict.reason.vi.contains("Cần Tập thể LĐXS 2 năm liên tục đến năm 2025; thiếu năm 2024 (đã có: 2025)"))
    }

    @Test func collectiveWithoutEarlierRatingOrHistoryIsUnknown() throws {
        var facts = Eligible.bktCollective
        facts.ratingHistory = nil
        let evaluation = evaluate(.collective, facts)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("bac-ninh.bkt.collective")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.contains("Chưa có xếp loại nhiệm vụ năm 2024; cần “Hoàn thành xuất sắc nhiệm vụ” trở lên"))
    }

    // MARK: Households

    @Test func householdContribution() throws {
        let eligible = evaluate(.household, Eligible.bktHousehold)
        #expect(eligible.eligibility == .eligible)
        #expect(eligible.ids == ["bkt.household", "common.not-duplicated"])
        #expect(try eligible.verdict("bkt.household").reason.vi == "Đã xác nhận: Đóng góp công sức, đất đai, tài sản cho địa phương")

        let failed = evaluate(.household, Facts(attestations: Attestations(list: ["family-law"])))
        #expect(failed.eligibility == .notEligible)
        #expect(try failed.verdict("bkt.household").reason.vi == "Không được xác nhận: Đóng góp công sức, đất đai, tài sản cho địa phương")

        let open = evaluate(.household, Facts())
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict("bkt.household").reason.vi == "Chưa xác nhận: Đóng góp công sức, đất đai, tài sản cho địa phương")
    }

    @Test func householdHasNoRatingCriterion() {
        var facts = Eligible.bktHousehold
        facts.rating = .khongHoanThanh
        facts.ratingHistory = [2024: .khongHoanThanh]
        #expect(evaluate(.household, facts).eligibility == .eligible)
    }
}
