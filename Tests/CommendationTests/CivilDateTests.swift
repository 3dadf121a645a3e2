import Foundation
import Testing
import Commendation

@Suite("Civil dates")
struct CivilDateTests {
    @Test func parsesISO() throws {
        let date = try #require(CivilDate(iso: "2025-07-01"))
        #expect(date.year == 2025)
        #expect(date.month == 7)
        #expect(date.day == 1)
    }

    @Test(arguments: ["2025-7-01", "2025-07-1", "25-07-01", "2025/07/01", "01/07/2025", "", "2025-07", "2025-07-01-01",
                      "abcd-07-01", "2025-13-01", "2025-00-10", "2025-02-29", "2025-04-31"])
    func rejectsMalformedOrNonexistentISO(_ text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func parsesVietnameseWithOneOrTwoDigits() throws {
        #expect(CivilDate(vietnamese: "09/03/1984") == Fixtures.date(1984, 3, 9))
        #expect(CivilDate(vietnamese: "9/3/1984") == Fixtures.date(1984, 3, 9))
        #expect(CivilDate(vietnamese: " 1/7/2025 ") == Fixtures.date(2025, 7, 1))
        #expect(CivilDate(vietnamese: "31/12/2025") == Fixtures.date(2025, 12, 31))
        #expect(CivilDate(vietnamese: "\u{00A0}1/7/2025\u{2003}") == Fixtures.date(2025, 7, 1))
        #expect(CivilDate(vietnamese: "\t01/07/2025") == Fixtures.date(2025, 7, 1))
    }

    @Test(arguments: ["31/02/2025", "29/02/2025", "15/13/2025", "00/01/2025", "32/01/2025", "31/04/2025",
                      "29/02/1900", "1/7/25", "001/07/2025", "2025-07-01", "01.07.2025", "", "a/b/cdef",
                      "1/7/2025/3", "12345/1/2025", "1//2025", "/1/7/2025", "1/7/20255", "\u{0663}/7/2025", "1 /7/2025",
                      "1/7/\u{FF12}025"])
    func rejectsInvalidVietnameseDates(_ text: String) {
        #expect(CivilDate(vietnamese: text) == nil)
    }

    /// `YYYY-MM-DD` and `dd/mm/yyyy` are digits only: a sign is not part of either form.
    @Test(arguments: ["+025-07-01", "2025-+7-01", "2025-07-+1"])
    func signedFieldsAreNotISODates(_ text: String) {
        #expect(CivilDate(iso: text) == nil, "\(text) parsed as \(CivilDate(iso: text)?.iso ?? "")")
    }

    @Test(arguments: ["+1/07/2025", "01/+7/2025", "+1/+7/2025", "01/07/+202"])
    func signedFieldsAreNotVietnameseDates(_ text: String) {
        #expect(CivilDate(vietnamese: text) == nil, "\(text) parsed as \(CivilDate(vietnamese: text)?.iso ?? "")")
    }

    @Test func decodingASignedYearThrows() {
        #expect(throws: DecodingError.self) {
            _ = try JSONDecoder().decode([CivilDate].self, from: Data("[\"+025-07-01\"]".utf8))
        }
    }

    @Test func acceptsLeapDays() {
        #expect(CivilDate(vietnamese: "29/02/2024") == Fixtures.date(2024, 2, 29))
        #expect(CivilDate(vietnamese: "29/02/2000") != nil)
        #expect(CivilDate(iso: "2024-02-29") != nil)
    }

    @Test func componentInitializerRejectsImpossibleDates() {
        #expect(CivilDate(year: 2025, month: 2, day: 31) == nil)
        #expect(CivilDate(year: 2025, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2025, month: 0, day: 1) == nil)
        #expect(CivilDate(year: 2025, month: 1, day: 0) == nil)
        #expect(CivilDate(year: 0, month: 1, day: 1) == nil)
        #expect(CivilDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CivilDate(year: 2025, month: 6, day: 30) != nil)
    }

    @Test func daysInMonth() {
        #expect(CivilDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CivilDate.daysIn(month: 2, year: 2025) == 28)
        #expect(CivilDate.daysIn(month: 2, year: 1900) == 28)
        #expect(CivilDate.daysIn(month: 2, year: 2000) == 29)
        #expect(CivilDate.daysIn(month: 4, year: 2025) == 30)
        #expect(CivilDate.daysIn(month: 12, year: 2025) == 31)
    }

    @Test func ordersByYearThenMonthThenDay() {
        let a = Fixtures.date(2024, 12, 31)
        let b = Fixtures.date(2025, 1, 1)
        let c = Fixtures.date(2025, 2, 1)
        let d = Fixtures.date(2025, 2, 10)
        #expect(a < b)
        #expect(b < c)
        #expect(c < d)
        #expect(!(d < c))
        #expect(!(b < b))
        #expect([d, b, a, c].sorted() == [a, b, c, d])
        #expect(Fixtures.date(2025, 1, 31) < Fixtures.date(2025, 2, 1))
    }

    @Test func formats() {
        let date = Fixtures.date(2025, 7, 1)
        #expect(date.iso == "2025-07-01")
        #expect(date.vietnamese == "01/07/2025")
        #expect(date.description == "2025-07-01")
        #expect(Fixtures.date(999, 12, 9).iso == "0999-12-09")
    }

    @Test func formatsRoundTripThroughParsers() {
        for date in [Fixtures.date(1984, 3, 9), Fixtures.date(2024, 2, 29), Fixtures.date(2025, 12, 31)] {
            #expect(CivilDate(iso: date.iso) == date)
            #expect(CivilDate(vietnamese: date.vietnamese) == date)
        }
    }

    @Test func codesAsISOString() throws {
        let data = try JSONEncoder().encode([Fixtures.date(2025, 7, 1)])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2025-07-01\"]")
        let decoded = try JSONDecoder().decode([CivilDate].self, from: Data("[\"2024-02-29\"]".utf8))
        #expect(decoded == [Fixtures.date(2024, 2, 29)])
    }

    @Test(arguments: ["\"2025-02-31\"", "\"01/07/2025\"", "\"\"", "\"2025-13-01\""])
    func decodingABadDateThrowsDataCorrupted(_ json: String) {
        #expect {
            _ = try JSONDecoder().decode([CivilDate].self, from: Data("[\(json)]".utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted = error else { return false }
            return true
        }
    }

    @Test func decodingANonStringThrows() {
        #expect(throws: DecodingError.self) {
            _ = try JSONDecoder().decode([CivilDate].self, from: Data("[20250701]".utf8))
        }
    }

    @Test func fixedClockShowsItsDay() {
        let day = Fixtures.date(2026, 3, 15)
        let clock = FixedClock(day)
        #expect(clock.today() == day)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour], from: clock.now())
        #expect(parts.year == 2026)
        #expect(parts.month == 3)
        #expect(parts.day == 15)
        #expect(parts.hour == 12)
    }
}
