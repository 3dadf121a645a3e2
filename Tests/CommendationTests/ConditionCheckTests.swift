import Foundation
import Testing
import Commendation

/// Each form of the condition language, judged through a one-award rulebook that keeps the
/// shipped messages and labels.
@Suite("Checking conditions")
struct ConditionCheckTests {
    /// vn-2025-07's words, with a single award `x` (persons, collectives; every kind) whose
    /// only criterion `x.one` has `condition`; no common criteria.
    static func rulebook(_ condition: Condition, adjustable: Adjustment? = nil) throws -> Rulebook {
        var rulebook = try Fixtures.shippedRulebook()
        rulebook.commonCriteria = []
        let criterion = Criterion(id: "x.one", text: .verbatim("one"), basis: "test", certainty: .check, adjustable: adjustable,
                                  condition: condition)
        rulebook.awards.append(AwardDefinition(code: "x", name: .verbatim("X"), idCode: "X", nominees: [.person, .collective],
                                               decidedBy: .commune, kinds: AwardKind.allCases, criteria: [criterion]))
        return rulebook
    }

    static func check(_ condition: Condition, _ facts: Facts, type: NomineeType = .person, year: Int = 2025, movement: Bool = false,
                      adjustable: Adjustment? = nil) throws -> CriterionVerdict {
        let evaluation = Judge(try rulebook(condition, adjustable: adjustable)).evaluate("x", type, year: year, movement: movement, facts)
        #expect(evaluation.verdicts.count == 1)
        return try evaluation.verdict("x.one")
    }

    // MARK: allOf / anyOf

    @Test func allOfPassesOnlyWhenAllPass() throws {
        let condition = Condition.allOf([.ratingAtLeast(.tot), .attested("a")])
        #expect(try Self.check(condition, Facts(rating: .tot, attestations: Attestations(list: ["a"]))).outcome == .pass)
        #expect(try Self.check(condition, Facts(rating: .hoanThanh, attestations: Attestations(list: ["a"]))).outcome == .fail)
        #expect(try Self.check(condition, Facts(rating: .tot)).outcome == .unknown)
        #expect(try Self.check(condition, Facts(rating: .hoanThanh)).outcome == .fail)
        #expect(try Self.check(.allOf([]), Facts()).outcome == .pass)
    }

    @Test func anyOfPassesOnOneFailsOnAllAndIsUnknownOtherwise() throws {
        let condition = Condition.anyOf([.ratingAtLeast(.xuatSac), .movementGiven])
        #expect(try Self.check(condition, Facts(rating: .tot), movement: false).outcome == .fail)
        #expect(try Self.check(condition, Facts(rating: .tot), movement: true).outcome == .pass)
        #expect(try Self.check(condition, Facts(rating: .xuatSac)).outcome == .pass)
        #expect(try Self.check(condition, Facts()).outcome == .unknown)
        #expect(try Self.check(condition, Facts(), movement: true).outcome == .pass)
        #expect(try Self.check(.anyOf([]), Facts()).outcome == .fail)
    }

    // MARK: if / then / else, given

    @Test func ifThenElse() throws {
        let condition = Condition.ifThen(.given("monthsWorked"), then: .monthsWorked(atLeast: .fixed(10)), otherwise: nil)
        #expect(try Self.check(condition, Facts()).outcome == .pass)
        #expect(try Self.check(condition, Facts(monthsWorked: 9)).outcome == .fail)
        #expect(try Self.check(condition, Facts(monthsWorked: 10)).outcome == .pass)
        let withElse = Condition.ifThen(.ratingAtLeast(.tot), then: .attested("a"), otherwise: .attested("b"))
        #expect(try Self.check(withElse, Facts(rating: .tot, attestations: Attestations(list: ["a"]))).outcome == .pass)
        #expect(try Self.check(withElse, Facts(rating: .hoanThanh, attestations: Attestations(list: ["a"]))).outcome == .fail)
        #expect(try Self.check(withElse, Facts(rating: .hoanThanh, attestations: Attestations(list: ["b"]))).outcome == .pass)
        #expect(try Self.check(withElse, Facts(attestations: Attestations(list: ["a", "b"]))).outcome == .unknown)
    }

    @Test(arguments: ["rating", "pending", "discipline", "initiatives", "research", "history", "attested", "attestations", "members",
                      "exclusions", "monthsWorked", "ratingHistory"])
    func givenIsNeverUnknown(_ key: String) throws {
        #expect(try Self.check(.given(key), Facts()).outcome == .fail)
        let full = Facts(rating: .tot, pending: PendingMatters(), discipline: [], initiatives: [], research: [], history: [],
                         attestations: Attestations(), members: MemberCounts(), exclusions: [], monthsWorked: 0, ratingHistory: [:])
        let verdict = try Self.check(.given(key), full)
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Có \(key)")
    }

