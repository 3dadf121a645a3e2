import Foundation
import Testing
import TdktResources
import Commendation

/// Helpers for the working-calendar tests.
enum CalendarFixtures {
    /// A date that must exist.
    static func day(_ iso: String) -> CivilDate {
        guard let date = CivilDate(iso: iso) else { fatalError("not a date: \(iso)") }
        return date
    }

    /// The shipped file's bytes.
    static func shippedData() throws -> Data {
        try TdktResources.data("calendar/vn-holidays.json")
    }

    /// The shipped calendar.
    static func shipped() throws -> WorkingCalendar {
        try WorkingCalendar.decode(shippedData())
    }

    /// The error `text` is refused with, or nil when it is accepted.
    static func error(_ text: String) -> CalendarFileError? {
        do {
            _ = try WorkingCalendar.decode(Data(text.utf8))
            return nil
        } catch let error as CalendarFileError {
            return error
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    /// Mùng 1 Tết, from Hồ Ngọc Đức's Vietnamese lunar calendar (UTC+7), cross-checked against
    /// the astronomical new moon. 2030 is 2 February in Vietnam (new moon 23:07 UTC+7), 3 in China.
    static let lunarNewYear: [Int: String] = [
        2024: "2024-02-10", 2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06",
        2028: "2028-01-26", 2029: "2029-02-13", 2030: "2030-02-02",
    ]

    /// Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month, same sources.
    static let hungKings: [Int: String] = [
        2024: "2024-04-18", 2025: "2025-04-07", 2026: "2026-04-26", 2027: "2027-04-16",
        2028: "2028-04-04", 2029: "2029-04-23", 2030: "2030-04-12",
    ]
}

@Suite("Civil date arithmetic")
struct CivilDateArithmeticTests {
    @Test(arguments: [
        ("0001-01-01", CivilDate.Weekday.monday), ("1945-09-02", .sunday), ("1970-01-01", .thursday),
        ("1975-04-30", .wednesday), ("2000-01-01", .saturday), ("2024-02-29", .thursday), ("2026-02-17", .tuesday),
        ("2026-11-29", .sunday), ("2100-03-01", .monday), ("9999-12-31", .friday),
    ])
    func weekdayOfKnownDates(_ iso: String, _ weekday: CivilDate.Weekday) {
        #expect(CalendarFixtures.day(iso).weekday == weekday)
    }

    @Test func dayNumbersOfKnownDates() {
        #expect(CalendarFixtures.day("1970-01-01").dayNumber == 0)
        #expect(CalendarFixtures.day("2000-01-01").dayNumber == 10_957)
        #expect(CalendarFixtures.day("1600-02-29").dayNumber == -135_081)
        #expect(CalendarFixtures.day("0001-01-01").dayNumber == CivilDate.dayNumbers.lowerBound)
        #expect(CalendarFixtures.day("9999-12-31").dayNumber == CivilDate.dayNumbers.upperBound)
        #expect(CivilDate(dayNumber: CivilDate.dayNumbers.lowerBound - 1) == nil)
        #expect(CivilDate(dayNumber: CivilDate.dayNumbers.upperBound + 1) == nil)
    }

    /// Every day from 1899 to 2101 follows the one before, and agrees with Foundation's Gregorian
    /// calendar (which is Gregorian, not proleptic, only after 1582: the range avoids that).
    @Test func consecutiveDaysAgreeWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let first = CalendarFixtures.day("1899-01-01").dayNumber
        let last = CalendarFixtures.day("2101-12-31").dayNumber
        var previous = try #require(CivilDate(dayNumber: first - 1))
        for number in first...last {
            let date = try #require(CivilDate(dayNumber: number))
            #expect(date.dayNumber == number)
            if date.day == 1 {
                #expect(previous.day == CivilDate.daysIn(month: previous.month, year: previous.year))
                #expect(date.month == previous.month % 12 + 1)
                #expect(date.year == previous.year + (date.month == 1 ? 1 : 0))
            } else {
                #expect(date.day == previous.day + 1 && date.month == previous.month && date.year == previous.year)
            }
            #expect(date.weekday.rawValue == previous.weekday.rawValue % 7 + 1)
            if number % 97 == 0 {
                let instant = try #require(calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)))
                #expect(Int((instant.timeIntervalSince1970 / 86_400).rounded(.down)) == number)
                // Foundation: Sunday 1 … Saturday 7.
                #expect(calendar.component(.weekday, from: instant) == date.weekday.rawValue % 7 + 1)
            }
            previous = date
        }
    }

    @Test func addingDaysAcrossMonthYearAndLeapDays() {
        let day = CalendarFixtures.day
        #expect(day("2028-02-28").adding(days: 1) == day("2028-02-29"))
        #expect(day("2028-02-28").adding(days: 2) == day("2028-03-01"))
        #expect(day("2027-02-28").adding(days: 1) == day("2027-03-01"))
        #expect(day("2100-02-28").adding(days: 1) == day("2100-03-01"))
        #expect(day("2000-02-28").adding(days: 1) == day("2000-02-29"))
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(day("2027-01-01").adding(days: -1) == day("2026-12-31"))
        #expect(day("2028-03-01").dayNumber - day("2028-02-01").dayNumber == 29)
        #expect(day("2029-01-01").dayNumber - day("2028-01-01").dayNumber == 366)
        #expect(day("9999-12-31").adding(days: 1) == nil)
        #expect(day("0001-01-01").adding(days: -1) == nil)
        #expect(day("2026-01-01").adding(days: Int.max) == nil)
        #expect(day("2026-01-01").adding(days: Int.min) == nil)
    }
}

@Suite("Working calendar")
struct WorkingCalendarTests {
    let day = CalendarFixtures.day

