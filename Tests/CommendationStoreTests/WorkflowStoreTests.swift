import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

/// What the file holds for one nomination, read behind tdkt's back.
private struct RawNomination: Equatable {
    var status: String
    var receivedOn: String?
    var completeOn: String?
    var returnReason: String?
    var decisionNumber: String?
    var decisionDate: String?
    var version: Int

    init(_ path: String, _ id: String) throws {
        let row = try withRawDatabase(path) { db in
            try Row.fetchOne(db, sql: "SELECT * FROM nomination WHERE id = ?", arguments: [id])
        }
        let found = try #require(row, "no nomination \(id)")
        status = found["status"]
        receivedOn = found["received_on"]
        completeOn = found["complete_on"]
        returnReason = found["return_reason"]
        decisionNumber = found["decision_number"]
        decisionDate = found["decision_date"]
        version = found["version"]
    }
}

/// Everything a refused step must leave alone.
private struct Untouched: Equatable {
    var nomination: RawNomination
    var audit: Int
    var steps: Int
    var agenda: Int
    var votes: Int

    init(_ store: Store, _ path: String, _ id: String) throws {
        nomination = try RawNomination(path, id)
        audit = try store.auditCount()
        steps = try rowCount("nomination_step", in: path)
        agenda = try rowCount("session_agenda", in: path)
        votes = try rowCount("session_vote", in: path)
    }
}

/// The rulebooks of each year, as the store asks for them.
private func books() throws -> @Sendable (Int) -> Rulebook? {
    let set = try rulebooks()
    return { set.rulebook(forYear: $0) }
}

/// The council members' ids as the file numbers them, in the demo's order.
private func memberIDs(_ path: String) throws -> [Int] {
    try withRawDatabase(path) { db in try Int.fetchAll(db, sql: "SELECT id FROM council_member ORDER BY id") }
}

@Suite("Workflow through the store")
struct WorkflowStoreTests {
    private let today = "2026-11-29"

    // MARK: Receive, return, complete

    @Test func receivingSetsTheReceivedDayAndStartsTheClock() throws {
        try withStore(demo: true) { store, path in
            let before = try RawNomination(path, "2026-GK-0003")
            #expect(before.status == "draft")
            #expect(before.receivedOn == nil)
            #expect(before.completeOn == nil)

            let received = try store.take(.receive, nomination: "2026-GK-0003", rulebook: try books())
            #expect(received.status == .received)
            #expect(received.receivedOn == testDay)
            #expect(received.completeOn == testDay)

            let after = try RawNomination(path, "2026-GK-0003")
            #expect(after.status == "received")
            #expect(after.receivedOn == today)
            #expect(after.completeOn == today)
            #expect(after.version == before.version + 1)
            #expect(try store.nomination(id: "2026-GK-0003")?.nomination == received)
        }
    }

