import Commendation
import CommendationStore
import Foundation
import Testing
import VietnameseText

@Suite("Nominee queries")
struct NomineeQueryTests {
    private func ids(_ store: Store, filter: String, types: [NomineeType]? = nil) throws -> [String] {
        try store.nominees(filter: filter, types: types, offset: 0, limit: 10_000).map(\.id)
    }

    /// Every nominee matching, fetched `size` at a time.
    private func windowed(_ store: Store, filter: String = "", types: [NomineeType]? = nil, size: Int) throws -> [Nominee] {
        var result: [Nominee] = []
        var offset = 0
        while offset <= 10_000 {
            let window = try store.nominees(filter: filter, types: types, offset: offset, limit: size)
            #expect(window.count <= size)
            if window.isEmpty { break }
            result += window
            offset += size
        }
        return result
    }

    @Test func aShortFilterIsCountedAmongTheFirstNomineesWhileTyping() throws {
        try withStore(demo: true) { store, _ in
            let total = try store.nomineeCount()
            for filter in ["n", "ng", "Ư", "q", "nguyen", ""] {
                let exact = try store.nomineeCount(filter: filter)
                let whole = try store.nomineeCount(filter: filter, examining: total)
                #expect(whole.count == exact && whole.exact, "\(filter)")
                let partial = try store.nomineeCount(filter: filter, examining: 3)
                if filter.isEmpty {
                    #expect(partial.count == exact && partial.exact)
                } else {
                    #expect(!partial.exact && partial.count <= exact && partial.count <= 4, "\(filter)")
                }
                // A page given the count is the page found without it.
                for matches in [whole, partial] {
                    #expect(try store.nominees(filter: filter, offset: 0, limit: 24, matches: matches).map(\.id)
                        == store.nominees(filter: filter, offset: 0, limit: 24).map(\.id), "\(filter)")
                }
            }
        }
    }

    @Test func filterIgnoresAccentsAndCase() throws {
        try withStore(demo: true) { store, _ in
            let plain = try ids(store, filter: "nguyen thi")
            #expect(!plain.isEmpty)
            #expect(try ids(store, filter: "NGUYỄN THỊ") == plain)
            #expect(try ids(store, filter: "Nguye\u{0302}\u{0303}n Thi\u{0323}") == plain)
            #expect(try ids(store, filter: "  nguyen   thi ") == plain)
            #expect(try store.nomineeCount(filter: "NGUYỄN THỊ") == plain.count)
            for nominee in try store.nominees(filter: "nguyen thi", offset: 0, limit: 10_000) {
                #expect(nominee.searchKey.contains("nguyen thi"), "\(nominee.name)")
            }
            // Every nominee whose name holds "Nguyễn Thị" is found.
            let all = try store.nominees(offset: 0, limit: 10_000)
            let expected = all.filter { $0.searchKey.contains("nguyen thi") }.map(\.id)
            #expect(plain == expected)

            let dang = try ids(store, filter: "đặng")
            #expect(!dang.isEmpty)
            #expect(try ids(store, filter: "dang") == dang)
            #expect(try ids(store, filter: "ĐẶNG") == dang)
            #expect(try ids(store, filter: "Đảng") == dang)
            #expect(try store.nominees(filter: "dang", offset: 0, limit: 10_000).contains { $0.name.hasPrefix("Đặng") })
            #expect(try store.nomineeCount(filter: "dang") == dang.count)
        }
    }

    @Test func filterMatchesPositionsToo() throws {
        try withStore(demo: true) { store, _ in
            let found = try store.nominees(filter: "chu tich ubnd", offset: 0, limit: 10_000)
            #expect(!found.isEmpty)
            #expect(found.allSatisfy { ($0.position ?? "").foldedForSearch.contains("chu tich ubnd") })
        }
    }

    @Test func percentAndUnderscoreAreLiteral() throws {
        try withStore { store, _ in
            let rules = try rulebook()
            _ = try store.save(newCollectiveDraft("Đội 100% tình nguyện"), rulebook: rules)
            _ = try store.save(newCollectiveDraft("Nhóm A_B"), rulebook: rules)
            _ = try store.save(newCollectiveDraft("Nhóm AXB"), rulebook: rules)
            _ = try store.save(newCollectiveDraft("Tổ 1 nhà"), rulebook: rules)
            #expect(try store.nomineeCount() == 4)

            #expect(try store.nominees(filter: "%", offset: 0, limit: 10).map(\.name) == ["Đội 100% tình nguyện"])
            #expect(try store.nomineeCount(filter: "%") == 1)
            #expect(try store.nomineeCount(filter: "100% tinh") == 1)
            #expect(try store.nomineeCount(filter: "1%n") == 0)
            #expect(try store.nominees(filter: "a_b", offset: 0, limit: 10).map(\.name) == ["Nhóm A_B"])
            #expect(try store.nomineeCount(filter: "_") == 1)
            #expect(try store.nomineeCount(filter: "nhom a_") == 1)
            #expect(try store.nomineeCount(filter: "\\") == 0)
            #expect(try store.nomineeCount(filter: "axb") == 1)
            #expect(try store.nomineeCount(filter: "") == 4)
        }
    }

    @Test func typesFilterKeepsOnlyThoseTypes() throws {
        try withStore(demo: true) { store, _ in
            let people = try demoList("people").count
            let households = try demoList("households").count
            let collectives = try demoList("collectives").count
            let groups = try demoList("residentialGroups").count

            #expect(try store.nomineeCount(types: [.person]) == people)
            #expect(try store.nomineeCount(types: [.household]) == households)
            #expect(try store.nomineeCount(types: [.collective]) == collectives)
            #expect(try store.nomineeCount(types: [.residentialGroup]) == groups)
            #expect(try store.nomineeCount(types: [.collective, .residentialGroup]) == collectives + groups)
            #expect(try store.nomineeCount() == people + households + collectives + groups)
            #expect(try store.nomineeCount(types: []) == 0)

            let listed = try store.nominees(types: [.household], offset: 0, limit: 10_000)
            #expect(listed.count == households)
            #expect(listed.allSatisfy { $0.type == .household })

            let filtered = try store.nominees(filter: "dang", types: [.person], offset: 0, limit: 10_000)
            #expect(!filtered.isEmpty)
            #expect(filtered.allSatisfy { $0.type == .person && $0.searchKey.contains("dang") })
            #expect(try store.nomineeCount(filter: "dang", types: [.person]) == filtered.count)
            #expect(try store.nominees(ofType: .residentialGroup).count == groups)
        }
    }

    @Test(arguments: [1, 7, 25, 1000])
    func windowsCoverTheWholeListWithoutOverlap(size: Int) throws {
        try withStore(demo: true) { store, _ in
            let whole = try store.nominees(offset: 0, limit: 10_000)
            #expect(whole.count == (try store.nomineeCount()))
            let pieces = try windowed(store, size: size)
            #expect(pieces.map(\.id) == whole.map(\.id))
            #expect(Set(pieces.map(\.id)).count == pieces.count)

            let filteredWhole = try store.nominees(filter: "nguyen", offset: 0, limit: 10_000)
            #expect(filteredWhole.count == (try store.nomineeCount(filter: "nguyen")))
            #expect(try windowed(store, filter: "nguyen", size: size).map(\.id) == filteredWhole.map(\.id))

            let householdWhole = try store.nominees(types: [.household], offset: 0, limit: 10_000)
            #expect(try windowed(store, types: [.household], size: size).map(\.id) == householdWhole.map(\.id))
        }
    }

    @Test func listIsInSortKeyOrder() throws {
        try withStore(demo: true) { store, _ in
            let whole = try store.nominees(offset: 0, limit: 10_000)
            for (previous, next) in zip(whole, whole.dropFirst()) {
                #expect(!(next.sortKey < previous.sortKey), "\(previous.name) before \(next.name)")
            }
        }
    }

    @Test func peopleAreInOfficialNameOrder() throws {
        try withStore { store, _ in
            let rules = try rulebook()
            // Saved in an order that is neither the expected one nor family-name order.
            let names: [(String, String, String)] = [
                ("Đào", "Văn", "Đức"), ("Trần", "Văn", "An"), ("Nguyễn", "Thị", "Bình"),
                ("Lê", "Văn", "An"), ("Phạm", "Văn", "Dũng"), ("Lê", "", "An"), ("Bùi", "Thị", "Yến"),
            ]
            for (family, middle, given) in names {
                _ = try store.save(newPersonDraft(family: family, middle: middle, given: given), rulebook: rules)
            }
            let listed = try store.nominees(types: [.person], offset: 0, limit: 100).map(\.name)
            #expect(listed == [
                "Lê An", "Lê Văn An", "Trần Văn An", "Nguyễn Thị Bình", "Phạm Văn Dũng", "Đào Văn Đức", "Bùi Thị Yến",
            ])
        }
    }

    @Test func demoPeopleAreInGivenMiddleFamilyOrder() throws {
        try withStore(demo: true) { store, _ in
            struct Person { var id: String; var family: String; var middle: String; var given: String }
            let people = try demoList("people").map { item in
                Person(id: item["id"] as? String ?? "", family: item["familyName"] as? String ?? "",
                       middle: item["middleName"] as? String ?? "", given: item["givenName"] as? String ?? "")
            }
            func before(_ a: Person, _ b: Person) -> Bool {
                let keys = [(a.given, b.given), (a.middle, b.middle), (a.family, b.family)]
                for (x, y) in keys {
                    let kx = VietnameseCollation.key(x), ky = VietnameseCollation.key(y)
                    if kx != ky { return kx < ky }
                }
                return a.id < b.id
            }
            let expected = people.sorted(by: before).map(\.id)
            let listed = try store.nominees(types: [.person], offset: 0, limit: 10_000).map(\.id)
            #expect(listed == expected)
        }
    }
}
