import Foundation
import Testing
import Commendation

/// Giấy khen của Chủ tịch UBND cấp xã (Luật TĐKT 2022, art. 75) for persons, collectives and
/// households, as công trạng, đột xuất and chuyên đề, on vn-2025-07.
@Suite("Giấy khen")
struct GiayKhenTests {
    let judge: Judge
    init() throws { judge = try Judge.national() }

    func evaluate(_ type: NomineeType, kind: AwardKind = .congTrang, movement: Bool = false, _ facts: Facts) -> Evaluation {
        judge.evaluate("giay-khen", type, kind: kind, movement: movement, facts)
    }

    static func eligibleFacts(_ type: NomineeType) -> Facts {
        switch type {
        case .person: return Eligible.gkPerson
        case .collective: return Eligible.gkCollective
        default: return Eligible.gkHousehold
        }
    }

    static let ids: [NomineeType: [String]] = [
        .person: ["gk.law-abiding", "gk.rating", "gk.achievement"],
        .collective: ["gk.law-abiding", "gk.rating", "gk.achievement", "gk.united"],
        .household: ["gk.household"],
    ]

    @Test(arguments: [NomineeType.person, .collective, .household], AwardKind.allCases)
    func completeCaseIsEligibleForEveryNomineeAndKind(_ type: NomineeType, _ kind: AwardKind) throws {
        let evaluation = evaluate(type, kind: kind, movement: true, Self.eligibleFacts(type))
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.verdicts.allSatisfy { $0.outcome == .pass })
        var expected = Self.ids[type] ?? []
        if kind == .chuyenDe { expected.append("gk.movement") }
        if type != .household { expected.append("common.no-pending") }
        expected.append("common.not-duplicated")
        #expect(evaluation.ids == expected)
        #expect(evaluation.verdicts.allSatisfy { $0.criterionID.hasPrefix("common.") || $0.basis == "Luật TĐKT 2022, Điều 75" })
    }

    // MARK: Persons and collectives

    @Test(arguments: [NomineeType.person, .collective])
    func lawAbiding(_ type: NomineeType) throws {
        #expect(try evaluate(type, Self.eligibleFacts(type)).verdict("gk.law-abiding").reason.vi
                == "Đã xác nhận: Chấp hành tốt chủ trương, chính sách, pháp luật")
        var facts = Self.eligibleFacts(type)
        facts.attestations?.answers["law-abiding"] = nil
        let failed = evaluate(type, facts)
        #expect(failed.eligibility == .notEligible)
        #expect(try failed.verdict("gk.law-abiding").outcome == .fail)
        #expect(try failed.verdict("gk.law-abiding").reason.vi == "Không được xác nhận: Chấp hành tốt chủ trương, chính sách, pháp luật")
        facts.attestations = Attestations(answers: ["achievement-in-movement": true, "united": true])
        let open = evaluate(type, facts)
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict("gk.law-abiding").outcome == .unknown)
        #expect(try open.verdict("gk.law-abiding").reason.vi == "Chưa xác nhận: Chấp hành tốt chủ trương, chính sách, pháp luật")
    }

    @Test(arguments: [NomineeType.person, .collective])
    func rating(_ type: NomineeType) throws {
        var facts = Self.eligibleFacts(type)
        #expect(try evaluate(type, facts).verdict("gk.rating").outcome == .pass)
        facts.rating = .hoanThanh
        let failed = evaluate(type, facts)
        #expect(failed.eligibility == .notEligible)
        #expect(try failed.verdict("gk.rating").reason.vi == "Xếp loại năm 2025: Hoàn thành nhiệm vụ; cần “Hoàn thành tốt nhiệm vụ” trở lên")
        facts.rating = nil
        let open = evaluate(type, facts)
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict("gk.rating").outcome == .unknown)
        #expect(try open.verdict("gk.rating").reason.vi.contains("Hoàn thành tốt nhiệm vụ"))
    }

    @Test(arguments: [NomineeType.person, .collective], ["achievement-in-movement", "outstanding-achievement"])
    func eitherAchievementIsEnough(_ type: NomineeType, _ code: String) throws {
        var facts = Self.eligibleFacts(type)
        facts.attestations = Attestations(list: ["law-abiding", "united", code])
        let evaluation = evaluate(type, facts)
        #expect(evaluation.eligibility == .eligible)
        let verdict = try evaluation.verdict("gk.achievement")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi.hasPrefix("Đã xác nhận: "))
    }

    @Test(arguments: [NomineeType.person, .collective])
    func noAchievementFails(_ type: NomineeType) throws {
        var facts = Self.eligibleFacts(type)
        facts.attestations = Attestations(list: ["law-abiding", "united"])
        let evaluation = evaluate(type, facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("gk.achievement")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Không đạt điều kiện nào trong: Không được xác nhận: Có thành tích được ghi nhận trong phong trào thi đua; "
                + "Không được xác nhận: Có thành tích đột xuất hoặc nhiều thành tích có phạm vi ảnh hưởng ở địa phương")
        #expect(verdict.reason.en.hasPrefix("None of the alternatives holds: "))
    }

    @Test func achievementWithOneRefusedAndOneOpenIsUnknown() throws {
        let facts = Facts(rating: .tot, pending: Fixtures.nothingPending,
                          attestations: Attestations(answers: ["law-abiding": true, "achievement-in-movement": false]))
        let evaluation = evaluate(.person, facts)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("gk.achievement")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi == "Chưa đủ thông tin để xét: Chưa xác nhận: Có thành tích đột xuất hoặc nhiều thành tích có phạm vi ảnh hưởng ở địa phương")
    }

    @Test func achievementWithOneAttestedAndOneOpenPasses() throws {
        let facts = Facts(rating: .tot, pending: Fixtures.nothingPending,
                          attestations: Attestations(answers: ["law-abiding": true, "outstanding-achievement": true]))
        #expect(evaluate(.person, facts).eligibility == .eligible)
    }

    @Test func collectiveMustBeUnited() throws {
        #expect(try evaluate(.collective, Eligible.gkCollective).verdict("gk.united").reason.vi == "Đã xác nhận: Nội bộ đoàn kết")
        var facts = Eligible.gkCollective
        facts.attestations?.answers["united"] = false
        let failed = evaluate(.collective, facts)
        #expect(failed.eligibility == .notEligible)
        #expect(try failed.verdict("gk.united").reason.vi == "Không được xác nhận: Nội bộ đoàn kết")
        facts.attestations = Attestations(answers: ["law-abiding": true, "outstanding-achievement": true])
        let open = evaluate(.collective, facts)
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict("gk.united").outcome == .unknown)
    }

    @Test func unitedIsNotAskedOfPersons() {
        #expect(evaluate(.person, Eligible.gkPerson).outcome("gk.united") == nil)
    }

    // MARK: Households

    @Test(arguments: ["contribution", "achievement-in-movement"])
    func householdWithContributionOrMovementResultIsEligible(_ code: String) throws {
        let evaluation = evaluate(.household, Facts(attestations: Attestations(list: [code])))
        #expect(evaluation.eligibility == .eligible)
        #expect(try evaluation.verdict("gk.household").outcome == .pass)
    }

    @Test func householdWithNeitherFails() throws {
        let evaluation = evaluate(.household, Facts(attestations: Attestations(list: ["family-law"])))
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("gk.household")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi.contains("Đóng góp công sức, đất đai, tài sản cho địa phương"))
        #expect(verdict.reason.vi.contains("Có thành tích được ghi nhận trong phong trào thi đua"))
    }

    @Test func householdWithoutAttestationsIsUnknown() throws {
        let evaluation = evaluate(.household, Facts())
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("gk.household")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.contains("Chưa xác nhận: Đóng góp công sức, đất đai, tài sản cho địa phương"))
    }

    @Test func householdsHaveNoRatingOrPendingCriteria() {
        var facts = Eligible.gkHousehold
        facts.rating = .khongHoanThanh
        facts.pending = PendingMatters(discipline: true)
        facts.discipline = [DisciplineRecord(level: "canh-cao", decided: Fixtures.date(2025, 3, 1))]
        let evaluation = evaluate(.household, facts)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.ids == ["gk.household", "common.not-duplicated"])
    }

    // MARK: Kinds

    @Test(arguments: [NomineeType.person, .collective, .household])
    func thematicAwardNeedsAMovement(_ type: NomineeType) throws {
        let without = evaluate(type, kind: .chuyenDe, movement: false, Self.eligibleFacts(type))
        #expect(without.eligibility == .notEligible)
        let missing = try without.verdict("gk.movement")
        #expect(missing.outcome == .fail)
        #expect(missing.reason.vi == "Khen thưởng chuyên đề phải gắn với một phong trào thi đua")
        let with = evaluate(type, kind: .chuyenDe, movement: true, Self.eligibleFacts(type))
        #expect(try with.verdict("gk.movement").reason.vi == "Gắn với một phong trào thi đua")
        #expect(with.eligibility == .eligible)
    }

    @Test(arguments: [AwardKind.congTrang, .dotXuat])
    func movementIsAskedOnlyOfThematicAwards(_ kind: AwardKind) {
        let evaluation = evaluate(.person, kind: kind, movement: false, Eligible.gkPerson)
        #expect(evaluation.outcome("gk.movement") == nil)
        #expect(evaluation.eligibility == .eligible)
    }

    @Test func notForResidentialGroups() throws {
        let evaluation = evaluate(.residentialGroup, Eligible.tdpvh)
        #expect(evaluation.eligibility == .notEligible)
        #expect(evaluation.ids == ["award.nominee"])
        #expect(try evaluation.verdict("award.nominee").reason.vi.contains("Thôn, tổ dân phố"))
    }
}
