import Commendation
import Foundation
import TdktResources
import Testing

@Suite("Money of a decision: the base salary of its day, one payment per period")
struct PaymentPlanTests {
    private static func table() throws -> BaseSalaryTable {
        try JSONDecoder().decode(BaseSalaryTable.self, from: TdktResources.data("money/base-salary.json"))
    }

    private static func day(_ text: String) -> CivilDate { CivilDate(vietnamese: text)! }

    private func candidate(_ id: String, _ nominee: String, _ award: String, _ type: NomineeType = .person,
                           year: Int = 2026) -> PaymentCandidate {
        PaymentCandidate(nominationID: id, nomineeID: nominee, nomineeType: type, award: award, year: year)
    }

    private func plan(_ candidates: [PaymentCandidate], on date: String, earlier: [EarlierTitlePayment] = [],
                      override: Int? = nil) throws -> PaymentPlan {
        let set = try Fixtures.shippedSet()
        return PaymentPlan(candidates: candidates,
                           baseSalary: AppliedBaseSalary(on: Self.day(date), table: try Self.table(), override: override),
                           earlier: earlier, rulebook: { set.rulebook(forYear: $0) })
    }

    // MARK: The base salary by date

    @Test func theRateInForceOnTheDayIsUsed() throws {
        let table = try Self.table()
        #expect(table.rate(on: Self.day("30/06/2023")) == nil)
        #expect(table.rate(on: Self.day("01/07/2023"))?.amount == 1_800_000)
        #expect(table.rate(on: Self.day("30/06/2024"))?.amount == 1_800_000)
        #expect(table.rate(on: Self.day("01/07/2024"))?.amount == 2_340_000)
        #expect(table.rate(on: Self.day("30/06/2026"))?.amount == 2_340_000)
        #expect(table.rate(on: Self.day("01/07/2026"))?.amount == 2_530_000)
        #expect(table.rate(on: Self.day("06/12/2026"))?.amount == 2_530_000)
        // Every rate cites the decree that set it.
        #expect(zip(table.rates, ["NĐ 24/2023/NĐ-CP", "NĐ 73/2024/NĐ-CP", "NĐ 161/2026/NĐ-CP"]).allSatisfy { $0.basis.hasPrefix($1) })
    }

    @Test func theRatesMayComeInAnyOrder() throws {
        let table = BaseSalaryTable(rates: try Self.table().rates.reversed())
        #expect(table.rate(on: Self.day("15/08/2025"))?.amount == 2_340_000)
    }

    @Test func theWardsOverrideWinsAndSaysSo() throws {
        let table = try Self.table()
        let law = try #require(AppliedBaseSalary(on: Self.day("06/12/2026"), table: table, override: nil))
        #expect(law.origin == .law && !law.isOverride && law.basis?.hasPrefix("NĐ 161/2026/NĐ-CP") == true)
        let own = try #require(AppliedBaseSalary(on: Self.day("06/12/2026"), table: table, override: 2_600_000))
        #expect(own == AppliedBaseSalary(amount: 2_600_000, origin: .override))
        #expect(own.isOverride && own.basis == nil)
        // An override that is not positive is no override.
        #expect(AppliedBaseSalary(on: Self.day("06/12/2026"), table: table, override: 0)?.origin == .law)
        #expect(AppliedBaseSalary(on: Self.day("01/01/2020"), table: table, override: nil) == nil)
    }

    // MARK: One period, one payment

    @Test func twoTitlesOfOneYearPayTheHigherOnly() throws {
        let plan = try plan([candidate("L", "P1", "lao-dong-tien-tien"), candidate("C", "P1", "chien-si-thi-dua-co-so")],
                            on: "06/12/2026")
        #expect(plan.payments.map(\.amount) == [nil, 2_530_000])
        #expect(plan.payments.map(\.note) == [.higherTitlePaid(award: "chien-si-thi-dua-co-so"), nil])
        #expect(plan.payments.map(\.multiple) == [0.3, 1.0])
        #expect(plan.total == 2_530_000)
    }

    @Test func titlesOfDifferentYearsOrPeopleAreEachPaid() throws {
        let plan = try plan([candidate("L26", "P1", "lao-dong-tien-tien"),
                             candidate("L25", "P1", "lao-dong-tien-tien", year: 2025),
                             candidate("C", "P2", "chien-si-thi-dua-co-so")], on: "06/12/2026")
        #expect(plan.payments.map(\.amount) == [760_000, 760_000, 2_530_000])
        #expect(plan.payments.allSatisfy { $0.note == nil })
    }

