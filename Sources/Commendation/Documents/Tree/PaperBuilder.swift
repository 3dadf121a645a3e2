import Foundation
import VietnameseText

/// Builds a `Paper` block by block, with the wording and punctuation every administrative
/// document shares (Nghị định 30/2020/NĐ-CP): capitals where the decree asks for them, "Căn cứ
/// …;" lines, "Kính gửi", the recipients' dashes and semicolons. Renderers get the result as it
/// is printed.
struct PaperBuilder {
    private(set) var blocks: [PaperBlock] = []

    /// The document.
    func paper(_ name: String) -> Paper { Paper(name: name, blocks: blocks) }

    /// Capitals, Vietnamese rules.
    static func capitals(_ text: String) -> String {
        text.nfc.uppercased(with: Locale(identifier: "vi_VN")).nfc
    }

    /// The blanks of a draft's number ("Số:      /QĐ-UBND") and date ("ngày      tháng …"):
    /// no-break spaces, so that they survive wrapping and word processors.
    static let numberBlank = String(repeating: "\u{00A0}", count: 6)
    static let dateBlank = String(repeating: "\u{00A0}", count: 5)

    /// The two header columns: parent and issuing body in capitals, the number; the national
    /// title, the motto, the place and date.
    mutating func header(_ header: DocumentHeader) {
        blocks.append(.header(PaperHeader(
            parentBody: Self.capitals(header.parentBody).trimmingCharacters(in: .whitespaces),
            issuingBody: Self.capitals(header.issuingBody).trimmingCharacters(in: .whitespaces),
            numberLine: header.numberLine(blank: Self.numberBlank),
            dateLine: header.dateLine(blank: Self.dateBlank))))
    }

    /// The document type in capitals ("TỜ TRÌNH") and the summary lines ("Về việc …").
    mutating func title(_ type: String, summary: [String]) {
        blocks.append(.title(type: Self.capitals(type), summary: summary.filter { !$0.isEmpty }))
    }

    /// "Kính gửi: …" centered; several addressees are listed under it, each after "- ".
    mutating func addressees(_ addressees: [String]) {
        guard !addressees.isEmpty else { return }
        if addressees.count == 1 {
            centered("Kính gửi: \(addressees[0]).")
        } else {
            centered("Kính gửi:")
            for (offset, addressee) in addressees.enumerated() {
                item("-", addressee + (offset == addressees.count - 1 ? "." : ";"), indent: 24)
            }
        }
        gap()
    }

    /// "Căn cứ …;" for each basis, then the extra considerations ("Theo đề nghị …"), in
    /// italics, the last line ending with `lastPunctuation`.
    mutating func bases(_ bases: [String], then more: [String] = [], lastPunctuation: String = ";") {
        let all = bases.map { "Căn cứ " + $0 } + more
        for (offset, line) in all.enumerated() {
            let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: " ;.,"))
            paragraph(trimmed + (offset == all.count - 1 ? lastPunctuation : ";"), .italic)
        }
    }

    /// A body paragraph; `indent` is its first line's indent in characters of 80-column text.
    mutating func paragraph(_ runs: [TextRun], indent: Int = 4) {
        blocks.append(.paragraph(PaperParagraph(runs, indent: indent)))
    }

    /// A body paragraph of one run.
    mutating func paragraph(_ text: String, _ style: TextStyle = .normal, indent: Int = 4) {
        paragraph([TextRun(text, style)], indent: indent)
    }

    /// A centered line.
    mutating func centered(_ runs: [TextRun]) {
        blocks.append(.paragraph(PaperParagraph(runs, alignment: .centered, indent: 0)))
    }

    /// A centered line of one run.
    mutating func centered(_ text: String, _ style: TextStyle = .normal) {
        centered([TextRun(text, style)])
    }

    /// A list item.
    mutating func item(_ marker: String, _ runs: [TextRun], indent: Int = 4) {
        blocks.append(.item(PaperItem(marker: marker, runs: runs, indent: indent)))
    }

    /// A list item of one run.
    mutating func item(_ marker: String, _ text: String, _ style: TextStyle = .normal, indent: Int = 4) {
        item(marker, [TextRun(text, style)], indent: indent)
    }

    /// A table.
    mutating func table(_ table: PaperTable) {
        blocks.append(.table(table))
    }

    /// A list's title in bold capitals, and "(Kèm theo …)" in italics under it.
    mutating func listTitle(_ title: String, attachedTo: String?) {
        gap()
        centered(Self.capitals(title), .bold)
        if let attachedTo, !attachedTo.isEmpty { centered("(\(attachedTo))", .italic) }
        gap()
    }

    /// "Nơi nhận:" and the recipients ("- Như trên;" … "- Lưu: VT."), and the signer, its
    /// authority in capitals.
    mutating func closing(recipients: [String], signer: DocumentSigner?) {
        let lines = recipients.enumerated().map { offset, recipient in
            "- " + recipient.trimmingCharacters(in: CharacterSet(charactersIn: " ;.,"))
                + (offset == recipients.count - 1 ? "." : ";")
        }
        blocks.append(.closing(PaperClosing(recipients: lines, signer: signer.map(Self.printed))))
    }

    /// Two signers side by side (minutes: the secretary left, the chair right).
    mutating func signatures(left: DocumentSigner, right: DocumentSigner) {
        blocks.append(.signatures(left: Self.printed(left), right: Self.printed(right)))
    }

    /// Lines side by side, the left ones flush left.
    mutating func columns(left: [TextRun], right: [TextRun]) {
        blocks.append(.columns(left: left, right: right))
    }

    /// A new page in `orientation`.
    mutating func newPage(_ orientation: PaperOrientation = .portrait) {
        blocks.append(.newPage(orientation))
    }

    /// A little room before the next part.
    mutating func gap() {
        blocks.append(.space)
    }

    /// A signer as printed: the authority in capitals.
    static func printed(_ signer: DocumentSigner) -> DocumentSigner {
        DocumentSigner(authority: signer.authority.map(capitals), name: signer.name)
    }
}
