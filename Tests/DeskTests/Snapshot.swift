import Foundation
import Testing

/// Compares screen text with a golden file in `__Snapshots__/NAME.txt`. With
/// `UPDATE_SNAPSHOTS=1` in the environment the file is (re)written instead. A missing file is
/// recorded and the test fails, so that a new snapshot is always looked at once. A mismatch
/// prints the differing lines.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = DeskTestFolder.shown(text) + "\n"
    let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
    guard !update, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        if !update {
            Issue.record("Recorded a new snapshot \(name).txt; look at it and run again.", sourceLocation: sourceLocation)
        }
        return
    }
    guard expected != actual else { return }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    var diff: [String] = []
    for row in 0..<max(expectedLines.count, actualLines.count) {
        let e = row < expectedLines.count ? expectedLines[row] : "∅"
        let a = row < actualLines.count ? actualLines[row] : "∅"
        if e != a {
            diff.append("\(row) - " + e)
            diff.append("\(row) + " + a)
        }
    }
    let report = "Screen differs from \(name).txt (UPDATE_SNAPSHOTS=1 re-records):\n" + diff.joined(separator: "\n")
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
}
