import Foundation
import Papers
import Testing

/// The packages read back: names, content, and a damaged byte noticed.
@Suite struct ZipArchiveTests {
    @Test func aDamagedPackageIsRefused() throws {
        var data = try WordRenderer.document(Ward.submission.paper)
        #expect(try ZipReader(data).names.first == "[Content_Types].xml")
        // Flip a byte inside the first entry's compressed data.
        data[data.startIndex + 60] ^= 0xFF
        #expect(throws: (any Error).self) { try ZipReader(data) }
        #expect(throws: (any Error).self) { try ZipReader(Data("not a zip".utf8)) }
    }
}
