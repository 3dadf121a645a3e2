#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Exports, the publication list and documents are written 0600 whatever the umask (here
/// 000), and never through a symbolic link standing where the file goes.
@Suite final class PrivateFileCommandTests {
    private let fixture: DemoStoreFolder
    private var folder: String { fixture.folder }

    init() throws {
        fixture = try DemoStoreFolder("private-file")
    }

    /// `tdkt` run under umask 000.
    private func tdkt(_ arguments: [String]) throws -> CommandResult {
        try runCommand(["/bin/sh", "-c", "umask 000 && exec \"$0\" \"$@\"", fixture.tdkt] + arguments + ["--store", fixture.store],
                       environment: ["LANG": "C.UTF-8"])
    }

    /// The permission bits of the file itself (not of what a link points to), and whether it is a link.
    private func mode(_ path: String) -> (mode: mode_t, isLink: Bool)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (info.st_mode & 0o7777, (info.st_mode & S_IFMT) == S_IFLNK)
    }

    @Test func everyFileWithPersonalDataIs0600UnderUmask000() throws {
        let runs: [(String, [String])] = [
            ("de-nghi.csv", ["export"]), ("de-nghi.json", ["export", "--format", "json"]),
            ("cong-bo.csv", ["export", "--publication", "--status", "decided", "--yes"]),
            ("danh-sach.csv", ["document", "danh-sách", "--session", "PH-2026-01", "--format", "csv"]), ("bien-ban.md", ["document", "biên-bản", "--session", "PH-2026-01"]),
        ]
        for (name, arguments) in runs {
            let path = folder + "/" + name
            let result = try tdkt(arguments + ["--output", path])
            #expect(result.status == 0, "\(arguments): \(result.errors)")
            #expect(mode(path)?.mode == 0o600, "\(name): \(String(mode(path)?.mode ?? 0, radix: 8))")
        }
        // Into a folder, named by tdkt; and over an existing 0644 file with --force.
        let written = try tdkt(["document", "niêm-yết", "--output", folder + "/van-ban/"])
        #expect(written.status == 0, "\(written.errors)")
        let inFolder = try FileManager.default.contentsOfDirectory(atPath: folder + "/van-ban")
        #expect(inFolder.count == 1 && inFolder.allSatisfy { mode(folder + "/van-ban/" + $0)?.mode == 0o600 }, "\(inFolder)")
        let old = folder + "/cu.csv"
        try "cũ".write(toFile: old, atomically: false, encoding: .utf8)
        chmod(old, 0o644)
        #expect(try tdkt(["export", "--output", old, "--force"]).status == 0)
        #expect(mode(old)?.mode == 0o600)
    }

    @Test func aSymbolicLinkAtTheTargetIsNeverFollowed() throws {
        let victim = folder + "/nan-nhan.txt"
        try "giữ nguyên".write(toFile: victim, atomically: false, encoding: .utf8)
        let link = folder + "/xuat.csv"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        // Without --force the link counts as a file that exists.
        let refused = try tdkt(["export", "--output", link])
        #expect(refused.status == 5)
        #expect(refused.errors.contains("đã có; thêm --force để ghi đè"), "\(refused.errors)")
        // A link that points nowhere would have made tdkt create its target.
        let nowhere = folder + "/chua-co.csv"
        let dangling = folder + "/treo.csv"
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: nowhere)
        #expect(try tdkt(["export", "--output", dangling]).status == 5)
        #expect(!FileManager.default.fileExists(atPath: nowhere))
        // With --force the link itself is replaced by a new private file.
        #expect(try tdkt(["export", "--output", link, "--force"]).status == 0)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "giữ nguyên")
        #expect(mode(link)?.isLink == false && mode(link)?.mode == 0o600)
    }
}
