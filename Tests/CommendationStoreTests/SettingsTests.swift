import CommendationStore
import Foundation
import GRDB
import Testing

@Suite("Settings")
struct SettingsTests {
    @Test func setThenGet() throws {
        try withStore { store, _ in
            #expect(try store.setting("ward.name") == nil)
            try store.setSetting("ward.name", to: "Phường Đầm Hà")
            #expect(try store.setting("ward.name") == "Phường Đầm Hà")
            try store.setSetting("ward.name", to: "Phường Hà An")
            #expect(try store.setting("ward.name") == "Phường Hà An")
            #expect(try store.setting("ward.province") == nil)
        }
    }

    @Test func settingTheSameValueTwiceIsAuditedOnce() throws {
        try withStore { store, path in
            try store.setSetting("ward.name", to: "Phường Đầm Hà")
            #expect(try store.auditCount() == 1)
            try store.setSetting("ward.name", to: "Phường Đầm Hà")
            #expect(try store.auditCount() == 1)

            try store.setSetting("ward.name", to: "Phường Hà An")
            #expect(try store.auditCount() == 2)
            let rows = try withRawDatabase(path) { db in
                try Row.fetchAll(db, sql: "SELECT action, entity, entity_id, before, after FROM audit ORDER BY seq")
            }
            #expect(rows.count == 2)
            #expect(rows[0]["action"] == "set")
            #expect(rows[0]["entity"] == "setting")
            #expect(rows[0]["entity_id"] == "ward.name")
            #expect((rows[0]["before"] as String?) == nil)
            #expect(rows[0]["after"] == "Phường Đầm Hà")
            #expect(rows[1]["before"] == "Phường Đầm Hà")
            #expect(rows[1]["after"] == "Phường Hà An")
            #expect(try rowCount("setting", in: path) == 2)  // and the store's id
            #expect(try store.firstBrokenAuditRow() == nil)
        }
    }

    @Test func settingsSurviveReopening() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("tdkt.sqlite").path
            try openStore(path).setSetting("ward.province", to: "Quảng Ninh")
            #expect(try openStore(path).setting("ward.province") == "Quảng Ninh")
        }
    }
}
