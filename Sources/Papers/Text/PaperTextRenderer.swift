import Commendation
import Foundation
import VietnameseText

/// The parts every administrative document shares, in Markdown and 80-column text: the
/// header, the title, the recipients and the signatures.
extension DocumentWriter {
    /// The two header columns. Plain text: the issuing body (36 columns) beside the national
    /// title (44 columns), each centered in its column, short rules under the issuing body and
    /// the motto, then the number beside the place and date on one line. Markdown: a two-column
    /// pipe table.
    mutating func header(_ header: PaperHeader) {
        var left: [TextRun] = []
        if !header.parentBody.isEmpty { left.append(TextRun(header.parentBody)) }
        if !header.issuingBody.isEmpty { left.append(TextRun(header.issuingBody, .bold)) }
        let right = [TextRun(header.nationalTitle, .bold), TextRun(header.motto, .bold)]
        if markdown {
            columns(left: left + [TextRun(header.numberLine ?? "")], right: right + [TextRun(header.dateLine, .italic)])
            return
        }
        let leftWidth = Self.leftColumn, rightWidth = Self.width - Self.leftColumn
        var top = TextLayout.sideBySide(left: left.map(\.text), right: right.map(\.text), leftWidth: leftWidth,
                                        rightWidth: rightWidth)
        let issuing = header.issuingBody
        let leftRule = issuing.isEmpty ? "" : TextLayout.rule(max(8, min(leftWidth, issuing.displayWidth) / 3))
        top += TextLayout.sideBySide(left: [leftRule], right: [TextLayout.rule(header.motto.displayWidth)],
                                     leftWidth: leftWidth, rightWidth: rightWidth)
        top += TextLayout.sideBySide(left: [header.numberLine ?? ""], right: [header.dateLine], leftWidth: leftWidth,
                                     rightWidth: rightWidth)
        raw(top)
    }

    /// The document type and the summary lines in bold, centered, a short rule under them in
    /// plain text.
    mutating func title(_ type: String, summary: [String]) {
        gap()
        centered([TextRun(type, .bold)])
        for line in summary where !line.isEmpty { centered([TextRun(line, .bold)]) }
        titleRule()
        gap()
    }

    /// The recipients bottom left, the signer bottom right. Without recipients the signer is
    /// still on the right.
    mutating func closing(_ closing: PaperClosing) {
        gap()
        var left: [TextRun] = []
        if !closing.recipients.isEmpty {
            left.append(TextRun(closing.recipientsLabel, .boldItalic))
            left += closing.recipients.map { TextRun($0) }
        }
        columns(left: left, right: closing.signer.map(signatureRuns) ?? [], leftAlignment: .left)
    }

    /// Two signers side by side (minutes: the secretary left, the chair right).
    mutating func signatures(left: DocumentSigner, right: DocumentSigner) {
        gap()
        columns(left: signatureRuns(left), right: signatureRuns(right), leftWidth: Self.width / 2)
    }

    /// The authority in bold, room for the signature, the name in bold.
    private func signatureRuns(_ signer: DocumentSigner) -> [TextRun] {
        signer.authority.map { TextRun($0, .bold) }
            + Array(repeating: TextRun(""), count: markdown ? 2 : 4)
            + [TextRun(signer.name, .bold)]
    }

    /// Where a new page starts: a thematic break in Markdown, a rule across the page in plain
    /// text.
    mutating func pageBreak() {
        gap()
        raw([markdown ? "---" : String(repeating: "═", count: Self.width)])
        gap()
    }
}

/// Renders a `Paper` as Markdown or 80-column text.
public enum PaperTextRenderer {
    /// The document as Markdown (`.markdown`) or plain text (any other format): lines ended
    /// by LF, the last one too, in NFC.
    public static func render(_ paper: Paper, format: DocumentFormat) -> String {
        var writer = DocumentWriter(format: format)
        for block in paper.blocks {
            switch block {
            case .header(let header): writer.header(header)
            case .title(let type, let summary): writer.title(type, summary: summary)
            case .paragraph(let paragraph):
                if paragraph.alignment == .centered {
                    writer.centered(paragraph.runs)
                } else {
                    writer.paragraph(paragraph.runs, indent: paragraph.indent)
                }
            case .item(let item): writer.item(item.marker, item.runs, indent: item.indent)
            case .table(let table): writer.table(table)
            case .closing(let closing): writer.closing(closing)
            case .signatures(let left, let right): writer.signatures(left: left, right: right)
            case .columns(let left, let right): writer.columns(left: left, right: right, leftWidth: DocumentWriter.width / 2,
                                                               leftAlignment: .left)
            case .space: writer.gap()
            case .newPage: writer.pageBreak()
            }
        }
        return writer.text
    }
}
