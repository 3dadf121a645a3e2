import Foundation
import Testing
@testable import Desk

/// The audit trail's UTC timestamps as the clerk reads them, in local time.
@Suite struct LocalTimeTests {
    private let hanoi = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    @Test func storeTimestampsShowInLocalTime() {
        #expect(AuditLogScreen.localTime("2026-11-29T08:15:02Z", zone: hanoi) == "29/11/2026 15:15")
        #expect(AuditLogScreen.localTime("2026-12-31T20:30:00Z", zone: hanoi) == "01/01/2027 03:30")
        #expect(AuditLogScreen.localTime("2026-11-29T08:15:02.250Z", zone: hanoi) == "29/11/2026 15:15")
        #expect(AuditLogScreen.localTime("2026-03-01T01:00:00Z", zone: TimeZone(identifier: "America/New_York")!) == "28/02/2026 20:00")
    }

    @Test func otherTextIsShownAsItIs() {
        #expect(AuditLogScreen.localTime("hôm qua", zone: hanoi) == "hôm qua")
        #expect(AuditLogScreen.localTime("2026-13-01T00:00:00Z", zone: hanoi) == "2026-13-01T00:00:00Z")
    }
}
