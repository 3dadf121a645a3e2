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

private let signer = "Phạm Quang Khải"
private let signerTitle = "Chủ tịch UBND phường"
private let decisionDay = CivilDate(year: 2026, month: 12, day: 18)!

/// Rows that a refused decision must leave as they were.
private struct DecisionTables: Equatable {
    var decisions: Int
    var awards: Int
    var steps: Int
    var audit: Int
    var statuses: [String]

    init(_ store: Store, _ path: String) throws {
        decisions = try rowCount("decision", in: path)
        awards = try rowCount("decision_award", in: path)
        steps = try rowCount("nomination_step", in: path)
        audit = try store.auditCount()
        statuses = try withRawDatabase(path) { db in
            try String.fetchAll(db, sql: "SELECT id || ' ' || status || ' ' || COALESCE(decision_number, '-') FROM nomination ORDER BY id")
        }
    }
}

@Suite("Decisions and the honour roll")
struct DecisionStoreTests {
    // MARK: Commune decisions

    @Test func aDecisionDecidesTheRecommendedCommuneAwards() throws {
        try withStore(demo: true) { store, path in
            let auditBefore = try store.auditCount()
            let decision = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                                   nominations: ["2026-LDTT-0002", "2026-CSTDCS-0001"], rules: try wardRules(try books()))
            #expect(decision.id > 0)
            #expect(decision.number == "301/QĐ-UBND")
            #expect(decision.issuer == .commune)
            // Đặng Văn Quý's two titles of 2026: only the higher is paid, at the base of 18/12/2026.
            #expect(decision.awards == [
                DecisionAward(nominationID: "2026-LDTT-0002", honourRollNumber: 1, amount: nil,
                              paymentNote: .higherTitlePaid(award: "chien-si-thi-dua-co-so")),
                DecisionAward(nominationID: "2026-CSTDCS-0001", honourRollNumber: 2, amount: 2_530_000),
            ])
            #expect(decision.total == 2_530_000)
            #expect(decision.awards.first?.honourRollText(year: 2026) == "1/2026")

            for id in ["2026-LDTT-0002", "2026-CSTDCS-0001"] {
                let nomination = try #require(try store.nomination(id: id)).nomination
                #expect(nomination.status == .decided)
                #expect(nomination.decision == DecisionReference(number: "301/QĐ-UBND", date: decisionDay))
                let step = try #require(try store.steps(ofNomination: id).last)
                #expect(step.step == .decide)
                #expect(step.from == .recommended)
                #expect(step.to == .decided)
            }
            let stepDecisionIDs = try withRawDatabase(path) { db in
                try Int.fetchAll(db, sql: "SELECT decision_id FROM nomination_step WHERE step = 'decide' ORDER BY seq")
            }
            #expect(stepDecisionIDs == [decision.id, decision.id])

            // Two steps and the decision itself are audited.
            #expect(try store.auditCount() == auditBefore + 3)
            let last = try #require(try auditEntries(path).last)
            #expect(last.action == "create")
            #expect(last.entity == "decision")
            #expect(last.entityID == "301/QĐ-UBND")
            #expect(try store.firstBrokenAuditRow() == nil)

            // Read back, newest first.
            #expect(try store.decisions().first == decision)
            #expect(try store.decision(id: decision.id) == decision)
            #expect(try store.honourRollYears().first == 2026)
        }
    }

    @Test func theHonourRollContinuesTheYearsSequenceAcrossDecisions() throws {
        try withStore(demo: true) { store, _ in
            let rules = try books()
            let province = try store.recordProvinceApproval(number: "3012/QĐ-UBND", date: CivilDate(year: 2026, month: 12, day: 10)!,
                                                            signer: "Nguyễn Văn A", signerTitle: "Chủ tịch UBND tỉnh",
                                                            nominations: ["2026-BKT-0001"], rules: try wardRules(rules))
            #expect(province.awards.map(\.honourRollNumber) == [1])
            let first = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                                nominations: ["2026-LDTT-0002"], rules: try wardRules(rules))
            #expect(first.awards.map(\.honourRollNumber) == [2])
            let second = try store.issueDecision(number: "302/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                                 nominations: ["2026-CSTDCS-0001"], rules: try wardRules(rules))
            #expect(second.awards.map(\.honourRollNumber) == [3])

            let roll = try store.honourRoll(year: 2026)
            #expect(roll.map(\.number) == [1, 2, 3])
            #expect(roll.map(\.listing.nomination.id) == ["2026-BKT-0001", "2026-LDTT-0002", "2026-CSTDCS-0001"])
            #expect(roll.map(\.decisionNumber) == ["3012/QĐ-UBND", "301/QĐ-UBND", "302/QĐ-UBND"])
            #expect(roll.map(\.issuer) == [.province, .commune, .commune])
            // 18/12/2026: base 2 530 000. The CSTĐCS of the person whose LĐTT 301 paid pays the difference.
            #expect(roll.map(\.amount) == [3_800_000, 760_000, 2_530_000 - 760_000])
            #expect(roll.allSatisfy { $0.year == 2026 && !$0.revoked })
            // The 2025 roll is untouched.
            #expect(try store.honourRoll(year: 2025).count == 12)
        }
    }

    @Test func aDecisionIsAllOrNothing() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            let before = try DecisionTables(store, path)
            let error = #expect(throws: StoreError.self) {
                _ = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                            nominations: ["2026-LDTT-0002", "2026-LDTT-0001", "2026-CSTDCS-0001"],
                                            rules: try wardRules(rules))
            }
            #expect(error == .refused(id: "2026-LDTT-0001", .wrongStatus(step: .decide, status: .received, allowed: [.recommended])))
            #expect(try DecisionTables(store, path) == before)
            #expect(try store.nomination(id: "2026-LDTT-0002")?.nomination.status == .recommended)
            #expect(try store.nomination(id: "2026-LDTT-0002")?.nomination.decision == nil)
            #expect(try store.honourRoll(year: 2026).isEmpty)

            // The number is still free afterwards.
            let decision = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                                   nominations: ["2026-LDTT-0002"], rules: try wardRules(rules))
            #expect(decision.awards.map(\.honourRollNumber) == [1])
        }
    }

    @Test func theCommuneCannotDecideAProvincialAward() throws {
        try withStore(demo: true) { store, path in
            try setRawStatus(path, "2026-BKT-0001", to: .recommended)
            let before = try DecisionTables(store, path)
            let error = #expect(throws: StoreError.self) {
                _ = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                            nominations: ["2026-LDTT-0002", "2026-BKT-0001"], rules: try wardRules(try books()))
            }
            #expect(error == .refused(id: "2026-BKT-0001", .notACommuneAward(award: "bang-khen-tinh")))
            #expect(try DecisionTables(store, path) == before)
        }
    }

    @Test func anEmptyDecisionIsInvalid() throws {
        try withStore(demo: true) { store, path in
            let before = try DecisionTables(store, path)
            let error = #expect(throws: StoreError.self) {
                _ = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                            nominations: [], rules: try wardRules(try books()))
            }
            #expect(error == .invalid([]))
            #expect(try DecisionTables(store, path) == before)
        }
    }

    @Test(arguments: ["215/QĐ-UBND", "  215/QĐ-UBND ", "301/QĐ-UBND"])
    func aDecisionNumberIsUsedOnce(_ number: String) throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            _ = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                        nominations: ["2026-LDTT-0002"], rules: try wardRules(rules))
            let before = try DecisionTables(store, path)
            let error = #expect(throws: StoreError.self) {
                _ = try store.issueDecision(number: number, date: decisionDay, signer: signer, signerTitle: signerTitle,
                                            nominations: ["2026-CSTDCS-0001"], rules: try wardRules(rules))
            }
            #expect(error == .duplicateDecision(number: number.trimmingCharacters(in: .whitespaces)))
            #expect(try DecisionTables(store, path) == before)
            #expect(try store.nomination(id: "2026-CSTDCS-0001")?.nomination.status == .recommended)
        }
    }

    @Test func theProvinceMayUseANumberTheCommuneUsed() throws {
        try withStore(demo: true) { store, _ in
            // Numbers are per issuer: the province's 215/QĐ-UBND is not the ward's.
            let decision = try store.recordProvinceApproval(number: "215/QĐ-UBND", date: decisionDay, signer: "Nguyễn Văn A",
                                                            signerTitle: "Chủ tịch UBND tỉnh", nominations: ["2026-BKT-0001"],
                                                            rules: try wardRules(try books()))
            #expect(decision.issuer == .province)
            #expect(try store.decisions().filter { $0.number == "215/QĐ-UBND" }.map(\.issuer).sorted { $0.rawValue < $1.rawValue }
                    == [.commune, .province])
        }
    }

    @Test func theBaseSalaryOfTheDecisionsDayGivesTheAmounts() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            // 30/06/2026: the rate of NĐ 73/2024 (2 340 000); 01/07/2026: NĐ 161/2026 (2 530 000).
            let before = try store.issueDecision(number: "301/QĐ-UBND", date: CivilDate(year: 2026, month: 6, day: 30)!, signer: signer,
                                                 signerTitle: signerTitle, nominations: ["2026-LDTT-0002"], rules: try wardRules(rules))
            #expect(before.awards.map(\.amount) == [710_000])
            #expect(before.baseSalary == AppliedBaseSalary(amount: 2_340_000, origin: .law,
                                                           basis: "NĐ 73/2024/NĐ-CP ngày 30/06/2024, Điều 3 khoản 2"))
            let after = try store.issueDecision(number: "302/QĐ-UBND", date: CivilDate(year: 2026, month: 7, day: 1)!, signer: signer,
                                                signerTitle: signerTitle, nominations: ["2026-CSTDCS-0001"], rules: try wardRules(rules))
            // The CSTĐCS of the same person and year pays the difference to the LĐTT already paid.
            #expect(after.awards.map(\.amount) == [2_530_000 - 710_000])
            #expect(after.awards.first?.paymentNote == .earlierTitlePaid(award: "lao-dong-tien-tien", decision: "301/QĐ-UBND",
                                                                           amount: 710_000))
            #expect(after.baseSalary?.amount == 2_530_000)
            // Read back as issued: the base salary and the note are kept with the decision.
            #expect(try store.decision(id: after.id) == after)
            let stored = try withRawDatabase(path) { db in
                try Row.fetchOne(db, sql: "SELECT base_salary, base_salary_origin FROM decision WHERE id = ?", arguments: [after.id])
            }
            #expect(stored?[0] as Int? == 2_530_000)
            #expect(stored?[1] as String? == "law")
        }
    }

    @Test func withoutABaseSalaryADecisionCarriesNoMoney() throws {
        try withStore(demo: true) { store, _ in
            let none = try store.issueDecision(number: "302/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                               nominations: ["2026-CSTDCS-0001"],
                                               rules: try wardRules(try books(), baseSalaries: BaseSalaryTable(rates: [])))
            #expect(none.awards.map(\.amount) == [nil])
            #expect(none.total == 0)
            #expect(none.baseSalary == nil)
            #expect(try store.honourRoll(year: 2026).map(\.amount) == [nil])
        }
    }

    @Test func oneDecisionPaysOnlyTheHighestTitleOfAPeriod() throws {
        try withStore(demo: true) { store, _ in
            let decision = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                                   nominations: ["2026-LDTT-0002", "2026-CSTDCS-0001"], rules: try wardRules(try books()))
            // Đặng Văn Quý: LĐTT and CSTĐCS of 2026 pay 1,0 × 2 530 000, not 1,3 ×.
            #expect(decision.awards.map(\.amount) == [nil, 2_530_000])
            #expect(decision.awards.map(\.paymentNote) == [.higherTitlePaid(award: "chien-si-thi-dua-co-so"), nil])
            #expect(decision.total == 2_530_000)
        }
    }

    /// NĐ 86/2023: the Gia đình văn hóa list posted for comment for 10 days from 26/11 (to 05/12)
    /// cannot be decided before 06/12; the decision is then due for publication within 15 days.
    @Test func aPostedListIsDecidedAfterItsPostingAndIsDueForPublication() throws {
        try withStore(demo: true) { store, path in
            let rules = try books()
            let ward = try wardRules(rules)
            let posting = try store.recordPosting(award: "gia-dinh-van-hoa", year: 2026, from: CivilDate(year: 2026, month: 11, day: 26)!,
                                                  rules: ward)
            #expect(posting.until == CivilDate(year: 2026, month: 12, day: 5)!)
            #expect(try store.posting(award: "gia-dinh-van-hoa", year: 2026) == posting)
            #expect(try store.posting(award: "gia-dinh-van-hoa", year: 2025) == nil)
            #expect(throws: PaperProblem.noPostingPeriod(award: "lao-dong-tien-tien", year: 2026)) {
                try store.recordPosting(award: "lao-dong-tien-tien", year: 2026, from: CivilDate(year: 2026, month: 11, day: 26)!, rules: ward)
            }
            // 2026-GDVH-0001 recommended by PH-2026-02.
            let ids = try withRawDatabase(path) { db in try Int.fetchAll(db, sql: "SELECT id FROM council_member ORDER BY id") }
            for id in ids.prefix(12) { try store.setAttendance(.present, member: id, session: "PH-2026-02") }
            _ = try store.take(.putOnAgenda, nomination: "2026-GDVH-0001", details: StepDetails(sessionID: "PH-2026-02"), rulebook: rules)
            try store.recordBallot(.counts(Tally(agree: 12, disagree: 0, abstain: 0)), nomination: "2026-GDVH-0001", session: "PH-2026-02")
            _ = try store.recordOutcomes(session: "PH-2026-02", requiredPercent: 80, rulebook: rules)
            #expect(try store.nomination(id: "2026-GDVH-0001")?.nomination.status == .recommended)

            let error = #expect(throws: StoreError.self) {
                _ = try store.issueDecision(number: "301/QĐ-UBND", date: CivilDate(year: 2026, month: 12, day: 5)!, signer: signer,
                                            signerTitle: signerTitle, nominations: ["2026-GDVH-0001"], rules: ward)
            }
            #expect(error == .refused(id: "2026-GDVH-0001", .stillPosted(until: posting.until)))
            #expect(try store.decisions().count == 14)
            let decision = try store.issueDecision(number: "301/QĐ-UBND", date: CivilDate(year: 2026, month: 12, day: 6)!, signer: signer,
                                                   signerTitle: signerTitle, nominations: ["2026-GDVH-0001"], rules: ward)
            #expect(decision.publishBy == CivilDate(year: 2026, month: 12, day: 21))
            #expect(decision.publishedOn == nil)
            #expect(try store.decision(id: decision.id)?.publishBy == CivilDate(year: 2026, month: 12, day: 21))
            // A decision of titles without a publication rule has no such date.
            #expect(try store.decisions().first { $0.number == "215/QĐ-UBND" }?.publishBy == nil)
            // The review shows its clock until the day of publication is recorded.
            let waiting = try store.pendingPublications()
            #expect(waiting == [PendingPublication(decision: "301/QĐ-UBND", decided: CivilDate(year: 2026, month: 12, day: 6)!,
                                                   due: CivilDate(year: 2026, month: 12, day: 21)!, awards: 1)])
            #expect(waiting.first?.daysLeft(on: CivilDate(year: 2026, month: 12, day: 6)!) == 15)
            #expect(waiting.first?.daysLeft(on: CivilDate(year: 2026, month: 12, day: 23)!) == -2)
            #expect(throws: StoreError.publishedBeforeDecision(number: "301/QĐ-UBND", decided: CivilDate(year: 2026, month: 12, day: 6)!)) {
                try store.recordPublication(decision: "301/QĐ-UBND", on: CivilDate(year: 2026, month: 12, day: 5)!)
            }
            try store.recordPublication(decision: "301/QĐ-UBND", on: CivilDate(year: 2026, month: 12, day: 10)!)
            #expect(try store.pendingPublications().isEmpty)
            #expect(try store.decision(id: decision.id)?.publishedOn == CivilDate(year: 2026, month: 12, day: 10))
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func theReturnedDecisionIsWhatTheStoreKeeps() throws {
        try withStore(demo: true) { store, _ in
            let decision = try store.issueDecision(number: " 301/QĐ-UBND ", date: decisionDay, signer: " Phạm Quang Khải ",
                                                   signerTitle: "Chủ tịch UBND phường ", nominations: ["2026-LDTT-0002"],
                                                   rules: try wardRules(try books()))
            let stored = try #require(try store.decision(id: decision.id))
            #expect(stored.number == "301/QĐ-UBND")
            #expect(stored.signer == "Phạm Quang Khải")
            #expect(stored.signerTitle == "Chủ tịch UBND phường")
            #expect(decision.number == "301/QĐ-UBND")
            #expect(decision == stored)
        }
    }

    // MARK: Province decisions

    @Test func theProvincesApprovalOfTheSubmittedBangKhen() throws {
        try withStore(demo: true) { store, path in
            let day = CivilDate(year: 2027, month: 1, day: 15)!
            let decision = try store.recordProvinceApproval(number: "125/QĐ-UBND", date: day, signer: "Nguyễn Văn A",
                                                            signerTitle: "Chủ tịch UBND tỉnh", nominations: ["2026-BKT-0001"],
                                                            rules: try wardRules(try books()))
            #expect(decision.issuer == .province)
            // 1,5 × 2 530 000 = 3 795 000 → 3 800 000 (an individual's Bằng khen).
            #expect(decision.awards == [DecisionAward(nominationID: "2026-BKT-0001", honourRollNumber: 1, amount: 3_800_000)])
            let nomination = try #require(try store.nomination(id: "2026-BKT-0001")).nomination
            #expect(nomination.status == .provinceApproved)
            #expect(nomination.decision == DecisionReference(number: "125/QĐ-UBND", date: day))
            let step = try #require(try store.steps(ofNomination: "2026-BKT-0001").last)
            #expect(step.step == .recordProvinceApproval)
            #expect(step.from == .submitted)
            #expect(step.to == .provinceApproved)
            // The roll of the decision's year.
            let roll = try store.honourRoll(year: 2027)
            #expect(roll.map(\.listing.nomination.id) == ["2026-BKT-0001"])
            #expect(roll.first?.issuer == .province)
            #expect(roll.first?.decisionDate == day)
            #expect(try store.honourRoll(year: 2026).isEmpty)
            #expect(try store.firstBrokenAuditRow() == nil)
            _ = path
        }
    }

    @Test func theProvinceApprovesOnlySubmittedNominations() throws {
        try withStore(demo: true) { store, path in
            let before = try DecisionTables(store, path)
            let error = #expect(throws: StoreError.self) {
                _ = try store.recordProvinceApproval(number: "125/QĐ-UBND", date: decisionDay, signer: "Nguyễn Văn A",
                                                     signerTitle: "Chủ tịch UBND tỉnh", nominations: ["2026-LDTT-0002"],
                                                     rules: try wardRules(try books()))
            }
            #expect(error == .refused(id: "2026-LDTT-0002", .wrongStatus(step: .recordProvinceApproval, status: .recommended,
                                                                        allowed: [.submitted])))
            #expect(try DecisionTables(store, path) == before)
        }
    }

    // MARK: The demo's honour roll

    @Test func theDemosHonourRollOf2025() throws {
        try withStore(demo: true) { store, _ in
            let roll = try store.honourRoll(year: 2025)
            let expected: [(String, String, Int?)] = [
                ("2025-LDTT-0001", "215/QĐ-UBND", 710_000),
                ("2025-LDTT-0002", "215/QĐ-UBND", 710_000),
                ("2025-LDTT-0003", "215/QĐ-UBND", 710_000),
                ("2025-LDTT-0004", "215/QĐ-UBND", 710_000),
                // Their LĐTT of 2025 was paid by 215/QĐ-UBND: the CSTĐCS pays the difference.
                ("2025-CSTDCS-0001", "216/QĐ-UBND", 2_340_000 - 710_000),
                ("2025-CSTDCS-0002", "216/QĐ-UBND", 2_340_000 - 710_000),
                ("2025-CSTDCS-0003", "216/QĐ-UBND", 2_340_000 - 710_000),
                ("2025-TTLDTT-0001", "217/QĐ-UBND", 1_880_000),
                ("2025-GDVH-0001", "220/QĐ-UBND", nil),
                ("2025-GDVH-0002", "220/QĐ-UBND", nil),
                ("2025-TDPVH-0001", "221/QĐ-UBND", 3_510_000),
                ("2025-GK-0001", "224/QĐ-UBND", 1_410_000),
            ]
            #expect(roll.map(\.number) == Array(1...12))
            #expect(roll.map(\.listing.nomination.id) == expected.map(\.0))
            #expect(roll.map(\.decisionNumber) == expected.map(\.1))
            #expect(roll.map(\.amount) == expected.map(\.2))
            #expect(roll.allSatisfy { $0.year == 2025 && $0.issuer == .commune && !$0.revoked })
            #expect(roll.first?.decisionDate == CivilDate(year: 2025, month: 12, day: 18))
            #expect(roll.first?.listing.nominee.id == "P-0018")

            // Exactly the demo's decided nominations of 2025, read from its JSON.
            let decided2025 = try demoNominationRows().filter { $0.year == 2025 && $0.status == "decided" }.map(\.id)
            #expect(Set(roll.map(\.listing.nomination.id)) == Set(decided2025))
            #expect(try store.honourRoll(years: 2025...2025).map(\.listing.nomination.id) == expected.map(\.0))
        }
    }

    @Test func theDemosOlderRollsUseTheirBaseSalary() throws {
        try withStore(demo: true) { store, _ in
            #expect(try store.honourRollYears() == [2025, 2024, 2023])
            // 2023: base salary 1 800 000: LĐTT 540 000, TTLĐTT 1 440 000, GĐVH nothing.
            let roll2023 = try store.honourRoll(year: 2023)
            #expect(roll2023.map(\.number) == Array(1...7))
            #expect(roll2023.map(\.amount) == [540_000, 540_000, 540_000, 1_440_000, nil, nil, nil])
            let roll2024 = try store.honourRoll(year: 2024)
            #expect(roll2024.map(\.number) == Array(1...12))
            #expect(roll2024.last?.listing.nomination.id == "2024-GK-0001")
            #expect(roll2024.last?.amount == 710_000)
            // Each demo decision lists its awards in roll order.
            let d216 = try #require(try store.decisions().first { $0.number == "216/QĐ-UBND" })
            #expect(d216.awards.map(\.honourRollNumber) == [5, 6, 7])
            #expect(d216.total == 3 * (2_340_000 - 710_000))
            #expect(d216.baseSalary?.amount == 2_340_000)
            #expect(try store.decisions().count == 14)
        }
    }

    // MARK: Base salary

    @Test func theBaseSalarySettingOverridesTheLawsRate() throws {
        try withStore(demo: true) { store, _ in
            let table = try baseSalaries()
            let day = CivilDate(year: 2026, month: 12, day: 6)!
            #expect(try store.baseSalary(on: day, table: table) == AppliedBaseSalary(
                amount: 2_530_000, origin: .law, basis: "NĐ 161/2026/NĐ-CP ngày 15/05/2026, Điều 3 khoản 2 (thay NĐ 73/2024/NĐ-CP)"))
            #expect(try store.baseSalary(on: CivilDate(year: 2023, month: 6, day: 30)!, table: table) == nil)
            try store.setSetting("money.base-salary", to: "2.600.000")
            #expect(try store.baseSalary(on: day, table: table) == AppliedBaseSalary(amount: 2_600_000, origin: .override))
            #expect(try store.baseSalary(on: CivilDate(year: 2023, month: 6, day: 30)!, table: table)?.amount == 2_600_000)
            try store.setSetting("money.base-salary", to: "2 600 000 đ")
            #expect(try store.baseSalary(on: day, table: table)?.amount == 2_600_000)
            // A setting that is not a positive amount is ignored.
            try store.setSetting("money.base-salary", to: "0")
            #expect(try store.baseSalary(on: day, table: table)?.origin == .law)
            try store.setSetting("money.base-salary", to: "chưa có")
            #expect(try store.baseSalary(on: day, table: table)?.amount == 2_530_000)
        }
    }

    // MARK: History

    @Test func newlyDecidedAwardsJoinTheNomineesHistory() throws {
        try withStore(demo: true) { store, _ in
            let before = try #require(StoreEvaluationContext(store: store).history(of: "P-0030"))
            #expect(!before.contains { $0.year == 2026 })
            #expect(before.contains(PastAward(award: "chien-si-thi-dua-co-so", year: 2025, kind: .congTrang)))

            let rules = try books()
            _ = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                        nominations: ["2026-LDTT-0002", "2026-CSTDCS-0001"], rules: try wardRules(rules))
            _ = try store.recordProvinceApproval(number: "125/QĐ-UBND", date: decisionDay, signer: "Nguyễn Văn A",
                                                 signerTitle: "Chủ tịch UBND tỉnh", nominations: ["2026-BKT-0001"],
                                                 rules: try wardRules(rules))

            let context = StoreEvaluationContext(store: store)
            let after = try #require(context.history(of: "P-0030"))
            #expect(after.contains(PastAward(award: "lao-dong-tien-tien", year: 2026, kind: .congTrang)))
            #expect(after.contains(PastAward(award: "chien-si-thi-dua-co-so", year: 2026, kind: .congTrang)))
            #expect(after.count == before.count + 2)
            let p33 = try #require(context.history(of: "P-0033"))
            #expect(p33.contains(PastAward(award: "bang-khen-tinh", year: 2026, kind: .congTrang)))

            // A revoked award leaves it again.
            _ = try store.take(.revoke, nomination: "2026-CSTDCS-0001",
                               details: StepDetails(reason: "Khai không trung thực", basis: "Luật TĐKT 2022, Điều 93"), rulebook: rules)
            let revoked = try #require(StoreEvaluationContext(store: store).history(of: "P-0030"))
            #expect(!revoked.contains(PastAward(award: "chien-si-thi-dua-co-so", year: 2026, kind: .congTrang)))
            #expect(try store.honourRoll(year: 2026).first { $0.listing.nomination.id == "2026-CSTDCS-0001" }?.revoked == true)
        }
    }
}
