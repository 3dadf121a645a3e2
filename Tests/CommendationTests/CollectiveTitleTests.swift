import Foundation
import Testing
import Commendation

/// Tập thể lao động tiên tiến (commune) and Tập thể lao động xuất sắc (proposed to the
/// province) on vn-2025-07.
@Suite("Tập thể lao động tiên tiến / xuất sắc")
struct CollectiveTitleTests {
    let judge: Judge
    init() throws { judge = try Judge.national() }

    func ttldtt(_ facts: Facts) -> Evaluation { judge.evaluate("tap-the-lao-dong-tien-tien", .collective, facts) }
    func ttldxs(_ facts: Facts) -> Evaluation { judge.evaluate("tap-the-lao-dong-xuat-sac", .collective, facts) }

    // MARK: Tập thể lao động tiên tiến

    @Test func ttldttCompleteCaseIsEligible() throws {
        let evaluation = ttldtt(Eligible.ttldtt)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.ids == ["ttldtt.rating", "ttldtt.share-ldtt", "ttldtt.no-discipline", "ttldtt.united",
                                   "common.no-pending", "common.not-duplicated"])
        #expect(evaluation.verdicts.allSatisfy { $0.outcome == .pass })
        #expect(try evaluation.verdict("ttldtt.share-ldtt").basis == "Luật TĐKT 2022, Điều 28")
    }

    @Test func ttldttRating() throws {
        var facts = Eligible.ttldtt
        facts.rating = .xuatSac
        #expect(try ttldtt(facts).verdict("ttldtt.rating").outcome == .pass)
        facts.rating = .hoanThanh
        let failed = ttldtt(facts)
        #expect(failed.eligibility == .notEligible)
        let verdict = try failed.verdict("ttldtt.rating")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Xếp loại năm 2025: Hoàn thành nhiệm vụ; cần “Hoàn thành tốt nhiệm vụ” trở lên")
        facts.rating = nil
        let open = ttldtt(facts)
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict("ttldtt.rating").reason.vi == "Chưa có xếp loại nhiệm vụ năm 2025; cần “Hoàn thành tốt nhiệm vụ” trở lên")
    }

    /// (LĐTT members, total, outcome, Vietnamese reason)
    static let shares: [(Int, Int, Outcome, String)] = [
        (14, 20, .pass, "14/20 thành viên (70\u{00A0}%) đạt Lao động tiên tiến; cần ít nhất 70\u{00A0}%"),
        (13, 20, .fail, "13/20 thành viên (65\u{00A0}%) đạt Lao động tiên tiến; cần ít nhất 70\u{00A0}%"),
        (13, 19, .fail, "13/19 thành viên (68,4\u{00A0}%) đạt Lao động tiên tiến; cần ít nhất 70\u{00A0}%"),
        (7, 10, .pass, "7/10 thành viên (70\u{00A0}%) đạt Lao động tiên tiến; cần ít nhất 70\u{00A0}%"),
        (20, 20, .pass, "20/20 thành viên (100\u{00A0}%) đạt Lao động tiên tiến; cần ít nhất 70\u{00A0}%"),
        (0, 5, .fail, "0/5 thành viên (0\u{00A0}%) đạt Lao động tiên tiến; cần ít nhất 70\u{00A0}%"),
        (2, 3, .fail, "2/3 thành viên (66,7\u{00A0}%) đạt Lao động tiên tiến; cần ít nhất 70\u{00A0}%"),
    ]

    @Test(arguments: shares)
    func ttldttShareOfLDTTBoundary(_ row: (Int, Int, Outcome, String)) throws {
        var facts = Eligible.ttldtt
        facts.members = MemberCounts(total: row.1, laoDongTienTien: row.0, disciplinedWarningOrAbove: 0)
        let evaluation = ttldtt(facts)
        let verdict = try evaluation.verdict("ttldtt.share-ldtt")
        #expect(verdict.outcome == row.2)
        #expect(verdict.reason.vi == row.3)
        #expect(evaluation.eligibility == (row.2 == .pass ? .eligible : .notEligible))
    }

    @Test func ttldttShareReasonInEnglish() throws {
        var facts = Eligible.ttldtt
        facts.members = MemberCounts(total: 19, laoDongTienTien: 13, disciplinedWarningOrAbove: 0)
        #expect(try ttldtt(facts).verdict("ttldtt.share-ldtt").reason.en
                == "13/19 members (68.4\u{00A0}%) hold Advanced Worker; needs at least 70\u{00A0}%")
    }

    @Test(arguments: [MemberCounts?.none, MemberCounts(laoDongTienTien: 14, disciplinedWarningOrAbove: 0),
                      MemberCounts(total: 20, disciplinedWarningOrAbove: 0)])
    func ttldttShareUnknownWithoutFigures(_ members: MemberCounts?) throws {
        var facts = Eligible.ttldtt
        facts.members = members
        let evaluation = ttldtt(facts)
        let verdict = try evaluation.verdict("ttldtt.share-ldtt")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi == "Chưa có số thành viên đạt Lao động tiên tiến và tổng số thành viên; cần ít nhất 70\u{00A0}%")
        #expect(evaluation.eligibility == .incomplete)
    }

    @Test func ttldttMoreLDTTThanMembersFailsAsInconsistent() throws {
        var facts = Eligible.ttldtt
        facts.members = MemberCounts(total: 10, laoDongTienTien: 12, disciplinedWarningOrAbove: 0)
        let verdict = try ttldtt(facts).verdict("ttldtt.share-ldtt")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "12 thành viên đạt Lao động tiên tiến nhưng tổng số chỉ có 10: số liệu không khớp")
    }

    @Test func ttldttWithoutMembersFails() throws {
        var facts = Eligible.ttldtt
        facts.members = MemberCounts(total: 0, laoDongTienTien: 0, disciplinedWarningOrAbove: 0)
        #expect(try ttldtt(facts).verdict("ttldtt.share-ldtt").outcome == .fail)
    }

    @Test func ttldttNoMemberDisciplinedAtWarningOrAbove() throws {
        var facts = Eligible.ttldtt
        let passed = try ttldtt(facts).verdict("ttldtt.no-discipline")
        #expect(passed.outcome == .pass)
        #expect(passed.reason.vi == "0 thành viên bị kỷ luật từ cảnh cáo trở lên (không được quá 0)")

        facts.members?.disciplinedWarningOrAbove = 1
        let failed = ttldtt(facts)
        #expect(failed.eligibility == .notEligible)
        let verdict = try failed.verdict("ttldtt.no-discipline")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "1 thành viên bị kỷ luật từ cảnh cáo trở lên; không được quá 0")
        #expect(verdict.reason.en == "1 members disciplined at warning or above; at most 0 allowed")
    }

    @Test func ttldttDisciplinedCountUnknown() throws {
        var facts = Eligible.ttldtt
        facts.members?.disciplinedWarningOrAbove = nil
        let evaluation = ttldtt(facts)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("ttldtt.no-discipline")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.contains("bị kỷ luật từ cảnh cáo trở lên"))
    }

    /// The reason of an unknown count should say what the count must be, as every other
    /// unknown reason does ("cần ít nhất 70 %", "cần ít nhất 10 tháng"…).
    @Test func unknownMemberCountNamesItsBound() throws {
        var facts = Eligible.ttldtt
        facts.members?.disciplinedWarningOrAbove = nil
        let verdict = try ttldtt(facts).verdict("ttldtt.no-discipline")
        #expect(verdict.reason.vi == "Chưa có số thành viên bị kỷ luật từ cảnh cáo trở lên; không được quá 0")
    }

    @Test func ttldttUnited() throws {
        #expect(try ttldtt(Eligible.ttldtt).verdict("ttldtt.united").reason.vi == "Đã xác nhận: Nội bộ đoàn kết")
        var facts = Eligible.ttldtt
        facts.attestations = Attestations(list: ["law-abiding"])
        let failed = ttldtt(facts)
        #expect(failed.eligibility == .notEligible)
        #expect(try failed.verdict("ttldtt.united").outcome == .fail)
        #expect(try failed.verdict("ttldtt.united").reason.vi == "Không được xác nhận: Nội bộ đoàn kết")
        facts.attestations = nil
        let open = ttldtt(facts)
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict("ttldtt.united").outcome == .unknown)
        #expect(try open.verdict("ttldtt.united").reason.vi == "Chưa xác nhận: Nội bộ đoàn kết")
    }

    // MARK: Tập thể lao động xuất sắc

    @Test func ttldxsCompleteCaseIsEligible() throws {
        let evaluation = ttldxs(Eligible.ttldxs)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.ids == ["ttldxs.rating", "ttldxs.movement", "ttldxs.completed", "ttldxs.share-ldtt", "ttldxs.cstdcs",
                                   "ttldxs.united", "common.no-pending", "common.not-duplicated"])
        #expect(evaluation.verdicts.allSatisfy { $0.outcome == .pass })
        #expect(try evaluation.verdict("ttldxs.rating").basis == "Luật TĐKT 2022, Điều 27 khoản 1 điểm a")
        // Luật TĐKT 2022, Điều 27 khoản 1 điểm b, attested.
        let movement = try evaluation.verdict("ttldxs.movement")
        #expect(movement.basis == "Luật TĐKT 2022, Điều 27 khoản 1 điểm b")
        #expect(movement.reason.vi == "Đã xác nhận: Tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả")
        var without = Eligible.ttldxs
        without.attestations = Attestations(list: ["united"])
        #expect(ttldxs(without).eligibility == .notEligible)
        #expect(judge.rulebook.award("tap-the-lao-dong-xuat-sac")?.decidedBy == .province)
    }

    @Test func ttldxsNeedsExcellentRating() throws {
        var facts = Eligible.ttldxs
        facts.rating = .tot
        let evaluation = ttldxs(facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("ttldxs.rating")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Xếp loại năm 2025: Hoàn thành tốt nhiệm vụ; cần “Hoàn thành xuất sắc nhiệm vụ” trở lên")
        facts.rating = nil
        #expect(try ttldxs(facts).verdict("ttldxs.rating").outcome == .unknown)
    }

    @Test func ttldxsEveryMemberCompletedTasks() throws {
        let passed = try ttldxs(Eligible.ttldxs).verdict("ttldxs.completed")
        #expect(passed.outcome == .pass)
        #expect(passed.reason.vi == "20/20 thành viên (100\u{00A0}%) hoàn thành nhiệm vụ; cần ít nhất 100\u{00A0}%")

        var facts = Eligible.ttldxs
        facts.members?.completedTasks = 19
        let evaluation = ttldxs(facts)
        #expect(evaluation.eligibility == .notEligible)
        let failed = try evaluation.verdict("ttldxs.completed")
        #expect(failed.outcome == .fail)
        #expect(failed.reason.vi == "19/20 thành viên (95\u{00A0}%) hoàn thành nhiệm vụ; cần ít nhất 100\u{00A0}%")

        facts.members?.completedTasks = nil
        let open = ttldxs(facts)
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict("ttldxs.completed").outcome == .unknown)
        #expect(try open.verdict("ttldxs.completed").reason.vi.contains("hoàn thành nhiệm vụ"))
    }

    @Test func ttldxsShareOfLDTT() throws {
        var facts = Eligible.ttldxs
        facts.members?.laoDongTienTien = 13
        let failed = try ttldxs(facts).verdict("ttldxs.share-ldtt")
        #expect(failed.outcome == .fail)
        #expect(failed.reason.vi == "13/20 thành viên (65\u{00A0}%) đạt Lao động tiên tiến; cần ít nhất 70\u{00A0}%")
        facts.members?.laoDongTienTien = nil
        #expect(try ttldxs(facts).verdict("ttldxs.share-ldtt").outcome == .unknown)
    }

    @Test func ttldxsAtLeastOneCSTDCS() throws {
        let passed = try ttldxs(Eligible.ttldxs).verdict("ttldxs.cstdcs")
        #expect(passed.outcome == .pass)
        #expect(passed.reason.vi == "1 thành viên đạt Chiến sĩ thi đua cơ sở (cần ít nhất 1)")

        var facts = Eligible.ttldxs
        facts.members?.chienSiThiDuaCoSo = 0
        let evaluation = ttldxs(facts)
        #expect(evaluation.eligibility == .notEligible)
        let failed = try evaluation.verdict("ttldxs.cstdcs")
        #expect(failed.outcome == .fail)
        #expect(failed.reason.vi == "0 thành viên đạt Chiến sĩ thi đua cơ sở; cần ít nhất 1")

        facts.members?.chienSiThiDuaCoSo = nil
        let open = ttldxs(facts)
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict("ttldxs.cstdcs").outcome == .unknown)
        #expect(try open.verdict("ttldxs.cstdcs").reason.vi == "Chưa có số thành viên đạt Chiến sĩ thi đua cơ sở; cần ít nhất 1")
    }

    @Test func ttldxsUnited() throws {
        var facts = Eligible.ttldxs
        facts.attestations = Attestations(list: [])
        #expect(try ttldxs(facts).verdict("ttldxs.united").outcome == .fail)
        facts.attestations = Attestations(answers: ["law-abiding": true])
        #expect(try ttldxs(facts).verdict("ttldxs.united").outcome == .unknown)
    }

    // MARK: Figures from the store

    @Test func memberFiguresFromTheStoreFillGapsAndTheFactsWin() throws {
        let context = FakeContext()
        context.members["C-01/2025"] = MemberCounts(total: 20, laoDongTienTien: 10, disciplinedWarningOrAbove: 0)
        var facts = Eligible.ttldtt
        facts.members = MemberCounts(laoDongTienTien: 15)
        let round = Round.evaluator([Round.entry("T-1", "C-01", "tap-the-lao-dong-tien-tien", type: .collective, facts)],
                                    rulebook: judge.rulebook, context: context)
        let evaluation = round.evaluation(at: 0)
        #expect(try evaluation.verdict("ttldtt.share-ldtt").reason.vi.hasPrefix("15/20 thành viên (75\u{00A0}%)"))
        #expect(try evaluation.verdict("ttldtt.no-discipline").outcome == .pass)
        #expect(evaluation.eligibility == .eligible)

        facts.members = nil
        let stored = Round.evaluator([Round.entry("T-1", "C-01", "tap-the-lao-dong-tien-tien", type: .collective, facts)],
                                     rulebook: judge.rulebook, context: context).evaluation(at: 0)
        #expect(try stored.verdict("ttldtt.share-ldtt").reason.vi.hasPrefix("10/20 thành viên (50\u{00A0}%)"))
        #expect(stored.eligibility == .notEligible)
    }
}
