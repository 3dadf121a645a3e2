import Commendation
import VietnameseText

/// The columns of a CSV export, and the whitelist of the publication export: lists posted
/// publicly never carry birth dates, citizen IDs, phone numbers or addresses.
public enum ExportColumn: String, Sendable, Hashable, CaseIterable {
    case number, id, year, awardCode, award, kind, status, nomineeType, nomineeID, familyName, middleName, givenName
    case fullName, name, sex, birthDate, personalID, phone, position, unit, group, movement, receivedOn, rating
    case decision, honourRoll, note
    /// What a public list says about where the nominee belongs: a person's unit, a household's
    /// residential group; never where a person lives.
    case publicPlace

    /// The header in `language`.
    public func header(_ language: Language) -> String {
        let (vi, en): (String, String) = {
            switch self {
            case .number: return ("STT", "No.")
            case .id: return ("Mã hồ sơ", "Nomination")
            case .year: return ("Năm", "Year")
            case .awardCode: return ("Mã danh hiệu", "Award code")
            case .award: return ("Danh hiệu / hình thức", "Award")
            case .kind: return ("Loại khen thưởng", "Kind")
            case .status: return ("Trạng thái", "Status")
            case .nomineeType: return ("Loại đối tượng", "Nominee type")
            case .nomineeID: return ("Mã đối tượng", "Nominee id")
            case .familyName: return ("Họ", "Family name")
            case .middleName: return ("Đệm", "Middle name")
            case .givenName: return ("Tên", "Given name")
            case .fullName: return ("Họ và tên / Tên tập thể", "Name")
            case .name: return ("Tên tập thể, hộ, tổ dân phố", "Collective, household or group")
            case .sex: return ("Giới tính", "Sex")
            case .birthDate: return ("Ngày sinh", "Birth date")
            case .personalID: return ("Số định danh", "Citizen ID")
            case .phone: return ("Điện thoại", "Phone")
            case .position: return ("Chức vụ", "Position")
            case .unit: return ("Đơn vị", "Unit")
            case .group: return ("Tổ dân phố, khu phố", "Residential group")
            case .movement: return ("Phong trào", "Movement")
            case .receivedOn: return ("Ngày tiếp nhận", "Received")
            case .rating: return ("Xếp loại", "Rating")
            case .decision: return ("Quyết định", "Decision")
            case .honourRoll: return ("Số sổ vàng", "Honour roll")
            case .note: return ("Ghi chú", "Note")
            case .publicPlace: return ("Đơn vị / tổ dân phố", "Unit / residential group")
            }
        }()
        return language == .vi ? vi : en
    }

    /// Every column of the full export, in order.
    public static let full: [ExportColumn] = [
        .id, .year, .awardCode, .award, .kind, .status, .nomineeType, .nomineeID, .familyName, .middleName, .givenName, .name,
        .sex, .birthDate, .personalID, .phone, .position, .unit, .group, .movement, .receivedOn, .rating, .decision, .honourRoll,
        .note,
    ]

    /// The only columns a publication export may have.
    public static let publication: [ExportColumn] = [.number, .fullName, .position, .publicPlace, .award, .year, .decision]

    /// Columns that must never be published.
    public static let neverPublished: Set<ExportColumn> = [.birthDate, .personalID, .phone, .note, .nomineeID, .group, .sex]
}

/// Rows of an export as text cells: dates dd/mm/yyyy, codes as the clerk reads them.
public struct ExportTable: Sendable {
    /// The columns.
    public let columns: [ExportColumn]
    /// The header row and the data rows.
    public let rows: [[String]]

    /// A table of `rows` in `columns`; `award` and `status` name codes in the clerk's language.
    public init(_ rows: [ExportRow], columns: [ExportColumn], language: Language,
                award: (String, Int) -> String, status: (NominationStatus) -> String) {
        self.columns = columns
        var out = [columns.map { $0.header(language) }]
        for (offset, row) in rows.enumerated() {
            out.append(Self.record(row, columns: columns, number: offset + 1, language: language, award: award, status: status))
        }
        self.rows = out
    }

    /// The cells of one row in `columns` (`number` is its place in the list, from 1), as the
    /// table holds them: what a writer that streams rows writes for each.
    public static func record(_ row: ExportRow, columns: [ExportColumn], number: Int, language: Language,
                              award: (String, Int) -> String, status: (NominationStatus) -> String) -> [String] {
        columns.map { cell($0, row, number: number, language: language, award: award, status: status) }
    }

    /// The table as CSV (RFC 4180, CRLF), with a byte-order mark so that spreadsheets read UTF-8.
    public var csv: String { CSVText.byteOrderMark + csvRecords }

    /// The records alone (RFC 4180, CRLF), for a writer that adds the byte-order mark itself.
    public var csvRecords: String { CSVText.document(rows) }

    private static func cell(_ column: ExportColumn, _ row: ExportRow, number: Int, language: Language,
                             award: (String, Int) -> String, status: (NominationStatus) -> String) -> String {
        let nomination = row.listing.nomination, nominee = row.listing.nominee
        let vi = language == .vi
        switch column {
        case .number: return String(number)
        case .id: return nomination.id
        case .year: return String(nomination.year)
        case .awardCode: return nomination.award
        case .award: return award(nomination.award, nomination.year)
        case .kind: return nomination.kind.rawValue
        case .status: return status(nomination.status)
        case .nomineeType: return nominee.type.rawValue
        case .nomineeID: return nominee.id
        case .familyName: return nominee.personName?.family ?? ""
        case .middleName: return nominee.personName?.middle ?? ""
        case .givenName: return nominee.personName?.given ?? ""
        case .fullName:
            if nominee.type == .household { return (vi ? "Hộ " : "Household ") + (nominee.head?.fullName ?? nominee.name) }
            return nominee.personName?.fullName ?? nominee.name
        case .name: return nominee.type == .person ? "" : nominee.name
        case .sex: return nominee.sex.map { $0 == .female ? (vi ? "Nữ" : "Female") : (vi ? "Nam" : "Male") } ?? ""
        case .birthDate: return nominee.birthDate?.vietnamese ?? ""
        case .personalID: return nominee.personalID ?? ""
        case .phone: return nominee.phone ?? ""
        case .position: return nominee.position ?? ""
        case .unit: return row.unit ?? ""
        case .group: return row.group ?? ""
        case .movement: return row.movement ?? ""
        case .receivedOn: return nomination.receivedOn?.vietnamese ?? ""
        case .rating: return nomination.facts.rating?.rawValue ?? ""
        case .decision: return row.decision ?? ""
        case .honourRoll: return row.honourRoll ?? ""
        case .note: return nomination.note ?? ""
        case .publicPlace:
            switch nominee.type {
            case .person: return row.unit ?? ""
            case .household: return row.group ?? ""
            case .collective, .residentialGroup: return ""
            }
        }
    }
}
