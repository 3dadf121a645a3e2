import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

/// Sample rules of a ward council.
enum CouncilSamples {
    static let bloodDonorText = LocalizedText(vi: "Tham gia hiến máu tình nguyện trong năm", en: "Gave blood in the year")

    /// A criterion the council adds to Lao động tiên tiến.
    static let bloodDonor = CouncilCriterion(
        award: "lao-dong-tien-tien",
        criterion: Criterion(id: "hd.blood-donor", text: bloodDonorText, basis: "Quy chế Hội đồng TĐKT phường 2026",
                             certainty: .check, appliesTo: [.person], kinds: [.congTrang],
                             condition: .attested("blood-donor")))

    /// A criterion the council adds to its own award.
    static let mediationCases = CouncilCriterion(
        award: "to-hoa-giai-tieu-bieu",
        criterion: Criterion(id: "hd.mediation-cases", text: LocalizedText(vi: "Hòa giải thành ít nhất 5 vụ việc",
                                                                           en: "At least 5 cases mediated"),
                             basis: "Quy chế Hội đồng TĐKT phường 2026", certainty: .check,
                             adjustable: Adjustment(enabled: true, value: 5, unit: "count"),
                             condition: .ifThen(.given("members"),
                                                then: .memberCount(.completedTasks, atLeast: .parameter, atMost: nil),
                                                otherwise: nil)))

    /// One of the council's own awards, with a criterion of its own.
    static let mediationAward = AwardDefinition(
        code: "to-hoa-giai-tieu-bieu", name: LocalizedText(vi: "Tổ hòa giải tiêu biểu", en: "Model mediation team"),
        shortName: LocalizedText(vi: "Tổ HG tiêu biểu", en: "Model mediation"), abbreviation: "THGTB", idCode: "THGTB",
        nominees: [.residentialGroup], decidedBy: .commune, kinds: [.congTrang, .chuyenDe],
        criteria: [Criterion(id: "thg.rating", text: LocalizedText(vi: "Hoàn thành tốt nhiệm vụ", en: "Tasks done well"),
                             basis: "Quy chế Hội đồng TĐKT phường 2026", certainty: .likely,
                             kinds: [.congTrang], origin: .council,
                             condition: .anyOf([.ratingAtLeast(.tot),
                                                .allOf([.attested("united"), .monthsWorked(atLeast: .fixed(6.5))])]))])

    /// A second award of the council, without criteria (checked by hand).
    static let youthAward = AwardDefinition(
        code: "thanh-nien-tieu-bieu", name: LocalizedText(vi: "Thanh niên tiêu biểu", en: "Outstanding youth"),
        idCode: "TNTB", nominees: [.person], decidedBy: .commune, kinds: [.chuyenDe], criteria: nil)

    /// The award as the council keeps it: its own.
    static func own(_ award: AwardDefinition) -> AwardDefinition {
        var own = award
        own.origin = .council
        return own
    }

    /// A Lao động tiên tiến of 2026 with everything in order, working `months` months.
    static func advancedWorker(months: Int?, attested: [String] = ["law-abiding", "productive-worker", "emulation-spirit"]) -> EvaluationSubject {
        EvaluationSubject(award: "lao-dong-tien-tien", kind: .congTrang, nomineeType: .person, year: 2026, hasMovement: true,
                          facts: Facts(rating: .tot, pending: PendingMatters(discipline: false, investigation: false, complaint: false),
                                       attestations: Attestations(list: attested), monthsWorked: months))
    }
}

