import Foundation
import Testing
import Commendation

/// Gia đình văn hóa and Thôn / tổ dân phố văn hóa (NĐ 86/2023) on vn-2025-07.
@Suite("Gia đình văn hóa / Tổ dân phố văn hóa")
struct CulturalTitleTests {
    let judge: Judge
    init() throws { judge = try Judge.national() }

    func gdvh(_ facts: Facts) -> Evaluation { judge.evaluate("gia-dinh-van-hoa", .household, facts) }
    func tdpvh(_ facts: Facts) -> Evaluation { judge.evaluate("to-dan-pho-van-hoa", .residentialGroup, facts) }

    // MARK: Gia đình văn hóa

    @Test func gdvhCompleteCaseIsEligible() throws {
        let evaluation = gdvh(Eligible.gdvh)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.ids == ["gdvh.law", "gdvh.emulation", "gdvh.harmony", "gdvh.exclusions", "common.not-duplicated"])
        #expect(evaluation.verdicts.allSatisfy { $0.outcome == .pass })
        #expect(try evaluation.verdict("gdvh.law").basis.hasPrefix("NĐ 86/2023/NĐ-CP"))
        #expect(try evaluation.verdict("gdvh.exclusions").reason.vi == "Trong năm không có trường hợp nào bị loại trừ")
    }

    static let standards: [(id: String, code: String, label: String)] = [
        ("gdvh.law", "family-law", "Gương mẫu chấp hành pháp luật, nếp sống văn minh, an ninh, an toàn"),
        ("gdvh.emulation", "family-emulation",
         "Tích cực tham gia phong trào thi đua; trẻ em trong độ tuổi đi học, người trong độ tuổi lao động có việc làm"),
        ("gdvh.harmony", "family-harmony", "Gia đình no ấm, tiến bộ, hạnh phúc, văn minh"),
    ]

    @Test(arguments: standards)
    func eachStandardMustBeAttested(_ standard: (id: String, code: String, label: String)) throws {
        #expect(try gdvh(Eligible.gdvh).verdict(standard.id).reason.vi == "Đã xác nhận: " + standard.label)

        var facts = Eligible.gdvh
        facts.attestations?.answers[standard.code] = nil
        let failed = gdvh(facts)
        #expect(failed.eligibility == .notEligible)
        let verdict = try failed.verdict(standard.id)
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Không được xác nhận: " + standard.label)
        #expect(failed.verdicts.filter { $0.outcome == .fail }.map(\.criterionID) == [standard.id])

        facts.attestations = Attestations(answers: Dictionary(uniqueKeysWithValues: Self.standards.filter { $0.code != standard.code }
                                                                .map { ($0.code, true) }))
        let open = gdvh(facts)
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict(standard.id).outcome == .unknown)
        #expect(try open.verdict(standard.id).reason.vi == "Chưa xác nhận: " + standard.label)
    }

    @Test(arguments: [("gambling-social-evils", "bị xử phạt vì cờ bạc, tệ nạn xã hội"),
                      ("criminal-prosecution", "có thành viên bị truy cứu trách nhiệm hình sự"),
                      ("domestic-violence", "bị xử phạt vì bạo lực gia đình")])
    func anExcludingEventFails(_ exclusion: (String, String)) throws {
        var facts = Eligible.gdvh
        facts.exclusions = [exclusion.0]
        let evaluation = gdvh(facts)
        #expect(evaluation.eligibility == .notEligible)
        let verdict = try evaluation.verdict("gdvh.exclusions")
        #expect(verdict.outcome == .fail)
        #expect(verdict.reason.vi == "Trong năm \(exclusion.1): không được công nhận")
    }

    @Test func severalExcludingEventsAreAllNamed() throws {
        var facts = Eligible.gdvh
        facts.exclusions = ["tax", "fire-safety"]
        let verdict = try gdvh(facts).verdict("gdvh.exclusions")
        #expect(verdict.reason.vi.contains("không chấp hành nghĩa vụ thuế"))
        #expect(verdict.reason.vi.contains("bị xử phạt vì vi phạm phòng cháy, chữa cháy"))
    }

    @Test func exclusionsNotCheckedAreUnknown() throws {
        var facts = Eligible.gdvh
        facts.exclusions = nil
        let evaluation = gdvh(facts)
        #expect(evaluation.eligibility == .incomplete)
        let verdict = try evaluation.verdict("gdvh.exclusions")
        #expect(verdict.outcome == .unknown)
        #expect(verdict.reason.vi.hasPrefix("Chưa kiểm tra các trường hợp loại trừ"))
    }

    @Test func householdHasNoRatingPendingOrDisciplineCriterion() {
        var facts = Eligible.gdvh
        facts.rating = .khongHoanThanh
        facts.pending = PendingMatters(discipline: true, investigation: true, complaint: true)
        facts.discipline = [DisciplineRecord(level: "canh-cao")]
        let evaluation = gdvh(facts)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.ids == ["gdvh.law", "gdvh.emulation", "gdvh.harmony", "gdvh.exclusions", "common.not-duplicated"])
    }

    @Test func gdvhIsYearlyAndForHouseholdsOnly() throws {
        let adHoc = judge.evaluate("gia-dinh-van-hoa", .household, kind: .dotXuat, Eligible.gdvh)
        #expect(adHoc.eligibility == .notEligible)
        #expect(try adHoc.verdict("award.kind").outcome == .fail)
        let person = judge.evaluate("gia-dinh-van-hoa", .person, Eligible.gdvh)
        #expect(try person.verdict("award.nominee").reason.vi == "Gia đình văn hóa không xét cho đối tượng loại «Cá nhân»")
    }

    // MARK: Thôn / tổ dân phố văn hóa

    @Test func tdpvhCompleteCaseIsEligible() throws {
        let evaluation = tdpvh(Eligible.tdpvh)
        #expect(evaluation.eligibility == .eligible)
        #expect(evaluation.ids == ["tdpvh.standards", "common.not-duplicated"])
        let verdict = try evaluation.verdict("tdpvh.standards")
        #expect(verdict.certainty == .check)
        #expect(verdict.reason.vi == "Đã xác nhận: Đạt các tiêu chuẩn thôn, tổ dân phố văn hóa do tỉnh quy định, đã được Hội đồng xã thẩm định")
        #expect(judge.rulebook.award("to-dan-pho-van-hoa")?.decidedBy == .commune)
    }

    @Test func tdpvhStandardsNotAttestedFailsAndAbsentIsUnknown() throws {
        let failed = tdpvh(Facts(attestations: Attestations(list: ["united"])))
        #expect(failed.eligibility == .notEligible)
        #expect(try failed.verdict("tdpvh.standards").outcome == .fail)
        #expect(try failed.verdict("tdpvh.standards").reason.vi.hasPrefix("Không được xác nhận: Đạt các tiêu chuẩn thôn, tổ dân phố văn hóa"))
        let open = tdpvh(Facts())
        #expect(open.eligibility == .incomplete)
        #expect(try open.verdict("tdpvh.standards").outcome == .unknown)
        #expect(try open.verdict("tdpvh.standards").reason.vi.hasPrefix("Chưa xác nhận: Đạt các tiêu chuẩn"))
    }

    @Test func residentialGroupHasNoRating() {
        var facts = Eligible.tdpvh
        facts.rating = .khongHoanThanh
        facts.pending = PendingMatters(complaint: true)
        #expect(tdpvh(facts).eligibility == .eligible)
    }
}
