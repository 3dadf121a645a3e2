import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

/// The rulebooks of each year, as the store asks for them.
private func books() throws -> @Sendable (Int) -> Rulebook? {
    let set = try rulebooks()
    return { set.rulebook(forYear: $0) }
}

/// The council members' ids as the file numbers them, in the demo's order (1-based places
/// of the demo's "council" list are these ids' indices + 1).
private func memberIDs(_ path: String) throws -> [Int] {
    try withRawDatabase(path) { db in try Int.fetchAll(db, sql: "SELECT id FROM council_member ORDER BY id") }
}

private func status(_ store: Store, _ id: String) throws -> NominationStatus? {
    try store.nomination(id: id)?.nomination.status
}

@Suite("Council sessions in the store")
struct CouncilSessionStoreTests {
    // MARK: The demo's sessions

    @Test func theDemoHasThreeSessions() throws {
        try withStore(demo: true) { store, _ in
            let sessions = try store.sessions()
            #expect(sessions.map(\.id) == ["PH-2026-02", "PH-2026-01", "PH-2025-01"])
            #expect(sessions.map(\.agendaCount) == [2, 3, 12])
            #expect(sessions.map(\.openCount) == [2, 0, 0])
            #expect(sessions.first?.date == CivilDate(year: 2026, month: 12, day: 2))
        }
    }

    @Test func sessionPH202602HasTwoAgendaItemsAndNoAttendance() throws {
        try withStore(demo: true) { store, _ in
            let session = try #require(try store.session(id: "PH-2026-02"))
            #expect(session.date == CivilDate(year: 2026, month: 12, day: 2))
            #expect(session.title == "Phiên họp xét khen thưởng cuối năm 2026")
            #expect(session.mode == .secret)
            #expect(session.agenda == ["2026-LDTT-0003", "2026-GK-0002"])
            #expect(session.attendance.isEmpty)
            #expect(session.ballots.isEmpty)
            let quorum = try store.quorum(of: session, requiredPercent: 80)
            #expect(quorum.members == 14)
            #expect(quorum.present == 0)
            #expect(!quorum.isReached)
            #expect(quorum.explanation.vi == "0/14 có mặt = 0\u{00A0}%; cần ≥ 80\u{00A0}%")
        }
    }

    @Test func sessionPH202601KeepsItsAttendanceAndCounts() throws {
        try withStore(demo: true) { store, path in
            let ids = try memberIDs(path)
            let session = try #require(try store.session(id: "PH-2026-01"))
            #expect(session.agenda == ["2026-LDTT-0002", "2026-CSTDCS-0001", "2026-BKT-0001"])
            // Places 9 and 12 of the demo's council sent written opinions; the rest came.
            #expect(session.attendance.count == 14)
            #expect(session.attendance.filter { $0.value == .present }.count == 12)
            #expect(session.attendance(of: ids[8]) == .writtenOpinion)
            #expect(session.attendance(of: ids[11]) == .writtenOpinion)
            #expect(session.attendance(of: ids[0]) == .present)
            #expect(session.ballots["2026-CSTDCS-0001"] == .counts(Tally(agree: 12, disagree: 1, abstain: 1)))
            #expect(session.ballots["2026-LDTT-0002"] == .counts(Tally(agree: 14, disagree: 0, abstain: 0)))

            let items = try store.agenda(of: session, rulebook: try books())
            let cstdcs = try #require(items.first { $0.listing.nomination.id == "2026-CSTDCS-0001" })
            let outcome = try #require(cstdcs.ballot.outcome)
            #expect(outcome.base == 14)
            #expect(outcome.passed)
            #expect(outcome.explanation.vi == "12/14 = 85,7\u{00A0}%; cần ≥ 80\u{00A0}%")
            #expect(cstdcs.rule?.of == .members)

            let quorum = try store.quorum(of: session, requiredPercent: 80)
            #expect(quorum.present == 12)
            #expect(quorum.isReached)
            #expect(quorum.explanation.vi == "12/14 có mặt = 85,7\u{00A0}%; cần ≥ 80\u{00A0}%")
            #expect(cstdcs.ballot.problems.isEmpty, "\(cstdcs.ballot.problems)")
        }
    }

