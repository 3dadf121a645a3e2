import Foundation
import Testing

/// Compares a rendered document with `__Goldens__/NAME` next to this file. With
/// `UPDATE_GOLDENS=1` in the environment the file is (re)written and the test passes; a missing
/// file is written and the test fails, so that a new golden is always looked at once. A
/// mismatch fails and prints the differing lines. Bytes are compared exactly (CSV keeps CRLF).
func assertDocumentGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Goldens__")
    let file = folder.appendingPathComponent(name)
    let update = ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1"
    guard !update, let data = try? Data(contentsOf: file), let expected = String(data: data, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        } catch {
            Issue.record("Could not write golden \(name): \(error)", sourceLocation: sourceLocation)
        }
        if !update {
            Issue.record("Recorded a new golden \(name); look at it and run again.", sourceLocation: sourceLocation)
        }
        return
    }
    guard expected != text else { return }
    Issue.record(Comment(rawValue: "Document differs from \(name) (UPDATE_GOLDENS=1 re-records):\n"
                         + lineDiff(expected: expected, actual: text)), sourceLocation: sourceLocation)
}

/// The lines that differ, by line number: "12 - expected" then "12 + actual"; "∅" for a
/// missing line; a CR is shown as "␍".
func lineDiff(expected: String, actual: String) -> String {
    func split(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0)).replacingOccurrences(of: "\r", with: "␍")
        }
    }
    let e = split(expected), a = split(actual)
    var diff: [String] = []
    for row in 0..<max(e.count, a.count) {
        let left = row < e.count ? e[row] : "∅"
        let right = row < a.count ? a[row] : "∅"
        if left != right {
            diff.append("\(row + 1) - " + left)
            diff.append("\(row + 1) + " + right)
        }
    }
    return diff.joined(separator: "\n")
}
