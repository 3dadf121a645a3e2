import Commendation
import CommendationStore
import Foundation
import Testing

@Suite("The store as evaluation context")
struct StoreEvaluationContextTests {
    /// Every nominee id of the demo JSON.
    private func demoNomineeIDs() throws -> [String] {
        try ["residentialGroups", "collectives", "people", "households"].flatMap { key in
            try demoList(key).map { try #require($0["id"] as? String) }
        }
    }

    /// The awards of `nominee` the demo JSON lists as decided or granted by the province.
    private func expectedHistory(of nominee: String, in rows: [DemoNominationRow]) -> [PastAward] {
        rows.filter { $0.nominee == nominee && awardedStatuses.contains($0.status) }
            .map { PastAward(award: $0.award, year: $0.year, kind: AwardKind(rawValue: $0.kind)) }
    }

    private func sorted(_ awards: [PastAward]) -> [PastAward] {
        awards.sorted { ($0.year, $0.award, $0.kind?.rawValue ?? "") < ($1.year, $1.award, $1.kind?.rawValue ?? "") }
    }

    // MARK: History

    @Test func historyListsExactlyTheDecidedAwardsOfEveryDemoNominee() throws {
        try withStore(demo: true) { store, _ in
            let rows = try demoNominationRows()
            let context = StoreEvaluationContext(store: store)
            var withHistory = 0
            for id in try demoNomineeIDs() {
                let history = try #require(context.history(of: id), "no history for \(id)")
                let expected = expectedHistory(of: id, in: rows)
                #expect(sorted(history) == sorted(expected), "\(id)")
                #expect(history.map(\.year) == history.map(\.year).sorted(), "\(id) not in year order")
                if !expected.isEmpty { withHistory += 1 }
            }
            // The demo is rich enough for this test to mean something.
            #expect(withHistory >= 5)
        }
    }

    @Test func historyOfAPersonWithSeveralDecidedAwards() throws {
        try withStore(demo: true) { store, _ in
            let expected = expectedHistory(of: "P-0030", in: try demoNominationRows())
            // Derived from the demo JSON: LĐTT 2023–2025 and CSTĐCS 2024–2025, all yearly merit.
            #expect(sorted(expected) == [
                PastAward(award: "lao-dong-tien-tien", year: 2023, kind: .congTrang),
                PastAward(award: "chien-si-thi-dua-co-so", year: 2024, kind: .congTrang),
                PastAward(award: "lao-dong-tien-tien", year: 2024, kind: .congTrang),
                PastAward(award: "chien-si-thi-dua-co-so", year: 2025, kind: .congTrang),
                PastAward(award: "lao-dong-tien-tien", year: 2025, kind: .congTrang),
            ])
            let history = try #require(StoreEvaluationContext(store: store).history(of: "P-0030"))
            #expect(sorted(history) == sorted(expected))
            // The pending 2026 nominations are not history.
            #expect(!history.contains { $0.year == 2026 })
        }
    }

    @Test func historyIsNilForAnUnknownNomineeAndEmptyForOneWithoutAwards() throws {
        try withStore(demo: true) { store, _ in
            let context = StoreEvaluationContext(store: store)
            #expect(context.history(of: "P-9999") == nil)
            #expect(context.history(of: "") == nil)
            // P-0037 has a nomination, but only a pending one; P-0001 has none at all.
            let rows = try demoNominationRows()
            #expect(rows.contains { $0.nominee == "P-0037" })
            #expect(expectedHistory(of: "P-0037", in: rows).isEmpty)
            #expect(context.history(of: "P-0037") == [])
            #expect(!rows.contains { $0.nominee == "P-0001" })
            #expect(context.history(of: "P-0001") == [])
            // Asking twice gives the same answer.
            #expect(context.history(of: "P-9999") == nil)
            #expect(context.history(of: "P-0037") == [])
        }
    }

    @Test func historyCountsProvinceGrantsAndForgetsRevokedAwards() throws {
        try withStore(demo: true) { store, path in
            try setRawStatus(path, "2026-BKT-0001", to: .provinceApproved)
            try setRawStatus(path, "2024-LDTT-0004", to: .revoked)
            try setRawStatus(path, "2025-LDTT-0004", to: .provinceRejected)
            let history = try #require(StoreEvaluationContext(store: store).history(of: "P-0033"))
            #expect(history.contains(PastAward(award: "bang-khen-tinh", year: 2026, kind: .congTrang)))
            #expect(!history.contains { $0.award == "lao-dong-tien-tien" && ($0.year == 2024 || $0.year == 2025) })
            #expect(history.contains(PastAward(award: "lao-dong-tien-tien", year: 2023, kind: .congTrang)))
            #expect(history.map(\.year) == history.map(\.year).sorted())
        }
    }

    // MARK: Duplicates

    @Test func duplicatesFindOtherLiveNominationsOfTheSameNomineeAwardAndYear() throws {
        try withStore(demo: true) { store, path in
            let context = StoreEvaluationContext(store: store)
            #expect(context.duplicates(nomineeID: "P-0018", award: "lao-dong-tien-tien", kind: .congTrang, year: 2026, excluding: nil) == ["2026-LDTT-0001"])
            // Not itself.
            #expect(context.duplicates(nomineeID: "P-0018", award: "lao-dong-tien-tien", kind: .congTrang, year: 2026, excluding: "2026-LDTT-0001") == [])
            // Another award, year or nominee is no duplicate.
            #expect(context.duplicates(nomineeID: "P-0018", award: "chien-si-thi-dua-co-so", kind: .congTrang, year: 2026, excluding: nil) == [])
            #expect(context.duplicates(nomineeID: "P-0018", award: "lao-dong-tien-tien", kind: .congTrang, year: 2027, excluding: nil) == [])
            #expect(context.duplicates(nomineeID: "P-0014", award: "lao-dong-tien-tien", kind: .congTrang, year: 2026, excluding: nil) == [])
            // A decided award of the year is still held: nominating it again duplicates it.
            #expect(context.duplicates(nomineeID: "P-0018", award: "lao-dong-tien-tien", kind: .congTrang, year: 2025, excluding: nil) == ["2025-LDTT-0001"])

            // A second live nomination of the same nominee, award and year.
            try insertRawNomination(path, id: "2026-LDTT-0099", year: 2026, award: "lao-dong-tien-tien", nomineeID: "P-0018",
                                    status: .draft)
            #expect(context.duplicates(nomineeID: "P-0018", award: "lao-dong-tien-tien", kind: .congTrang, year: 2026, excluding: "2026-LDTT-0001")
                    == ["2026-LDTT-0099"])
            #expect(context.duplicates(nomineeID: "P-0018", award: "lao-dong-tien-tien", kind: .congTrang, year: 2026, excluding: "2026-LDTT-0099")
                    == ["2026-LDTT-0001"])
            #expect(context.duplicates(nomineeID: "P-0018", award: "lao-dong-tien-tien", kind: .congTrang, year: 2026, excluding: nil)
                    == ["2026-LDTT-0001", "2026-LDTT-0099"])

            // Nominations no longer alive are ignored; every other status counts.
            for status in NominationStatus.allCases {
                try setRawStatus(path, "2026-LDTT-0099", to: status)
                let found = context.duplicates(nomineeID: "P-0018", award: "lao-dong-tien-tien", kind: .congTrang, year: 2026,
                                               excluding: "2026-LDTT-0001")
                if deadStatuses.contains(status.rawValue) {
                    #expect(found == [], "\(status) counted")
                } else {
                    #expect(found == ["2026-LDTT-0099"], "\(status) ignored")
                }
            }
        }
    }

    // MARK: Member counts

    @Test func memberCountsComeFromThePeopleOfTheCollective() throws {
        try withStore(demo: true) { store, _ in
            let people = try demoList("people")
            let rows = try demoNominationRows()
            let context = StoreEvaluationContext(store: store)
            var checked = 0
            for collective in try demoList("collectives").map({ try #require($0["id"] as? String) }) {
                let members = Set(people.filter { $0["unit"] as? String == collective }.compactMap { $0["id"] as? String })
                for year in 2023...2027 {
                    func holding(_ award: String) -> Int {
                        Set(rows.filter { members.contains($0.nominee) && $0.award == award && $0.year == year
                                          && awardedStatuses.contains($0.status) }.map(\.nominee)).count
                    }
                    let expected = members.isEmpty ? nil
                        : MemberCounts(total: members.count, laoDongTienTien: holding("lao-dong-tien-tien"),
                                       chienSiThiDuaCoSo: holding("chien-si-thi-dua-co-so"))
                    #expect(context.memberCounts(of: collective, year: year) == expected, "\(collective) \(year)")
                    checked += 1
                }
            }
            #expect(checked == 14 * 5)
            // Spot check derived by hand from the demo: 11 people work at the ward's People's
            // Committee; in 2024 two of them were Advanced Workers and one a Grassroots Fighter.
            #expect(context.memberCounts(of: "C-01", year: 2024) == MemberCounts(total: 11, laoDongTienTien: 2, chienSiThiDuaCoSo: 1))
            // Pending nominations of 2026 count nobody yet.
            #expect(context.memberCounts(of: "C-01", year: 2026) == MemberCounts(total: 11, laoDongTienTien: 0, chienSiThiDuaCoSo: 0))
        }
    }

    @Test func memberCountsFollowDecisionsAndRevocations() throws {
        try withStore(demo: true) { store, path in
            try setRawStatus(path, "2026-LDTT-0001", to: .decided)          // P-0018, C-01
            try setRawStatus(path, "2026-CSTDCS-0001", to: .provinceApproved) // P-0030, C-06
            try setRawStatus(path, "2024-LDTT-0002", to: .revoked)          // P-0018, C-01
            // A second decided LĐTT of the same person counts the person once.
            try insertRawNomination(path, id: "2026-LDTT-0098", year: 2026, award: "lao-dong-tien-tien", nomineeID: "P-0018",
                                    status: .decided)
            let context = StoreEvaluationContext(store: store)
            #expect(context.memberCounts(of: "C-01", year: 2026) == MemberCounts(total: 11, laoDongTienTien: 1, chienSiThiDuaCoSo: 0))
            #expect(context.memberCounts(of: "C-01", year: 2024) == MemberCounts(total: 11, laoDongTienTien: 1, chienSiThiDuaCoSo: 1))
            let c06 = try #require(context.memberCounts(of: "C-06", year: 2026))
            #expect(c06.chienSiThiDuaCoSo == 1)
            #expect(c06.laoDongTienTien == 0)
        }
    }

    @Test func memberCountsAreNilForACollectiveWithoutMembers() throws {
        try withStore(demo: true) { store, _ in
            let saved = try store.save(newCollectiveDraft("Hợp tác xã Dịch vụ Bình Minh"), rulebook: rulebook())
            #expect(try store.nominee(id: saved.nomineeID)?.type == .collective)
            let context = StoreEvaluationContext(store: store)
            #expect(context.memberCounts(of: saved.nomineeID, year: 2026) == nil)
            #expect(context.memberCounts(of: "C-99", year: 2026) == nil)
            // Residents of a group are not its members as a collective.
            #expect(context.memberCounts(of: "G-01", year: 2025) == nil)
            #expect(context.memberCounts(of: "C-01", year: 2026) != nil)
        }
    }

    // MARK: Round counts

    @Test func roundCountsAreNilUnlessTheStoreCountsRounds() throws {
        try withStore(demo: true) { store, _ in
            let file = StoreEvaluationContext(store: store)
            #expect(file.roundCounts(year: 2026) == nil)
            #expect(file.roundCounts(year: 2025) == nil)
            let desk = StoreEvaluationContext(store: store, countsRounds: true)
            #expect(desk.roundCounts(year: 2026) != nil)
        }
    }

    @Test func roundCountsCountLiveNominationsPerAward() throws {
        try withStore(demo: true) { store, path in
            let rows = try demoNominationRows()
            let context = StoreEvaluationContext(store: store, countsRounds: true)
            for year in 2023...2026 {
                var expected: [String: Int] = [:]
                for row in rows where row.year == year && !deadStatuses.contains(row.status) { expected[row.award, default: 0] += 1 }
                #expect(context.roundCounts(year: year) == expected, "\(year)")
            }
            #expect(context.roundCounts(year: 2026)?["lao-dong-tien-tien"] == 5)
            #expect(context.roundCounts(year: 2030) == [:])

            try setRawStatus(path, "2026-LDTT-0004", to: .notRecommended)
            try setRawStatus(path, "2026-LDTT-0005", to: .revoked)
            try setRawStatus(path, "2026-GK-0001", to: .provinceRejected)
            try setRawStatus(path, "2026-LDTT-0001", to: .decided)
            // A context reads a year's counts once (one review); a new context sees the change.
            #expect(context.roundCounts(year: 2026)?["lao-dong-tien-tien"] == 5)
            let after = try #require(StoreEvaluationContext(store: store, countsRounds: true).roundCounts(year: 2026))
            #expect(after["lao-dong-tien-tien"] == 3)
            #expect(after["giay-khen"] == 2)
            #expect(after["chien-si-thi-dua-co-so"] == 1)
        }
    }
}
