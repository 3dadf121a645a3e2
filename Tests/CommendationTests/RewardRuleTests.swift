import Foundation
import Testing
import Commendation

@Suite("Money and the council's procedure")
struct RewardRuleTests {
    private static let baseSalary = 2_340_000

    private func rule(_ multiples: [NomineeType: Double]) -> RewardRule {
        RewardRule(multiples: multiples, basis: "NĐ 152/2025/NĐ-CP", certainty: .firm)
    }

    private func amount(_ multiple: Double, _ type: NomineeType = .person, base: Int = baseSalary, unit: Int = 10_000) -> Int? {
        rule([type: multiple]).amount(for: type, baseSalary: base, roundingUnit: unit)
    }

    // MARK: Amounts

    @Test func laoDongTienTienIsRoundedUp() {
        // 0,3 × 2 340 000 = 702 000 → 710 000.
        #expect(amount(0.3) == 710_000)
    }

    @Test func chienSiThiDuaCoSoIsOneBaseSalary() {
        #expect(amount(1.0) == 2_340_000)
    }

    @Test func tapTheLaoDongTienTien() {
        // 0,8 × 2 340 000 = 1 872 000 → 1 880 000.
        #expect(amount(0.8, .collective) == 1_880_000)
    }

    @Test func giayKhenForAHousehold() {
        // 0,45 × 2 340 000 = 1 053 000 → 1 060 000.
        #expect(amount(0.45, .household) == 1_060_000)
    }

    @Test func theOtherMultiplesOfTheRulebook() {
        #expect(amount(0.6, .collective) == 1_410_000)          // 1 404 000
        #expect(amount(1.5, .residentialGroup) == 3_510_000)    // exact
        #expect(amount(1.5, .collective) == 3_510_000)
        #expect(amount(3.0) == 7_020_000)                       // exact
        #expect(amount(8.0, .collective) == 18_720_000)         // exact
    }

    @Test func exactMultiplesAreNotPushedUp() {
        #expect(amount(0.3, base: 1_800_000) == 540_000)
        #expect(amount(0.3, base: 2_000_000) == 600_000)
        #expect(amount(0.45, base: 2_000_000) == 900_000)
        // Products that floating point makes a hair too big (1,1 × 100 000 = 110 000,000…01).
        #expect(amount(1.1, base: 100_000) == 110_000)
        #expect(amount(0.55, base: 200_000) == 110_000)
        #expect(amount(1.35, base: 1_400_000) == 1_890_000)
        #expect(amount(2.45, base: 200_000) == 490_000)
    }

    @Test func oneDongOverIsRoundedUpAWholeUnit() {
        // 0,3 × 2 000 010 = 600 003 → 610 000.
        #expect(amount(0.3, base: 2_000_010) == 610_000)
        // 1,0 × 2 340 001 → 2 350 000.
        #expect(amount(1.0, base: 2_340_001) == 2_350_000)
    }

    @Test func otherRoundingUnits() {
        #expect(amount(0.3, unit: 1_000) == 702_000)
        #expect(amount(0.3, base: 2_340_001, unit: 1_000) == 703_000)
        #expect(amount(0.3, unit: 1) == 702_000)
        #expect(amount(0.45, unit: 100_000) == 1_100_000)
    }

    @Test func noMultipleForTheTypeMeansNoMoney() {
        let ldtt = rule([.person: 0.3])
        #expect(ldtt.amount(for: .collective, baseSalary: Self.baseSalary, roundingUnit: 10_000) == nil)
        #expect(ldtt.amount(for: .household, baseSalary: Self.baseSalary, roundingUnit: 10_000) == nil)
        #expect(ldtt.multiple(for: .collective) == nil)
        #expect(ldtt.multiple(for: .person) == 0.3)
        #expect(rule([:]).amount(for: .person, baseSalary: Self.baseSalary, roundingUnit: 10_000) == nil)
    }

    @Test func noBaseSalaryOrRoundingMeansNoMoney() {
        #expect(amount(0.3, base: 0) == nil)
        #expect(amount(0.3, base: -1) == nil)
        #expect(amount(0.3, unit: 0) == nil)
    }