    @Test func returningNeedsAReason() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            for reason in [nil, "", "   "] as [String?] {
                let before = try Untouched(store, path, "2026-LDTT-0001")
                let error = #expect(throws: StoreError.self) {
                    try store.take(.returnForInformation, nomination: "2026-LDTT-0001", details: StepDetails(reason: reason),
                                   rulebook: rules)
                }
                #expect(error == .refused(id: "2026-LDTT-0001", .missing(step: .returnForInformation, .reason)))
                #expect(try Untouched(store, path, "2026-LDTT-0001") == before)
            }
        }
    }

    @Test func returningClearsTheCompleteDayAndKeepsTheReason() throws {
        try withStore(demo: true) { store, path in
            let before = try RawNomination(path, "2026-LDTT-0001")
            #expect(before.status == "received")
            #expect(before.completeOn == "2026-11-16")

            let reason = "Thiếu bản nhận xét của thủ trưởng đơn vị"
            let returned = try store.take(.returnForInformation, nomination: "2026-LDTT-0001", details: StepDetails(reason: reason),
                                          rulebook: try books())
            #expect(returned.status == .returned)
            #expect(returned.completeOn == nil)
            #expect(returned.returnReason == reason)
            // The day it was first received stays.
            #expect(returned.receivedOn == CivilDate(year: 2026, month: 11, day: 16))

            let after = try RawNomination(path, "2026-LDTT-0001")
            #expect(after.status == "returned")
            #expect(after.completeOn == nil)
            #expect(after.receivedOn == "2026-11-16")
            #expect(after.returnReason == reason)
        }
    }

    @Test func returningTakesTheNominationOffItsAgendaWithItsVotes() throws {
        try withStore(demo: true) { store, path in
            let members = try memberIDs(path)
            #expect(try store.session(id: "PH-2026-02")?.agenda == ["2026-LDTT-0003", "2026-GK-0002"])
            try store.recordBallot(.votes([members[0]: .agree, members[1]: .agree]), nomination: "2026-LDTT-0003",
                                   session: "PH-2026-02")
            #expect(try rowCount("session_vote", in: path) == 2)

            _ = try store.take(.returnForInformation, nomination: "2026-LDTT-0003",
                               details: StepDetails(reason: "Cần bổ sung bình xét của tổ"), rulebook: try books())
            #expect(try RawNomination(path, "2026-LDTT-0003").status == "returned")
            #expect(try store.session(id: "PH-2026-02")?.agenda == ["2026-GK-0002"])
            #expect(try store.session(id: "PH-2026-02")?.ballots["2026-LDTT-0003"] == nil)
            #expect(try rowCount("session_vote", in: path) == 0)
            let left = try withRawDatabase(path) { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session_agenda WHERE nomination_id = '2026-LDTT-0003'")
            }
            #expect(left == 0)
            // The other item keeps its place.
            #expect(try store.sessions().first { $0.id == "PH-2026-02" }?.agendaCount == 1)
        }
    }

    @Test func completingSetsTheCompleteDayToToday() throws {
        try withStore(demo: true) { store, path in
            let before = try RawNomination(path, "2026-TTLDTT-0001")
            #expect(before.status == "returned")
            #expect(before.completeOn == nil)
            #expect(before.receivedOn == "2026-10-28")

            let completed = try store.take(.complete, nomination: "2026-TTLDTT-0001", rulebook: try books())
            #expect(completed.status == .received)
            #expect(completed.completeOn == testDay)
            #expect(completed.receivedOn == CivilDate(year: 2026, month: 10, day: 28))

            let after = try RawNomination(path, "2026-TTLDTT-0001")
            #expect(after.status == "received")
            #expect(after.completeOn == today)
            #expect(after.receivedOn == "2026-10-28")
        }
    }

    @Test func aFullCycleOfReturnAndCompleteRestartsTheClock() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            _ = try store.take(.returnForInformation, nomination: "2026-LDTT-0004", details: StepDetails(reason: "Thiếu hồ sơ"),
                               rulebook: rules)
            #expect(try RawNomination(path, "2026-LDTT-0004").completeOn == nil)
            _ = try store.take(.complete, nomination: "2026-LDTT-0004", rulebook: rules)
            let after = try RawNomination(path, "2026-LDTT-0004")
            #expect(after.completeOn == today)
            #expect(after.receivedOn == "2026-11-18")
        }
    }

    // MARK: Agenda

    @Test func puttingOnAnAgendaAppendsToTheSession() throws {
        try withStore(demo: true) { store, path in
            let moved = try store.take(.putOnAgenda, nomination: "2026-LDTT-0001", details: StepDetails(sessionID: "PH-2026-02"),
                                       rulebook: try books())
            #expect(moved.status == .onAgenda)
            #expect(try store.session(id: "PH-2026-02")?.agenda == ["2026-LDTT-0003", "2026-GK-0002", "2026-LDTT-0001"])
            let position = try withRawDatabase(path) { db in
                try Int.fetchOne(db, sql: "SELECT position FROM session_agenda WHERE nomination_id = '2026-LDTT-0001'")
            }
            #expect(position == 3)
            let steps = try store.steps(ofNomination: "2026-LDTT-0001")
            #expect(steps.map(\.sessionID) == ["PH-2026-02"])
        }
    }

    @Test func puttingOnAnAgendaNeedsAnExistingSession() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            let before = try Untouched(store, path, "2026-LDTT-0001")
            let missing = #expect(throws: StoreError.self) {
                try store.take(.putOnAgenda, nomination: "2026-LDTT-0001", details: StepDetails(sessionID: "PH-2026-09"), rulebook: rules)
            }
            #expect(missing == .missing(id: "PH-2026-09"))
            let noSession = #expect(throws: StoreError.self) {
                try store.take(.putOnAgenda, nomination: "2026-LDTT-0001", rulebook: rules)
            }
            #expect(noSession == .refused(id: "2026-LDTT-0001", .missing(step: .putOnAgenda, .session)))
            #expect(try Untouched(store, path, "2026-LDTT-0001") == before)
        }
    }

    @Test func removingFromTheAgendaGoesBackToReceived() throws {
        try withStore(demo: true) { store, path in
            let removed = try store.take(.removeFromAgenda, nomination: "2026-GK-0002", rulebook: try books())
            #expect(removed.status == .received)
            #expect(try store.session(id: "PH-2026-02")?.agenda == ["2026-LDTT-0003"])
            // The clock is not restarted by leaving an agenda.
            #expect(try RawNomination(path, "2026-GK-0002").completeOn == "2026-10-30")
        }
    }

    // MARK: Refusals

    @Test func anIllegalStepIsRefusedAndChangesNothing() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            let decision = DecisionReference(number: "300/QĐ-UBND", date: testDay)
            let cases: [(String, WorkflowStep, StepDetails, NominationStatus, [NominationStatus])] = [
                ("2026-LDTT-0001", .decide, StepDetails(decision: decision), .received, [.recommended]),
                ("2026-GK-0003", .revoke, StepDetails(reason: "x", basis: "y"), .draft, [.decided, .provinceApproved]),
                ("2026-LDTT-0001", .complete, StepDetails(), .received, [.returned]),
                ("2026-LDTT-0002", .receive, StepDetails(), .recommended, [.draft]),
                ("2025-LDTT-0001", .putOnAgenda, StepDetails(sessionID: "PH-2026-02"), .decided, [.received]),
                ("2026-BKT-0001", .recommend, StepDetails(sessionID: "PH-2026-01", ballotPassed: true, sessionHasQuorum: true),
                 .submitted, [.onAgenda]),
            ]
            for (id, step, details, status, allowed) in cases {
                let before = try Untouched(store, path, id)
                let error = #expect(throws: StoreError.self) {
                    try store.take(step, nomination: id, details: details, rulebook: rules)
                }
                guard case .refused(let refusedID, .wrongStatus(let refusedStep, let refusedStatus, let names))? = error else {
                    Issue.record("\(step) on \(id): \(String(describing: error))")
                    continue
                }
                #expect(refusedID == id)
                #expect(refusedStep == step)
                #expect(refusedStatus == status)
                #expect(Set(names) == Set(allowed))
                #expect(try Untouched(store, path, id) == before, "\(step) on \(id)")
            }
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func aMissingRequirementIsRefusedAndChangesNothing() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            let before = try Untouched(store, path, "2025-LDTT-0001")
            let noBasis = #expect(throws: StoreError.self) {
                try store.take(.revoke, nomination: "2025-LDTT-0001", details: StepDetails(reason: "Khai man thành tích"), rulebook: rules)
            }
            #expect(noBasis == .refused(id: "2025-LDTT-0001", .missing(step: .revoke, .basis)))
            let submitCommune = #expect(throws: StoreError.self) {
                try store.take(.submit, nomination: "2026-CSTDCS-0001", rulebook: rules)
            }
            #expect(submitCommune == .refused(id: "2026-CSTDCS-0001", .notAHigherAward(award: "chien-si-thi-dua-co-so")))
            let noDecision = #expect(throws: StoreError.self) {
                try store.take(.decide, nomination: "2026-LDTT-0002", details: StepDetails(decision: DecisionReference(number: "1/QĐ", date: nil)),
                               rulebook: rules)
            }
            #expect(noDecision == .refused(id: "2026-LDTT-0002", .missing(step: .decide, .decision)))
            #expect(try Untouched(store, path, "2025-LDTT-0001") == before)
            #expect(try RawNomination(path, "2026-CSTDCS-0001").status == "recommended")
            #expect(try RawNomination(path, "2026-LDTT-0002").status == "recommended")
        }
    }

    @Test func theAwardsDeciderComesFromTheYearsRulebook() throws {
        try withStore(demo: true) { store, path in
            // Bằng khen tỉnh is decided by the province: the commune cannot decide it.
            try setRawStatus(path, "2026-BKT-0001", to: .recommended)
            let decision = DecisionReference(number: "300/QĐ-UBND", date: testDay)
            let error = #expect(throws: StoreError.self) {
                try store.take(.decide, nomination: "2026-BKT-0001", details: StepDetails(decision: decision), rulebook: try books())
            }
            #expect(error == .refused(id: "2026-BKT-0001", .notACommuneAward(award: "bang-khen-tinh")))
            let submitted = try store.take(.submit, nomination: "2026-BKT-0001", rulebook: try books())
            #expect(submitted.status == .submitted)
        }
    }

    @Test func missingNominationsAndStaleVersions() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            let missing = #expect(throws: StoreError.self) {
                try store.take(.receive, nomination: "2026-GK-0999", rulebook: rules)
            }
            #expect(missing == .missing(id: "2026-GK-0999"))
            let before = try Untouched(store, path, "2026-GK-0003")
            let stale = #expect(throws: StoreError.self) {
                try store.take(.receive, nomination: "2026-GK-0003", expectedVersion: before.nomination.version + 1, rulebook: rules)
            }
            #expect(stale == .conflict(id: "2026-GK-0003"))
            #expect(try Untouched(store, path, "2026-GK-0003") == before)
            let taken = try store.take(.receive, nomination: "2026-GK-0003", expectedVersion: before.nomination.version, rulebook: rules)
            #expect(taken.status == .received)
        }
    }

    // MARK: History and audit

    @Test func everyStepWritesOneHistoryRowAndOneAuditRow() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            let id = "2026-GK-0003"
            #expect(try store.steps(ofNomination: id).isEmpty)
            let walk: [(WorkflowStep, StepDetails, NominationStatus)] = [
                (.receive, StepDetails(), .received),
                (.returnForInformation, StepDetails(reason: "Thiếu biên bản bình xét"), .returned),
                (.complete, StepDetails(), .received),
                (.putOnAgenda, StepDetails(sessionID: "PH-2026-02"), .onAgenda),
                (.removeFromAgenda, StepDetails(), .received),
                (.putOnAgenda, StepDetails(sessionID: "PH-2026-02"), .onAgenda),
            ]
            var status = NominationStatus.draft
            for (step, details, target) in walk {
                let before = try Untouched(store, path, id)
                let entriesBefore = try auditEntries(path)
                let taken = try store.take(step, nomination: id, details: details, rulebook: rules)
                #expect(taken.status == target)
                let after = try Untouched(store, path, id)
                #expect(after.audit == before.audit + 1, "\(step)")
                #expect(after.steps == before.steps + 1, "\(step)")
                #expect(after.nomination.version == before.nomination.version + 1, "\(step)")
                #expect(after.nomination.status == target.rawValue)

                let entries = try auditEntries(path)
                #expect(Array(entries.prefix(entriesBefore.count)) == entriesBefore)
                let entry = try #require(entries.last)
                #expect(entry.action == "step:" + step.rawValue)
                #expect(entry.entity == "nomination")
                #expect(entry.entityID == id)
                let beforeJSON = try decodeAuditJSON([String: String].self, entry.before)
                let afterJSON = try decodeAuditJSON([String: String].self, entry.after)
                #expect(beforeJSON["status"] == status.rawValue)
                #expect(afterJSON["status"] == target.rawValue)
                #expect(afterJSON["reason"] == details.reason)
                #expect(afterJSON["session"] == details.sessionID)
                status = target
            }

            let steps = try store.steps(ofNomination: id)
            #expect(steps.map(\.step) == walk.map(\.0))
            #expect(steps.map(\.from) == [.draft, .received, .returned, .received, .onAgenda, .received])
            #expect(steps.map(\.to) == walk.map(\.2))
            #expect(steps.allSatisfy { $0.day == testDay })
            #expect(steps.allSatisfy { $0.by == "test" })
            #expect(steps.map(\.reason) == [nil, "Thiếu biên bản bình xét", nil, nil, nil, nil])
            #expect(steps.map(\.sessionID) == [nil, nil, nil, "PH-2026-02", nil, "PH-2026-02"])
            #expect(steps.allSatisfy { $0.basis == nil })
            // Other nominations' histories are their own.
            #expect(try store.steps(ofNomination: "2026-LDTT-0001").isEmpty)
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func revokingRecordsTheReasonAndTheBasis() throws {
        try withStore(demo: true) { store, path in
            let reason = "Phát hiện khai không trung thực thành tích"
            let basis = "Luật TĐKT 2022, Điều 93, khoản 1, điểm a"
            let revoked = try store.take(.revoke, nomination: "2025-LDTT-0001", details: StepDetails(reason: reason, basis: basis),
                                         rulebook: try books())
            #expect(revoked.status == .revoked)
            let step = try #require(try store.steps(ofNomination: "2025-LDTT-0001").last)
            #expect(step.step == .revoke)
            #expect(step.from == .decided)
            #expect(step.to == .revoked)
            #expect(step.reason == reason)
            #expect(step.basis == basis)
            let entry = try #require(try auditEntries(path).last)
            let after = try decodeAuditJSON([String: String].self, entry.after)
            #expect(after["basis"] == basis)
            #expect(after["reason"] == reason)
            // The honour roll keeps the line, marked revoked.
            let line = try #require(try store.honourRoll(year: 2025).first { $0.listing.nomination.id == "2025-LDTT-0001" })
            #expect(line.revoked)
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func theProvincesRejectionIsAStepToo() throws {
        try withStore(demo: true) { store, path in
            let rejected = try store.take(.recordProvinceRejection, nomination: "2026-BKT-0001",
                                          details: StepDetails(reason: "Chưa đủ tiêu chuẩn"), rulebook: try books())
            #expect(rejected.status == .provinceRejected)
            let steps = try store.steps(ofNomination: "2026-BKT-0001")
            #expect(steps.count == 1)
            #expect(steps.first?.from == .submitted)
            #expect(steps.first?.to == .provinceRejected)
            #expect(steps.first?.reason == "Chưa đủ tiêu chuẩn")
            #expect(try RawNomination(path, "2026-BKT-0001").status == "province-rejected")
            // A final status: nothing more can be taken.
            let error = #expect(throws: StoreError.self) {
                try store.take(.recordProvinceApproval, nomination: "2026-BKT-0001",
                               details: StepDetails(decision: DecisionReference(number: "3012/QĐ-UBND", date: testDay)),
                               rulebook: try books())
            }
            #expect(error == .refused(id: "2026-BKT-0001", .wrongStatus(step: .recordProvinceApproval, status: .provinceRejected,
                                                                       allowed: [.submitted])))
        }
    }

    // MARK: Editing

    @Test func contentIsNotEditableOnceOnAnAgenda() throws {
        try withStore(demo: true) { store, path in
            let rules = try rulebook()
            let listing = try #require(try store.nomination(id: "2026-LDTT-0003"))
            #expect(listing.nomination.status == .onAgenda)
            var edit = NominationDraft(editing: listing.nomination, nominee: listing.nominee)
            edit.note = "Sửa sau khi đã đưa ra Hội đồng"
            let before = try StoreCounts(store, path: path)
            let raw = try RawNomination(path, "2026-LDTT-0003")
            let error = #expect(throws: StoreError.self) { _ = try store.save(edit, rulebook: rules) }
            #expect(error == .notEditable(id: "2026-LDTT-0003", status: .onAgenda))
            #expect(try StoreCounts(store, path: path) == before)
            #expect(try RawNomination(path, "2026-LDTT-0003") == raw)

            // Returned, it can be edited again.
            _ = try store.take(.returnForInformation, nomination: "2026-LDTT-0003", details: StepDetails(reason: "Bổ sung ghi chú"),
                               rulebook: try books())
            let returned = try #require(try store.nomination(id: "2026-LDTT-0003"))
            var again = NominationDraft(editing: returned.nomination, nominee: returned.nominee)
            again.note = "Đã bổ sung"
            let saved = try store.save(again, rulebook: rules)
            #expect(saved.note == "Đã bổ sung")
            #expect(saved.status == .returned)
        }
    }

    @Test(arguments: ["2026-LDTT-0002", "2026-BKT-0001", "2025-LDTT-0001"])
    func contentIsNotEditableAfterTheCouncil(_ id: String) throws {
        try withStore(demo: true) { store, path in
            let listing = try #require(try store.nomination(id: id))
            var edit = NominationDraft(editing: listing.nomination, nominee: listing.nominee)
            edit.note = "x"
            let before = try StoreCounts(store, path: path)
            let error = #expect(throws: StoreError.self) { _ = try store.save(edit, rulebook: rulebook()) }
            #expect(error == .notEditable(id: id, status: listing.nomination.status))
            #expect(try StoreCounts(store, path: path) == before)
        }
    }

    // MARK: Bulk

    @Test func bulkStepsReturnTheRefusedAndDoTheRest() throws {
        try withStore(demo: true) { store, path in
            let ids = ["2026-GK-0003", "2026-LDTT-0001", "2026-GDVH-0002", "2026-GK-0999"]
            let auditBefore = try store.auditCount()
            let stepsBefore = try rowCount("nomination_step", in: path)
            let before = try RawNomination(path, "2026-LDTT-0001")

            let refused = try store.take(.receive, nominations: ids, rulebook: try books())
            #expect(Set(refused.keys) == ["2026-LDTT-0001", "2026-GK-0999"])
            #expect(refused["2026-LDTT-0001"] == .refused(id: "2026-LDTT-0001",
                                                         .wrongStatus(step: .receive, status: .received, allowed: [.draft])))
            #expect(refused["2026-GK-0999"] == .missing(id: "2026-GK-0999"))

            #expect(try RawNomination(path, "2026-GK-0003").status == "received")
            #expect(try RawNomination(path, "2026-GDVH-0002").status == "received")
            #expect(try RawNomination(path, "2026-GDVH-0002").completeOn == today)
            #expect(try RawNomination(path, "2026-LDTT-0001") == before)
            #expect(try store.auditCount() == auditBefore + 2)
            #expect(try rowCount("nomination_step", in: path) == stepsBefore + 2)
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func bulkStepsShareTheirDetails() throws {
        try withStore(demo: true) { store, path in
            let ids = ["2026-LDTT-0001", "2026-LDTT-0004", "2026-LDTT-0005"]
            let none = try store.take(.returnForInformation, nominations: ids, rulebook: try books())
            #expect(Set(none.keys) == Set(ids))
            #expect(none.values.allSatisfy {
                if case .refused(_, .missing(step: .returnForInformation, .reason)) = $0 { return true }
                return false
            })
            let reason = "Thiếu bản tự nhận xét"
            let done = try store.take(.returnForInformation, nominations: ids, details: StepDetails(reason: reason), rulebook: try books())
            #expect(done.isEmpty)
            for id in ids {
                #expect(try RawNomination(path, id).returnReason == reason)
                #expect(try store.steps(ofNomination: id).map(\.reason) == [reason])
            }
        }
    }
}