    @Test func aTitleAndAFormOfAwardAreBothPaid() throws {
        let plan = try plan([candidate("C", "P1", "chien-si-thi-dua-co-so"), candidate("G", "P1", "giay-khen")], on: "06/12/2026")
        #expect(plan.payments.map(\.amount) == [2_530_000, 760_000])
        #expect(plan.total == 3_290_000)
    }

    @Test func anEarlierDecisionsTitleOfThePeriodCounts() throws {
        let paid = EarlierTitlePayment(nomineeID: "P1", year: 2026, award: "lao-dong-tien-tien", amount: 710_000, decision: "12/QĐ-UBND")
        // A higher title later pays the difference …
        let higher = try plan([candidate("C", "P1", "chien-si-thi-dua-co-so")], on: "06/12/2026", earlier: [paid])
        #expect(higher.payments.map(\.amount) == [2_530_000 - 710_000])
        #expect(higher.payments.first?.note == .earlierTitlePaid(award: "lao-dong-tien-tien", decision: "12/QĐ-UBND", amount: 710_000))
        // … an equal or lower one nothing.
        let paidHigh = EarlierTitlePayment(nomineeID: "P1", year: 2026, award: "chien-si-thi-dua-co-so", amount: 2_530_000,
                                           decision: "13/QĐ-UBND")
        let lower = try plan([candidate("L", "P1", "lao-dong-tien-tien")], on: "06/12/2026", earlier: [paidHigh])
        #expect(lower.payments.map(\.amount) == [nil])
        // A form of award paid earlier does not count against a title.
        let form = EarlierTitlePayment(nomineeID: "P1", year: 2026, award: "giay-khen", amount: 760_000, decision: "14/QĐ-UBND")
        #expect(try plan([candidate("L", "P1", "lao-dong-tien-tien")], on: "06/12/2026", earlier: [form]).payments.map(\.amount)
                == [760_000])
    }

    @Test func multiplesByNomineeTypeAtTheDecisionsBase() throws {
        let plan = try plan([candidate("1", "H1", "giay-khen", .household), candidate("2", "C1", "giay-khen", .collective),
                             candidate("3", "P1", "bang-khen-tinh"), candidate("4", "C2", "bang-khen-tinh", .collective),
                             candidate("5", "H2", "bang-khen-tinh", .household), candidate("6", "H3", "gia-dinh-van-hoa", .household)],
                            on: "06/12/2026")
        #expect(plan.payments.map(\.amount) == [1_140_000, 1_520_000, 3_800_000, 7_590_000, 5_700_000, nil])
        #expect(plan.payments.last?.note == .noReward)
        // Each paid multiple names its clause.
        #expect(plan.payments.dropLast().allSatisfy { $0.basis?.contains("NĐ 152/2025/NĐ-CP") == true })
    }

    @Test func theDecisionsDateChoosesTheBase() throws {
        let june = try plan([candidate("C", "P1", "chien-si-thi-dua-co-so")], on: "30/06/2026")
        let july = try plan([candidate("C", "P1", "chien-si-thi-dua-co-so")], on: "01/07/2026")
        #expect(june.total == 2_340_000)
        #expect(july.total == 2_530_000)
        #expect(try plan([candidate("C", "P1", "chien-si-thi-dua-co-so")], on: "01/07/2026", override: 2_600_000).total == 2_600_000)
    }

    @Test func withoutABaseNothingIsPaid() throws {
        let set = try Fixtures.shippedSet()
        let plan = PaymentPlan(candidates: [candidate("C", "P1", "chien-si-thi-dua-co-so")], baseSalary: nil,
                               rulebook: { set.rulebook(forYear: $0) })
        #expect(plan.payments.map(\.amount) == [nil])
        #expect(plan.total == 0)
    }

    // MARK: Period rules

    @Test func aPostingOfTenDaysCountsItsFirstDay() {
        let rule = PeriodRule(days: 10, working: false, basis: "NĐ 86/2023/NĐ-CP", certainty: .firm)
        let calendar = WorkingCalendar(days: [])
        #expect(rule.lastDay(startingOn: Self.day("26/11/2026"), calendar: calendar) == Self.day("05/12/2026"))
        #expect(rule.deadline(after: Self.day("06/12/2026"), calendar: calendar) == Self.day("16/12/2026"))
        let fifteen = PeriodRule(days: 15, working: false, basis: "", certainty: .likely)
        #expect(fifteen.deadline(after: Self.day("06/12/2026"), calendar: calendar) == Self.day("21/12/2026"))
    }
}
