import VietnameseText

/// A member of the ward's Emulation and Commendation Council.
public struct CouncilMember: Hashable, Sendable, Codable, Identifiable {
    /// Role on the council.
    public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
        /// Chủ tịch.
        case chuTich = "chu-tich"
        /// Phó chủ tịch.
        case phoChuTich = "pho-chu-tich"
        /// Ủy viên.
        case uyVien = "uy-vien"
        /// Thư ký.
        case thuKy = "thu-ky"
    }
    /// The store's number for the member (0 before it is saved).
    public var id: Int
    /// Name.
    public var name: PersonName
    /// Sex.
    public var sex: Sex?
    /// Role.
    public var role: Role
    /// Office held ("Chủ tịch UBND phường").
    public var title: String
    /// The member's own nominee id, when the member is in the nominee list.
    public var personID: String?
    /// Start of the term.
    public var termFrom: CivilDate?
    /// End of the term, when it has ended (or will).
    public var termUntil: CivilDate?

    /// Creates a member.
    public init(id: Int = 0, name: PersonName, sex: Sex?, role: Role, title: String, personID: String?, termFrom: CivilDate?,
                termUntil: CivilDate? = nil) {
        self.id = id
        self.name = name
        self.sex = sex
        self.role = role
        self.title = title
        self.personID = personID
        self.termFrom = termFrom
        self.termUntil = termUntil
    }

    /// Whether the member sits on the council on `date`.
    public func isInTerm(on date: CivilDate) -> Bool {
        (termFrom.map { $0 <= date } ?? true) && (termUntil.map { date <= $0 } ?? true)
    }
}
