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
                                                   nominations: ["2026-LDTT-0002", "2026-CSTDCS-0001"], baseSalary: 2_340_000,
                                                   rulebook: try books())
            #expect(decision.id > 0)
            #expect(decision.number == "301/QĐ-UBND")
            #expect(decision.issuer == .commune)
            #expect(decision.awards == [
                DecisionAward(nominationID: "2026-LDTT-0002", honourRollNumber: 1, amount: 710_000),
                DecisionAward(nominationID: "2026-CSTDCS-0001", honourRollNumber: 2, amount: 2_340_000),
            ])
            #expect(decision.total == 3_050_000)
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
                                                            nominations: ["2026-BKT-0001"], baseSalary: 2_340_000, rulebook: rules)
            #expect(province.awards.map(\.honourRollNumber) == [1])
            let first = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                                nominations: ["2026-LDTT-0002"], baseSalary: 2_340_000, rulebook: rules)
            #expect(first.awards.map(\.honourRollNumber) == [2])
            let second = try store.issueDecision(number: "302/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                                 nominations: ["2026-CSTDCS-0001"], baseSalary: 2_340_000, rulebook: rules)
            #expect(second.awards.map(\.honourRollNumber) == [3])

            let roll = try store.honourRoll(year: 2026)
            #expect(roll.map(\.number) == [1, 2, 3])
            #expect(roll.map(\.listing.nomination.id) == ["2026-BKT-0001", "2026-LDTT-0002", "2026-CSTDCS-0001"])
            #expect(roll.map(\.decisionNumber) == ["3012/QĐ-UBND", "301/QĐ-UBND", "302/QĐ-UBND"])
            #expect(roll.map(\.issuer) == [.province, .commune, .commune])
            #expect(roll.map(\.amount) == [7_020_000, 710_000, 2_340_000])
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
                                            baseSalary: 2_340_000, rulebook: rules)
            }
            #expect(error == .refused(id: "2026-LDTT-0001", .wrongStatus(step: .decide, status: .received, allowed: [.recommended])))
            #expect(try DecisionTables(store, path) == before)
            #expect(try store.nomination(id: "2026-LDTT-0002")?.nomination.status == .recommended)
            #expect(try store.nomination(id: "2026-LDTT-0002")?.nomination.decision == nil)
            #expect(try store.honourRoll(year: 2026).isEmpty)

            // The number is still free afterwards.
            let decision = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                                   nominations: ["2026-LDTT-0002"], baseSalary: 2_340_000, rulebook: rules)
            #expect(decision.awards.map(\.honourRollNumber) == [1])
        }
    }

    @Test func theCommuneCannotDecideAProvincialAward() throws {
        try withStore(demo: true) { store, path in
            try setRawStatus(path, "2026-BKT-0001", to: .recommended)
            let before = try DecisionTables(store, path)
            let error = #expect(throws: StoreError.self) {
                _ = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                            nominations: ["2026-LDTT-0002", "2026-BKT-0001"], baseSalary: 2_340_000,
                                            rulebook: try books())
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
                                            nominations: [], baseSalary: 2_340_000, rulebook: try books())
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
                                        nominations: ["2026-LDTT-0002"], baseSalary: 2_340_000, rulebook: rules)
            let before = try DecisionTables(store, path)
            let error = #expect(throws: StoreError.self) {
                _ = try store.issueDecision(number: number, date: decisionDay, signer: signer, signerTitle: signerTitle,
                                            nominations: ["2026-CSTDCS-0001"], baseSalary: 2_340_000, rulebook: rules)
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
                                                            baseSalary: 2_340_000, rulebook: try books())
            #expect(decision.issuer == .province)
            #expect(try store.decisions().filter { $0.number == "215/QĐ-UBND" }.map(\.issuer).sorted { $0.rawValue < $1.rawValue }
                    == [.commune, .province])
        }
    }

    @Test func theBaseSalaryGivesTheAmounts() throws {
        try withStore(demo: true) { store, _ in
            let rules = try books()
            let raised = try store.issueDecision(number: "301/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                                 nominations: ["2026-LDTT-0002"], baseSalary: 2_530_000, rulebook: rules)
            // 0,3 × 2 530 000 = 759 000 → 760 000.
            #expect(raised.awards.map(\.amount) == [760_000])
            let none = try store.issueDecision(number: "302/QĐ-UBND", date: decisionDay, signer: signer, signerTitle: signerTitle,
                                               nominations: ["2026-CSTDCS-0001"], baseSalary: nil, rulebook: rules)
            #expect(none.awards.map(\.amount) == [nil])
            #expect(none.total == 0)
            #expect(try store.honourRoll(year: 2026).map(\.amount) == [760_000, nil])
        }
    }

    @Test func theReturnedDecisionIsWhatTheStoreKeeps() throws {
        try withStore(demo: true) { store, _ in
            let decision = try store.issueDecision(number: " 301/QĐ-UBND ", date: decisionDay, signer: " Phạm Quang Khải ",
                                                   signerTitle: "Chủ tịch UBND phường ", nominations: ["2026-LDTT-0002"],
                                                   baseSalary: 2_340_000, rulebook: try books())
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
                                                            baseSalary: 2_340_000, rulebook: try books())
            #expect(decision.issuer == .province)
            #expect(decision.awards == [DecisionAward(nominationID: "2026-BKT-0001", honourRollNumber: 1, amount: 7_020_000)])
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
                                                     baseSalary: 2_340_000, rulebook: try books())
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
                ("2025-CSTDCS-0001", "216/QĐ-UBND", 2_340_000),
                ("2025-CSTDCS-0002", "216/QĐ-UBND", 2_340_000),
                ("2025-CSTDCS-0003", "216/QĐ-UBND", 2_340_000),
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
            #expect(d216.total == 3 * 2_340_000)
            #expect(try store.decisions().count == 14)
        }
    }

    // MARK: Base salary

    @Test func theBaseSalarySettingOverridesTheRulebook() throws {
        try withStore(demo: true) { store, _ in
            let book = try rulebook()
            #expect(try store.baseSalary(rulebook: book) == 2_340_000)
            #expect(try store.baseSalary(rulebook: nil) == nil)
            try store.setSetting("money.base-salary", to: "2.530.000")
            #expect(try store.baseSalary(rulebook: book) == 2_530_000)
            #expect(try store.baseSalary(rulebook: nil) == 2_530_000)
            try store.setSetting("money.base-salary", to: "2 530 000 đ")
            #expect(try store.baseSalary(rulebook: book) == 2_530_000)
            // A setting that is not a positive amount is ignored.
            try store.setSetting("money.base-salary", to: "0")
            #expect(try store.baseSalary(rulebook: book) == 2_340_000)
            try store.setSetting("money.base-salary", to: "chưa có")
            #expect(try store.baseSalary(rulebook: book) == 2_340_000)
            #expect(try store.baseSalary(rulebook: nil) == nil)
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
                                        nominations: ["2026-LDTT-0002", "2026-CSTDCS-0001"], baseSalary: 2_340_000, rulebook: rules)
            _ = try store.recordProvinceApproval(number: "125/QĐ-UBND", date: decisionDay, signer: "Nguyễn Văn A",
                                                 signerTitle: "Chủ tịch UBND tỉnh", nominations: ["2026-BKT-0001"],
                                                 baseSalary: 2_340_000, rulebook: rules)

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
