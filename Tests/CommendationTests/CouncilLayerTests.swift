import Foundation
import Testing
import Commendation

/// The ward council's layer over vn-2025-07: adjustable criteria switched and tuned, its own
/// awards, criteria and labels.
@Suite("Council layer")
struct CouncilLayerTests {
    let national: Rulebook
    init() throws { national = try Fixtures.shippedRulebook() }

    func ldtt(_ rulebook: Rulebook, months: Int?) -> Evaluation {
        var facts = Eligible.ldtt
        facts.monthsWorked = months
        return Judge(rulebook).evaluate("lao-dong-tien-tien", .person, facts)
    }

    // MARK: The months-worked rule

    @Test func switchingOnTheTenMonthRule() throws {
        let layer = CouncilLayer(adjustments: ["ldtt.months-worked": Adjustment(enabled: true)])
        let rulebook = layer.applied(to: national)
        let nine = ldtt(rulebook, months: 9)
        #expect(nine.eligibility == .notEligible)
        let verdict = try nine.verdict("ldtt.months-worked")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Làm việc 9 tháng trong năm; cần ít nhất 10 tháng")
        #expect(verdict.certainty == .check)
        let ten = ldtt(rulebook, months: 10)
        #expect(ten.eligibility == .eligible)
        #expect(try ten.verdict("ldtt.months-worked").outcome == .pass)
        let open = ldtt(rulebook, months: nil)
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict("ldtt.months-worked").reason.vi == "Chưa có số tháng làm việc năm 2025; cần ít nhất 10 tháng")
        #expect(ldtt(national, months: 9).eligibility == .eligible)
    }

    @Test func changingTheNumberOfMonths() throws {
        let layer = CouncilLayer(adjustments: ["ldtt.months-worked": Adjustment(enabled: true, value: 8)])
        let rulebook = layer.applied(to: national)
        let nine = ldtt(rulebook, months: 9)
        #expect(nine.eligibility == .eligible)
        #expect(try nine.verdict("ldtt.months-worked").reason.vi == "Làm việc 9 tháng trong năm; cần ít nhất 8 tháng")
        #expect(ldtt(rulebook, months: 7).eligibility == .notEligible)
        let criterion = try #require(rulebook.award("lao-dong-tien-tien")?.criteria?.first { $0.id == "ldtt.months-worked" })
        #expect(criterion.adjustable == Adjustment(enabled: true, value: 8, unit: "months"))
        // The CSTT rule is not touched.
        #expect(rulebook.award("chien-si-tien-tien")?.criteria?.first { $0.id == "cstt.months-worked" }?.isEnabled == false)
    }

    @Test func switchingOnTheMilitiaMonthRule() throws {
        let rulebook = CouncilLayer(adjustments: ["cstt.months-worked": Adjustment(enabled: true)]).applied(to: national)
        var facts = Eligible.ldtt
        facts.monthsWorked = 9
        let nine = Judge(rulebook).evaluate("chien-si-tien-tien", .person, facts)
        #expect(nine.eligibility == .notEligible)
        #expect(try nine.verdict("cstt.months-worked").reason.vi == "Làm việc 9 tháng trong năm; cần ít nhất 10 tháng")
        facts.monthsWorked = 10
        #expect(Judge(rulebook).evaluate("chien-si-tien-tien", .person, facts).eligibility == .eligible)
        // The LĐTT rule is not touched.
        facts.monthsWorked = 1
        #expect(Judge(rulebook).evaluate("lao-dong-tien-tien", .person, facts).eligibility == .eligible)
    }

    /// `adjustments` tunes "adjustable criteria … by criterion id": the council's own
    /// adjustable criteria too, not only the national ones.
    @Test func theCouncilsOwnAdjustableCriterionCanBeTuned() throws {
        let own = Criterion(id: "hd.months", text: .verbatim("Số tháng"), basis: "Quy chế", certainty: .check,
                            adjustable: Adjustment(enabled: false, value: 6, unit: "months"), condition: .monthsWorked(atLeast: .parameter))
        let layer = CouncilLayer(adjustments: ["hd.months": Adjustment(enabled: true, value: 8)],
                                 criteria: [CouncilCriterion(award: "giay-khen", criterion: own)])
        let rulebook = layer.applied(to: national)
        var facts = Eligible.gkPerson
        facts.monthsWorked = 7
        let evaluation = Judge(rulebook).evaluate("giay-khen", .person, facts)
        #expect(evaluation.outcome("hd.months") == .fail, "verdicts: \(evaluation.ids)")
    }

    @Test func switchingTheRuleOffAgain() {
        let layer = CouncilLayer(adjustments: ["ldtt.months-worked": Adjustment(enabled: false, value: 12)])
        #expect(ldtt(layer.applied(to: national), months: 1).eligibility == .eligible)
    }

    @Test func nonAdjustableNationalCriteriaCannotBeSwitchedOff() throws {
        let layer = CouncilLayer(adjustments: ["ldtt.performance": Adjustment(enabled: false), "common.no-pending": Adjustment(enabled: false)])
        let rulebook = layer.applied(to: national)
        var facts = Eligible.ldtt
        facts.rating = .hoanThanh
        facts.pending = PendingMatters(discipline: true)
        let evaluation = Judge(rulebook).evaluate("lao-dong-tien-tien", .person, facts)
        #expect(evaluation.outcome("ldtt.performance") == .fail)
        #expect(evaluation.outcome("common.no-pending") == .fail)
    }

    // MARK: The CSTĐCS quota

    static func quotaRound(cstdcs: Int, ldtt: Int) -> [RoundEntry] {
        (0..<cstdcs).map { Round.entry("C\($0)", "P-\($0)", "chien-si-thi-dua-co-so", Eligible.cstdcs) }
            + (0..<ldtt).map { Round.entry("L\($0)", "P-\($0)", "lao-dong-tien-tien", Eligible.ldtt) }
    }

    @Test func quotaOfFifteenPercent() throws {
        let rulebook = CouncilLayer(adjustments: ["cstdcs.quota": Adjustment(enabled: true, value: 15)]).applied(to: national)
        let over = Round.evaluator(Self.quotaRound(cstdcs: 2, ldtt: 10), rulebook: rulebook).evaluation(at: 0)
        #expect(over.eligibility == .notEligible)
        let verdict = try over.verdict("cstdcs.quota")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi
                == "2 đề nghị CSTĐ cơ sở trên 10 đề nghị Lao động tiên tiến / Chiến sĩ tiên tiến (20\u{00A0}%); vượt hạn mức 15\u{00A0}% của Hội đồng")

        let within = Round.evaluator(Self.quotaRound(cstdcs: 1, ldtt: 10), rulebook: rulebook).evaluation(at: 0)
        #expect(within.eligibility == .eligible)
        #expect(try within.verdict("cstdcs.quota").reason.vi
                == "1 đề nghị CSTĐ cơ sở trên 10 đề nghị Lao động tiên tiến / Chiến sĩ tiên tiến (10\u{00A0}%); trong hạn mức 15\u{00A0}%")
    }

    @Test func quotaOffByDefault() {
        let evaluation = Round.evaluator(Self.quotaRound(cstdcs: 5, ldtt: 1), rulebook: national).evaluation(at: 0)
        #expect(evaluation.outcome("cstdcs.quota") == nil)
        #expect(evaluation.eligibility == .eligible)
    }

    // MARK: The council's own criteria

    static let goodPerson = Criterion(
        id: "hd.nguoi-tot", text: LocalizedText(vi: "Người tốt, việc tốt", en: "Good deeds"), basis: "Quy chế Hội đồng phường",
        certainty: .check, condition: .attested("nguoi-tot-viec-tot"))

    static let goodPersonLayer = CouncilLayer(
        criteria: [CouncilCriterion(award: "lao-dong-tien-tien", criterion: goodPerson)],
        labels: ["attestations": ["nguoi-tot-viec-tot": LocalizedText(vi: "Có gương người tốt, việc tốt", en: "Good deeds")]])

    @Test func councilCriterionIsAppliedAndNamedInTheReason() throws {
        let rulebook = Self.goodPersonLayer.applied(to: national)
        #expect(rulebook.id == "vn-2025-07+hđ")
        #expect(rulebook.label("attestations", "nguoi-tot-viec-tot").vi == "Có gương người tốt, việc tốt")

        var facts = Eligible.ldtt
        facts.attestations = Attestations(list: ["emulation-spirit", "nguoi-tot-viec-tot"])
        let passed = Judge(rulebook).evaluate("lao-dong-tien-tien", .person, facts)
        #expect(passed.eligibility == .eligible)
        #expect(passed.ids == ["ldtt.performance", "ldtt.spirit", "hd.nguoi-tot", "common.no-pending", "common.not-duplicated"])
        let verdict = try passed.verdict("hd.nguoi-tot")
        #expect(verdict.origin == .council)
        #expect(verdict.reason.vi == "Đã xác nhận: Có gương người tốt, việc tốt")
        #expect(verdict.basis == "Quy chế Hội đồng phường")
        #expect(passed.rulebookID == "vn-2025-07+hđ")

        facts.attestations = Attestations(list: [])
        let failed = Judge(rulebook).evaluate("lao-dong-tien-tien", .person, facts)
        #expect(failed.eligibility == .notEligible)
        #expect(try failed.verdict("hd.nguoi-tot").reason.vi == "Không được xác nhận: Có gương người tốt, việc tốt")

        facts.attestations = nil
        #expect(try Judge(rulebook).evaluate("lao-dong-tien-tien", .person, facts).verdict("hd.nguoi-tot").outcome == .unknown)
    }

    @Test func councilCriterionIsMarkedCouncilEvenIfGivenAsNational() {
        #expect(CouncilCriterion(award: "lao-dong-tien-tien", criterion: Self.goodPerson).criterion.origin == .council)
    }

    /// The layer is kept in the store as JSON: a criterion read back is still the council's.
    @Test func councilCriterionReadFromTheStoreKeepsItsCouncilOrigin() throws {
        let json = """
        {"award": "lao-dong-tien-tien",
         "criterion": {"id": "hd.nguoi-tot", "text": {"vi": "Người tốt, việc tốt", "en": "Good deeds"},
                       "basis": "Quy chế", "certainty": "check", "condition": {"attested": "nguoi-tot-viec-tot"}}}
        """
        let added = try Fixtures.decode(CouncilCriterion.self, json)
        #expect(added.criterion.origin == .council)
        let rulebook = CouncilLayer(criteria: [added]).applied(to: national)
        let evaluation = Judge(rulebook).evaluate("lao-dong-tien-tien", .person, Eligible.ldtt)
        #expect(evaluation.verdicts.first { $0.criterionID == "hd.nguoi-tot" }?.origin == .council)
    }

    @Test func layerRoundTripsThroughJSON() throws {
        let layer = CouncilLayer(adjustments: ["cstdcs.quota": Adjustment(enabled: true, value: 20)], awards: [Self.householdAward],
                                 criteria: [CouncilCriterion(award: "lao-dong-tien-tien", criterion: Self.goodPerson)],
                                 labels: Self.goodPersonLayer.labels, options: ["session.attendance": 80])
        let again = try JSONDecoder().decode(CouncilLayer.self, from: JSONEncoder().encode(layer))
        #expect(again == layer)
    }

    // MARK: The council's own awards

    static let householdAward = AwardDefinition(
        code: "ho-san-xuat-kinh-doanh-gioi", name: LocalizedText(vi: "Hộ sản xuất, kinh doanh giỏi", en: "Model farming or business household"),
        idCode: "HSXKDG", nominees: [.household], decidedBy: .commune, kinds: [.congTrang],
        criteria: [Criterion(id: "hsxkdg.contribution", text: .verbatim("Đóng góp"), basis: "Quy chế Hội đồng", certainty: .check,
                             condition: .attested("contribution")),
                   Criterion(id: "hsxkdg.exclusions", text: .verbatim("Không vi phạm"), basis: "Quy chế Hội đồng", certainty: .check,
                             condition: .noExclusions)])

    @Test func councilAwardWithItsOwnCriteriaIsEvaluated() throws {
        let rulebook = CouncilLayer(awards: [Self.householdAward]).applied(to: national)
        let award = try #require(rulebook.award("ho-san-xuat-kinh-doanh-gioi"))
        #expect(award.origin == .council)
        #expect(rulebook.awards(for: .household).map(\.code).contains("ho-san-xuat-kinh-doanh-gioi"))

        let judge = Judge(rulebook)
        let eligible = judge.evaluate("ho-san-xuat-kinh-doanh-gioi", .household, Facts(attestations: Attestations(list: ["contribution"]), exclusions: []))
        #expect(eligible.eligibility == .eligible)
        #expect(eligible.ids == ["hsxkdg.contribution", "hsxkdg.exclusions", "common.not-duplicated"])
        #expect(eligible.rulebookID == "vn-2025-07+hđ")

        let failed = judge.evaluate("ho-san-xuat-kinh-doanh-gioi", .household, Facts(attestations: Attestations(list: []), exclusions: ["tax"]))
        #expect(failed.eligibility == .notEligible)
        #expect(try failed.verdict("hsxkdg.exclusions").reason.vi.contains("không chấp hành nghĩa vụ thuế"))

        let wrongType = judge.evaluate("ho-san-xuat-kinh-doanh-gioi", .person, Facts())
        #expect(wrongType.ids == ["award.nominee"])
    }

    /// Criteria of the council's own award are the council's, kept in its store.
    @Test func councilAwardCriteriaAreCouncilCriteria() throws {
        let rulebook = CouncilLayer(awards: [Self.householdAward]).applied(to: national)
        let evaluation = Judge(rulebook).evaluate("ho-san-xuat-kinh-doanh-gioi", .household, Facts(attestations: Attestations(list: ["contribution"]), exclusions: []))
        #expect(try evaluation.verdict("hsxkdg.contribution").origin == .council)
    }

    /// `Eligibility.notAssessed`: "the award has no criteria tdkt can check (a council award
    /// defined without any); the clerk checks it by hand".
    @Test func councilAwardWithoutCriteriaIsNotAssessed() {
        var award = Self.householdAward
        award.criteria = nil
        let rulebook = CouncilLayer(awards: [award]).applied(to: national)
        #expect(rulebook.award(award.code) != nil)
        let evaluation = Judge(rulebook).evaluate(award.code, .household, Facts())
        #expect(evaluation.eligibility == .notAssessed, "verdicts: \(evaluation.ids)")
    }

    @Test func councilAwardWithANationalCodeIsIgnored() throws {
        var impostor = Self.householdAward
        impostor.code = "lao-dong-tien-tien"
        impostor.nominees = [.household]
        let rulebook = CouncilLayer(awards: [impostor]).applied(to: national)
        #expect(rulebook.awards.filter { $0.code == "lao-dong-tien-tien" }.count == 1)
        let award = try #require(rulebook.award("lao-dong-tien-tien"))
        #expect(award.origin == .national)
        #expect(award.nominees == [.person])
        #expect(award == national.award("lao-dong-tien-tien"))
        #expect(Judge(rulebook).evaluate("lao-dong-tien-tien", .person, Eligible.ldtt).eligibility == .eligible)
        #expect(rulebook.awards.count == national.awards.count)
    }

    @Test func councilLabelsDoNotReplaceNationalOnes() {
        let layer = CouncilLayer(labels: ["attestations": ["united": LocalizedText(vi: "Đoàn kết (HĐ)", en: "United (council)")]])
        let rulebook = layer.applied(to: national)
        #expect(rulebook.label("attestations", "united").vi == "Nội bộ đoàn kết")
    }

    @Test func criterionForAnUnknownAwardIsDropped() {
        let layer = CouncilLayer(criteria: [CouncilCriterion(award: "no-such-award", criterion: Self.goodPerson)])
        let rulebook = layer.applied(to: national)
        #expect(rulebook.awards == national.awards)
    }

    // MARK: Identity

    @Test func anEmptyLayerLeavesTheRulebookUnchanged() {
        let layer = CouncilLayer()
        #expect(layer.isEmpty)
        #expect(layer.applied(to: national) == national)
        #expect(layer.applied(to: national).id == "vn-2025-07")
        let optionsOnly = CouncilLayer(options: ["session.attendance": 80])
        #expect(optionsOnly.applied(to: national) == national)
    }

    @Test func anyChangeMarksTheId() {
        #expect(CouncilLayer(adjustments: ["ldtt.months-worked": Adjustment(enabled: true)]).applied(to: national).id == "vn-2025-07+hđ")
        #expect(CouncilLayer(awards: [Self.householdAward]).applied(to: national).id == "vn-2025-07+hđ")
    }

    @Test func layerAppliesToTheOlderRulebookToo() throws {
        let old = try Fixtures.rulebook2024()
        let rulebook = CouncilLayer(adjustments: ["ldtt.months-worked": Adjustment(enabled: true)]).applied(to: old)
        #expect(rulebook.id == "vn-2024-01+hđ")
        #expect(ldtt(rulebook, months: 9).eligibility == .notEligible)
    }
}
