/// The form a document is rendered in.
///
/// - `markdown`: headings in bold, the two header columns and the signature block as pipe
///   tables, one Markdown paragraph per paragraph (no hard wrapping), so that the text pastes
///   into the ward's Word template paragraph by paragraph.
/// - `plainText`: 80 display columns, the two header columns side by side, paragraphs wrapped,
///   tables drawn with `+`, `-` and `|` and sized by display width.
/// - `csv`: the document's table only (RFC 4180: comma separated, CRLF line ends, fields with a
///   comma, a quote or a line break quoted, quotes doubled), UTF-8 without a byte order mark, a
///   header row in Vietnamese. See `CSVText` for why there is no BOM.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// Markdown.
    case markdown
    /// Plain text, 80 columns.
    case plainText = "plain-text"
    /// Comma-separated values: the document's table.
    case csv

    /// The usual file extension ("md", "txt", "csv").
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .plainText: return "txt"
        case .csv: return "csv"
        }
    }
}