    // MARK: Working days

    @Test func weekendsHolidaysAndMakeUpDays() throws {
        let calendar = try CalendarFixtures.shipped()
        #expect(calendar.isWorkingDay(day("2026-11-27")))     // Friday
        #expect(!calendar.isWorkingDay(day("2026-11-28")))    // Saturday
        #expect(!calendar.isWorkingDay(day("2026-11-29")))    // Sunday
        #expect(!calendar.isWorkingDay(day("2026-02-17")))    // mùng 1 Tết, Tuesday
        #expect(!calendar.isWorkingDay(day("2026-04-27")))    // nghỉ bù Giỗ Tổ (26/04 a Sunday)
        #expect(calendar.isWorkingDay(day("2024-05-04")))     // Saturday worked for Monday 29/04/2024
        #expect(!calendar.isWorkingDay(day("2024-04-29")))
        #expect(calendar.isWorkingDay(day("2025-04-26")))     // Saturday worked for Friday 02/05/2025
        #expect(!calendar.isWorkingDay(day("2025-05-02")))
        #expect(!calendar.isWorkingDay(day("2025-09-01")))    // Quốc khánh 2025: 01/09 and 02/09
        #expect(calendar.isWorkingDay(day("2025-09-03")))
        #expect(calendar.holiday(on: day("2026-02-17"))?.name.contains("Tết Nguyên đán") == true)
        #expect(calendar.holiday(on: day("2026-11-28")) == nil)
        #expect(calendar.holiday(on: day("2024-05-04")) == nil)
        #expect(calendar.entry(on: day("2024-05-04"))?.kind == .workday)
    }

    @Test func anEmptyCalendarKnowsOnlyWeekends() {
        let calendar = WorkingCalendar(days: [])
        #expect(calendar.years == nil)
        #expect(calendar.isWorkingDay(day("2026-02-17")))
        #expect(!calendar.isWorkingDay(day("2026-02-21")))
        // Monday 2026-11-30 … Friday 2026-12-04, Monday 2026-12-07.
        #expect(calendar.workingDays(after: day("2026-11-27"), through: day("2026-12-07")) == 6)
        #expect(calendar.adding(workingDays: 6, to: day("2026-11-27")) == day("2026-12-07"))
        // Before 1970 too (day numbers are negative there): counted one by one in Python.
        #expect(calendar.workingDays(after: day("1969-12-24"), through: day("1970-01-07")) == 10)
        #expect(calendar.workingDays(after: day("1945-09-02"), through: day("1975-04-30")) == 7_738)
        #expect(calendar.adding(workingDays: 7_738, to: day("1945-09-02")) == day("1975-04-30"))
        #expect(calendar.adding(workingDays: -7_738, to: day("1975-04-30")) == day("1945-08-31"))
    }