    @Test func agendaItemsShowTheDemosConflicts() throws {
        try withStore(demo: true) { store, _ in
            let session = try #require(try store.session(id: "PH-2026-02"))
            let book = try rulebook()
            let items = try store.agenda(of: session, rulebook: try books())
            #expect(items.map(\.listing.nomination.id) == ["2026-LDTT-0003", "2026-GK-0002"])
            try #require(items.count == 2)

            // Trần Hữu Nghĩa (P-0004) lives in H-0061 with the nominee Trần Thị Hương (P-0015).
            let ldtt = items[0]
            #expect(ldtt.listing.nominee.id == "P-0015")
            #expect(ldtt.ballot.excluded.map(\.member.name.fullName) == ["Trần Hữu Nghĩa"])
            #expect(ldtt.ballot.excluded.map(\.member.personID) == ["P-0004"])
            #expect(ldtt.ballot.excluded.map(\.conflict) == [.sameHousehold(householdID: "H-0061")])
            #expect(ldtt.ballot.eligible.count == 13)
            #expect(!ldtt.ballot.eligible.contains { $0.personID == "P-0004" })

            // Triệu Thị Mai (P-0005) belongs to the nominated household H-0045.
            let gk = items[1]
            #expect(gk.listing.nominee.id == "H-0045")
            #expect(gk.ballot.excluded.map(\.member.name.fullName) == ["Triệu Thị Mai"])
            #expect(gk.ballot.excluded.map(\.conflict) == [.ofTheNomineesHousehold])
            #expect(gk.ballot.eligible.count == 13)
            #expect(gk.ballot.eligible.contains { $0.personID == "P-0004" })

            // Neither has votes yet; both are judged by the majority rule.
            for item in items {
                #expect(item.ballot.record == nil)
                #expect(item.ballot.outcome == nil)
                #expect(item.ballot.problems.isEmpty)
                #expect(item.rule == book.procedure?.defaultBallot)
            }
        }
    }

    // MARK: Outcomes