    @Test func multiplesAreKeyedByTheTypesRawValue() throws {
        let decoded = try Fixtures.decode(RewardRule.self, """
            {"multiples": {"person": 0.3, "collective": 0.6, "household": 0.45}, "basis": "x", "certainty": "likely"}
            """)
        #expect(decoded.multiples == ["person": RewardMultiple(0.3), "collective": RewardMultiple(0.6),
                                      "household": RewardMultiple(0.45)])
        #expect(decoded.multiple(for: .household) == 0.45)
        #expect(decoded.amount(for: .household, baseSalary: Self.baseSalary, roundingUnit: 10_000) == 1_060_000)
        #expect(decoded.multiple(for: .residentialGroup) == nil)
        #expect(rule([.residentialGroup: 1.5]).multiples == ["residential-group": RewardMultiple(1.5)])
    }

    @Test func aMultipleMayCarryItsOwnBasis() throws {
        let decoded = try Fixtures.decode(RewardRule.self, """
            {"multiples": {"person": {"multiple": 1.5, "basis": "Điều 54 khoản 1", "certainty": "likely"}, "collective": 3.0},
             "basis": "NĐ 152/2025/NĐ-CP", "certainty": "firm"}
            """)
        #expect(decoded.multiple(for: .person) == 1.5)
        #expect(decoded.basis(for: .person) == "Điều 54 khoản 1")
        #expect(decoded.basis(for: .collective) == "NĐ 152/2025/NĐ-CP")
        // Encoding keeps a bare number for a multiple without a basis of its own.
        let encoded = try Fixtures.decode(RewardRule.self, String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self))
        #expect(encoded == decoded)
    }

    @Test func theIssuesExampleOfRoundingUp() {
        // 0,45 × 2 530 000 = 1 138 500 → 1 140 000.
        #expect(amount(0.45, .household, base: 2_530_000) == 1_140_000)
        #expect(RewardRule.roundedUp(multiple: 0.45, baseSalary: 2_530_000, roundingUnit: 10_000) == 1_140_000)
        // 0,3 × 2 530 000 = 759 000 → 760 000.
        #expect(amount(0.3, base: 2_530_000) == 760_000)
    }

    // MARK: The shipped rulebooks

    @Test(arguments: ["rulebooks/vn-2025-07.json", "rulebooks/vn-2024-01.json"])
    func shippedProcedureDecodes(_ resource: String) throws {
        let book = try Fixtures.rulebook(resource: resource)
        let procedure = try #require(book.procedure, "\(resource) has no procedure")
        #expect(procedure.roundingUnit == 10_000)
        #expect(procedure.roundingBasis?.contains("làm tròn số lên hàng chục nghìn đồng") == true)
        #expect(procedure.attendancePercent == 80)
        #expect(procedure.provinceDeadline == "12-10")
        #expect(procedure.provinceDeadlineDay.month == 12)
        #expect(procedure.provinceDeadlineDay.day == 10)
        // The attendance share is the council's working rule, and says so.
        #expect(procedure.attendanceBasis.contains("không phải quy định của luật"))
        // The default ballot: more than half of those who voted.
        #expect(procedure.defaultBallot.percent == 50)
        #expect(procedure.defaultBallot.of == .voters)
        #expect(!procedure.defaultBallot.atLeast)
    }

    @Test(arguments: ["rulebooks/vn-2025-07.json", "rulebooks/vn-2024-01.json"])
    func shippedChienSiThiDuaCoSoBallot(_ resource: String) throws {
        let book = try Fixtures.rulebook(resource: resource)
        let award = try #require(book.award("chien-si-thi-dua-co-so"))
        let ballot = try #require(award.ballot)
        #expect(ballot.percent == 80)
        #expect(ballot.of == .members)
        #expect(ballot.atLeast)
        #expect(ballot.secret)
        #expect(!ballot.basis.isEmpty)
        #expect(book.ballotRule(for: award) == ballot)
        // 11 of 14 members is not enough under the shipped rule.
        #expect(!ballot.outcome(of: Tally(agree: 11, disagree: 3, abstain: 0), members: 14).passed)
    }

    @Test func awardsWithoutABallotOfTheirOwnUseTheDefault() throws {
        let book = try Fixtures.shippedRulebook()
        let procedure = try #require(book.procedure)
        for code in ["lao-dong-tien-tien", "tap-the-lao-dong-tien-tien", "giay-khen"] {
            let award = try #require(book.award(code))
            #expect(award.ballot == nil, "\(code)")
            #expect(book.ballotRule(for: award) == procedure.defaultBallot, "\(code)")
        }
        // Higher awards are voted on secretly.
        for code in ["bang-khen-tinh", "chien-si-thi-dua-tinh", "tap-the-lao-dong-xuat-sac"] {
            #expect(try #require(book.award(code)).ballot?.secret == true, "\(code)")
        }
    }

    @Test func shippedRewardsGiveTheRulebookAmounts() throws {
        let book = try Fixtures.shippedRulebook()
        func money(_ code: String, _ type: NomineeType) throws -> Int? {
            try #require(book.award(code)).reward?.amount(for: type, baseSalary: 2_530_000, roundingUnit: 10_000)
        }
        #expect(try money("lao-dong-tien-tien", .person) == 760_000)            // 0,3 → 759 000
        #expect(try money("chien-si-tien-tien", .person) == 760_000)
        #expect(try money("chien-si-thi-dua-co-so", .person) == 2_530_000)      // 1,0
        #expect(try money("tap-the-lao-dong-tien-tien", .collective) == 2_030_000) // 0,8 → 2 024 000
        #expect(try money("giay-khen", .person) == 760_000)                     // 0,3
        #expect(try money("giay-khen", .collective) == 1_520_000)               // 0,6 → 1 518 000
        #expect(try money("giay-khen", .household) == 1_140_000)                // 0,45 → 1 138 500
        #expect(try money("to-dan-pho-van-hoa", .residentialGroup) == 3_800_000) // 1,5 → 3 795 000
        #expect(try money("tap-the-lao-dong-xuat-sac", .collective) == 3_800_000)
        #expect(try money("bang-khen-tinh", .person) == 3_800_000)              // 1,5 for an individual
        #expect(try money("bang-khen-tinh", .collective) == 7_590_000)          // 3,0
        #expect(try money("bang-khen-tinh", .household) == 5_700_000)          // 2,25 → 5 692 500
        #expect(try money("chien-si-thi-dua-tinh", .person) == 7_590_000)      // 3,0
        // Gia đình văn hóa carries no money.
        #expect(try money("gia-dinh-van-hoa", .household) == nil)
    }

    @Test(arguments: ["rulebooks/vn-2025-07.json", "rulebooks/vn-2024-01.json"])
    func everyShippedMultipleHasItsOwnSourceAndEveryAwardACategory(_ resource: String) throws {
        let book = try Fixtures.rulebook(resource: resource)
        for award in book.awards {
            #expect(award.category != nil, "\(award.code) has no category")
            for (type, multiple) in award.reward?.multiples ?? [:] {
                #expect(multiple.basis?.isEmpty == false, "\(award.code) \(type) has no basis")
                #expect(multiple.certainty != nil, "\(award.code) \(type) has no certainty")
            }
        }
        #expect(book.award("giay-khen")?.category == .form)
        #expect(book.award("bang-khen-tinh")?.category == .form)
        #expect(book.award("lao-dong-tien-tien")?.category == .title)
        #expect(book.award("chien-si-thi-dua-co-so")?.category == .title)
    }

    @Test func shippedClocks() throws {
        let book = try Fixtures.shippedRulebook()
        let cstdcs = try #require(book.award("chien-si-thi-dua-co-so")?.clock)
        #expect(cstdcs.anchor == .complete)
        #expect(cstdcs.stages.map(\.days) == [20])
        #expect(cstdcs.stages.map(\.working) == [true])
        // Gia đình văn hóa and thôn, tổ dân phố văn hóa: reviewed by 25/11, decided within 10
        // (calendar) days of the complete file, posted 10 days before, published within 15 after.
        for code in ["gia-dinh-van-hoa", "to-dan-pho-van-hoa"] {
            let award = try #require(book.award(code))
            let clock = try #require(award.clock, "\(code)")
            #expect(clock.anchor == .complete)
            #expect(clock.reviewBy?.month == 11 && clock.reviewBy?.day == 25)
            #expect(clock.stages.map(\.days) == [10])
            #expect(clock.stages.map(\.working) == [false])
            #expect(award.posting?.days == 10 && award.posting?.working == false)
            #expect(award.publication?.days == 15 && award.publication?.working == false)
        }
        #expect(try #require(book.award("bang-khen-tinh")?.clock).anchor == .provinceDeadline)
        #expect(book.award("lao-dong-tien-tien")?.clock == nil)
    }

    // MARK: CouncilProcedure.monthDay

    private func monthDay(_ text: String) -> [Int]? {
        CouncilProcedure.monthDay(text).map { [$0.month, $0.day] }
    }

    @Test func monthDayReadsIsoAndVietnameseOrder() {
        #expect(monthDay("12-10") == [12, 10])
        #expect(monthDay("10/12") == [12, 10])
        #expect(monthDay("11-30") == [11, 30])
        #expect(monthDay("30/11") == [11, 30])
        #expect(monthDay("01-05") == [1, 5])
        #expect(monthDay("5/1") == [1, 5])
    }

    @Test func monthDayAcceptsTheTwentyNinthOfFebruary() {
        #expect(monthDay("02-29") == [2, 29])
        #expect(monthDay("29/02") == [2, 29])
    }

    @Test(arguments: ["", "12", "2026-12-10", "13-01", "00-10", "12-32", "02-30", "04-31", "31/04", "x-y", "12/10/2026", "dec-10"])
    func monthDayRefusesWhatIsNotADayOfAYear(_ text: String) {
        #expect(monthDay(text) == nil, "\(text)")
    }

    @Test func aBadDeadlineFallsBackToTheTenthOfDecember() {
        var procedure = CouncilProcedure(defaultBallot: BallotRule(percent: 50, of: .voters, atLeast: false, secret: false, basis: "",
                                                                   certainty: .likely),
                                         attendancePercent: 80, attendanceBasis: "", roundingUnit: 10_000, provinceDeadline: "31-12")
        #expect(procedure.provinceDeadlineDay.month == 12)
        #expect(procedure.provinceDeadlineDay.day == 10)
        procedure.provinceDeadline = "30/11"
        #expect(procedure.provinceDeadlineDay.month == 11)
        #expect(procedure.provinceDeadlineDay.day == 30)
        procedure.provinceDeadline = "12-05"
        #expect(procedure.provinceDeadlineDay.day == 5)
    }
}
