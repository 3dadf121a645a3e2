import Commendation
@testable import CommendationStore
import GRDB
import Testing
import VietnameseText

/// An import's index of the store holds hashes of the keys, not the keys: it answers as a
/// walk over every nominee would, even when every key shares one hash.
@Suite struct NomineeIndexTests {
    @Test func keysSharingAHashAreAllGivenBackInOrder() {
        var table = HashedRowids(hash: { _ in 7 })
        #expect(table.rowids("a").isEmpty)
        table.add("a", 1)
        table.add("b", 2)
        table.add("a", 3)
        #expect(table.rowids("a") == [1, 2, 3])
        #expect(table.rowids("zzz") == [1, 2, 3])
        var real = HashedRowids()
        real.add("nguyen van an", 10)
        real.add("nguyen van binh", 11)
        real.add("nguyen van an", 12)
        #expect(real.rowids("nguyen van an") == [10, 12])
        #expect(real.rowids("nguyen van cuong").isEmpty)
    }

    /// People of one name (with and without accents, with and without birth dates), one
    /// citizen ID twice, households of one head in two groups.
    static let people = """
        Họ;Đệm;Tên;Ngày sinh;Giới tính;CCCD
        Nguyễn;Văn;An;01/01/1980;Nam;
        Nguyen;Van;An;02/02/1981;Nam;
        Nguyễn;Văn;Án;;Nam;
        Trần;Thị;Bình;03/03/1990;Nữ;001190000001
        Lê;Văn;Cường;04/04/1970;Nam;001070000002
        """

    @Test(arguments: [false, true])
    func theIndexAnswersAsAWalkOverEveryNomineeDoes(oneHash: Bool) throws {
        try withStore(demo: true) { store, _ in
            let books = try rulebooks()
            let rulebook: (Int) -> Rulebook? = { books.rulebook(forYear: $0) }
            let plan = try store.planImport(ImportReading.read(try CSVReader.read(Self.people), kind: .people, rulebook: rulebook,
                                                               defaultYear: 2026), rulebook: rulebook)
            #expect(plan.problems.isEmpty, "\(plan.problems)")
            _ = try store.applyImport(plan, rulebook: rulebook)
            // The same citizen ID on a second person, written past the import's checks.
            try store.write { db in
                try db.execute(sql: "UPDATE nominee SET personal_id = '001190000001' WHERE id = (SELECT id FROM nominee WHERE given_name = 'Cường')")
            }
            try store.read { db in
                let index = try NomineeIndex(db, hash: oneHash ? { _ in 1 } : { $0.hashValue })
                let all = try Row.fetchAll(db, sql: "SELECT * FROM nominee ORDER BY rowid").map(Store.nominee(from:))
                let people = all.filter { $0.type == .person }
                #expect(people.count > 5)
                for person in people {
                    let folded = (person.personName?.fullName ?? person.name).foldedForSearch
                    let expected = people.filter { ($0.personName?.fullName ?? $0.name).foldedForSearch == folded }.map(\.id)
                    #expect(try index.people(foldedName: folded, db).map(\.id) == expected, "\(person.name)")
                    if let personalID = person.personalID {
                        let sameID = people.filter { $0.personalID == personalID }.map(\.id)
                        #expect(try index.people(personalID: personalID, db).map(\.id) == sameID)
                    }
                }
                #expect(try index.people(foldedName: "nguyen van an", db).count == 3)
                #expect(try index.people(personalID: "001190000001", db).count == 2)
                #expect(try index.people(foldedName: "khong co ai", db).isEmpty)
                let households = all.filter { $0.type == .household }
                #expect(!households.isEmpty)
                for household in households {
                    let key = NomineeIndex.householdKey(head: household.head?.fullName ?? household.name, groupID: household.groupID)
                    let expected = households.last {
                        NomineeIndex.householdKey(head: $0.head?.fullName ?? $0.name, groupID: $0.groupID) == key
                    }?.id
                    #expect(try index.household(key, db) == expected)
                }
                #expect(try index.household("khong co ai|G-01", db) == nil)
                for group in all where group.type == .residentialGroup {
                    #expect(index.groups[group.name.foldedForSearch] != nil)
                    #expect(try index.name(of: group.id, db) == group.name)
                }
                #expect(try index.name(of: people[0].id, db) == people[0].name)
                #expect(try index.nominee(id: people[0].id, db)?.name == people[0].name)
                #expect(try index.nominee(id: "P-9999999", db) == nil)
            }
        }
    }

    @Test func aRowFindsItsPersonByCitizenIDThenByNameAndBirthDate() throws {
        try withStore(demo: true) { store, _ in
            let books = try rulebooks()
            let rulebook: (Int) -> Rulebook? = { books.rulebook(forYear: $0) }
            let reading = ImportReading.read(try CSVReader.read(Self.people), kind: .people, rulebook: rulebook, defaultYear: 2026)
            _ = try store.applyImport(try store.planImport(reading, rulebook: rulebook), rulebook: rulebook)
            // The same rows again: each is the person it added, whatever the hash.
            let again = """
                Họ và tên;Ngày sinh;CCCD
                Nguyễn Văn An;01/01/1980;
                Nguyễn Văn An;02/02/1981;
                Trần Thị Bình;;001190000001
                Nguyễn Văn An;05/05/1999;
                """
            let plan = try store.planImport(ImportReading.read(try CSVReader.read(again), kind: .people, rulebook: rulebook,
                                                               defaultYear: 2026), rulebook: rulebook)
            #expect(plan.skipped.map(\.line) == [2, 3, 4])
            #expect(plan.items.map(\.line) == [5])
            #expect(plan.skipped.allSatisfy { $0.message.vi.hasPrefix("đã có trong kho: P-") })
        }
    }
}
