@testable import CommendationStore
import GRDB
import Testing

@Suite("The schema a store is checked against")
struct ExpectedSchemaTests {
    /// The written-out list of tables and indexes a store must have is exactly what the
    /// migrations make in a new store.
    @Test func theExpectedObjectsAreWhatTheMigrationsMake() throws {
        try withStore { _, path in
            let made = try withRawDatabase(path) { db in try Schema.objects(db) }
            #expect(made == Schema.expectedObjects)
            #expect(try withRawDatabase(path) { db in try Schema.missingObjects(db) }.isEmpty)
        }
    }
}
