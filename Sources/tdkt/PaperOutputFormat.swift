import Commendation
import Desk
import Foundation
import Papers

/// What `tdkt document` and `tdkt report` write: Markdown, text or CSV, or a Word document or
/// an Excel workbook.
enum PaperOutputFormat: Equatable {
    /// Markdown, 80-column text or CSV (a text file; CSV written to a file gets a BOM).
    case text(DocumentFormat)
    /// A Word document in the layout of Nghị định 30/2020/NĐ-CP.
    case docx
    /// An Excel workbook of the document's list.
    case xlsx

    /// "md", "markdown", "txt", "text", "csv", "docx", "word", "xlsx", "excel"; nil otherwise.
    init?(argument: String) {
        switch argument.lowercased() {
        case "md", "markdown": self = .text(.markdown)
        case "txt", "text", "plain-text": self = .text(.plainText)
        case "csv": self = .text(.csv)
        case "docx", "word": self = .docx
        case "xlsx", "excel": self = .xlsx
        default: return nil
        }
    }

    /// Whether the file is binary (written only to a file, never to standard output).
    var isBinary: Bool { self == .docx || self == .xlsx }

    /// "md", "txt", "csv", "docx", "xlsx".
    var fileExtension: String {
        switch self {
        case .text(let format): return format.fileExtension
        case .docx: return "docx"
        case .xlsx: return "xlsx"
        }
    }

    /// The bytes of the document in this format (CSV with a BOM only in a file, see `write`).
    func bytes(_ input: any DocumentInput) throws -> Data {
        switch self {
        case .text(let format): return Data(input.text(format).utf8)
        case .docx: return try WordRenderer.document(input.paper)
        case .xlsx: return try SheetRenderer.workbook([input.sheet ?? input.paper])
        }
    }

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
        FileHandle.standardError.write(Data(((vi ? "Đã ghi " : "Wrote ") + path + "\n").utf8))
    }
}
