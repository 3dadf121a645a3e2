import Foundation
import VietnameseText

/// The parts every administrative document shares: the header, the title, the recipients and
/// the signature.
extension DocumentWriter {
    /// Capitals, Vietnamese rules.
    static func capitals(_ text: String) -> String {
        text.nfc.uppercased(with: Locale(identifier: "vi_VN")).nfc
    }

    /// The two header columns. Plain text: the issuing body (36 columns) beside the national
    /// title (44 columns), each centered in its column, short rules under the issuing body and
    /// the motto, then the number beside the place and date on one line.
    mutating func header(_ header: DocumentHeader) {
        let parent = Self.capitals(header.parentBody).trimmingCharacters(in: .whitespaces)
        let issuing = Self.capitals(header.issuingBody).trimmingCharacters(in: .whitespaces)
        var left: [TextRun] = []
        if !parent.isEmpty { left.append(TextRun(parent)) }
        if !issuing.isEmpty { left.append(TextRun(issuing, .bold)) }
        let right = [TextRun(DocumentHeader.nationalTitle, .bold), TextRun(DocumentHeader.motto, .bold)]
        let numberLine = header.numberLine(blank: String(repeating: "\u{00A0}", count: 6))
        let dateLine = header.dateLine(blank: String(repeating: "\u{00A0}", count: 5))
        if markdown {
            columns(left: left + [TextRun(numberLine ?? "")], right: right + [TextRun(dateLine, .italic)])
            return
        }
        let leftWidth = Self.leftColumn, rightWidth = Self.width - Self.leftColumn
        var top = TextLayout.sideBySide(left: left.map(\.text), right: right.map(\.text), leftWidth: leftWidth,
                                        rightWidth: rightWidth)
        let leftRule = issuing.isEmpty ? "" : TextLayout.rule(max(8, min(leftWidth, issuing.displayWidth) / 3))
        top += TextLayout.sideBySide(left: [leftRule], right: [TextLayout.rule(DocumentHeader.motto.displayWidth)],
                                     leftWidth: leftWidth, rightWidth: rightWidth)
        top += TextLayout.sideBySide(left: [numberLine ?? ""], right: [dateLine], leftWidth: leftWidth,
                                     rightWidth: rightWidth)
        raw(top)
    }

    /// The document type in capitals and bold ("TỜ TRÌNH"), then the subject lines in bold
    /// ("Về việc …"), centered, a short rule under them in plain text.
    mutating func title(_ type: String, subject: [String]) {
        gap()
        centered(Self.capitals(type), .bold)
        for line in subject where !line.isEmpty { centered(line, .bold) }
        titleRule()
        gap()
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

    /// "Căn cứ …;" for each basis, then the extra considerations ("Theo đề nghị …"), the last
    /// line ending with `lastPunctuation`.
    mutating func bases(_ bases: [String], then more: [String] = [], lastPunctuation: String = ";") {
        let all = bases.map { "Căn cứ " + $0 } + more
        for (offset, line) in all.enumerated() {
            let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: " ;.,"))
            paragraph(trimmed + (offset == all.count - 1 ? lastPunctuation : ";"), .italic)
        }
    }

    /// The recipients bottom left ("Nơi nhận:", then "- Như trên;" … "- Lưu: VT."), the
    /// signer bottom right. Without recipients the signer is still on the right.
    mutating func closing(recipients: [String], signer: DocumentSigner?) {
        gap()
        var left: [TextRun] = []
        if !recipients.isEmpty {
            left.append(TextRun("Nơi nhận:", .boldItalic))
            for (offset, recipient) in recipients.enumerated() {
                let trimmed = recipient.trimmingCharacters(in: CharacterSet(charactersIn: " ;.,"))
                left.append(TextRun("- " + trimmed + (offset == recipients.count - 1 ? "." : ";")))
            }
        }
        columns(left: left, right: signer.map(signatureRuns) ?? [], leftAlignment: .left)
    }

    /// Two signers side by side (minutes: the secretary left, the chair right).
    mutating func signatures(left: DocumentSigner, right: DocumentSigner) {
        gap()
        columns(left: signatureRuns(left), right: signatureRuns(right), leftWidth: Self.width / 2)
    }

    /// The authority in bold capitals, room for the signature, the name in bold.
    private func signatureRuns(_ signer: DocumentSigner) -> [TextRun] {
        signer.authority.map { TextRun(Self.capitals($0), .bold) }
            + Array(repeating: TextRun(""), count: markdown ? 2 : 4)
            + [TextRun(signer.name, .bold)]
    }
}
