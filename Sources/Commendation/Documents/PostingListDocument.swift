import VietnameseText

/// The public posting of the households proposed for Gia đình văn hóa (NĐ 86/2023/NĐ-CP:
/// posted for 10 days before the chair decides).
public struct PostingListInput: Sendable, Hashable {
    /// The header ("ỦY BAN NHÂN DÂN" / "PHƯỜNG ĐẦM HÀ"); usually without a number line.
    public var header: DocumentHeader
    /// The year of the title.
    public var year: Int
    /// The title; nil gives "DANH SÁCH CÁC HỘ GIA ĐÌNH ĐỀ NGHỊ CÔNG NHẬN DANH HIỆU GIA ĐÌNH
    /// VĂN HÓA NĂM `year`".
    public var title: String?
    /// First day of the posting.
    public var postedFrom: CivilDate
    /// Last day of the posting (inclusive: 12/11 to 21/11 is 10 days).
    public var postedUntil: CivilDate
    /// Where it is posted ("Trụ sở Ủy ban nhân dân phường Đầm Hà", "Nhà văn hóa các tổ dân phố").
    public var postedAt: [String]
    /// Where comments go, after "gửi về" ("Ủy ban nhân dân phường Đầm Hà (qua công chức Văn
    /// hóa – Xã hội)").
    public var commentsTo: String
    /// The households, numbered in this order.
    public var households: [PostingHousehold]
    /// Who signs; nil for none.
    public var signer: DocumentSigner?

    /// A posting list. Text is kept in NFC.
    public init(header: DocumentHeader, year: Int, title: String? = nil, postedFrom: CivilDate, postedUntil: CivilDate,
                postedAt: [String], commentsTo: String, households: [PostingHousehold], signer: DocumentSigner? = nil) {
        self.header = header
        self.year = year
        self.title = title?.nfc
        self.postedFrom = postedFrom
        self.postedUntil = postedUntil
        self.postedAt = postedAt.map(\.nfc)
        self.commentsTo = commentsTo.nfc
        self.households = households
        self.signer = signer
    }

    /// The title as printed.
    public var titleText: String {
        title ?? "Danh sách các hộ gia đình đề nghị công nhận danh hiệu Gia đình văn hóa năm \(year)"
    }

    /// Days posted, both ends included.
    public var days: Int { AdministrativeDate.daysInclusive(from: postedFrom, to: postedUntil) }
}

/// A household on the posting list.
public struct PostingHousehold: Sendable, Hashable {
    /// The head of the household (chủ hộ).
    public var head: String
    /// The residential group (tổ dân phố, thôn).
    public var group: String
    /// Number of members, when known.
    public var memberCount: Int?
    /// Ghi chú; "" for none.
    public var note: String

    /// A household. Text is kept in NFC.
    public init(head: String, group: String, memberCount: Int?, note: String = "") {
        self.head = head.nfc
        self.group = group.nfc
        self.memberCount = memberCount
        self.note = note.nfc
    }
}

extension PostingListInput {
    /// The households: STT, chủ hộ, tổ dân phố, số thành viên, ghi chú.
    var table: PaperTable {
        let columns = [PaperTable.Column("STT", .center, minWidth: 3), PaperTable.Column("Chủ hộ", minWidth: 10),
                       PaperTable.Column("Tổ dân phố", minWidth: 8), PaperTable.Column("Số thành viên", .center, minWidth: 6),
                       PaperTable.Column("Ghi chú", minWidth: 6)]
        let rows = households.enumerated().map { offset, household in
            PaperTable.Row([.number(offset + 1), PaperCell(household.head), PaperCell(household.group),
                            household.memberCount.map(PaperCell.number) ?? PaperCell(""), PaperCell(household.note)])
        }
        return PaperTable(columns: columns, rows: rows)
    }

    /// The posting list as a document tree.
    public var paper: Paper {
        let input = self
        var writer = PaperBuilder()
        writer.header(input.header)
        writer.listTitle(input.titleText, attachedTo: nil)
        writer.paragraph([TextRun("Thời gian niêm yết: ", .bold),
                          TextRun("\(input.days) ngày, từ \(AdministrativeDate.long(input.postedFrom)) đến hết "
                                  + "\(AdministrativeDate.long(input.postedUntil)).")], indent: 0)
        if !input.postedAt.isEmpty {
            writer.paragraph([TextRun("Địa điểm niêm yết: ", .bold), TextRun(input.postedAt.joined(separator: "; ") + ".")],
                             indent: 0)
        }
        writer.gap()
        writer.table(input.table)
        writer.paragraph("Tổng số: \(input.households.count) hộ gia đình.", .italic, indent: 0)
        writer.gap()
        writer.paragraph("Trong thời gian niêm yết, mọi ý kiến góp ý, phản ánh về các hộ gia đình có tên trong danh sách "
                         + "trên xin gửi về \(input.commentsTo) để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân xem xét, "
                         + "quyết định./.")
        if let signer = input.signer { writer.closing(recipients: [], signer: signer) }
        return writer.paper("Danh sách niêm yết")
    }
}
