import Commendation

extension DocumentInput {
    /// The document as Markdown, 80-column text or CSV: lines ended by LF in Markdown and text,
    /// CRLF in CSV; in NFC.
    public func text(_ format: DocumentFormat) -> String {
        format == .csv ? csv : PaperTextRenderer.render(paper, format: format)
    }
}
