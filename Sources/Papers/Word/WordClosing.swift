import Commendation

/// The foot of a document in WordprocessingML: "Nơi nhận:" (12 pt, bold italic) and its list
/// (11 pt) flush left, level with the signer's authority (bold capitals), room to sign and
/// stamp, the name in bold.
enum WordClosing {
    /// Room for the signature and the seal: about 30 mm.
    static let signatureRoom = 1700

    /// Recipients left, the signer right, `width` twips wide.
    static func closing(_ closing: PaperClosing, width: Int) -> String {
        var left = ""
        if !closing.recipients.isEmpty {
            let tight = WordRuns.ParagraphFormat(style: "tdktRecipients", alignment: "left")
            left += WordRuns.paragraph(closing.recipientsLabel, tight,
                                       run: .init(bold: true, italic: true, size: WordLayout.recipientsLabelSize))
            for recipient in closing.recipients {
                left += WordRuns.paragraph(recipient, tight, run: .init())
            }
        }
        let right = closing.signer.map(signature) ?? ""
        let leftWidth = min(WordLayout.closingLeftColumn, width / 2)
        return spacer + WordFrameTable.table(widths: [leftWidth, width - leftWidth], rows: [[left, right]])
    }

    /// Two signers side by side, each in half the width.
    static func signatures(left: DocumentSigner, right: DocumentSigner, width: Int) -> String {
        spacer + WordFrameTable.table(widths: [width / 2, width - width / 2], rows: [[signature(left), signature(right)]])
    }

    /// The authority lines, room to sign, the name.
    static func signature(_ signer: DocumentSigner) -> String {
        let centered = WordRuns.ParagraphFormat(style: "tdktHeader", alignment: "center")
        var xml = signer.authority.map { WordRuns.paragraph($0, centered, run: .init(bold: true, size: WordLayout.bodySize)) }
            .joined()
        var name = centered
        name.before = signatureRoom
        xml += WordRuns.paragraph(signer.name, name, run: .init(bold: true, size: WordLayout.bodySize))
        return xml
    }

    /// A little room above the closing.
    private static let spacer = WordRuns.paragraph("", WordRuns.ParagraphFormat(before: 0, after: 0, size: 16))
}
