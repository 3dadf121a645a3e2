/// Who or what can be nominated.
public enum NomineeType: String, Sendable, Hashable, Codable, CaseIterable {
    /// An individual.
    case person
    /// A collective: an office, a school, an organisation.
    case collective
    /// A household (for Gia đình văn hóa and household Giấy khen).
    case household
    /// A residential group: thôn, tổ dân phố, khu phố.
    case residentialGroup = "residential-group"

    /// Whether task ratings apply (households and residential groups have none).
    public var hasTaskRating: Bool { self == .person || self == .collective }
}

/// Sex, as recorded on the citizen ID.
public enum Sex: String, Sendable, Hashable, Codable, CaseIterable {
    /// Female.
    case female
    /// Male.
    case male
}

/// Kind of award (loại khen thưởng).
public enum AwardKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Công trạng: yearly or periodic merit.
    case congTrang = "cong-trang"
    /// Đột xuất: ad hoc, any time.
    case dotXuat = "dot-xuat"
    /// Chuyên đề: for one movement or theme.
    case chuyenDe = "chuyen-de"
}

/// The year's task rating (xếp loại mức độ hoàn thành nhiệm vụ).
public enum TaskRating: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Hoàn thành xuất sắc nhiệm vụ.
    case xuatSac = "xuat-sac"
    /// Hoàn thành tốt nhiệm vụ.
    case tot
    /// Hoàn thành nhiệm vụ.
    case hoanThanh = "hoan-thanh"
    /// Không hoàn thành nhiệm vụ.
    case khongHoanThanh = "khong-hoan-thanh"

    /// Higher is better.
    public var rank: Int {
        switch self {
        case .xuatSac: return 4
        case .tot: return 3
        case .hoanThanh: return 2
        case .khongHoanThanh: return 1
        }
    }

    public static func < (a: TaskRating, b: TaskRating) -> Bool { a.rank < b.rank }
}

/// Where a nomination stands in the ward's workflow.
public enum NominationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Being prepared; not yet received.
    case draft
    /// Received by the TĐKT office (the clock starts).
    case received
    /// Sent back for more information.
    case returned
    /// On a council session's agenda.
    case onAgenda = "on-agenda"
    /// The council recommended it.
    case recommended
    /// The council did not recommend it.
    case notRecommended = "not-recommended"
    /// Decided by the commune chair.
    case decided
    /// Sent to the province.
    case submitted
    /// The province granted it.
    case provinceApproved = "province-approved"
    /// The province did not grant it.
    case provinceRejected = "province-rejected"
    /// Revoked (Luật art. 93).
    case revoked

    /// Statuses that still need the clerk's action: everything not yet finally decided.
    public static let pending: [NominationStatus] = [.draft, .received, .returned, .onAgenda, .recommended, .submitted]
    /// Statuses of a nomination that was granted (its award is in the nominee's history).
    public static let awarded: [NominationStatus] = [.decided, .provinceApproved]
    /// Statuses of a nomination that ended without an award: it neither duplicates another
    /// nor counts in a quota.
    public static let ended: [NominationStatus] = [.notRecommended, .provinceRejected, .revoked]

    /// Whether the nomination still awaits a decision.
    public var isPending: Bool { Self.pending.contains(self) }
    /// Whether the nomination was granted.
    public var isAwarded: Bool { Self.awarded.contains(self) }
}