@Suite("Council rules in the store")
struct CouncilRulesTests {
    /// Runs `change`, requires that it adds exactly one audit row (the earlier ones unchanged)
    /// and returns that row.
    private func oneAuditRow(_ path: String, sourceLocation: SourceLocation = #_sourceLocation,
                             _ change: () throws -> Void) throws -> AuditEntry {
        let before = try auditEntries(path)
        try change()
        let after = try auditEntries(path)
        try #require(after.count == before.count + 1, "expected one new audit row, found \(after.count - before.count)",
                     sourceLocation: sourceLocation)
        #expect(Array(after.prefix(before.count)) == before, sourceLocation: sourceLocation)
        return try #require(after.last, sourceLocation: sourceLocation)
    }

    /// Runs `change` and expects no new audit row.
    private func noAuditRow(_ path: String, sourceLocation: SourceLocation = #_sourceLocation,
                            _ change: () throws -> Void) throws {
        let before = try auditEntries(path)
        try change()
        #expect(try auditEntries(path) == before, sourceLocation: sourceLocation)
    }

    private func ruleRows(_ path: String) throws -> [String] {
        try withRawDatabase(path) { db in
            try String.fetchAll(db, sql: "SELECT kind || ':' || key FROM council_rule ORDER BY kind, key")
        }
    }

    @Test func emptyStoreHasAnEmptyLayer() throws {
        try withStore { store, path in
            let layer = try store.councilLayer()
            #expect(layer == CouncilLayer())
            #expect(layer.isEmpty)
            #expect(layer.options.isEmpty)
            #expect(try ruleRows(path).isEmpty)
            #expect(try store.auditCount() == 0)
            // The demo ward brings no council rules either.
            try store.loadDemo(demoWard(), rulebook: try rulebooks().rulebook(forYear:), baseSalaries: try baseSalaries())
            #expect(try store.councilLayer() == CouncilLayer())
        }
    }

    @Test func adjustmentsRoundTripAndAreAudited() throws {
        try withStore { store, path in
            let months = Adjustment(enabled: true, value: 9)
            let quota = Adjustment(enabled: true)
            let created = try oneAuditRow(path) { try store.setAdjustment(months, for: "ldtt.months-worked") }
            #expect(created.action == "create")
            #expect(created.entity == "council_rule.adjustment")
            #expect(created.entityID == "ldtt.months-worked")
            #expect(created.before == nil)
            #expect(try decodeAuditJSON(Adjustment.self, created.after) == months)
            _ = try oneAuditRow(path) { try store.setAdjustment(quota, for: "cstdcs.quota") }
            #expect(try store.councilLayer().adjustments == ["ldtt.months-worked": months, "cstdcs.quota": quota])
            #expect(try store.councilLayer() == CouncilLayer(adjustments: ["ldtt.months-worked": months, "cstdcs.quota": quota]))

            // Replacing updates the one rule and says what it was.
            let tuned = Adjustment(enabled: false, value: 11, unit: "months")
            let updated = try oneAuditRow(path) { try store.setAdjustment(tuned, for: "ldtt.months-worked") }
            #expect(updated.action == "update")
            #expect(updated.entity == "council_rule.adjustment")
            #expect(updated.entityID == "ldtt.months-worked")
            #expect(try decodeAuditJSON(Adjustment.self, updated.before) == months)
            #expect(try decodeAuditJSON(Adjustment.self, updated.after) == tuned)
            #expect(try store.councilLayer().adjustments == ["ldtt.months-worked": tuned, "cstdcs.quota": quota])
            #expect(try ruleRows(path) == ["adjustment:cstdcs.quota", "adjustment:ldtt.months-worked"])

            // nil returns the criterion to the rulebook's default.
            let deleted = try oneAuditRow(path) { try store.setAdjustment(nil, for: "ldtt.months-worked") }
            #expect(deleted.action == "delete")
            #expect(deleted.entity == "council_rule.adjustment")
            #expect(deleted.entityID == "ldtt.months-worked")
            #expect(try decodeAuditJSON(Adjustment.self, deleted.before) == tuned)
            #expect(deleted.after == nil)
            #expect(try store.councilLayer().adjustments == ["cstdcs.quota": quota])
            #expect(try ruleRows(path) == ["adjustment:cstdcs.quota"])
            #expect(try store.auditCount() == 4)
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func awardsRoundTripAsTheCouncilsOwn() throws {
        try withStore { store, path in
            // Saved as given, except that it is always the council's.
            #expect(CouncilSamples.mediationAward.origin == .national)
            let created = try oneAuditRow(path) { try store.saveCouncilAward(CouncilSamples.mediationAward) }
            #expect(created.action == "create")
            #expect(created.entity == "council_rule.award")
            #expect(created.entityID == "to-hoa-giai-tieu-bieu")
            #expect(created.before == nil)
            #expect(try decodeAuditJSON(AwardDefinition.self, created.after) == CouncilSamples.own(CouncilSamples.mediationAward))
            _ = try oneAuditRow(path) { try store.saveCouncilAward(CouncilSamples.youthAward) }

            // Rules changed at the same instant (the fixed clock) come back in key order.
            let layer = try store.councilLayer()
            #expect(layer.awards == [CouncilSamples.own(CouncilSamples.youthAward), CouncilSamples.own(CouncilSamples.mediationAward)])
            #expect(layer.awards.allSatisfy { $0.origin == .council })
            #expect(layer.awards.first?.criteria == nil)
            #expect(layer.adjustments.isEmpty && layer.criteria.isEmpty && layer.labels.isEmpty && layer.options.isEmpty)

            // Replacing keeps one award under the code, with the new content.
            var renamed = CouncilSamples.mediationAward
            renamed.name = LocalizedText(vi: "Tổ hòa giải xuất sắc", en: "Outstanding mediation team")
            renamed.kinds = [.congTrang]
            let updated = try oneAuditRow(path) { try store.saveCouncilAward(renamed) }
            #expect(updated.action == "update")
            #expect(updated.entityID == "to-hoa-giai-tieu-bieu")
            #expect(try decodeAuditJSON(AwardDefinition.self, updated.before) == CouncilSamples.own(CouncilSamples.mediationAward))
            #expect(try decodeAuditJSON(AwardDefinition.self, updated.after) == CouncilSamples.own(renamed))
            let replaced = try store.councilLayer().awards
            #expect(replaced.count == 2)
            #expect(replaced.first { $0.code == "to-hoa-giai-tieu-bieu" } == CouncilSamples.own(renamed))
            #expect(replaced.first { $0.code == "thanh-nien-tieu-bieu" } == CouncilSamples.own(CouncilSamples.youthAward))

            let deleted = try oneAuditRow(path) { try store.deleteCouncilAward(code: "thanh-nien-tieu-bieu") }
            #expect(deleted.action == "delete")
            #expect(deleted.entity == "council_rule.award")
            #expect(deleted.entityID == "thanh-nien-tieu-bieu")
            #expect(try decodeAuditJSON(AwardDefinition.self, deleted.before) == CouncilSamples.own(CouncilSamples.youthAward))
            #expect(deleted.after == nil)
            #expect(try store.councilLayer().awards == [CouncilSamples.own(renamed)])
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func deletingAnAwardRemovesTheCriteriaTheCouncilAddedToIt() throws {
        try withStore { store, path in
            try store.saveCouncilAward(CouncilSamples.mediationAward)
            try store.saveCouncilCriterion(CouncilSamples.bloodDonor)
            try store.saveCouncilCriterion(CouncilSamples.mediationCases)
            #expect(try store.councilLayer().criteria == [CouncilSamples.bloodDonor, CouncilSamples.mediationCases])
            let before = try auditEntries(path)

            try store.deleteCouncilAward(code: "to-hoa-giai-tieu-bieu")

            let layer = try store.councilLayer()
            #expect(layer.awards.isEmpty)
            // The criterion added to a national award stays.
            #expect(layer.criteria == [CouncilSamples.bloodDonor])
            #expect(try ruleRows(path) == ["criterion:hd.blood-donor"])
            // One row per rule removed: the award, then its criterion.
            let added = Array(try auditEntries(path).dropFirst(before.count))
            #expect(added.map(\.action) == ["delete", "delete"])
            #expect(added.map(\.entity) == ["council_rule.award", "council_rule.criterion"])
            #expect(added.map(\.entityID) == ["to-hoa-giai-tieu-bieu", "hd.mediation-cases"])
            #expect(added.allSatisfy { $0.after == nil && $0.before != nil })
            if added.count == 2 {
                #expect(try decodeAuditJSON(CouncilCriterion.self, added[1].before) == CouncilSamples.mediationCases)
            }
            #expect(try store.firstBrokenAuditRow() == nil)

            // Deleting an award that is not there changes nothing.
            try noAuditRow(path) { try store.deleteCouncilAward(code: "to-hoa-giai-tieu-bieu") }
            try noAuditRow(path) { try store.deleteCouncilAward(code: "khong-co") }
            #expect(try store.councilLayer().criteria == [CouncilSamples.bloodDonor])
        }
    }

    /// `deleteCouncilAward` "removes one of the council's own awards and the criteria it added
    /// to it": given the code of a national award, which is not one of the council's, there is
    /// nothing to remove — the criteria the council added to that national award stay.
    @Test func deletingANationalAwardCodeRemovesNothing() throws {
        try withStore { store, path in
            try store.saveCouncilCriterion(CouncilSamples.bloodDonor)
            #expect(CouncilSamples.bloodDonor.award == "lao-dong-tien-tien")
            try noAuditRow(path) { try store.deleteCouncilAward(code: "lao-dong-tien-tien") }
            #expect(try store.councilLayer().criteria == [CouncilSamples.bloodDonor])
        }
    }

    @Test func criteriaRoundTripAsTheCouncilsOwn() throws {
        try withStore { store, path in
            #expect(CouncilSamples.bloodDonor.criterion.origin == .council)
            let created = try oneAuditRow(path) { try store.saveCouncilCriterion(CouncilSamples.bloodDonor) }
            #expect(created.action == "create")
            #expect(created.entity == "council_rule.criterion")
            #expect(created.entityID == "hd.blood-donor")
            #expect(created.before == nil)
            #expect(try decodeAuditJSON(CouncilCriterion.self, created.after) == CouncilSamples.bloodDonor)
            _ = try oneAuditRow(path) { try store.saveCouncilCriterion(CouncilSamples.mediationCases) }
            #expect(try store.councilLayer().criteria == [CouncilSamples.bloodDonor, CouncilSamples.mediationCases])
            #expect(try store.councilLayer() == CouncilLayer(criteria: [CouncilSamples.bloodDonor, CouncilSamples.mediationCases]))

            var stricter = CouncilSamples.bloodDonor
            stricter.criterion.condition = .allOf([.attested("blood-donor"), .monthsWorked(atLeast: .fixed(10))])
            stricter.criterion.certainty = .likely
            let updated = try oneAuditRow(path) { try store.saveCouncilCriterion(stricter) }
            #expect(updated.action == "update")
            #expect(updated.entityID == "hd.blood-donor")
            #expect(try decodeAuditJSON(CouncilCriterion.self, updated.before) == CouncilSamples.bloodDonor)
            #expect(try decodeAuditJSON(CouncilCriterion.self, updated.after) == stricter)
            #expect(try store.councilLayer().criteria == [stricter, CouncilSamples.mediationCases])

            let deleted = try oneAuditRow(path) { try store.deleteCouncilCriterion(id: "hd.blood-donor") }
            #expect(deleted.action == "delete")
            #expect(deleted.entity == "council_rule.criterion")
            #expect(deleted.entityID == "hd.blood-donor")
            #expect(try decodeAuditJSON(CouncilCriterion.self, deleted.before) == stricter)
            #expect(deleted.after == nil)
            #expect(try store.councilLayer().criteria == [CouncilSamples.mediationCases])
            try noAuditRow(path) { try store.deleteCouncilCriterion(id: "hd.blood-donor") }
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func labelsRoundTripByGroupAndCode() throws {
        try withStore { store, path in
            let united = LocalizedText(vi: "Đoàn kết, tương trợ", en: "United and mutually supportive")
            let created = try oneAuditRow(path) {
                try store.setCouncilLabel(CouncilSamples.bloodDonorText, group: "attestations", code: "blood-donor")
            }
            #expect(created.action == "create")
            #expect(created.entity == "council_rule.label")
            #expect(created.entityID == "attestations/blood-donor")
            #expect(created.before == nil)
            #expect(try decodeAuditJSON(LocalizedText.self, created.after) == CouncilSamples.bloodDonorText)
            _ = try oneAuditRow(path) { try store.setCouncilLabel(united, group: "attestations", code: "hd-united") }
            _ = try oneAuditRow(path) { try store.setCouncilLabel(united, group: "pendingMatters", code: "hd-review") }
            #expect(try store.councilLayer().labels == [
                "attestations": ["blood-donor": CouncilSamples.bloodDonorText, "hd-united": united],
                "pendingMatters": ["hd-review": united],
            ])

            let renamed = LocalizedText(vi: "Hiến máu tình nguyện", en: "Blood donor")
            let updated = try oneAuditRow(path) { try store.setCouncilLabel(renamed, group: "attestations", code: "blood-donor") }
            #expect(updated.action == "update")
            #expect(try decodeAuditJSON(LocalizedText.self, updated.before) == CouncilSamples.bloodDonorText)
            #expect(try decodeAuditJSON(LocalizedText.self, updated.after) == renamed)
            #expect(try store.councilLayer().labels["attestations"]?["blood-donor"] == renamed)

            let deleted = try oneAuditRow(path) { try store.setCouncilLabel(nil, group: "pendingMatters", code: "hd-review") }
            #expect(deleted.action == "delete")
            #expect(deleted.entityID == "pendingMatters/hd-review")
            #expect(try decodeAuditJSON(LocalizedText.self, deleted.before) == united)
            #expect(deleted.after == nil)
            #expect(try store.councilLayer().labels == ["attestations": ["blood-donor": renamed, "hd-united": united]])
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func optionsRoundTripAsNumbers() throws {
        try withStore { store, path in
            let created = try oneAuditRow(path) { try store.setCouncilOption(80, for: "session.attendance") }
            #expect(created.action == "create")
            #expect(created.entity == "council_rule.option")
            #expect(created.entityID == "session.attendance")
            #expect(created.before == nil)
            #expect(try decodeAuditJSON(Double.self, created.after) == 80)
            _ = try oneAuditRow(path) { try store.setCouncilOption(66.5, for: "session.approval") }
            #expect(try store.councilLayer().options == ["session.attendance": 80, "session.approval": 66.5])
            #expect(try store.councilLayer() == CouncilLayer(options: ["session.attendance": 80, "session.approval": 66.5]))

            let updated = try oneAuditRow(path) { try store.setCouncilOption(0.1, for: "session.attendance") }
            #expect(updated.action == "update")
            #expect(try decodeAuditJSON(Double.self, updated.before) == 80)
            #expect(try decodeAuditJSON(Double.self, updated.after) == 0.1)
            #expect(try store.councilLayer().options["session.attendance"] == 0.1)

            let deleted = try oneAuditRow(path) { try store.setCouncilOption(nil, for: "session.approval") }
            #expect(deleted.action == "delete")
            #expect(deleted.entityID == "session.approval")
            #expect(try decodeAuditJSON(Double.self, deleted.before) == 66.5)
            #expect(deleted.after == nil)
            #expect(try store.councilLayer().options == ["session.attendance": 0.1])
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func writingTheSameValueTwiceWritesNoSecondRow() throws {
        try withStore { store, path in
            try store.setAdjustment(Adjustment(enabled: true, value: 9), for: "ldtt.months-worked")
            try store.saveCouncilAward(CouncilSamples.mediationAward)
            try store.saveCouncilCriterion(CouncilSamples.bloodDonor)
            try store.setCouncilLabel(CouncilSamples.bloodDonorText, group: "attestations", code: "blood-donor")
            try store.setCouncilOption(80, for: "session.attendance")
            #expect(try store.auditCount() == 5)
            let layer = try store.councilLayer()

            try noAuditRow(path) {
                try store.setAdjustment(Adjustment(enabled: true, value: 9), for: "ldtt.months-worked")
                try store.saveCouncilAward(CouncilSamples.mediationAward)
                try store.saveCouncilAward(CouncilSamples.own(CouncilSamples.mediationAward))
                try store.saveCouncilCriterion(CouncilSamples.bloodDonor)
                try store.setCouncilLabel(CouncilSamples.bloodDonorText, group: "attestations", code: "blood-donor")
                try store.setCouncilOption(80, for: "session.attendance")
                // Removing what is not there is no change either.
                try store.setAdjustment(nil, for: "cstdcs.quota")
                try store.deleteCouncilCriterion(id: "hd.none")
                try store.setCouncilLabel(nil, group: "attestations", code: "none")
                try store.setCouncilOption(nil, for: "session.none")
            }
            #expect(try store.councilLayer() == layer)
            #expect(try store.auditCount() == 5)
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func theWholeLayerSurvivesReopening() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            let expected = CouncilLayer(
                adjustments: ["ldtt.months-worked": Adjustment(enabled: true), "cstdcs.quota": Adjustment(enabled: true, value: 20)],
                awards: [CouncilSamples.own(CouncilSamples.youthAward), CouncilSamples.own(CouncilSamples.mediationAward)],
                criteria: [CouncilSamples.bloodDonor, CouncilSamples.mediationCases],
                labels: ["attestations": ["blood-donor": CouncilSamples.bloodDonorText]],
                options: ["session.attendance": 75])
            do {
                let store = try openStore(path)
                try store.setAdjustment(Adjustment(enabled: true, value: 20), for: "cstdcs.quota")
                try store.setAdjustment(Adjustment(enabled: true), for: "ldtt.months-worked")
                try store.saveCouncilAward(CouncilSamples.youthAward)
                try store.saveCouncilAward(CouncilSamples.mediationAward)
                try store.saveCouncilCriterion(CouncilSamples.bloodDonor)
                try store.saveCouncilCriterion(CouncilSamples.mediationCases)
                try store.setCouncilLabel(CouncilSamples.bloodDonorText, group: "attestations", code: "blood-donor")
                try store.setCouncilOption(75, for: "session.attendance")
                #expect(try store.auditCount() == 8)
            }
            let reopened = try openStore(path)
            let layer = try reopened.councilLayer()
            #expect(layer.adjustments == expected.adjustments)
            #expect(Set(layer.awards.map(\.code)) == Set(expected.awards.map(\.code)))
            #expect(layer.awards.sorted { $0.code < $1.code } == expected.awards.sorted { $0.code < $1.code })
            #expect(layer.criteria == expected.criteria)
            #expect(layer.labels == expected.labels)
            #expect(layer.options == expected.options)
            let audited = try auditEntries(path)
            #expect(audited.map(\.entity) == ["council_rule.adjustment", "council_rule.adjustment", "council_rule.award",
                                              "council_rule.award", "council_rule.criterion", "council_rule.criterion",
                                              "council_rule.label", "council_rule.option"])
            #expect(audited.allSatisfy { $0.action == "create" })
            #expect(try reopened.firstBrokenAuditRow() == nil)
        }
    }

    @Test func aRuleDamagedBehindTheDesksBackIsSkipped() throws {
        try withStore { store, path in
            try store.setAdjustment(Adjustment(enabled: true), for: "ldtt.months-worked")
            try store.setCouncilOption(80, for: "session.attendance")
            try withRawDatabase(path) { db in
                try db.execute(sql: """
                    INSERT INTO council_rule(kind, key, body, updated_at)
                    VALUES ('adjustment', 'cstdcs.quota', '{not json', '2026-11-29T12:00:00Z'),
                           ('award', 'hong', '[]', '2026-11-29T12:00:00Z'),
                           ('label', 'no-slash', '{"vi":"a","en":"b"}', '2026-11-29T12:00:00Z')
                    """)
            }
            let layer = try store.councilLayer()
            #expect(layer.adjustments == ["ldtt.months-worked": Adjustment(enabled: true)])
            #expect(layer.awards.isEmpty)
            #expect(layer.labels.isEmpty)
            #expect(layer.options == ["session.attendance": 80])
        }
    }

    // MARK: The layer applied to the shipped rulebook

    @Test func switchingMonthsWorkedOnChangesTheVerdictOfANineMonthAdvancedWorker() throws {
        try withStore { store, _ in
            let shipped = try rulebook()
            let nineMonths = CouncilSamples.advancedWorker(months: 9)
            let shippedCriterion = shipped.award("lao-dong-tien-tien")?.criteria?.first { $0.id == "ldtt.months-worked" }
            #expect(shippedCriterion?.isEnabled == false)

            // Without council rules the rule is off: nine months are enough.
            let asShipped = try store.councilLayer().applied(to: shipped)
            #expect(asShipped == shipped)
            let before = Evaluator(rulebook: asShipped).evaluate(nineMonths)
            #expect(before.eligibility == .eligible)
            #expect(!before.verdicts.contains { $0.criterionID == "ldtt.months-worked" })

            // The council switches it on at the rulebook's 10 months.
            try store.setAdjustment(Adjustment(enabled: true), for: "ldtt.months-worked")
            let applied = try store.councilLayer().applied(to: shipped)
            #expect(applied.id == shipped.id + "+hđ")
            let criterion = applied.award("lao-dong-tien-tien")?.criteria?.first { $0.id == "ldtt.months-worked" }
            #expect(criterion?.isEnabled == true)
            #expect(criterion?.adjustable?.value == 10)
            #expect(criterion?.adjustable?.unit == "months")
            let after = Evaluator(rulebook: applied).evaluate(nineMonths)
            #expect(after.eligibility == .notEligible)
            let verdict = after.verdicts.first { $0.criterionID == "ldtt.months-worked" }
            #expect(verdict?.outcome == .fail)
            #expect(verdict?.reason.en.contains("9") == true)
            #expect(verdict?.reason.en.contains("10") == true)
            #expect(Evaluator(rulebook: applied).evaluate(CouncilSamples.advancedWorker(months: 12)).eligibility == .eligible)
            #expect(Evaluator(rulebook: applied).evaluate(CouncilSamples.advancedWorker(months: nil)).eligibility == .incomplete)

            // Tuned down to 9 months, the same nomination passes again.
            try store.setAdjustment(Adjustment(enabled: true, value: 9), for: "ldtt.months-worked")
            let tuned = Evaluator(rulebook: try store.councilLayer().applied(to: shipped)).evaluate(nineMonths)
            #expect(tuned.eligibility == .eligible)
            #expect(tuned.verdicts.first { $0.criterionID == "ldtt.months-worked" }?.outcome == .pass)

            // Back to the default: the rulebook as shipped.
            try store.setAdjustment(nil, for: "ldtt.months-worked")
            #expect(try store.councilLayer().applied(to: shipped) == shipped)
            #expect(Evaluator(rulebook: shipped).evaluate(nineMonths).eligibility == .eligible)
        }
    }

    @Test func theCouncilsCriteriaAwardsAndLabelsJudgeThroughTheAppliedRulebook() throws {
        try withStore { store, _ in
            let shipped = try rulebook()
            try store.saveCouncilCriterion(CouncilSamples.bloodDonor)
            try store.saveCouncilAward(CouncilSamples.youthAward)
            try store.setCouncilLabel(CouncilSamples.bloodDonorText, group: "attestations", code: "blood-donor")
            let applied = try store.councilLayer().applied(to: shipped)

            let ldtt = try #require(applied.award("lao-dong-tien-tien"))
            #expect(ldtt.origin == .national)
            #expect(ldtt.criteria?.last == CouncilSamples.bloodDonor.criterion)
            let youth = try #require(applied.award("thanh-nien-tieu-bieu"))
            #expect(youth.origin == .council)
            #expect(applied.label("attestations", "blood-donor") == CouncilSamples.bloodDonorText)

            let without = Evaluator(rulebook: applied).evaluate(CouncilSamples.advancedWorker(months: 12))
            #expect(without.eligibility == .notEligible)
            let verdict = without.verdicts.first { $0.criterionID == "hd.blood-donor" }
            #expect(verdict?.outcome == .fail)
            #expect(verdict?.origin == .council)
            let with = Evaluator(rulebook: applied).evaluate(
                CouncilSamples.advancedWorker(months: 12, attested: ["law-abiding", "productive-worker", "emulation-spirit", "blood-donor"]))
            #expect(with.eligibility == .eligible)
            #expect(Evaluator(rulebook: shipped).evaluate(CouncilSamples.advancedWorker(months: 12)).eligibility == .eligible)
        }
    }
}
