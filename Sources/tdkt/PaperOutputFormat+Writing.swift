import Commendation
import Foundation
import WardServices

extension PaperOutputFormat {
    /// Writes `bytes` to `path` (0600; replaced only with `force`) and says so on standard
    /// error; a CSV file gets a byte-order mark for Excel.
    static func write(_ bytes: Data, to path: String, force: Bool, vi: Bool) throws {
        let data = path.lowercased().hasSuffix(".csv") ? Data(CSVText.byteOrderMark.utf8) + bytes : bytes
        do {
            try DocumentOutput.writeFile(data, to: path, force: force)
        } catch DocumentOutput.Failure.exists {
            throw CommandFailure(code: 1, message: vi ? "\(path) đã có; thêm --force để ghi đè" : "\(path) exists; add --force to overwrite")
        } catch DocumentOutput.Failure.write(_, let reason) {
            throw CommandFailure(code: 1, message: vi ? "không ghi được \(path): \(reason)" : "cannot write \(path): \(reason)")
        }
        TerminalOutput.error((vi ? "Đã ghi " : "Wrote ") + path + "\n")
    }
}
