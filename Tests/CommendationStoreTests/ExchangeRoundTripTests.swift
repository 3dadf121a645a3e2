import Commendation
import CommendationStore
import Foundation
import Testing

/// An exchange file carries what its nominations refer to: an export imports into an empty
/// store whole (households' residential groups, people's units, movements), each person once,
/// and exports again as the same file; importing it a second time adds nothing.
@Suite struct ExchangeRoundTripTests {
    let books: RulebookSet
    let rulebook: (Int) -> Rulebook?

    init() throws {
        let books = try rulebooks()
        self.books = books
        rulebook = { books.rulebook(forYear: $0) }
    }

    /// The whole store in the exchange format, as `tdkt export --format json` writes it.
    func export(_ store: Store) throws -> Data {
        let rows = try store.exportRows(ExportFilter())
        return try ExchangeFormat.write(rows.enumerated().map { $1.exchange(index: $0) }, references: store.exchangeReferences(for: rows))
    }

    func importFile(_ data: Data, into store: Store) throws -> ImportPlan {
        let plan = try store.planImport(try ExchangeFormat.read(data, rulebook: rulebook), rulebook: rulebook)
        #expect(plan.problems.isEmpty, "\(plan.problems.map { $0.text(.en) })")
        if plan.problems.isEmpty, !plan.items.isEmpty { _ = try store.applyImport(plan, rulebook: rulebook) }
        return plan
    }

    @Test func anExportImportsIntoAnEmptyStoreAndExportsTheSame() throws {
        try withStore(demo: true) { demo, _ in
            let first = try export(demo)
            let rows = try demo.exportRows(ExportFilter())
            try withStore { empty, _ in
                let plan = try importFile(first, into: empty)
                #expect(plan.newNominations == rows.count)
                // Each nominee of the file is one nominee of the new store (26 nominations of 9
                // people were 26 people before), and its units and groups came with it.
                let nominees = Set(rows.map(\.listing.nominee.id))
                let references = try demo.exchangeReferences(for: rows)
                #expect(try empty.nomineeCount() == nominees.union(references.groups.map(\.id) + references.units.map(\.id)).count)
                #expect(try empty.movements().map(\.id).sorted() == references.movements.map(\.id).sorted())
                let second = try export(empty)
                #expect(String(decoding: second, as: UTF8.self) == String(decoding: first, as: UTF8.self))
                // Again: nothing new.
                let again = try importFile(first, into: empty)
                #expect(again.newNominees == 0 && again.newNominations == 0 && again.newMovements.isEmpty)
                #expect(again.skipped.count == rows.count)
                #expect(try export(empty) == second)
            }
        }
    }

    @Test func anExportImportedIntoItsOwnStoreAddsNothing() throws {
        try withStore(demo: true) { demo, _ in
            let before = try demo.nomineeCount()
            let plan = try importFile(try export(demo), into: demo)
            #expect(plan.newNominees == 0 && plan.newNominations == 0 && plan.newMovements.isEmpty)
            #expect(try demo.nomineeCount() == before)
        }
    }

    @Test func oneNomineeIdInAFileIsOnePerson() throws {
        let file = """
            {"version": 1, "nominations": [
              {"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang",
               "nominee": {"type": "person", "id": "X-7", "familyName": "Lò", "middleName": "Văn", "givenName": "Pọm"}},
              {"year": 2026, "award": "lao-dong-tien-tien", "kind": "cong-trang",
               "nominee": {"type": "person", "id": "X-7", "familyName": "Lò", "middleName": "Văn", "givenName": "Pọm"}}
            ]}
            """
        try withStore { store, _ in
            let plan = try importFile(Data(file.utf8), into: store)
            #expect(plan.newNominees == 1)
            #expect(try store.nomineeCount() == 1)
            #expect(try store.nominee(id: "X-7")?.name == "Lò Văn Pọm")
        }
    }

