import Commendation
import Foundation
import WardServices

extension PaperOutputFormat {
    /// Writes `bytes` to `path` (0600; replaced only with `force`) and says so on standard
    /// error; a CSV file gets a byte-order mark for Excel. An existing file without `force` is a
    /// refusal (exit 5); a file the system does not let tdkt write, exit 6.
    static func write(_ bytes: Data, to path: String, force: Bool, options: CommonOptions) throws {
        let data = path.lowercased().hasSuffix(".csv") ? Data(CSVText.byteOrderMark.utf8) + bytes : bytes
        do {
            try DocumentOutput.writeFile(data, to: path, force: force)
        } catch DocumentOutput.Failure.exists {
            throw options.failure(ExitStatus.refused, "cli.output.exists", path)
        } catch DocumentOutput.Failure.write(_, let reason) {
            throw options.failure(ExitStatus.cannotWrite, "cli.output.cannotWrite", path, reason)
        }
        TerminalOutput.error(options.text("cli.output.written", path) + "\n")
    }
}
