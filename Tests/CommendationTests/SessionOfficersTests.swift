import Commendation
import VietnameseText
import Testing

@Suite("Who chairs a session and keeps its minutes")
struct SessionOfficersTests {
    private static func member(_ id: Int, _ role: CouncilMember.Role) -> CouncilMember {
        CouncilMember(id: id, name: PersonName(family: "Trần", middle: "Văn", given: "Số \(id)"), sex: .male, role: role,
                      title: "", personID: nil, termFrom: nil)
    }

    private static let members = [member(1, .chuTich), member(2, .phoChuTich), member(3, .uyVien), member(4, .thuKy)]

    private func session(present: [Int]) -> CouncilSession {
        CouncilSession(id: "PH-1", date: CivilDate(year: 2026, month: 12, day: 2)!, title: "Phiên", mode: .secret,
                       attendance: Dictionary(uniqueKeysWithValues: present.map { ($0, Attendance.present) }))
    }

    @Test func thePresentHoldersHoldTheirOffices() throws {
        let officers = try SessionOfficers(session: session(present: [1, 2, 3, 4]), members: Self.members, standIns: [:])
        #expect(officers.chair.member.id == 1 && !officers.chair.standsIn)
        #expect(officers.secretary.member.id == 4 && !officers.secretary.standsIn)
    }

    @Test func anAbsentHolderNeedsAPresentStandIn() throws {
        var absentSecretary = session(present: [1, 2, 3])
        absentSecretary.attendance[4] = .writtenOpinion  // a written opinion is not presence
        #expect(throws: SessionOfficers.Problem.needsStandIn(.secretary, holder: Self.members[3])) {
            try SessionOfficers(session: absentSecretary, members: Self.members, standIns: [:])
        }
        let officers = try SessionOfficers(session: absentSecretary, members: Self.members, standIns: [.secretary: 3])
        #expect(officers.secretary.member.id == 3 && officers.secretary.standsIn)
        #expect(officers.secretary.absentHolder?.id == 4)
        #expect(throws: SessionOfficers.Problem.standInAbsent(.chair, member: Self.members[3])) {
            try SessionOfficers(session: session(present: [2, 3]), members: Self.members, standIns: [.chair: 4, .secretary: 3])
        }
        // A stand-in named for a present holder changes nothing.
        let kept = try SessionOfficers(session: session(present: [1, 2, 3, 4]), members: Self.members, standIns: [.chair: 2])
        #expect(kept.chair.member.id == 1 && !kept.chair.standsIn)
    }

    @Test func aCouncilWithoutASecretaryNeedsAStandIn() {
        #expect(throws: SessionOfficers.Problem.needsStandIn(.secretary, holder: nil)) {
            try SessionOfficers(session: session(present: [1, 2, 3]), members: Array(Self.members.prefix(3)), standIns: [:])
        }
    }
}
