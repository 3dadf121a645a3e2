@testable import CommendationStore
import Foundation
import Testing

@Suite("UTC timestamps")
struct UTCTimestampTests {
    private func reference(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    @Test("known instants, leap days and century boundaries")
    func knownInstants() {
        #expect(UTCTimestamp.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(UTCTimestamp.string(from: Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        #expect(UTCTimestamp.string(from: Date(timeIntervalSince1970: 1_796_013_527.9)) == "2026-11-30T04:38:47Z")
        #expect(UTCTimestamp.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(UTCTimestamp.string(from: Date(timeIntervalSince1970: 4_107_542_400)) == "2100-03-01T00:00:00Z")
    }

    @Test("agrees with Foundation's ISO 8601 formatter over two centuries")
    func agreesWithFoundation() {
        // Every 36 days and some hours from 1900 to 2097: every month is met, and a 29 February.
        for step in 0..<2_000 {
            let date = Date(timeIntervalSince1970: Double(-2_208_988_800 + step * 3_114_008 + step % 97 * 3_607))
            #expect(UTCTimestamp.string(from: date) == reference(date))
        }
    }
}
