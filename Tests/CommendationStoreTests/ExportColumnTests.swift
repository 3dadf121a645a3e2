import CommendationStore
import Testing

/// The publication whitelist never takes a column named as private.
@Suite struct ExportColumnTests {
    @Test func thePublicationHasNoPrivateColumn() {
        #expect(ExportColumn.neverPublished.isDisjoint(with: ExportColumn.publication))
        #expect(ExportColumn.neverPublished.isSuperset(of: [.birthDate, .personalID, .phone, .note]))
    }
}
