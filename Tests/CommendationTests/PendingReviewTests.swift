import Commendation
import Testing

/// The pending review's groups and clocks: every status in its group, ages in working days,
/// the 20 working days of a complete CSTĐCS file across Tết, Gia đình văn hóa's calendar, the
/// province's deadline, and overdue above all.
@Suite struct PendingReviewTests {
    private static let province = (month: 12, day: 10)

    private func clock(_ award: String) throws -> StatutoryClock? {
        try Fixtures.shippedRulebook().award(award)?.clock
    }

    private func nomination(_ award: String, _ status: NominationStatus, received: CivilDate?, year: Int = 2026) -> Nomination {
        Nomination(id: "\(year)-X-0001", year: year, award: award, kind: .congTrang, nomineeID: "P-1", status: status,
                   receivedOn: received)
    }

    private func assess(_ nomination: Nomination, _ eligibility: Eligibility = .eligible, clock: StatutoryClock?,
                        on today: CivilDate) throws -> PendingAssessment {
        PendingReview.assess(nomination, eligibility: eligibility, clock: clock, today: today,
                             calendar: try CalendarFixtures.shipped(), provinceDeadline: Self.province)
    }

    /// Complete on Monday 9 February 2026: Feb 10–13 are working days 1–4, Tết closes the office
    /// Feb 14–22, Feb 23–27 are 5–9, Mar 2–6 10–14, Mar 9–13 15–19: the 20th is Monday 16 March.
    @Test func aCompleteCSTDCSFileHasTwentyWorkingDaysAcrossTet() throws {
        let cstdcs = try #require(try clock("chien-si-thi-dua-co-so"))
        let file = nomination("chien-si-thi-dua-co-so", .received, received: Fixtures.date(2026, 2, 9))
        let during = try assess(file, clock: cstdcs, on: Fixtures.date(2026, 2, 20))
        #expect(during.deadline == Fixtures.date(2026, 3, 16))
        #expect(during.ageWorkingDays == 4)  // nothing counts during Tết
        #expect(during.workingDaysLeft == 16)
        #expect(during.group == .awaitingCouncil)
        let lastDay = try assess(file, clock: cstdcs, on: Fixtures.date(2026, 3, 16))
        #expect(lastDay.workingDaysLeft == 0 && lastDay.group == .awaitingCouncil)
        let late = try assess(file, clock: cstdcs, on: Fixtures.date(2026, 3, 17))
        #expect(late.workingDaysLeft == -1)
        #expect(late.group == .overdue)
        #expect(late.ageWorkingDays == 21)
    }

    @Test func aFileNotYetCompleteHasNoClock() throws {
        let cstdcs = try #require(try clock("chien-si-thi-dua-co-so"))
        let returned = nomination("chien-si-thi-dua-co-so", .returned, received: Fixtures.date(2026, 10, 1))
        let assessment = try assess(returned, clock: cstdcs, on: Fixtures.date(2026, 11, 29))
        #expect(assessment.deadline == nil && assessment.workingDaysLeft == nil)
        #expect(assessment.group == .missingInformation)
    }

    /// Gia đình văn hóa (NĐ 86/2023): reviewed at the residential group by 25 November; once the
    /// office has the complete file, the chair decides within 10 calendar days — not working days.
    @Test(arguments: ["gia-dinh-van-hoa", "to-dan-pho-van-hoa"])
    func culturalTitlesFollowTheirCalendar(_ award: String) throws {
        let clock = try #require(try clock(award))
        let draft = nomination(award, .draft, received: nil)
        let before = try assess(draft, clock: clock, on: Fixtures.date(2026, 11, 20))
        #expect(before.deadline == Fixtures.date(2026, 11, 25))
        #expect(before.group == .notReceived)
        #expect(try assess(draft, clock: clock, on: Fixtures.date(2026, 11, 26)).group == .overdue)

        // Complete on Friday 4 December: 10 days end on Monday 14 December (10 working days
        // would end on Friday 18 December).
        let file = nomination(award, .received, received: Fixtures.date(2026, 12, 4))
        let received = try assess(file, clock: clock, on: Fixtures.date(2026, 12, 7))
        #expect(received.deadline == Fixtures.date(2026, 12, 14))
        #expect(try CalendarFixtures.shipped().adding(workingDays: 10, to: Fixtures.date(2026, 12, 4)) == Fixtures.date(2026, 12, 18))
        #expect(received.group == .awaitingCouncil)
        #expect(try assess(file, clock: clock, on: Fixtures.date(2026, 12, 14)).group == .awaitingCouncil)
        #expect(try assess(file, clock: clock, on: Fixtures.date(2026, 12, 15)).group == .overdue)
    }

    @Test func theProvincesDeadlineRunsUntilTheFileIsSubmitted() throws {
        let bkt = try #require(try clock("bang-khen-tinh"))
        let recommended = nomination("bang-khen-tinh", .recommended, received: Fixtures.date(2026, 10, 20))
        let waiting = try assess(recommended, clock: bkt, on: Fixtures.date(2026, 12, 1))
        #expect(waiting.deadline == Fixtures.date(2026, 12, 10))
        #expect(waiting.group == .awaitingDecision)
        #expect(try assess(recommended, clock: bkt, on: Fixtures.date(2026, 12, 11)).group == .overdue)
        var submitted = recommended
        submitted.status = .submitted
        let sent = try assess(submitted, clock: bkt, on: Fixtures.date(2026, 12, 11))
        #expect(sent.group == .submitted && sent.deadline == nil)
    }

    @Test(arguments: [
        (NominationStatus.draft, Eligibility.eligible, PendingGroup.notReceived),
        (.draft, .incomplete, .missingInformation),
        (.received, .eligible, .awaitingCouncil),
        (.received, .notEligible, .awaitingCouncil),
        (.received, .incomplete, .missingInformation),
        (.returned, .eligible, .missingInformation),
        (.onAgenda, .incomplete, .awaitingCouncil),
        (.recommended, .eligible, .awaitingDecision),
        (.submitted, .eligible, .submitted),
    ])
    func everyStatusHasItsGroup(_ status: NominationStatus, _ eligibility: Eligibility, _ group: PendingGroup) throws {
        let file = nomination("lao-dong-tien-tien", status, received: status == .draft ? nil : Fixtures.date(2026, 11, 2))
        let assessment = try assess(file, eligibility, clock: nil, on: Fixtures.date(2026, 11, 29))
        #expect(assessment.group == group)
        #expect(assessment.deadline == nil)
        if status != .draft { #expect(assessment.ageWorkingDays == 19) }  // 3 Nov … 27 Nov
    }
}
