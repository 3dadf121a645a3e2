/// What a document is written from, and the forms it takes: the document as a tree (Word,
/// Markdown, text — rendered in `Papers`), its list as a tree for a spreadsheet, and its table
/// as CSV. The inputs: `SubmissionInput` (tờ trình, structure of Mẫu 01, NĐ 152/2025/NĐ-CP),
/// `NominationListInput` (danh sách đề nghị), `MinutesInput` (biên bản), `DecisionDraftInput`
/// (quyết định with its attached list), `PostingListInput` (niêm yết Gia đình văn hóa),
/// `PaymentListInput` (danh sách chi tiền thưởng). In CSV each gives its table: the attached
/// list, the ballot results, the households, the payments.
public protocol DocumentInput: Sendable {
    /// The whole document.
    var paper: Paper { get }
    /// The document's list for a spreadsheet — numbers, money and dates as values, group
    /// headings merged over their columns; nil for a document that is not a list (tờ trình).
    var sheet: Paper? { get }
    /// The document's table as CSV (`DocumentFormat.csv`).
    var csv: String { get }
}

extension SubmissionInput: DocumentInput {
    /// A tờ trình is not a list: its list is the danh sách đề nghị.
    public var sheet: Paper? { nil }
    /// The attached list.
    public var csv: String { NominationTables.proposalCSV(lines, ballot: lines.contains { $0.ballot != nil }) }
}

extension NominationListInput: DocumentInput {
    /// The list.
    public var csv: String { NominationTables.proposalCSV(lines, ballot: showsBallot) }
}

extension MinutesInput: DocumentInput {
    /// The ballot results.
    public var csv: String { MinutesText.csv(items) }
}

extension DecisionDraftInput: DocumentInput {
    /// The attached list.
    public var csv: String { NominationTables.decisionCSV(lines) }
}

extension PostingListInput: DocumentInput {
    /// The households.
    public var csv: String { table.csv() }
}

extension PaymentListInput: DocumentInput {
    /// The payments.
    public var csv: String { PaymentTables.csv(lines) }
}
