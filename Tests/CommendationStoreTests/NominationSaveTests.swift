import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

@Suite("Saving nominations")
struct NominationSaveTests {
    @Test func newPersonTypedDecomposedIsStoredInNFC() throws {
        try withStore { store, path in
            let saved = try store.save(newPersonDraft(), rulebook: rulebook())
            #expect(saved.id == "2026-LDTT-0001")
            #expect(saved.nomineeID == "P-0001")

            let row = try withRawDatabase(path) { db in
                try Row.fetchOne(db, sql: "SELECT * FROM nominee WHERE id = ?", arguments: [saved.nomineeID])
            }
            let nominee = try #require(row)
            #expect(scalars(nominee["family_name"]) == scalars("Nguy\u{1EC5}n"))
            #expect(scalars(nominee["middle_name"]) == scalars("Th\u{1ECB} H\u{1ED3}ng"))
            #expect(scalars(nominee["given_name"]) == scalars("Nhung"))
            #expect(scalars(nominee["name"]) == scalars("Nguy\u{1EC5}n Th\u{1ECB} H\u{1ED3}ng Nhung"))
            #expect(nominee["type"] == "person")
            #expect(nominee["sex"] == "female")
            #expect(nominee["search_key"] == "nguyen thi hong nhung")
        }
    }