    /// From Monday 2026-02-02, by hand: Feb 3–6 are 1–4, Feb 9–13 are 5–9; 14–22 February is Tết
    /// (nine days, weekends included); Feb 23–27 are 10–14, Mar 2–6 are 15–19; Monday 9 March is
    /// the 20th. Without Tết the 20th would be Monday 2 March.
    @Test func twentyWorkingDaysAcrossTet2026() throws {
        let calendar = try CalendarFixtures.shipped()
        #expect(calendar.adding(workingDays: 20, to: day("2026-02-02")) == day("2026-03-09"))
        #expect(WorkingCalendar(days: []).adding(workingDays: 20, to: day("2026-02-02")) == day("2026-03-02"))
        #expect(calendar.adding(workingDays: 9, to: day("2026-02-02")) == day("2026-02-13"))
        #expect(calendar.adding(workingDays: 10, to: day("2026-02-02")) == day("2026-02-23"))
        #expect(calendar.workingDays(after: day("2026-02-02"), through: day("2026-03-09")) == 20)
        #expect(calendar.workingDays(after: day("2026-02-13"), through: day("2026-02-23")) == 1)
        #expect(calendar.workingDays(after: day("2026-02-13"), through: day("2026-02-22")) == 0)
        // Back from Monday 23 February: Feb 13 … 9 are 1–5, Feb 6 is the 6th, Feb 2 the 10th.
        #expect(calendar.adding(workingDays: -6, to: day("2026-02-23")) == day("2026-02-06"))
        #expect(calendar.adding(workingDays: -10, to: day("2026-02-23")) == day("2026-02-02"))
    }

    /// 2027-12-31 is a Friday; 2028-01-01 (Saturday) is Tết Dương lịch, made up on Monday 3 January.
    /// 2024-12-31 is a Tuesday and 2025-01-01 (Wednesday) is off.
    @Test func acrossTheYearEnd() throws {
        let calendar = try CalendarFixtures.shipped()
        #expect(calendar.adding(workingDays: 1, to: day("2027-12-31")) == day("2028-01-04"))
        #expect(calendar.workingDays(after: day("2027-12-30"), through: day("2028-01-04")) == 2)
        #expect(calendar.adding(workingDays: 1, to: day("2024-12-31")) == day("2025-01-02"))
        #expect(calendar.workingDays(after: day("2024-12-20"), through: day("2025-01-03")) == 9)
        #expect(calendar.adding(workingDays: -1, to: day("2028-01-04")) == day("2027-12-31"))
    }

    /// 2028-02-28 is a Monday: Tuesday 29 February is the next working day, Wednesday 1 March the one after.
    @Test func acrossTheLeapDay2028() throws {
        let calendar = try CalendarFixtures.shipped()
        #expect(calendar.adding(workingDays: 1, to: day("2028-02-28")) == day("2028-02-29"))
        #expect(calendar.adding(workingDays: 2, to: day("2028-02-28")) == day("2028-03-01"))
        #expect(calendar.adding(workingDays: 5, to: day("2028-02-25")) == day("2028-03-03"))
        #expect(calendar.workingDays(after: day("2028-02-25"), through: day("2028-03-01")) == 3)
        #expect(calendar.workingDays(after: day("2027-02-26"), through: day("2027-03-03")) == 3)
        #expect(calendar.isWorkingDay(day("2028-02-29")))
    }

    @Test func zeroAndReversedRanges() throws {
        let calendar = try CalendarFixtures.shipped()
        #expect(calendar.adding(workingDays: 0, to: day("2026-02-17")) == day("2026-02-17"))
        #expect(calendar.workingDays(after: day("2026-03-09"), through: day("2026-03-09")) == 0)
        #expect(calendar.workingDays(after: day("2026-03-09"), through: day("2026-02-02")) == 0)
    }

