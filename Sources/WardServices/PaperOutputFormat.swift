import Commendation
import Foundation
import Papers

/// What a document is written as, by the desk and by `tdkt document` and `tdkt report`:
/// Markdown, text or CSV, or a Word document or an Excel workbook.
public enum PaperOutputFormat: Equatable, Sendable {
    /// Markdown, 80-column text or CSV (a text file; CSV written to a file gets a BOM).
    case text(DocumentFormat)
    /// A Word document in the layout of Nghị định 30/2020/NĐ-CP.
    case docx
    /// An Excel workbook of the document's list.
    case xlsx

    /// "md", "markdown", "txt", "text", "csv", "docx", "word", "xlsx", "excel"; nil otherwise.
    public init?(argument: String) {
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
    public var isBinary: Bool { self == .docx || self == .xlsx }

    /// "md", "txt", "csv", "docx", "xlsx".
    public var fileExtension: String {
        switch self {
        case .text(let format): return format.fileExtension
        case .docx: return "docx"
        case .xlsx: return "xlsx"
        }
    }

    /// The bytes of the document as a file: those of `bytes(_:)`, a CSV file with a byte-order
    /// mark in front so that spreadsheets read it as UTF-8. The desk and `tdkt document` write these.
    public func fileBytes(_ input: any DocumentInput) throws -> Data {
        let data = try bytes(input)
        return self == .text(.csv) ? Data(CSVText.byteOrderMark.utf8) + data : data
    }

    /// The bytes of the document in this format, as shown on a terminal (no byte-order mark).
    public func bytes(_ input: any DocumentInput) throws -> Data {
        switch self {
        case .text(let format): return Data(input.text(format).utf8)
        case .docx: return try WordRenderer.document(input.paper)
        case .xlsx: return try SheetRenderer.workbook([input.sheet ?? input.paper])
        }
    }
}
