#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import WardServices

/// The desk's exports and documents (`DocumentOutput.write`) are private to the user and never
/// written through a symbolic link.
@Suite struct DocumentOutputPrivacyTests {
    @Test func aDocumentIs0600AndALinkInTheWayIsLeftAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-output-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let victim = folder + "/nan-nhan.txt"
        try "giữ nguyên".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/cong-bo-2026.csv", withDestinationPath: victim)
        let path = try DocumentOutput.write("STT,Họ và tên\r\n", fileName: "cong-bo-2026.csv", folder: folder)
        #expect(path == folder + "/cong-bo-2026-2.csv")
        var info = stat()
        #expect(lstat(path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o600)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "giữ nguyên")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    }
}