    /// For every start day of 2023-12 … 2031-01 and n in 0…60, counting back the days added gives n;
    /// the result is a working day (n > 0), matches a day-by-day walk, and counting back returns.
    @Test func addingAndCountingAreInverse() throws {
        let calendar = try CalendarFixtures.shipped()
        let first = day("2023-12-01").dayNumber, last = day("2031-01-31").dayNumber
        for number in first...last {
            let start = try #require(CivilDate(dayNumber: number))
            var walked = start
            var count = 0
            for n in 0...60 {
                let end = calendar.adding(workingDays: n, to: start)
                guard calendar.workingDays(after: start, through: end) == n else {
                    Issue.record("workingDays(after: \(start), through: adding(\(n))) = \(calendar.workingDays(after: start, through: end))")
                    return
                }
                if n > 0 {
                    while count < n {
                        walked = try #require(walked.adding(days: 1))
                        if calendar.isWorkingDay(walked) { count += 1 }
                    }
                    guard end == walked, calendar.isWorkingDay(end) else {
                        Issue.record("adding(\(n), to: \(start)) = \(end), walking gives \(walked)")
                        return
                    }
                    // Back again: to `start` when it is worked, else to the last working day before it.
                    let back = calendar.isWorkingDay(start) ? start : calendar.adding(workingDays: -1, to: start)
                    guard calendar.adding(workingDays: -n, to: end) == back else {
                        Issue.record("adding(-\(n), to: \(end)) = \(calendar.adding(workingDays: -n, to: end)), expected \(back)")
                        return
                    }
                }
            }
        }
    }

    /// Counting over long spans matches counting day by day, over the whole shipped period.
    @Test func countingMatchesAWalk() throws {
        let calendar = try CalendarFixtures.shipped()
        let start = day("2023-12-25")
        var date = start
        var count = 0
        while date < day("2031-01-10") {
            date = try #require(date.adding(days: 1))
            if calendar.isWorkingDay(date) { count += 1 }
            if date.day == 1 || date.weekday == .friday {
                #expect(calendar.workingDays(after: start, through: date) == count)
            }
        }
        // Every year of the file has the law's eleven weekdays off in all, after make-up days.
        for year in 2024...2030 {
            let worked = calendar.workingDays(after: day("\(year - 1)-12-31"), through: day("\(year)-12-31"))
            let weekdays = WorkingCalendar(days: []).workingDays(after: day("\(year - 1)-12-31"), through: day("\(year)-12-31"))
            #expect(weekdays - worked == 11, "year \(year)")
        }
    }

    @Test func farBeyondTheCalendarStopsAtItsEdges() {
        let calendar = WorkingCalendar(days: [PublicHoliday(date: day("2026-02-17"), name: "Tết")])
        #expect(calendar.adding(workingDays: Int.max, to: day("2026-01-01")) == day("9999-12-31"))
        #expect(calendar.adding(workingDays: Int.min, to: day("2026-01-01")) == day("0001-01-01"))
        #expect(calendar.adding(workingDays: 1, to: day("9999-12-31")) == day("9999-12-31"))
        // 2 608 614 weekdays after 0001-01-01 through 9999-12-31 (counted one by one in Python), less Tết.
        #expect(calendar.workingDays(after: day("0001-01-01"), through: day("9999-12-31")) == 2_608_613)
        #expect(calendar.workingDays(after: day("0001-01-01"), through: day("2026-02-17")) == 528_330)
        // A working day before the edge is still found exactly.
        #expect(calendar.adding(workingDays: 1, to: day("9999-12-29")) == day("9999-12-30"))
    }

    // MARK: Building and merging

    @Test func laterEntriesForTheSameDateWin() {
        let calendar = WorkingCalendar(days: [
            PublicHoliday(date: day("2027-09-03"), name: "Quốc khánh", kind: .holiday),
            PublicHoliday(date: day("2027-09-03"), name: "Làm việc", kind: .workday),
        ])
        #expect(calendar.isWorkingDay(day("2027-09-03")))
        #expect(calendar.days.count == 1)
        #expect(calendar.entry(on: day("2027-09-03"))?.name == "Làm việc")
    }