    @Test func givenMovementReadsTheNomination() throws {
        #expect(try Self.check(.given("movement"), Facts(), movement: true).outcome == .pass)
        #expect(try Self.check(.given("movement"), Facts(), movement: false).outcome == .fail)
        #expect(try Self.check(.given("colour"), Facts()).outcome == .fail)
    }

    // MARK: Ratings

    @Test func ratingOfAnEarlierYear() throws {
        let twoYearsBack = Condition.ratingInYear(offset: -2, atLeast: .tot)
        let verdict = try Self.check(twoYearsBack, Facts(rating: .hoanThanh, ratingHistory: [2023: .xuatSac]))
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "Xếp loại năm 2023: Hoàn thành xuất sắc nhiệm vụ; đạt mức “Hoàn thành tốt nhiệm vụ” trở lên")
        let missing = try Self.check(twoYearsBack, Facts(rating: .xuatSac, ratingHistory: [2024: .xuatSac]))
        #expect(missing.outcome == .unknown)
        #expect(missing.reason.vi == "Chưa có xếp loại nhiệm vụ năm 2023; cần “Hoàn thành tốt nhiệm vụ” trở lên")
        #expect(try Self.check(.ratingInYear(offset: 0, atLeast: .tot), Facts(rating: .tot)).outcome == .pass)
        #expect(try Self.check(.ratingInYear(offset: -1, atLeast: .tot), Facts(ratingHistory: [2024: .hoanThanh])).outcome == .fail)
    }

    @Test(arguments: TaskRating.allCases, TaskRating.allCases)
    func ratingComparesByRank(_ actual: TaskRating, _ required: TaskRating) throws {
        let verdict = try Self.check(.ratingAtLeast(required), Facts(rating: actual))
        #expect(verdict.outcome == (actual.rank >= required.rank ? .pass : .fail))
    }

    // MARK: Council values

    @Test func valueOfAnAdjustableCriterion() throws {
        let condition = Condition.monthsWorked(atLeast: .parameter)
        let on = Adjustment(enabled: true, value: 6)
        #expect(try Self.check(condition, Facts(monthsWorked: 6), adjustable: on).outcome == .pass)
        let failed = try Self.check(condition, Facts(monthsWorked: 5), adjustable: on)
        #expect(failed.outcome == .fail)
        #expect(failed.reason.vi == "Làm việc 5 tháng trong năm; cần ít nhất 6 tháng")
        let open = try Self.check(condition, Facts(), adjustable: on)
        #expect(open.outcome == .unknown)
        #expect(open.reason.vi == "Chưa có số tháng làm việc năm 2025; cần ít nhất 6 tháng")
    }

    @Test func valueNotSetIsUnknown() throws {
        let verdict = try Self.check(.monthsWorked(atLeast: .parameter), Facts(monthsWorked: 12), adjustable: Adjustment(enabled: true))
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi == "Hội đồng chưa đặt giá trị cho tiêu chí này")
    }

    @Test func switchedOffCriterionIsNotJudged() throws {
        let evaluation = Judge(try Self.rulebook(.monthsWorked(atLeast: .fixed(10)), adjustable: Adjustment(enabled: false, value: 10)))
            .evaluate("x", .person, Facts(monthsWorked: 1))
        #expect(evaluation.verdicts.isEmpty)
        #expect(evaluation.eligibility == .eligible)
    }

    @Test func fractionalThresholdIsWrittenWithACommaInVietnamese() throws {
        let verdict = try Self.check(.memberShare(.laoDongTienTien, atLeast: .fixed(66.5)), Facts(members: MemberCounts(total: 3, laoDongTienTien: 2)),
                                     type: .collective)
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi == "2/3 thành viên (66,7\u{00A0}%) đạt Lao động tiên tiến; cần ít nhất 66,5\u{00A0}%")
        #expect(verdict.reason.en == "2/3 members (66.7\u{00A0}%) hold Advanced Worker; needs at least 66.5\u{00A0}%")
    }

    // MARK: Members

    @Test func memberCountWithBothBounds() throws {
        let condition = Condition.memberCount(.chienSiThiDuaCoSo, atLeast: .fixed(1), atMost: .fixed(3))
        func outcome(_ count: Int?) throws -> Outcome {
            try Self.check(condition, Facts(members: MemberCounts(total: 10, chienSiThiDuaCoSo: count)), type: .collective).outcome
        }
        #expect(try outcome(0) == .fail)
        #expect(try outcome(1) == .pass)
        #expect(try outcome(3) == .pass)
        #expect(try outcome(4) == .fail)
        #expect(try outcome(nil) == .unknown)
        #expect(try outcome(-1) == .unknown)
    }

    @Test func negativeFiguresAreNotFacts() throws {
        let verdict = try Self.check(.memberShare(.laoDongTienTien, atLeast: .fixed(70)),
                                     Facts(members: MemberCounts(total: -5, laoDongTienTien: -4)), type: .collective)
        #expect(verdict.outcome == .unknown)
    }

    // MARK: Innovations

    @Test func innovationsWindowLevelAndSources() throws {
        let condition = Condition.innovations(from: [.initiatives, .research], minLevel: .tinh, years: 2, atLeast: .fixed(2))
        let facts = Facts(initiatives: [Initiative(id: "A", level: "tinh", year: 2024), Initiative(id: "B", level: "co-so", year: 2025),
                                        Initiative(id: "C", level: "xa", year: 2025), Initiative(id: "D", level: "toan-quoc", year: 2023)],
                          research: [ResearchProject(id: "E", level: "toan-quoc", year: 2025, accepted: true)])
        let verdict = try Self.check(condition, facts)
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi.contains("(A, E)"))
        var fewer = facts
        fewer.research = [ResearchProject(id: "E", level: "toan-quoc", year: 2025, accepted: false)]
        #expect(try Self.check(condition, fewer).outcome == .fail)
        fewer.research = nil
        #expect(try Self.check(condition, fewer).outcome == .unknown)
    }

    // MARK: Quotas

    @Test func quotaCountsTheRoundOfTheYear() throws {
        let rulebook = try Self.rulebook(.roundQuota(relativeTo: ["lao-dong-tien-tien"], atMostPercent: .fixed(50)))
        let entries = [Round.entry("X1", "P-1", "x", Facts()), Round.entry("X2", "P-2", "x", Facts()),
                       Round.entry("L1", "P-1", "lao-dong-tien-tien", Facts()), Round.entry("L2", "P-2", "lao-dong-tien-tien", Facts()),
                       Round.entry("L3", "P-3", "lao-dong-tien-tien", Facts()),
                       Round.entry("L4", "P-4", "lao-dong-tien-tien", year: 2024, Facts())]
        let verdict = try Round.evaluator(entries, rulebook: rulebook).evaluation(at: 0).verdict("x.one")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "2 đề nghị X trên 3 đề nghị Lao động tiên tiến (66,7\u{00A0}%); vượt hạn mức 50\u{00A0}% của Hội đồng")
    }

    @Test func quotaWithoutAnyBaseFails() throws {
        let rulebook = try Self.rulebook(.roundQuota(relativeTo: ["lao-dong-tien-tien"], atMostPercent: .fixed(50)))
        let verdict = try Round.evaluator([Round.entry("X1", "P-1", "x", Facts())], rulebook: rulebook).evaluation(at: 0).verdict("x.one")
        #expect(verdict.outcome == .fail)
    }

    @Test func quotaUsesTheStoreCountsWhenGiven() throws {
        let rulebook = try Self.rulebook(.roundQuota(relativeTo: ["lao-dong-tien-tien"], atMostPercent: .fixed(15)))
        let context = FakeContext()
        context.counts[2025] = ["x": 3, "lao-dong-tien-tien": 20]
        let verdict = try Round.evaluator([Round.entry("X1", "P-1", "x", Facts())], rulebook: rulebook, context: context)
            .evaluation(at: 0).verdict("x.one")
        #expect(verdict.outcome == .pass)
        #expect(verdict.reason.vi.hasPrefix("3 đề nghị X trên 20 đề nghị Lao động tiên tiến (15\u{00A0}%)"))
    }

    // MARK: Words

    @Test func missingTemplateShowsItsKeyAndLabelsFallBackToCodes() throws {
        let evaluation = try Judge(Fixtures.rulebook(condition: #"{"attested": "secret-code"}"#))
            .evaluate("x", .person, Facts(attestations: Attestations(list: [])))
        let verdict = try evaluation.verdict("x.one")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "⟦attested.fail⟧")
        #expect(verdict.certainty == .check)
        #expect(verdict.basis == "test")
        #expect(evaluation.rulebookID == "test")
    }

    @Test func templatesAreFilledInBothLanguages() throws {
        let messages = #"{"attested.pass": {"vi": "Có: {0}", "en": "Yes: {0}"}}"#
        let evaluation = try Judge(Fixtures.rulebook(condition: #"{"attested": "a"}"#, messages: messages))
            .evaluate("x", .person, Facts(attestations: Attestations(list: ["a"])))
        let verdict = try evaluation.verdict("x.one")
        #expect(verdict.reason.vi == "Có: a")
        #expect(verdict.reason.en == "Yes: a")
        #expect(verdict.reason(.vi) == verdict.reason.vi)
    }

    @Test func reasonsAreBuiltLazilyFromTemplates() {
        let reason = Reason(LocalizedText(vi: "{0} và {1}", en: "{0} and {1}"),
                            [.verbatim("A"), Reason(LocalizedText(vi: "khóa {0}", en: "key {0}"), [.verbatim("k")])])
        #expect(reason.vi == "A và khóa k")
        #expect(reason.en == "A and key k")
        #expect(Reason.joined([.verbatim("x"), .verbatim("y")]).en == "x; y")
    }

    /// A reason appended as bytes is the bytes of the reason made as a string, whatever its
    /// braces (the same reading of placeholders, arguments inserted as they are).
    @Test func reasonsAppendedAsBytesAreTheirStrings() {
        let reasons = [
            Reason(LocalizedText(vi: "{0} và {1}", en: "{0} and {1}"),
                   [.verbatim("A"), Reason(LocalizedText(vi: "khóa {0}", en: "key {0}"), [.verbatim("k")])]),
            Reason(.verbatim("{1} trên {0}"), [.verbatim("122"), .verbatim("3")]),
            Reason(.verbatim("{0} / {1}"), [.verbatim("{1}"), .verbatim("B")]),
            Reason(.verbatim("{2} {x} { {0"), [.verbatim("a")]),
            Reason(.verbatim("{}{-1}{+0}{-0}{00}{0}"), [.verbatim("ơ")]),
            Reason(.verbatim("ễ{0}ễ{"), [.verbatim("ư")]),
            Reason(.verbatim(""), []),
            Reason.joined([.verbatim("x"), Reason(.verbatim("85,7\u{A0}%"))]),
        ]
        for reason in reasons {
            for language in [Language.vi, .en] {
                var out: [UInt8] = [0x2A]
                reason.append(language, to: &out)
                #expect(out == [0x2A] + Array(reason(language).utf8), "\(reason(language))")
            }
        }
    }

    @Test func awardWithoutCriteriaKeyIsNotAssessed() throws {
        let evaluation = Judge(try Fixtures.rulebook()).evaluate("x", .person, Facts())
        #expect(evaluation.eligibility == .notAssessed)
        #expect(evaluation.verdicts.isEmpty)
    }

    @Test func unknownAwardCodeIsNotEligibleAndNamed() throws {
        let evaluation = try Judge.national().evaluate("huan-chuong-lao-dong", .person, Eligible.ldtt)
        #expect(evaluation.eligibility == .notEligible)
        #expect(evaluation.ids == ["award"])
        #expect(evaluation.verdicts[0].reason.vi == "Mã danh hiệu “huan-chuong-lao-dong” không có trong quy định đang áp dụng")
    }

    /// Templates are filled in one pass: an argument that looks like a placeholder stays as written.
    @Test(arguments: ["{0}", "{1}", "⟦award.unknown⟧"])
    func codesThatLookLikePlaceholdersAreShownAsWritten(_ code: String) throws {
        let evaluation = try Judge.national().evaluate(code, .person, Eligible.ldtt)
        #expect(evaluation.verdicts.first?.reason.vi == "Mã danh hiệu “\(code)” không có trong quy định đang áp dụng")
        #expect(evaluation.verdicts.first?.reason.en == "Award code “\(code)” is not in the rulebook in force")
    }

    @Test(arguments: [0, -1, -2025, 10_000, Int.min, Int.max])
    func yearOutsideTheCalendarIsNotEligible(_ year: Int) throws {
        let evaluation = try Judge.national().evaluate("lao-dong-tien-tien", .person, year: year, Eligible.ldtt)
        #expect(evaluation.eligibility == .notEligible)
        #expect(evaluation.ids == ["year"])
        #expect(evaluation.verdicts.first?.reason.vi == "Năm \(year) không hợp lệ")
    }

    @Test(arguments: [1900, 9999])
    func yearsAtTheEdgesOfTheFormatAreJudged(_ year: Int) throws {
        let evaluation = try Judge.national().evaluate("lao-dong-tien-tien", .person, year: year, Eligible.ldtt)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.verdicts.first?.reason.vi.contains(String(year)) == true)
    }

    @Test func subjectFromANomination() {
        let nomination = Nomination(id: "2025-GK-0001", year: 2025, award: "giay-khen", kind: .chuyenDe,
                                    nomineeID: "P-0001", movementID: "M-01", facts: Eligible.gkPerson)
        let subject = EvaluationSubject(nomination, nomineeType: .person)
        #expect(subject.hasMovement)
        #expect(subject.year == 2025)
        #expect(subject.award == "giay-khen")
        #expect(subject.kind == .chuyenDe)
        #expect(subject.facts == Eligible.gkPerson)
        var plain = nomination
        plain.movementID = nil
        #expect(!EvaluationSubject(plain, nomineeType: .person).hasMovement)
    }
}
