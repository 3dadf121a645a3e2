#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Where the desk tests keep their stores: a folder of this test process, so that two runs at
/// once (two checkouts) never share a store. Its path is as long as the one the screen
/// snapshots show ("/tmp/tdkt-desk-tests"), so a path on screen wraps the same way, and
/// `shown(_:)` writes it back as that before a snapshot is compared.
enum DeskTestFolder {
    /// The path the snapshots show.
    static let shownRoot = "/tmp/tdkt-desk-tests"

    /// "/tmp/tdkt-desk-" and the process id in base 36 on five characters; folders left by
    /// processes that have ended are removed when it is first asked for.
    static let root: String = {
        let prefix = "/tmp/tdkt-desk-"
        let digits = String(getpid(), radix: 36)
        let root = prefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
        precondition(root.count == shownRoot.count, "the test folder's path must be as long as the snapshots'")
        // Not the snapshots' own path: an older checkout's tests may be using it.
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/tmp")) ?? []
        where entry.hasPrefix("tdkt-desk-") && "/tmp/" + entry != shownRoot {
            let suffix = String(entry.dropFirst("tdkt-desk-".count))
            guard suffix.count == 5, let pid = Int32(suffix, radix: 36), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else {
                continue
            }
            try? FileManager.default.removeItem(atPath: "/tmp/" + entry)
        }
        return root
    }()

    /// `name` inside this process's folder.
    static func path(_ name: String) -> String { root + "/" + name }

    /// Screen text with this process's folder written as the snapshots show it.
    static func shown(_ text: String) -> String {
        text.replacingOccurrences(of: root, with: shownRoot)
    }
}