    @Test func aWardFileOverridesAndAddsToTheShippedOne() throws {
        let shipped = try CalendarFixtures.shipped()
        let ward = try WorkingCalendar.decode(Data("""
            {"notes": {"2027": "Theo thông báo năm 2027."},
             "days": [
              {"date": "2027-09-03", "name": "Làm việc bình thường", "kind": "workday"},
              {"date": "2027-09-01", "name": "Quốc khánh (ngày liền trước 2/9)", "kind": "holiday"},
              {"date": "2031-01-01", "name": "Tết Dương lịch", "kind": "holiday"}
             ]}
            """.utf8))
        let merged = shipped.merged(with: ward)
        #expect(!shipped.isWorkingDay(day("2027-09-03")))
        #expect(merged.isWorkingDay(day("2027-09-03")))
        #expect(merged.holiday(on: day("2027-09-03")) == nil)
        #expect(shipped.isWorkingDay(day("2027-09-01")))
        #expect(merged.holiday(on: day("2027-09-01"))?.name == "Quốc khánh (ngày liền trước 2/9)")
        #expect(merged.years == 2024...2031)
        #expect(merged.notes[2027] == "Theo thông báo năm 2027.")
        #expect(merged.notes[2026] == shipped.notes[2026])
        #expect(merged.days.count == shipped.days.count + 2)
        // The week of 2/9/2027 now has Wednesday 1 and Thursday 2 off instead of Thursday 2 and Friday 3.
        #expect(merged.workingDays(after: day("2027-08-29"), through: day("2027-09-05")) == 3)
        #expect(shipped.workingDays(after: day("2027-08-29"), through: day("2027-09-05")) == 3)
        #expect(merged.adding(workingDays: 3, to: day("2027-08-29")) == day("2027-09-03"))
        #expect(shipped.adding(workingDays: 3, to: day("2027-08-29")) == day("2027-09-01"))
        // Merging is not symmetric: the shipped file laid over the ward's restores its entries.
        #expect(!ward.merged(with: shipped).isWorkingDay(day("2027-09-03")))
    }

    // MARK: The shipped file

    @Test func theShippedFileCovers2024Through2030() throws {
        let calendar = try CalendarFixtures.shipped()
        #expect(calendar.years == 2024...2030)
        for year in 2024...2030 {
            #expect(calendar.notes[year]?.isEmpty == false, "note for \(year)")
        }
    }

    @Test func theShippedFileHasNoDuplicateDatesAndOnlyKnownKeys() throws {
        let root = try #require(try JSONSerialization.jsonObject(with: CalendarFixtures.shippedData()) as? [String: Any])
        let about = try #require(root["about"] as? String)
        #expect(about.contains("Điều 112"))
        #expect(about.contains("2026"))
        let entries = try #require(root["days"] as? [[String: Any]])
        let dates = entries.compactMap { $0["date"] as? String }
        #expect(dates.count == entries.count)
        #expect(Set(dates).count == dates.count)
        #expect(dates == dates.sorted())
        #expect(try CalendarFixtures.shipped().days.count == entries.count)
    }

