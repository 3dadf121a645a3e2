/// A document as a tree of blocks, before it is written in any form: the two-column header,
/// the title and summary, paragraphs of styled runs, numbered items, tables, the recipients and
/// signatures, page breaks. Documents are built as a `Paper` in this module (all the wording,
/// numbering and punctuation is decided here); renderers — Markdown and 80-column text here,
/// Word and Excel in `Papers` — only lay the blocks out, each in its medium.
public struct Paper: Sendable, Hashable {
    /// What the document is, in a few words ("Quyết định", "Danh sách chi tiền thưởng"): a Word
    /// file's title, a worksheet's name.
    public var name: String
    /// The blocks, top to bottom.
    public var blocks: [PaperBlock]

    /// A document.
    public init(name: String, blocks: [PaperBlock]) {
        self.name = name.nfc
        self.blocks = blocks
    }

    /// The tables of the document, in order.
    public var tables: [PaperTable] {
        blocks.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }
}

/// One block of a document.
public enum PaperBlock: Sendable, Hashable {
    /// The two header columns: issuing body and number left, national title, motto, place and
    /// date right.
    case header(PaperHeader)
    /// The document type ("QUYẾT ĐỊNH", as printed) and the summary lines under it ("Về việc
    /// …"), centered and bold, a short rule under them.
    case title(type: String, summary: [String])
    /// A paragraph.
    case paragraph(PaperParagraph)
    /// A list item: a marker ("1.", "-", "a)") then the text.
    case item(PaperItem)
    /// A table.
    case table(PaperTable)
    /// "Nơi nhận" bottom left and the signer bottom right.
    case closing(PaperClosing)
    /// Two signers side by side (the secretary left, the chair right).
    case signatures(left: DocumentSigner, right: DocumentSigner)
    /// Lines side by side: the left ones flush left, the right ones centered in their half
    /// (a report's "Biểu số" beside "Đơn vị báo cáo", a date above a signer).
    case columns(left: [TextRun], right: [TextRun])
    /// A little room between parts (a blank line in text).
    case space
    /// A new page, in this orientation (the list attached to a decision).
    case newPage(PaperOrientation)
}

/// How a page is turned.
public enum PaperOrientation: String, Sendable, Hashable, Codable {
    /// Taller than wide (the usual A4 page).
    case portrait
    /// Wider than tall (a wide list).
    case landscape
}
