import Commendation
import VietnameseText

/// The nomination export for a spreadsheet: every column in Vietnamese words (never codes),
/// dates as dates, money as numbers.
extension ExportTable {
    /// The export as a document tree of one table: STT, hồ sơ, năm, danh hiệu, loại khen
    /// thưởng, trạng thái, loại đối tượng, họ tên, giới tính, ngày sinh, số định danh, điện
    /// thoại, chức vụ, đơn vị, tổ dân phố, phong trào, ngày tiếp nhận, xếp loại, quyết định,
    /// ngày quyết định, số sổ vàng, tiền thưởng, ghi chú. `award` and `status` name codes.
    public static func spreadsheet(_ rows: [ExportRow], title: String, award: (String, Int) -> String,
                                   status: (NominationStatus) -> String) -> Paper {
        let columns: [PaperTable.Column] = [
            .init("STT", .center, minWidth: 4), .init("Mã hồ sơ", minWidth: 12), .init("Năm", .center, minWidth: 5),
            .init("Danh hiệu / hình thức", minWidth: 16), .init("Loại khen thưởng", minWidth: 10), .init("Trạng thái", minWidth: 12),
            .init("Loại đối tượng", minWidth: 10), .init("Họ và tên / Tên tập thể, hộ", minWidth: 18), .init("Giới tính", minWidth: 6),
            .init("Ngày sinh", .center, minWidth: 10), .init("Số định danh", minWidth: 12), .init("Điện thoại", minWidth: 10),
            .init("Chức vụ", minWidth: 14), .init("Đơn vị", minWidth: 14), .init("Tổ dân phố, khu phố", minWidth: 12),
            .init("Phong trào", minWidth: 16), .init("Ngày tiếp nhận", .center, minWidth: 10), .init("Xếp loại", minWidth: 14),
            .init("Quyết định", minWidth: 12), .init("Ngày quyết định", .center, minWidth: 10), .init("Số sổ vàng", .center, minWidth: 8),
            .init("Tiền thưởng (đồng)", .right, minWidth: 12), .init("Ghi chú", minWidth: 14),
        ]
        let body = rows.enumerated().map { offset, row -> PaperTable.Row in
            let nomination = row.listing.nomination, nominee = row.listing.nominee
            func date(_ day: CivilDate?) -> PaperCell { day.map(PaperCell.date) ?? PaperCell("") }
            let name: String
            switch nominee.type {
            case .household: name = "Hộ " + (nominee.head?.fullName ?? nominee.name)
            default: name = nominee.personName?.fullName ?? nominee.name
            }
            return PaperTable.Row([
                .number(offset + 1), PaperCell(nomination.id), .number(nomination.year),
                PaperCell(award(nomination.award, nomination.year)), PaperCell(VietnameseWords.kind(nomination.kind)),
                PaperCell(status(nomination.status)), PaperCell(VietnameseWords.nomineeType(nominee.type)), PaperCell(name),
                PaperCell(nominee.sex.map { $0 == .female ? "Nữ" : "Nam" } ?? ""), date(nominee.birthDate),
                PaperCell(nominee.personalID ?? ""), PaperCell(nominee.phone ?? ""), PaperCell(nominee.position ?? ""),
                PaperCell(row.unit ?? ""), PaperCell(row.group ?? ""), PaperCell(row.movement ?? ""), date(nomination.receivedOn),
                PaperCell(nomination.facts.rating.map(VietnameseWords.rating) ?? ""), PaperCell(row.decision ?? ""),
                date(row.decisionDate), PaperCell(row.honourRoll ?? ""), row.amount.map(PaperCell.money) ?? PaperCell(""),
                PaperCell(nomination.note ?? ""),
            ])
        }
        return Paper(name: title, blocks: [.table(PaperTable(columns: columns, rows: body))])
    }
}

/// Codes of the record as a clerk reads them.
public enum VietnameseWords {
    /// "Công trạng", "Chuyên đề", "Đột xuất".
    public static func kind(_ kind: AwardKind) -> String {
        switch kind {
        case .congTrang: return "Công trạng"
        case .chuyenDe: return "Chuyên đề"
        case .dotXuat: return "Đột xuất"
        }
    }

    /// "Cá nhân", "Tập thể", "Hộ gia đình", "Thôn, tổ dân phố".
    public static func nomineeType(_ type: NomineeType) -> String {
        switch type {
        case .person: return "Cá nhân"
        case .collective: return "Tập thể"
        case .household: return "Hộ gia đình"
        case .residentialGroup: return "Thôn, tổ dân phố"
        }
    }

    /// "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", …
    public static func rating(_ rating: TaskRating) -> String {
        switch rating {
        case .xuatSac: return "Hoàn thành xuất sắc nhiệm vụ"
        case .tot: return "Hoàn thành tốt nhiệm vụ"
        case .hoanThanh: return "Hoàn thành nhiệm vụ"
        case .khongHoanThanh: return "Không hoàn thành nhiệm vụ"
        }
    }
}
