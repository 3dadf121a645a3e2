/// Who chairs a session and who keeps its minutes: the council's chair and secretary when they
/// are present, else the present members the clerk named to stand in. A biên bản never names an
/// absent member as chair, secretary or signer.
public struct SessionOfficers: Sendable, Hashable {
    /// An office of the session.
    public enum Office: String, Sendable, Hashable, Codable, CaseIterable {
        /// Chủ trì (the council's chair, or a stand-in).
        case chair
        /// Thư ký (the council's secretary, or a stand-in).
        case secretary

        /// The council role that holds the office by right.
        public var role: CouncilMember.Role { self == .chair ? .chuTich : .thuKy }
    }

    /// One office filled.
    public struct Holder: Sendable, Hashable {
        /// The member.
        public var member: CouncilMember
        /// True when the member stands in for the absent holder by right.
        public var standsIn: Bool
        /// The holder by right, when someone stands in for them.
        public var absentHolder: CouncilMember?
    }

    /// Why an office cannot be filled.
    public enum Problem: Error, Sendable, Hashable {
        /// The holder by right is not present and nobody was named to stand in (`holder` nil:
        /// the council has nobody in that role).
        case needsStandIn(Office, holder: CouncilMember?)
        /// The member named to stand in is not present.
        case standInAbsent(Office, member: CouncilMember)
    }

    /// The chair of the session.
    public var chair: Holder
    /// The secretary of the session.
    public var secretary: Holder

    /// The officers of `session` among `members` (those in term), with the stand-ins named for
    /// it (`standIns`, member ids by office).
    /// - Throws: `Problem` for the first office that cannot be filled by a present member.
    public init(session: CouncilSession, members: [CouncilMember], standIns: [Office: Int]) throws {
        func fill(_ office: Office) throws -> Holder {
            let holder = members.first { $0.role == office.role }
            if let holder, session.attendance(of: holder.id) == .present {
                return Holder(member: holder, standsIn: false, absentHolder: nil)
            }
            guard let id = standIns[office], let standIn = members.first(where: { $0.id == id }) else {
                throw Problem.needsStandIn(office, holder: holder)
            }
            guard session.attendance(of: standIn.id) == .present else { throw Problem.standInAbsent(office, member: standIn) }
            return Holder(member: standIn, standsIn: true, absentHolder: holder)
        }
        chair = try fill(.chair)
        secretary = try fill(.secretary)
    }
}