    @Test func nominationIDsRunOnWithinYearAndAward() throws {
        try withStore { store, _ in
            let rules = try rulebook()
            #expect(try store.save(newPersonDraft(), rulebook: rules).id == "2026-LDTT-0001")
            let second = try store.save(newPersonDraft(family: "Tr\u{1EA7}n", middle: "V\u{0103}n", given: "An", sex: .male),
                                        rulebook: rules)
            #expect(second.id == "2026-LDTT-0002")
            #expect(second.nomineeID == "P-0002")
            // Another award has its own series.
            #expect(try store.save(newCollectiveDraft("Tr\u{01B0}\u{1EDD}ng M\u{1EA7}m non Hoa Sen"), rulebook: rules).id
                    == "2026-TTLDTT-0001")
            #expect(try store.save(newPersonDraft(given: "Lan"), rulebook: rules).id == "2026-LDTT-0003")
            #expect(try store.pendingCount() == 4)
        }
    }

    @Test func savedNominationReadsBackTheSame() throws {
        try withStore { store, _ in
            let draft = newPersonDraft()
            let saved = try store.save(draft, rulebook: rulebook())
            let listing = try #require(try store.nomination(id: saved.id))
            let nomination = listing.nomination

            #expect(nomination == saved)
            #expect(nomination.id == "2026-LDTT-0001")
            #expect(nomination.award == "lao-dong-tien-tien")
            #expect(nomination.kind == .congTrang)
            #expect(nomination.year == 2026)
            #expect(nomination.status == .received)
            #expect(nomination.receivedOn == CivilDate(year: 2026, month: 11, day: 29))
            #expect(nomination.movementID == nil)
            #expect(nomination.note == nil)
            #expect(nomination.facts == draft.facts)
            #expect(nomination.facts.rating == .tot)
            #expect(nomination.facts.pending == PendingMatters(discipline: false, investigation: false, complaint: false))
            #expect(nomination.facts.attestations?.status(of: "law-abiding") == true)
            #expect(nomination.facts.attestations?.status(of: "productive-worker") == true)
            #expect(nomination.facts.attestations?.status(of: "united") == false)
            #expect(listing.version == 1)

            let name = try #require(listing.nominee.personName)
            #expect(scalars(name.family) == scalars("Nguy\u{1EC5}n"))
            #expect(scalars(name.middle) == scalars("Th\u{1ECB} H\u{1ED3}ng"))
            #expect(scalars(name.given) == scalars("Nhung"))
            #expect(listing.nominee.id == nomination.nomineeID)
            #expect(listing.nominee.type == .person)
            #expect(listing.nominee.sex == .female)
            #expect(try store.nominations(ofNominee: nomination.nomineeID).map(\.nomination.id) == [nomination.id])
        }
    }

    @Test func everyKindOfFactSurvivesTheRoundTrip() throws {
        try withStore { store, _ in
            var draft = newPersonDraft()
            draft.facts = Facts(
                rating: .xuatSac,
                pending: PendingMatters(discipline: false, investigation: nil, complaint: true),
                discipline: [DisciplineRecord(level: "khien-trach", decided: CivilDate(year: 2024, month: 3, day: 1),
                                              until: CivilDate(year: 2025, month: 3, day: 1))],
                initiatives: [Initiative(id: "SK-2026-01", level: "co-so", year: 2026, usedFor: nil)],
                research: [ResearchProject(id: "DT-01", level: "tinh", year: 2025, accepted: true)],
                history: [PastAward(award: "lao-dong-tien-tien", year: 2025, kind: .congTrang)],
                attestations: Attestations(answers: ["law-abiding": true, "productive-worker": false]),
                members: nil, exclusions: ["vi-pham-an-ninh"], monthsWorked: 11)
            let saved = try store.save(draft, rulebook: rulebook())
            let facts = try #require(try store.nomination(id: saved.id)).nomination.facts
            #expect(facts == draft.facts)
            // Answers left open stay open: not attested is not the same as unknown.
            #expect(facts.attestations?.status(of: "productive-worker") == false)
            #expect(facts.attestations?.status(of: "united") == nil)
            #expect(facts.pending?.investigation == nil)
        }
    }

    @Test func personDetailsAreStored() throws {
        try withStore(demo: true) { store, _ in
            var draft = newPersonDraft(family: "Võ", middle: "Minh", given: "Quân", sex: .male)
            guard case .new(var person)? = draft.nominee else {
                Issue.record("the helper should make a new nominee")
                return
            }
            person.birthDate = "5/9/1990"
            person.position = "Co\u{0302}ng chu\u{031B}\u{0301}c Tu\u{031B} pha\u{0301}p"
            person.unitID = "C-01"
            person.groupID = "G-02"
            draft.nominee = .new(person)
            let saved = try store.save(draft, rulebook: rulebook())
            let nominee = try #require(try store.nominee(id: saved.nomineeID))
            #expect(nominee.birthDate == CivilDate(year: 1990, month: 9, day: 5))
            #expect(scalars(nominee.position) == scalars("C\u{00F4}ng ch\u{1EE9}c T\u{01B0} ph\u{00E1}p"))
            #expect(nominee.unitID == "C-01")
            #expect(nominee.groupID == "G-02")
            #expect(nominee.sex == .male)
            #expect(try store.nominees(filter: "cong chuc tu phap", offset: 0, limit: 10).map(\.id).contains(nominee.id))
        }
    }

    @Test func collectiveNamesAreNFCWithSpacesCollapsed() throws {
        try withStore { store, _ in
            let saved = try store.save(newCollectiveDraft("  Tru\u{031B}o\u{031B}\u{0300}ng   Ma\u{0302}\u{0300}m non  "),
                                       rulebook: rulebook())
            #expect(saved.nomineeID == "C-01")
            let nominee = try #require(try store.nominee(id: "C-01"))
            #expect(scalars(nominee.name) == scalars("Tr\u{01B0}\u{1EDD}ng M\u{1EA7}m non"))
            #expect(nominee.type == .collective)
        }
    }

    @Test func draftStatusIsNotReceived() throws {
        try withStore { store, _ in
            var draft = newPersonDraft()
            draft.status = .draft
            draft.note = "Chờ bổ sung bản nhận xét"
            let saved = try store.save(draft, rulebook: rulebook())
            let nomination = try #require(try store.nomination(id: saved.id)).nomination
            #expect(nomination.status == .draft)
            #expect(nomination.receivedOn == nil)
            #expect(nomination.note == "Chờ bổ sung bản nhận xét")
        }
    }

    @Test func invalidDraftThrowsAndWritesNothing() throws {
        try withStore { store, path in
            let rules = try rulebook()
            _ = try store.save(newPersonDraft(), rulebook: rules)
            let before = try StoreCounts(store, path: path)

            let noNominee = NominationDraft(year: 2026)
            let error = #expect(throws: StoreError.self) { _ = try store.save(noNominee, rulebook: rules) }
            guard case .invalid(let issues)? = error else {
                Issue.record("expected invalid, got \(String(describing: error))")
                return
            }
            #expect(issues.contains(ValidationIssue(.nominee, .required)))
            #expect(issues.contains(ValidationIssue(.award, .required)))
            #expect(try StoreCounts(store, path: path) == before)

            // A new nominee with a bad name is not created either.
            let badName = newPersonDraft(given: "Nhung2")
            let second = #expect(throws: StoreError.self) { _ = try store.save(badName, rulebook: rules) }
            #expect(second == .invalid([ValidationIssue(.givenName, .notAName)]))
            // A year out of range.
            var badYear = newPersonDraft()
            badYear.year = "1999"
            let third = #expect(throws: StoreError.self) { _ = try store.save(badYear, rulebook: rules) }
            #expect(third == .invalid([ValidationIssue(.year, .yearOutOfRange)]))

            #expect(try StoreCounts(store, path: path) == before)
            #expect(try store.nominee(id: "P-0002") == nil)
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func editingWithTheCurrentVersionUpdatesAndBumpsIt() throws {
        try withStore { store, path in
            let rules = try rulebook()
            let saved = try store.save(newPersonDraft(), rulebook: rules)
            let listing = try #require(try store.nomination(id: saved.id))
            #expect(listing.version == 1)
            let before = try StoreCounts(store, path: path)

            var edit = NominationDraft(editing: listing.nomination, nominee: listing.nominee)
            edit.facts.rating = .xuatSac
            edit.note = "Đã bổ sung bản nhận xét"
            let updated = try store.save(edit, rulebook: rules, expectedVersion: listing.version)
            #expect(updated.id == saved.id)
            #expect(updated.facts.rating == .xuatSac)

            let reread = try #require(try store.nomination(id: saved.id))
            #expect(reread.version == 2)
            #expect(reread.nomination.facts.rating == .xuatSac)
            #expect(reread.nomination.note == "Đã bổ sung bản nhận xét")
            #expect(reread.nomination.status == .received)
            #expect(reread.nomination.receivedOn == testDay)
            #expect(reread.nomination.nomineeID == saved.nomineeID)

            let after = try StoreCounts(store, path: path)
            #expect(after.nominations == before.nominations)
            #expect(after.nominees == before.nominees)
            #expect(after.audit == before.audit + 1)

            // A second edit from the new version works too.
            var again = NominationDraft(editing: reread.nomination, nominee: reread.nominee)
            again.note = ""
            _ = try store.save(again, rulebook: rules, expectedVersion: 2)
            let third = try #require(try store.nomination(id: saved.id))
            #expect(third.version == 3)
            #expect(third.nomination.note == nil)
        }
    }

    @Test func staleVersionIsAConflictAndChangesNothing() throws {
        try withStore { store, path in
            let rules = try rulebook()
            let saved = try store.save(newPersonDraft(), rulebook: rules)
            let original = try #require(try store.nomination(id: saved.id))

            // Someone else saves first.
            var theirs = NominationDraft(editing: original.nomination, nominee: original.nominee)
            theirs.facts.rating = .hoanThanh
            _ = try store.save(theirs, rulebook: rules, expectedVersion: 1)
            let current = try #require(try store.nomination(id: saved.id))
            let before = try StoreCounts(store, path: path)

            // Then this clerk saves an edit made from version 1.
            var mine = NominationDraft(editing: original.nomination, nominee: original.nominee)
            mine.facts.rating = .xuatSac
            let error = #expect(throws: StoreError.self) { _ = try store.save(mine, rulebook: rules, expectedVersion: 1) }
            #expect(error == .conflict(id: saved.id))

            #expect(try store.nomination(id: saved.id) == current)
            #expect(try store.nomination(id: saved.id)?.nomination.facts.rating == .hoanThanh)
            #expect(try StoreCounts(store, path: path) == before)
        }
    }

    @Test func editingAMissingNominationIsReported() throws {
        try withStore { store, path in
            let rules = try rulebook()
            let saved = try store.save(newPersonDraft(), rulebook: rules)
            let listing = try #require(try store.nomination(id: saved.id))
            let before = try StoreCounts(store, path: path)
            var edit = NominationDraft(editing: listing.nomination, nominee: listing.nominee)
            edit.id = "2026-LDTT-0999"
            let error = #expect(throws: StoreError.self) { _ = try store.save(edit, rulebook: rules, expectedVersion: 1) }
            #expect(error == .missing(id: "2026-LDTT-0999"))
            #expect(try StoreCounts(store, path: path) == before)
        }
    }

    @Test func newHouseholdsAreNamedByTheHeadsSex() throws {
        try withStore { store, _ in
            let rules = try rulebook()
            let group = try store.save(newResidentialGroupDraft("  Khu phố   Bình Minh "), rulebook: rules)
            #expect(group.nomineeID == "G-01")
            #expect(try store.nominee(id: "G-01")?.name == "Khu phố Bình Minh")

            let female = try store.save(newHouseholdDraft(family: "Tr\u{1EA7}n", middle: "Thi\u{0323}", given: "Nga",
                                                          sex: .female, groupID: "G-01"), rulebook: rules)
            #expect(female.nomineeID == "H-0001")
            #expect(female.id == "2026-GDVH-0001")
            let she = try #require(try store.nominee(id: "H-0001"))
            #expect(she.type == .household)
            #expect(scalars(she.name) == scalars("Hộ bà Trần Thị Nga".precomposedStringWithCanonicalMapping))
            #expect(she.head?.given == "Nga")
            #expect(she.groupID == "G-01")
            #expect(she.sex == .female)

            let male = try store.save(newHouseholdDraft(family: "Lê", middle: "Văn", given: "Tám", sex: .male,
                                                        groupID: "G-01"), rulebook: rules)
            #expect(male.nomineeID == "H-0002")
            #expect(male.id == "2026-GDVH-0002")
            #expect(try store.nominee(id: "H-0002")?.name == "Hộ ông Lê Văn Tám")
            #expect(try store.nomineeCount(types: [.household]) == 2)
        }
    }

    @Test func newNomineesAfterTheDemoTakeTheNextFreeID() throws {
        try withStore(demo: true) { store, _ in
            let people = try demoList("people")
            let highest = people.compactMap { ($0["id"] as? String).flatMap { Int($0.dropFirst(2)) } }.max() ?? 0
            let saved = try store.save(newPersonDraft(), rulebook: rulebook())
            #expect(saved.nomineeID == String(format: "P-%04d", highest + 1))

            let ids = try demoList("nominations").compactMap { $0["id"] as? String }.filter { $0.hasPrefix("2026-LDTT-") }
            let last = ids.compactMap { Int($0.split(separator: "-").last ?? "") }.max() ?? 0
            #expect(saved.id == String(format: "2026-LDTT-%04d", last + 1))
        }
    }

    @Test func savingAnExistingNomineeDoesNotCreateOne() throws {
        try withStore(demo: true) { store, _ in
            let nominee = try #require(try store.nominee(id: "P-0002"))
            let before = try store.nomineeCount()
            var draft = NominationDraft(year: 2026)
            draft.nominee = .existing(nominee)
            draft.award = "giay-khen"
            draft.kind = .dotXuat
            let saved = try store.save(draft, rulebook: rulebook())
            #expect(saved.nomineeID == "P-0002")
            #expect(try store.nomineeCount() == before)
            #expect(try store.nominations(ofNominee: "P-0002").contains { $0.nomination.id == saved.id })
        }
    }
}
