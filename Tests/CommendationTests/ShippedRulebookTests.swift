import Foundation
import Testing
import TdktResources
import Commendation

@Suite("The shipped rulebooks")
struct ShippedRulebookTests {
    /// RULEBOOK.md's table: code → who can receive it, who decides.
    static let table: [(code: String, nominees: Set<NomineeType>, decider: Decider)] = [
        ("lao-dong-tien-tien", [.person], .commune),
        ("chien-si-tien-tien", [.person], .commune),
        ("chien-si-thi-dua-co-so", [.person], .commune),
        ("tap-the-lao-dong-tien-tien", [.collective], .commune),
        ("giay-khen", [.person, .collective, .household], .commune),
        ("gia-dinh-van-hoa", [.household], .commune),
        ("to-dan-pho-van-hoa", [.residentialGroup], .commune),
        ("tap-the-lao-dong-xuat-sac", [.collective], .province),
        ("bang-khen-tinh", [.person, .collective, .household], .province),
        ("chien-si-thi-dua-tinh", [.person], .province),
    ]

    /// Every message key the evaluator uses.
    static let evaluatorMessageKeys = [
        "award.unknown", "award.notForNominee", "award.kindNotAllowed",
        "rating.pass", "rating.fail", "rating.unknown", "ratingInYear.pass", "ratingInYear.fail", "ratingInYear.unknown",
        "pending.pass", "pending.fail", "pending.unknown", "pending.partial",
        "attested.pass", "attested.fail", "attested.unknown", "movement.pass", "movement.fail",
        "months.pass", "months.fail", "months.unknown",
        "memberShare.pass", "memberShare.fail", "memberShare.unknown", "members.inconsistent",
        "memberCount.pass.atLeast", "memberCount.pass.atMost", "memberCount.fail.atLeast", "memberCount.fail.atMost",
        "memberCount.unknown.atLeast", "memberCount.unknown.atMost", "year.invalid",
        "exclusions.pass", "exclusions.fail", "exclusions.unknown",
        "discipline.unknown", "discipline.none", "discipline.pass", "discipline.ongoing", "discipline.recent",
        "holds.pass", "holds.round", "holds.fail", "holds.waiting", "holds.unknown",
        "chain.pass", "chain.fail", "chain.none", "chain.unknown",
        "innovations.pass", "innovations.fail", "innovations.unknown", "innovations.usedFor", "innovations.claimed",
        "period.year", "period.years", "duplicate.pass", "duplicate.fail", "quota.pass", "quota.fail",
        "given.pass", "given.fail", "anyOf.fail", "anyOf.unknown", "parameter.missing",
    ]

    static let resources = ["rulebooks/vn-2025-07.json", "rulebooks/vn-2024-01.json"]

    @Test func isListedAmongTheResources() throws {
        let files = try TdktResources.files(in: "rulebooks")
        #expect(files.contains("rulebooks/vn-2025-07.json"))
        #expect(files.contains("rulebooks/vn-2024-01.json"))
    }

    @Test func decodesWithItsIdentityAndDates() throws {
        let rulebook = try Fixtures.shippedRulebook()
        #expect(rulebook.id == "vn-2025-07")
        #expect(rulebook.effectiveFrom == Fixtures.date(2025, 7, 1))
        #expect(rulebook.effectiveUntil == nil)
        #expect(!rulebook.title.vi.isEmpty)
        #expect(!rulebook.title.en.isEmpty)
        #expect(rulebook.isInForce(on: Fixtures.date(2025, 7, 1)))
        #expect(!rulebook.isInForce(on: Fixtures.date(2025, 6, 30)))
    }

    @Test func hasExactlyTheAwardsOfTheTable() throws {
        let rulebook = try Fixtures.shippedRulebook()
        let codes = rulebook.awards.map(\.code)
        #expect(codes.count == Self.table.count)
        #expect(Set(codes) == Set(Self.table.map(\.code)))
    }

    @Test(arguments: ShippedRulebookTests.table.map(\.code))
    func awardIsDefinedOnceWithTheRightNomineesAndDecider(_ code: String) throws {
        let rulebook = try Fixtures.shippedRulebook()
        let row = try #require(Self.table.first { $0.code == code })
        let matches = rulebook.awards.filter { $0.code == code }
        #expect(matches.count == 1, "\(code) defined \(matches.count) times")
        let award = try #require(matches.first)
        #expect(Set(award.nominees) == row.nominees, "\(code)")
        #expect(award.nominees.count == row.nominees.count, "\(code) lists a nominee type twice")
        #expect(award.decidedBy == row.decider, "\(code)")
        #expect(!award.name.vi.isEmpty && !award.name.en.isEmpty)
        #expect(!award.shortName.vi.isEmpty && !award.shortName.en.isEmpty)
        #expect(!award.kinds.isEmpty)
    }

