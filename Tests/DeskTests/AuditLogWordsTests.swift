import Commendation
import CommendationStore
import Testing
import TerminalUI
import WardServices
@testable import Desk

/// The audit log names a change in the clerk's words: the field's label, a status's and an
/// award's names, not the store's field names and codes ("status: draft → received").
@Suite struct AuditLogWordsTests {
    @Test func aStepIsShownWithTheStatusesByName() throws {
        let pilot = try Pilot("audit-words", size: Size(width: 100, height: 30))
        let rulebooks = try Shipped.rulebooks()
        try pilot.store.take(.receive, nomination: "2026-GDVH-0002", rulebook: rulebooks.rulebook(forYear:))
        pilot.type("2")
        pilot.type("le dung")
        pilot.press(.function(3), .function(7))
        #expect(pilot.screen.contains("Trạng thái: Nháp → Đã tiếp nhận"), "\(pilot.screen)")
        #expect(!pilot.screen.contains("status:"), "\(pilot.screen)")
        pilot.press(.enter)
        #expect(pilot.screen.contains("• Trạng thái: Nháp → Đã tiếp nhận"), "\(pilot.screen)")
    }

    @Test func fieldsWithoutWordsKeepTheirNames() {
        let naming = AuditNaming(field: { $0 == "status" ? "Trạng thái" : $0 }, value: { _, value in value.uppercased() })
        let changes = AuditLogScreen.changes(before: #"{"status":"draft","x":"a"}"#, after: #"{"status":"received","x":"b"}"#, naming: naming)
        #expect(changes == ["Trạng thái: DRAFT → RECEIVED", "x: A → B"])
    }
}