    @Test(arguments: 2024...2030)
    func eachYearHasTheLawsDays(_ year: Int) throws {
        let calendar = try CalendarFixtures.shipped()
        let days = calendar.days.filter { $0.date.year == year }
        // Tết Âm lịch: five weekdays off at least, mùng 1 among the days off.
        let tet = days.filter { $0.kind == .holiday && $0.name.contains("Tết Nguyên đán") }
        #expect(tet.filter { !$0.date.weekday.isWeekend }.count >= 5)
        let newYear = try #require(CalendarFixtures.lunarNewYear[year])
        #expect(calendar.holiday(on: day(newYear))?.name.contains("mùng 1") == true)
        // The other holidays of Điều 112.
        let hung = try #require(CalendarFixtures.hungKings[year])
        #expect(calendar.holiday(on: day(hung))?.name.contains("Giỗ Tổ Hùng Vương") == true)
        #expect(calendar.holiday(on: day("\(year)-01-01"))?.name.contains("Tết Dương lịch") == true)
        #expect(calendar.holiday(on: day("\(year)-04-30"))?.name.contains("Ngày Chiến thắng") == true)
        #expect(calendar.holiday(on: day("\(year)-05-01"))?.name.contains("Quốc tế Lao động") == true)
        // Quốc khánh: 2/9 and the day before or after.
        #expect(calendar.holiday(on: day("\(year)-09-02"))?.name.contains("Quốc khánh") == true)
        let adjacent = [day("\(year)-09-01"), day("\(year)-09-03")].filter { calendar.holiday(on: $0)?.name.contains("Quốc khánh") == true }
        #expect(adjacent.count == 1)
        // Make-up workdays are weekends; compensatory days are weekdays.
        for entry in days where entry.kind == .workday {
            #expect(entry.date.weekday.isWeekend, "\(entry.date) \(entry.name)")
        }
        for entry in days where entry.name.hasPrefix("Nghỉ bù") || entry.name.hasPrefix("Nghỉ hoán đổi") {
            #expect(!entry.date.weekday.isWeekend, "\(entry.date) \(entry.name)")
        }
    }

    @Test func everyHolidayOnAWeekendAfter2026IsMadeUp() throws {
        let calendar = try CalendarFixtures.shipped()
        for year in 2027...2030 {
            let days = calendar.days.filter { $0.date.year == year }
            let onWeekends = days.filter { $0.kind == .holiday && $0.date.weekday.isWeekend }.count
            let madeUp = days.filter { $0.name.hasPrefix("Nghỉ bù") }.count
            #expect(onWeekends == madeUp, "year \(year)")
        }
    }

    @Test func tet2026IsFourteenThroughTwentySecondFebruary() throws {
        let calendar = try CalendarFixtures.shipped()
        var date = day("2026-02-14")
        while date <= day("2026-02-22") {
            #expect(calendar.holiday(on: date)?.name.contains("Tết Nguyên đán") == true, "\(date)")
            date = try #require(date.adding(days: 1))
        }
        #expect(calendar.isWorkingDay(day("2026-02-13")))
        #expect(calendar.isWorkingDay(day("2026-02-23")))
    }

    // MARK: Errors

    @Test func malformedJSONGivesLineAndColumn() throws {
        let error = try #require(CalendarFixtures.error("{\n  \"days\": [\n    {\"date\": \"2026-01-01\", \"name\": \"Tết\" \"kind\": \"holiday\"}\n  ]\n}\n"))
        #expect(error.line == 3)
        #expect(error.column != nil)
        #expect(error.vietnamese.contains("dòng 3"))
        #expect(error.english.contains("line 3"))
        #expect(error.entry == nil)
    }

    @Test func aDateThatDoesNotExistNamesTheEntryAndField() throws {
        let text = """
            {
              "days": [
                {"date": "2026-02-17", "name": "Tết Nguyên đán", "kind": "holiday"},
                {"date": "2026-02-30", "name": "Tết Nguyên đán", "kind": "holiday"}
              ]
            }
            """
        let error = try #require(CalendarFixtures.error(text))
        #expect(error.entry == 2)
        #expect(error.field == "date")
        #expect(error.line == 4)
        #expect(error.vietnamese == "Tệp lịch ngày nghỉ (dòng 4, mục 2 của \"days\", khóa \"date\"): cần một ngày có thật dạng YYYY-MM-DD, gặp \"2026-02-30\".")
        #expect(error.english == "Holiday calendar file (line 4, entry 2 of \"days\", key \"date\"): expected a real date YYYY-MM-DD, found \"2026-02-30\".")
        #expect(error.message(.en) == error.english)
        #expect(error.message(.vi) == error.vietnamese)
    }

