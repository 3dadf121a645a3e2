import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing

/// The rulebook's questions to the store cannot throw; when the store fails while answering,
/// the context keeps the error and `checked()` gives it to whoever shows verdicts, so that a
/// failing store is said instead of judged as "unknown".
@Suite struct EvaluationContextFailureTests {
    @Test func aReadThatFailsIsKeptAndGivenOnce() throws {
        try withStore(demo: true) { store, path in
            let context = StoreEvaluationContext(store: store, countsRounds: true)
            let nominee = try #require(try store.nominees(offset: 0, limit: 1).first)
            #expect(context.history(of: nominee.id) != nil)
            try context.checked()
            // Another program removes what the answers are read from.
            let other = try DatabaseQueue(path: path)
            try other.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA foreign_keys = OFF; DROP TABLE nomination") }
            #expect(context.duplicates(nomineeID: nominee.id, award: "lao-dong-tien-tien", kind: .congTrang, year: 2026, excluding: nil).isEmpty)
            #expect(context.roundCounts(year: 2026) == nil)
            #expect(context.failure != nil)
            #expect(throws: StoreError.self) { try context.checked() }
            // Said once: a later reading may succeed.
            #expect(context.failure == nil)
        }
    }
}
