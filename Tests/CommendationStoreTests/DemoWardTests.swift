import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

@Suite("Demo ward")
struct DemoWardTests {
    @Test func loadsEverythingInTheFile() throws {
        try withStore(demo: true) { store, path in
            #expect(try store.nomineeCount(types: [.residentialGroup]) == 6)
            #expect(try store.nomineeCount(types: [.collective]) == (try demoList("collectives").count))
            #expect(try store.nomineeCount(types: [.person]) == (try demoList("people").count))
            let households = try store.nomineeCount(types: [.household])
            #expect(households == (try demoList("households").count))
            #expect((55...65).contains(households))
            #expect(try !store.isEmpty())

            let movements = try store.movements()
            #expect(movements.count == 2)
            #expect(Set(movements.map(\.id)) == ["M-01", "M-02"])

            let nominations = try demoList("nominations")
            #expect(try rowCount("nomination", in: path) == nominations.count)
            for item in nominations {
                let id = try #require(item["id"] as? String)
                let listing = try #require(try store.nomination(id: id), "\(id) missing")
                #expect(listing.nomination.status.rawValue == item["status"] as? String, "\(id)")
                #expect(listing.nomination.nomineeID == item["nominee"] as? String, "\(id)")
                #expect(listing.nomination.award == item["award"] as? String, "\(id)")
                #expect(listing.nomination.year == item["year"] as? Int, "\(id)")
            }

            #expect(try store.setting("ward.name") == "Phường Đầm Hà")
            #expect(try store.setting("ward.province") == "Quảng Ninh")
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func councilHasItsFourteenMembersChairFirst() throws {
        try withStore(demo: true) { store, _ in
            let council = try store.councilMembers()
            #expect(council.count == 14)
            #expect(council.filter { $0.role == .chuTich }.count == 1)
            #expect(council.filter { $0.role == .phoChuTich }.count == 2)
            #expect(council.filter { $0.role == .uyVien }.count == 10)
            #expect(council.filter { $0.role == .thuKy }.count == 1)
            #expect(council.first?.role == .chuTich)
            #expect(council.last?.role == .thuKy)
            #expect(council.allSatisfy { !$0.name.given.isEmpty && !$0.title.isEmpty })
        }
    }

    @Test func demoNamesAreStoredInNFC() throws {
        try withStore(demo: true) { _, path in
            let names = try withRawDatabase(path) { db in
                try String.fetchAll(db, sql: "SELECT name FROM nominee UNION ALL SELECT given_name FROM council_member")
            }
            #expect(!names.isEmpty)
            for name in names {
                #expect(scalars(name) == scalars(name.precomposedStringWithCanonicalMapping), "\(name)")
            }
        }
    }

    @Test func loadingTwiceFailsAndChangesNothing() throws {
        try withStore(demo: true) { store, path in
            let before = try StoreCounts(store, path: path)
            let error = #expect(throws: StoreError.self) { try store.loadDemo(demoWard(), rulebook: try rulebooks().rulebook(forYear:), baseSalaries: try baseSalaries()) }
            guard case .other(let reportedPath, let message)? = error else {
                Issue.record("expected other, got \(String(describing: error))")
                return
            }
            #expect(reportedPath == path)
            #expect(!message.isEmpty)
            #expect(try StoreCounts(store, path: path) == before)
        }
    }

    @Test func storeWithTheClerksWorkRefusesTheDemo() throws {
        try withStore { store, path in
            _ = try store.save(newPersonDraft(), rulebook: rulebook())
            let before = try StoreCounts(store, path: path)
            #expect(throws: StoreError.self) { try store.loadDemo(demoWard(), rulebook: try rulebooks().rulebook(forYear:), baseSalaries: try baseSalaries()) }
            #expect(try StoreCounts(store, path: path) == before)
            #expect(try store.setting("ward.name") == nil)
        }
    }

    @Test func failureHalfwayLeavesNothingBehind() throws {
        // The last nomination points at a nominee that does not exist: the load fails at its
        // very end, after every nominee, movement and council member was inserted.
        var object = try demoJSON()
        var nominations = try demoList("nominations")
        nominations[nominations.count - 1]["nominee"] = "P-9999"
        object["nominations"] = nominations
        let broken = try DemoWard(json: JSONSerialization.data(withJSONObject: object))

        try withStore { store, path in
            let before = try StoreCounts(store, path: path)
            #expect(throws: StoreError.self) { try store.loadDemo(broken, rulebook: try rulebooks().rulebook(forYear:), baseSalaries: try baseSalaries()) }
            #expect(try StoreCounts(store, path: path) == before)
            #expect(try store.isEmpty())
            #expect(try store.setting("ward.name") == nil)
            #expect(try store.auditCount() == 0)

            // The intact demo still loads afterwards.
            try store.loadDemo(demoWard(), rulebook: try rulebooks().rulebook(forYear:), baseSalaries: try baseSalaries())
            #expect(try store.setting("ward.name") == "Phường Đầm Hà")
        }
    }

    @Test func decodedDemoMatchesItsFile() throws {
        let demo = try demoWard()
        #expect(demo.ward.name == "Phường Đầm Hà")
        #expect(demo.nominationCount == (try demoList("nominations").count))
    }
}