    @Test func giayKhenAndBangKhenMayBeGivenAsEveryKind() throws {
        let rulebook = try Fixtures.shippedRulebook()
        #expect(Set(try #require(rulebook.award("giay-khen")).kinds) == Set(AwardKind.allCases))
        #expect(try #require(rulebook.award("lao-dong-tien-tien")).kinds == [.congTrang])
    }

    @Test func idCodesAreUniqueUppercaseASCII() throws {
        let rulebook = try Fixtures.shippedRulebook()
        let idCodes = rulebook.awards.map(\.idCode)
        #expect(Set(idCodes).count == idCodes.count)
        for idCode in idCodes {
            #expect(!idCode.isEmpty && idCode.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }, "\(idCode)")
        }
        #expect(rulebook.award("lao-dong-tien-tien")?.idCode == "LDTT")
    }

    @Test func everyCriterionHasTextAndBasisAndAUniqueID() throws {
        let rulebook = try Fixtures.shippedRulebook()
        var ids: [String] = []
        for award in rulebook.awards {
            for criterion in award.criteria ?? [] {
                ids.append(criterion.id)
                #expect(!criterion.text.vi.trimmingCharacters(in: .whitespaces).isEmpty, "\(criterion.id) vi")
                #expect(!criterion.text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(criterion.id) en")
                #expect(!criterion.basis.trimmingCharacters(in: .whitespaces).isEmpty, "\(criterion.id) basis")
            }
        }
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count, "criterion ids repeat: \(ids)")
    }

    @Test func criteriaOnlyNameTypesAndKindsOfTheirAward() throws {
        let rulebook = try Fixtures.shippedRulebook()
        for award in rulebook.awards {
            for criterion in award.criteria ?? [] {
                for type in criterion.appliesTo ?? [] {
                    #expect(award.nominees.contains(type), "\(criterion.id) is for \(type.rawValue), not a nominee of \(award.code)")
                }
                for kind in criterion.kinds ?? [] {
                    #expect(award.kinds.contains(kind), "\(criterion.id) is for kind \(kind.rawValue), not a kind of \(award.code)")
                }
            }
        }
    }

    @Test(arguments: ShippedRulebookTests.resources)
    func everyAwardIsCheckedByMachine(_ resource: String) throws {
        let rulebook = try Fixtures.rulebook(resource: resource)
        for award in rulebook.awards {
            #expect(award.criteria?.isEmpty == false, "\(award.code) should have criteria")
        }
    }

    @Test(arguments: ShippedRulebookTests.evaluatorMessageKeys, ShippedRulebookTests.resources)
    func evaluatorMessageExistsInBothLanguages(_ key: String, _ resource: String) throws {
        let rulebook = try Fixtures.rulebook(resource: resource)
        let message = try #require(rulebook.messages[key], "message \(key) is missing from \(resource)")
        #expect(!message.vi.isEmpty)
        #expect(!message.en.isEmpty)
    }

    @Test(arguments: ShippedRulebookTests.resources)
    func messagePlaceholdersAgreeBetweenLanguages(_ resource: String) throws {
        let rulebook = try Fixtures.rulebook(resource: resource)
        func placeholders(_ text: String) -> Set<String> {
            Set((0..<10).map { "{\($0)}" }.filter { text.contains($0) })
        }
        for (key, message) in rulebook.messages {
            #expect(placeholders(message.vi) == placeholders(message.en), "\(key)")
        }
        #expect(placeholders(try #require(rulebook.messages["rating.fail"]).vi) == ["{0}", "{1}", "{2}"])
        #expect(placeholders(try #require(rulebook.messages["memberShare.fail"]).vi) == ["{0}", "{1}", "{2}", "{3}", "{4}"])
    }

    @Test(arguments: ShippedRulebookTests.resources)
    func criterionIDsAreUniqueAcrossAwardsAndCommonCriteria(_ resource: String) throws {
        let rulebook = try Fixtures.rulebook(resource: resource)
        let ids = rulebook.commonCriteria.map(\.id) + rulebook.awards.flatMap { ($0.criteria ?? []).map(\.id) }
        #expect(Set(ids).count == ids.count, "criterion ids repeat: \(ids)")
        #expect(rulebook.commonCriteria.allSatisfy { $0.origin == .national })
        #expect(rulebook.awards.allSatisfy { $0.origin == .national && ($0.criteria ?? []).allSatisfy { $0.origin == .national } })
    }

    @Test(arguments: ShippedRulebookTests.resources)
    func everyLabelGroupTheEvaluatorReadsIsComplete(_ resource: String) throws {
        let rulebook = try Fixtures.rulebook(resource: resource)
        for field in MemberField.allCases {
            #expect(rulebook.labels["memberFields"]?[field.rawValue] != nil, "\(field.rawValue)")
        }
        for code in ExchangeFormat.exclusionCodes {
            #expect(rulebook.labels["exclusions"]?[code] != nil, "\(code)")
        }
        for code in ExchangeFormat.disciplineLevels {
            #expect(rulebook.labels["disciplineLevels"]?[code] != nil, "\(code)")
        }
        for level in RecognitionLevel.allCases {
            #expect(rulebook.labels["levels"]?[level.rawValue] != nil, "\(level.rawValue)")
        }
        for source in InnovationSource.allCases {
            #expect(rulebook.labels["innovationSources"]?[source.rawValue] != nil, "\(source.rawValue)")
        }
        for code in ExchangeFormat.attestationCodes {
            #expect(rulebook.labels["attestations"]?[code] != nil, "\(code)")
        }
    }

    @Test func theOlderRulebookEndsTheDayBeforeTheNewOneStarts() throws {
        let new = try Fixtures.shippedRulebook()
        let old = try Fixtures.rulebook2024()
        #expect(old.effectiveUntil == Fixtures.date(2025, 6, 30))
        #expect(new.effectiveFrom == Fixtures.date(2025, 7, 1))
        #expect(old.awards.map(\.code) == new.awards.map(\.code))
    }

    @Test func everyAttestationCodeUsedHasALabel() throws {
        let rulebook = try Fixtures.shippedRulebook()
        func codes(_ condition: Condition) -> [String] {
            condition.factsNeeded.filter { $0.hasPrefix("attested:") }.map { String($0.dropFirst("attested:".count)) }
        }
        let used = Set(rulebook.awards.flatMap { ($0.criteria ?? []).flatMap { codes($0.condition) } })
        #expect(used.isSuperset(of: ["law-abiding", "achievement-in-movement", "outstanding-achievement", "contribution", "united"]))
        let labels = try #require(rulebook.labels["attestations"])
        for code in used {
            let label = try #require(labels[code], "attestation \(code) has no label")
            #expect(!label.vi.isEmpty && !label.en.isEmpty)
        }
    }

    @Test func vocabulariesAreLabelled() throws {
        let rulebook = try Fixtures.shippedRulebook()
        for rating in TaskRating.allCases {
            #expect(rulebook.labels["ratings"]?[rating.rawValue] != nil, "rating \(rating.rawValue)")
        }
        for kind in AwardKind.allCases {
            #expect(rulebook.labels["kinds"]?[kind.rawValue] != nil, "kind \(kind.rawValue)")
        }
        for type in NomineeType.allCases {
            #expect(rulebook.labels["nomineeTypes"]?[type.rawValue] != nil, "type \(type.rawValue)")
        }
        for matter in ["discipline", "investigation", "complaint"] {
            #expect(rulebook.labels["pendingMatters"]?[matter] != nil, "pending matter \(matter)")
        }
        #expect(rulebook.label("ratings", "tot").vi == "Hoàn thành tốt nhiệm vụ")
        #expect(rulebook.label("ratings", "no-such-code") == .verbatim("no-such-code"))
    }

    @Test func awardsForANomineeType() throws {
        let rulebook = try Fixtures.shippedRulebook()
        #expect(rulebook.awards(for: .household).map(\.code) == ["giay-khen", "gia-dinh-van-hoa", "bang-khen-tinh"])
        #expect(rulebook.awards(for: .residentialGroup).map(\.code) == ["to-dan-pho-van-hoa"])
        #expect(rulebook.award("no-such-award") == nil)
    }

    @Test(arguments: ShippedRulebookTests.resources)
    func reEncodesToAnEqualRulebook(_ resource: String) throws {
        let rulebook = try Fixtures.rulebook(resource: resource)
        let again = try JSONDecoder().decode(Rulebook.self, from: JSONEncoder().encode(rulebook))
        #expect(again == rulebook)
    }

    @Test func judgesTheYearsFromItsStart() throws {
        let set = RulebookSet([try Fixtures.shippedRulebook()])
        #expect(set.rulebook(forYear: 2025)?.id == "vn-2025-07")
        #expect(set.rulebook(forYear: 2026)?.id == "vn-2025-07")
    }
}