    /// Two ids of a file are two nominees, though their names and birth dates, or their heads
    /// and residential groups, are the same (a province has such namesakes): an export of a
    /// province imported into nothing lost them so. One citizen ID is one person whatever the ids.
    @Test func twoIdsInAFileAreTwoNomineesButOneCitizenIDIsOnePerson() throws {
        let person = #""familyName": "Lò", "middleName": "Văn", "givenName": "Pọm", "birthDate": "1990-01-01""#
        let head = #""name": "Hộ Lò Thị Ún", "head": {"familyName": "Lò", "middleName": "Thị", "givenName": "Ún"}, "groupId": "G-1""#
        let file = """
            {"version": 1, "nominations": [
              {"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang", "nominee": {"type": "person", "id": "X-1", \(person)}},
              {"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang", "nominee": {"type": "person", "id": "X-2", \(person)}},
              {"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang",
               "nominee": {"type": "person", "id": "X-3", "familyName": "Vi", "middleName": "", "givenName": "Na", "personalId": "001190000001"}},
              {"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang",
               "nominee": {"type": "person", "id": "X-4", "familyName": "Vi", "middleName": "", "givenName": "Na", "personalId": "001190000001"}},
              {"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang", "nominee": {"type": "person", \(person)}},
              {"year": 2025, "award": "gia-dinh-van-hoa", "kind": "cong-trang", "nominee": {"type": "household", "id": "H-1", \(head)}},
              {"year": 2025, "award": "gia-dinh-van-hoa", "kind": "cong-trang", "nominee": {"type": "household", "id": "H-2", \(head)}}
            ],
            "references": {"groups": [{"id": "G-1", "name": "Tổ dân phố Một"}]}}
            """
        try withStore { store, _ in
            let plan = try importFile(Data(file.utf8), into: store)
            // X-1, X-2, X-3 (X-4 is X-3 by citizen ID), the one without an id, H-1, H-2, G-1.
            #expect(plan.newNominees == 7)
            #expect(try store.nominee(id: "X-2")?.name == "Lò Văn Pọm")
            #expect(try store.nominee(id: "X-4") == nil)
            #expect(try store.nominee(id: "H-2")?.name == "Hộ Lò Thị Ún")
        }
    }

    @Test func anIdTheStoreGivesSomeoneElseIsNotThatPerson() throws {
        try withStore(demo: true) { store, _ in
            let taken = try #require(try store.exportRows(ExportFilter()).first { $0.listing.nominee.type == .person }?.listing.nominee)
            let file = """
                {"version": 1, "nominations": [{"year": 2026, "award": "lao-dong-tien-tien", "kind": "cong-trang",
                  "nominee": {"type": "person", "id": "\(taken.id)", "familyName": "Khổng", "middleName": "", "givenName": "Minh",
                              "birthDate": "1991-01-01"}}]}
                """
            let before = try store.nomineeCount()
            let plan = try importFile(Data(file.utf8), into: store)
            let created = try #require(plan.items.first?.newNominee)
            #expect(created.id != taken.id)
            #expect(try store.nomineeCount() == before + 1)
            #expect(try store.nominee(id: taken.id)?.name == taken.name)
        }
    }

    @Test func aGroupTheStoreKnowsByNameIsTheStoresGroup() throws {
        try withStore(demo: true) { demo, _ in
            let group = try #require(try demo.exportRows(ExportFilter()).first { $0.group != nil })
            let name = try #require(group.group)
            let file = """
                {"version": 1, "references": {"groups": [{"id": "TDP-9", "name": "\(name)"}]},
                 "nominations": [{"year": 2026, "award": "gia-dinh-van-hoa", "kind": "cong-trang",
                  "nominee": {"type": "household", "name": "Hộ bà Vàng Thị Mỷ", "groupId": "TDP-9",
                              "head": {"familyName": "Vàng", "middleName": "Thị", "givenName": "Mỷ"}}}]}
                """
            let plan = try importFile(Data(file.utf8), into: demo)
            #expect(plan.newNominees == 1)
            #expect(plan.items.first?.newNominee?.groupID == group.listing.nominee.groupID)
        }
    }
}