    @Test func outcomesWithoutQuorumAreRefusedAndMoveNothing() throws {
        try withStore(demo: true) { store, path in
            try store.recordBallot(.counts(Tally(agree: 10, disagree: 0, abstain: 0)), nomination: "2026-LDTT-0003",
                                   session: "PH-2026-02")
            let auditBefore = try store.auditCount()
            let error = #expect(throws: StoreError.self) {
                _ = try store.recordOutcomes(session: "PH-2026-02", requiredPercent: 80, rulebook: try books())
            }
            #expect(error == .refused(id: "PH-2026-02", .noQuorum(session: "PH-2026-02")))
            #expect(try status(store, "2026-LDTT-0003") == .onAgenda)
            #expect(try status(store, "2026-GK-0002") == .onAgenda)
            #expect(try rowCount("nomination_step", in: path) == 0)
            #expect(try store.auditCount() == auditBefore)

            // 11 of 14 present (78,6 %) is still short.
            let ids = try memberIDs(path)
            for id in ids.prefix(11) { try store.setAttendance(.present, member: id, session: "PH-2026-02") }
            for id in ids.suffix(3) { try store.setAttendance(.writtenOpinion, member: id, session: "PH-2026-02") }
            let short = #expect(throws: StoreError.self) {
                _ = try store.recordOutcomes(session: "PH-2026-02", requiredPercent: 80, rulebook: try books())
            }
            #expect(short == .refused(id: "PH-2026-02", .noQuorum(session: "PH-2026-02")))
            #expect(try status(store, "2026-LDTT-0003") == .onAgenda)
            #expect(try rowCount("nomination_step", in: path) == 0)
        }
    }

    @Test func outcomesOfAnUnknownSession() throws {
        try withStore(demo: true) { store, _ in
            let error = #expect(throws: StoreError.self) {
                _ = try store.recordOutcomes(session: "PH-2026-09", requiredPercent: 80, rulebook: try books())
            }
            #expect(error == .missing(id: "PH-2026-09"))
        }
    }

    @Test func withQuorumTheBallotsDecideTheOutcomes() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            let ids = try memberIDs(path)
            // Places 1–12 present; 13 (Lý Văn Phúc) and 14 (the secretary) absent.
            for id in ids.prefix(12) { try store.setAttendance(.present, member: id, session: "PH-2026-02") }
            let marked = try #require(try store.session(id: "PH-2026-02"))
            #expect(marked.attendance.filter { $0.value == .present }.count == 12)

            // Two more items: one whose counts exceed its voters, one without a ballot.
            for id in ["2026-LDTT-0001", "2026-LDTT-0004", "2026-LDTT-0005"] {
                _ = try store.take(.putOnAgenda, nomination: id, details: StepDetails(sessionID: "PH-2026-02"), rulebook: rules)
            }
            // 2026-LDTT-0003: 13 eligible (Trần Hữu Nghĩa excluded), 11 of them present.
            try store.recordBallot(.counts(Tally(agree: 9, disagree: 2, abstain: 0)), nomination: "2026-LDTT-0003", session: "PH-2026-02")
            // 2026-GK-0002: 13 eligible (Triệu Thị Mai excluded), 11 present; 5 of 11 is no majority.
            try store.recordBallot(.counts(Tally(agree: 5, disagree: 6, abstain: 0)), nomination: "2026-GK-0002", session: "PH-2026-02")
            // 2026-LDTT-0001: nobody conflicted, 12 present.
            try store.recordBallot(.counts(Tally(agree: 12, disagree: 0, abstain: 0)), nomination: "2026-LDTT-0001", session: "PH-2026-02")
            // 2026-LDTT-0004: 13 votes from 12 voters.
            try store.recordBallot(.counts(Tally(agree: 13, disagree: 0, abstain: 0)), nomination: "2026-LDTT-0004", session: "PH-2026-02")

            let session = try #require(try store.session(id: "PH-2026-02"))
            let quorum = try store.quorum(of: session, requiredPercent: 80)
            #expect(quorum.present == 12)
            #expect(quorum.isReached)

            let moved = try store.recordOutcomes(session: "PH-2026-02", requiredPercent: 80, rulebook: rules)
            #expect(moved.map(\.id) == ["2026-LDTT-0003", "2026-GK-0002", "2026-LDTT-0001"])
            #expect(moved.map(\.outcome.passed) == [true, false, true])
            #expect(moved.map(\.outcome.explanation.vi)
                    == ["9/11 = 81,8\u{00A0}%; cần > 50\u{00A0}%", "5/11 = 45,5\u{00A0}%; cần > 50\u{00A0}%", "12/12 = 100\u{00A0}%; cần > 50\u{00A0}%"])

            #expect(try status(store, "2026-LDTT-0003") == .recommended)
            #expect(try status(store, "2026-GK-0002") == .notRecommended)
            #expect(try status(store, "2026-LDTT-0001") == .recommended)
            // The one with a problem and the one without votes wait.
            #expect(try status(store, "2026-LDTT-0004") == .onAgenda)
            #expect(try status(store, "2026-LDTT-0005") == .onAgenda)

            let failed = try #require(try store.steps(ofNomination: "2026-GK-0002").last)
            #expect(failed.step == .notRecommend)
            #expect(failed.from == .onAgenda)
            #expect(failed.to == .notRecommended)
            #expect(failed.reason == "5/11 = 45,5\u{00A0}%; cần > 50\u{00A0}%")
            #expect(failed.sessionID == "PH-2026-02")
            let passed = try #require(try store.steps(ofNomination: "2026-LDTT-0003").last)
            #expect(passed.step == .recommend)
            #expect(passed.reason == "9/11 = 81,8\u{00A0}%; cần > 50\u{00A0}%")
            #expect(passed.sessionID == "PH-2026-02")

            // Recording again moves nothing more.
            let stepsAfter = try rowCount("nomination_step", in: path)
            #expect(try store.recordOutcomes(session: "PH-2026-02", requiredPercent: 80, rulebook: rules).isEmpty)
            #expect(try rowCount("nomination_step", in: path) == stepsAfter)
            #expect(try store.sessions().first { $0.id == "PH-2026-02" }?.openCount == 2)
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    // MARK: Creating sessions

    @Test func sessionsAreNumberedPerYear() throws {
        try withStore(demo: true) { store, path in
            let third = try store.createSession(date: CivilDate(year: 2026, month: 12, day: 20)!, title: "  Phiên họp bổ sung  ",
                                                mode: .open)
            #expect(third.id == "PH-2026-03")
            #expect(third.title == "Phiên họp bổ sung")
            #expect(third.mode == .open)
            #expect(third.agenda.isEmpty)
            let entry = try #require(try auditEntries(path).last)
            #expect(entry.action == "create")
            #expect(entry.entity == "session")
            #expect(entry.entityID == "PH-2026-03")

            #expect(try store.createSession(date: CivilDate(year: 2027, month: 1, day: 10)!, title: "Đầu năm", mode: .secret).id
                    == "PH-2027-01")
            #expect(try store.createSession(date: CivilDate(year: 2027, month: 3, day: 2)!, title: "Quý I", mode: .secret).id
                    == "PH-2027-02")
            #expect(try store.createSession(date: CivilDate(year: 2025, month: 12, day: 30)!, title: "Bổ sung 2025", mode: .secret).id
                    == "PH-2025-02")
            #expect(try store.createSession(date: CivilDate(year: 2026, month: 12, day: 28)!, title: "Cuối năm", mode: .secret).id
                    == "PH-2026-04")

            let reread = try #require(try store.session(id: "PH-2026-03"))
            #expect(reread.title == "Phiên họp bổ sung")
            #expect(reread.date == CivilDate(year: 2026, month: 12, day: 20))
            #expect(reread.mode == .open)
            #expect(try store.sessions().count == 8)
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func aNewStoresFirstSessionIsNumberOne() throws {
        try withStore { store, _ throws in
            #expect(try store.createSession(date: CivilDate(year: 2026, month: 12, day: 1)!, title: "Phiên 1", mode: .secret).id
                    == "PH-2026-01")
            #expect(try store.sessions().map(\.id) == ["PH-2026-01"])
        }
    }

    @Test func updatingASessionIsAudited() throws {
        try withStore(demo: true) { store, path in
            var session = try #require(try store.session(id: "PH-2026-02"))
            session.date = CivilDate(year: 2026, month: 12, day: 4)!
            session.title = "Phiên họp cuối năm 2026 (dời ngày)"
            session.mode = .open
            try store.updateSession(session)
            let reread = try #require(try store.session(id: "PH-2026-02"))
            #expect(reread.date == CivilDate(year: 2026, month: 12, day: 4))
            #expect(reread.title == "Phiên họp cuối năm 2026 (dời ngày)")
            #expect(reread.mode == .open)
            #expect(reread.agenda == ["2026-LDTT-0003", "2026-GK-0002"])
            let entry = try #require(try auditEntries(path).last)
            #expect(entry.action == "update")
            #expect(entry.entityID == "PH-2026-02")
            #expect(entry.before?.contains("2026-12-02") == true)
            #expect(entry.after?.contains("2026-12-04") == true)

            var ghost = session
            ghost.id = "PH-2030-01"
            let error = #expect(throws: StoreError.self) { try store.updateSession(ghost) }
            #expect(error == .missing(id: "PH-2030-01"))
        }
    }

    // MARK: Attendance and ballots

    @Test func attendanceIsRecordedAndChangedInPlace() throws {
        try withStore(demo: true) { store, path in
            let ids = try memberIDs(path)
            try store.setAttendance(.present, member: ids[0], session: "PH-2026-02")
            try store.setAttendance(.writtenOpinion, member: ids[1], session: "PH-2026-02")
            try store.setAttendance(.present, member: ids[1], session: "PH-2026-02")
            let session = try #require(try store.session(id: "PH-2026-02"))
            #expect(session.attendance == [ids[0]: .present, ids[1]: .present])
            let rows = try withRawDatabase(path) { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session_attendance WHERE session_id = 'PH-2026-02'")
            }
            #expect(rows == 2)
            let entry = try #require(try auditEntries(path).last)
            #expect(entry.action == "attendance")
            #expect(entry.before == "\(ids[1]): written-opinion")
            #expect(entry.after == "\(ids[1]): present")

            let error = #expect(throws: StoreError.self) { try store.setAttendance(.present, member: ids[0], session: "PH-2099-01") }
            #expect(error == .missing(id: "PH-2099-01"))
        }
    }

    @Test func recordBallotRefusesANominationNotOnTheAgenda() throws {
        try withStore(demo: true) { store, path in
            let auditBefore = try store.auditCount()
            let counts = BallotRecord.counts(Tally(agree: 10, disagree: 0, abstain: 0))
            let received = #expect(throws: StoreError.self) {
                try store.recordBallot(counts, nomination: "2026-LDTT-0001", session: "PH-2026-02")
            }
            #expect(received == .missing(id: "PH-2026-02/2026-LDTT-0001"))
            // On another session's agenda.
            let elsewhere = #expect(throws: StoreError.self) {
                try store.recordBallot(counts, nomination: "2026-LDTT-0002", session: "PH-2026-02")
            }
            #expect(elsewhere == .missing(id: "PH-2026-02/2026-LDTT-0002"))
            // On this session's agenda, but the council has already spoken.
            let decided = #expect(throws: StoreError.self) {
                try store.recordBallot(counts, nomination: "2026-LDTT-0002", session: "PH-2026-01")
            }
            #expect(decided == .notEditable(id: "2026-LDTT-0002", status: .recommended))
            let unknown = #expect(throws: StoreError.self) {
                try store.recordBallot(counts, nomination: "2026-LDTT-0003", session: "PH-2099-01")
            }
            #expect(unknown == .missing(id: "PH-2099-01/2026-LDTT-0003"))

            #expect(try store.auditCount() == auditBefore)
            #expect(try store.session(id: "PH-2026-02")?.ballots.isEmpty == true)
            #expect(try store.session(id: "PH-2026-01")?.ballots["2026-LDTT-0002"] == .counts(Tally(agree: 14, disagree: 0, abstain: 0)))
            #expect(try rowCount("session_vote", in: path) == 0)
        }
    }

    @Test func ballotsAreStoredAsCountsOrVotesAndCanBeCleared() throws {
        try withStore(demo: true) { store, path in
            let ids = try memberIDs(path)
            try store.recordBallot(.counts(Tally(agree: 8, disagree: 2, abstain: 1)), nomination: "2026-LDTT-0003", session: "PH-2026-02")
            #expect(try store.session(id: "PH-2026-02")?.ballots["2026-LDTT-0003"] == .counts(Tally(agree: 8, disagree: 2, abstain: 1)))
            #expect(try auditEntries(path).last?.after == "2026-LDTT-0003: 8/2/1")

            let votes: [Int: Vote] = [ids[0]: .agree, ids[1]: .disagree, ids[2]: .abstain, ids[5]: .agree]
            try store.recordBallot(.votes(votes), nomination: "2026-LDTT-0003", session: "PH-2026-02")
            let reread = try #require(try store.session(id: "PH-2026-02")?.ballots["2026-LDTT-0003"])
            #expect(reread == .votes(votes))
            #expect(reread.tally == Tally(agree: 2, disagree: 1, abstain: 1))
            #expect(try rowCount("session_vote", in: path) == 4)
            let summary = try withRawDatabase(path) { db in
                try Int.fetchAll(db, sql: "SELECT agree FROM session_agenda WHERE nomination_id = '2026-LDTT-0003' UNION ALL "
                                     + "SELECT disagree FROM session_agenda WHERE nomination_id = '2026-LDTT-0003' UNION ALL "
                                     + "SELECT abstain FROM session_agenda WHERE nomination_id = '2026-LDTT-0003'")
            }
            #expect(summary == [2, 1, 1])

            // Back to counts: the per-member votes go.
            try store.recordBallot(.counts(Tally(agree: 9, disagree: 0, abstain: 0)), nomination: "2026-LDTT-0003", session: "PH-2026-02")
            #expect(try rowCount("session_vote", in: path) == 0)
            #expect(try store.session(id: "PH-2026-02")?.ballots["2026-LDTT-0003"] == .counts(Tally(agree: 9, disagree: 0, abstain: 0)))

            try store.recordBallot(nil, nomination: "2026-LDTT-0003", session: "PH-2026-02")
            #expect(try store.session(id: "PH-2026-02")?.ballots["2026-LDTT-0003"] == nil)
            #expect(try auditEntries(path).last?.after == "2026-LDTT-0003: –")
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func perMemberVotesOfTheConflictedAreReportedOnTheAgenda() throws {
        try withStore(demo: true) { store, path in
            let ids = try memberIDs(path)
            for id in ids { try store.setAttendance(.present, member: id, session: "PH-2026-02") }
            // Place 4 (Trần Hữu Nghĩa) votes on his housemate's nomination.
            var votes: [Int: Vote] = [:]
            for id in ids { votes[id] = .agree }
            try store.recordBallot(.votes(votes), nomination: "2026-LDTT-0003", session: "PH-2026-02")
            let session = try #require(try store.session(id: "PH-2026-02"))
            let item = try #require(try store.agenda(of: session, rulebook: try books()).first)
            #expect(item.ballot.problems == [.conflictedMemberVoted(ids[3])])
            #expect(item.ballot.record?.tally == Tally(agree: 13, disagree: 0, abstain: 0))
            #expect(item.ballot.outcome?.passed == true)
        }
    }
}