    @Test func anUnknownKindNamesTheEntryAndField() throws {
        let text = """
            {"days": [
              {"date": "2026-02-17", "name": "Tết", "kind": "holiday"},
              {"date": "2026-02-18", "name": "Tết", "kind": "holiday"},
              {"date": "2026-02-21",
               "name": "Làm bù",
               "kind": "lam-bu"}
            ]}
            """
        let error = try #require(CalendarFixtures.error(text))
        #expect(error.entry == 3)
        #expect(error.field == "kind")
        #expect(error.line == 6)
        #expect(error.vietnamese.contains("mục 3"))
        #expect(error.vietnamese.contains("\"holiday\", \"workday\""))
        #expect(error.vietnamese.contains("gặp \"lam-bu\""))
        #expect(error.english.contains("entry 3 of \"days\", key \"kind\""))
        #expect(error.english.contains("found \"lam-bu\""))
    }

    @Test(arguments: [
        (#"{"days": [{"date": "2026-02-17", "kind": "holiday"}]}"#, 1, "name", "missing"),
        (#"{"days": [{"date": "2026-02-17", "name": "  ", "kind": "holiday"}]}"#, 1, "name", "found \"  \""),
        (#"{"days": [{"date": 20260217, "name": "Tết", "kind": "holiday"}]}"#, 1, "date", "found 20260217"),
        (#"{"days": [{"date": "2026-2-17", "name": "Tết", "kind": "holiday"}]}"#, 1, "date", "found \"2026-2-17\""),
        (#"{"days": [{"date": "2026-02-17", "name": "Tết", "kind": "holiday", "nmae": "x"}]}"#, 1, "nmae", "not part of the format"),
        (#"{"days": [{"date": "2026-02-17", "name": "Tết", "kind": "holiday"}, "2026-02-18"]}"#, 2, "", "found \"2026-02-18\""),
        (#"{"days": [{"date": "2026-02-17", "name": "A", "kind": "holiday"}, {"date": "2026-02-17", "name": "B", "kind": "workday"}]}"#,
         2, "date", "already entry 1"),
    ])
    func badEntriesAreNamed(_ text: String, _ entry: Int, _ field: String, _ english: String) throws {
        let error = try #require(CalendarFixtures.error(text))
        #expect(error.entry == entry)
        #expect(error.field == field)
        #expect(error.english.contains(english), "\(error.english)")
        #expect(error.vietnamese.contains("mục \(entry)"))
        #expect(error.line == 1)
    }

    @Test(arguments: [
        (#"[]"#, "", "a JSON object"),
        (#"{"about": "x"}"#, "days", "missing"),
        (#"{"days": {}}"#, "days", "a list of days"),
        (#"{"about": 1, "days": []}"#, "about", "found 1"),
        (#"{"days": [], "day": []}"#, "day", "not part of the format"),
        (#"{"days": [], "notes": {"năm 2027": "x"}}"#, "notes.năm 2027", "a year YYYY"),
        (#"{"days": [], "notes": {"2027": 5}}"#, "notes.2027", "found 5"),
    ])
    func badFilesAreNamed(_ text: String, _ field: String, _ english: String) throws {
        let error = try #require(CalendarFixtures.error(text))
        #expect(error.entry == nil)
        #expect(error.field == field)
        #expect(error.english.contains(english), "\(error.english)")
        #expect(!error.vietnamese.isEmpty && error.vietnamese != error.english)
    }

    @Test func aGoodFileDecodesWithNamesInNFC() throws {
        // "Tết" written with a combining acute accent and circumflex is stored precomposed.
        let decomposed = "Te\u{0302}\u{0301}t"
        let calendar = try WorkingCalendar.decode(Data("""
            {"about": "thử", "days": [{"date": "2026-02-17", "name": " \(decomposed) ", "kind": "holiday"},
                                      {"date": "2026-02-21", "name": "Làm bù", "kind": "workday"}]}
            """.utf8))
        #expect(calendar.holiday(on: day("2026-02-17"))?.name == "Tết")
        #expect(calendar.holiday(on: day("2026-02-17"))?.name.unicodeScalars.count == 3)
        #expect(calendar.isWorkingDay(day("2026-02-21")))
        #expect(calendar.years == 2026...2026)
        #expect(calendar.notes.isEmpty)
    }
}
