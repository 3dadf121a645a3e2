import Testing
import Commendation
import VietnameseText

/// A council built for the tests: members numbered 1…n, in term from 1 July 2025.
private enum Council {
    static let termStart = Fixtures.date(2025, 7, 1)
    static let sessionDay = Fixtures.date(2026, 12, 2)

    static func member(_ id: Int, person: String? = nil, from: CivilDate? = termStart, until: CivilDate? = nil) -> CouncilMember {
        CouncilMember(id: id, name: PersonName(family: "Nguyễn", middle: "Văn", given: "Số \(id)"), sex: .male,
                      role: id == 1 ? .chuTich : .uyVien, title: "Ủy viên", personID: person ?? "P-\(id)", termFrom: from,
                      termUntil: until)
    }

    static func members(_ count: Int) -> [CouncilMember] { (1...count).map { member($0) } }

    /// A session on `sessionDay` where `present` are present and `written` sent opinions.
    static func session(present: some Sequence<Int>, written: some Sequence<Int> = [], ballots: [String: BallotRecord] = [:],
                        agenda: [String] = []) -> CouncilSession {
        var attendance: [Int: Attendance] = [:]
        for id in present { attendance[id] = .present }
        for id in written { attendance[id] = .writtenOpinion }
        return CouncilSession(id: "PH-2026-02", date: sessionDay, title: "Phiên họp xét khen thưởng cuối năm 2026", mode: .secret,
                              attendance: attendance, agenda: agenda.isEmpty ? Array(ballots.keys).sorted() : agenda,
                              ballots: ballots)
    }

    static let majority = BallotRule(percent: 50, of: .voters, atLeast: false, secret: false, basis: "", certainty: .likely)
    static let cstdcs = BallotRule(percent: 80, of: .members, atLeast: true, secret: true, basis: "", certainty: .likely)
}

/// People and households for the conflicts: P-1 lives in H-1 with P-9; P-2 in H-2.
private enum Ward {
    static let households: [String: String] = ["P-1": "H-1", "P-9": "H-1", "P-2": "H-2", "P-20": "H-20", "P-30": "H-30",
                                                "P-31": "H-30"]
    static func householdOf(_ id: String) -> String? { households[id] }

    static func person(_ id: String) -> Nominee {
        Nominee(id: id, type: .person, personName: PersonName(family: "Trần", middle: "Thị", given: "Hương"), name: "",
                householdID: households[id])
    }

    static func household(_ id: String) -> Nominee {
        Nominee.named(id: id, type: .household, name: "Hộ ông \(id)")
    }
}

@Suite("Council sessions: quorum")
struct QuorumTests {
    @Test func twelveOfFifteenIsExactlyEightyPerCent() {
        let quorum = Quorum(session: Council.session(present: 1...12), members: Council.members(15), requiredPercent: 80)
        #expect(quorum.members == 15)
        #expect(quorum.present == 12)
        #expect(quorum.isReached)
        #expect(quorum.explanation.vi == "12/15 có mặt = 80\u{00A0}%; cần ≥ 80\u{00A0}%")
        #expect(quorum.explanation.en == "12/15 present = 80\u{00A0}%; needs ≥ 80\u{00A0}%")
    }

    @Test func elevenOfFourteenIsNotEnough() {
        let quorum = Quorum(session: Council.session(present: 1...11), members: Council.members(14), requiredPercent: 80)
        #expect(!quorum.isReached)
        #expect(quorum.explanation.vi == "11/14 có mặt = 78,6\u{00A0}%; cần ≥ 80\u{00A0}%")
        #expect(quorum.explanation.en == "11/14 present = 78.6\u{00A0}%; needs ≥ 80\u{00A0}%")
    }

    @Test func twelveOfFourteenIsEnough() {
        let quorum = Quorum(session: Council.session(present: 1...12), members: Council.members(14), requiredPercent: 80)
        #expect(quorum.isReached)
        #expect(quorum.explanation.vi == "12/14 có mặt = 85,7\u{00A0}%; cần ≥ 80\u{00A0}%")
    }

    @Test func writtenOpinionsDoNotCountAsPresent() {
        let quorum = Quorum(session: Council.session(present: 1...11, written: 12...14), members: Council.members(14),
                            requiredPercent: 80)
        #expect(quorum.present == 11)
        #expect(!quorum.isReached)
    }

    @Test func membersNotRecordedAreAbsent() {
        let session = Council.session(present: 1...12)
        #expect(session.attendance(of: 13) == .absent)
        #expect(session.attendance(of: 1) == .present)
        let quorum = Quorum(session: session, members: Council.members(16), requiredPercent: 80)
        #expect(quorum.present == 12)
        #expect(!quorum.isReached)
    }

    @Test func membersOutOfTermOnTheSessionDateDoNotCount() {
        // 15 members; number 15's term ended before the session and number 14's starts after
        // it. Both are marked present, but only 10 of the 13 members in term are present
        // (counting everybody would make 12 of 15 = 80 %).
        var members = Council.members(13)
        members.append(Council.member(14, from: Fixtures.date(2027, 1, 1)))
        members.append(Council.member(15, until: Fixtures.date(2026, 6, 30)))
        let session = Council.session(present: Array(1...10) + [14, 15])
        let quorum = Quorum(session: session, members: members, requiredPercent: 80)
        #expect(quorum.members == 13)
        #expect(quorum.present == 10)
        #expect(!quorum.isReached)
        #expect(quorum.explanation.vi == "10/13 có mặt = 76,9\u{00A0}%; cần ≥ 80\u{00A0}%")
    }

    @Test func absentMembersOutOfTermNoLongerCountAgainstQuorum() {
        // 14 members, 11 present: not enough. Once the two absent members' terms have ended
        // before the session, 11 of 12 is.
        var members = Council.members(12)
        #expect(!Quorum(session: Council.session(present: 1...11), members: Council.members(14), requiredPercent: 80).isReached)
        members.append(Council.member(13, until: Fixtures.date(2026, 12, 1)))
        members.append(Council.member(14, until: Fixtures.date(2025, 12, 31)))
        let quorum = Quorum(session: Council.session(present: 1...11), members: members, requiredPercent: 80)
        #expect(quorum.members == 12)
        #expect(quorum.isReached)
    }

    @Test func termsIncludeTheirFirstAndLastDay() {
        let first = Council.member(1, from: Council.sessionDay)
        let last = Council.member(2, until: Council.sessionDay)
        let open = Council.member(3, from: nil, until: nil)
        #expect(first.isInTerm(on: Council.sessionDay))
        #expect(last.isInTerm(on: Council.sessionDay))
        #expect(open.isInTerm(on: Council.sessionDay))
        #expect(!first.isInTerm(on: Fixtures.date(2026, 12, 1)))
        #expect(!last.isInTerm(on: Fixtures.date(2026, 12, 3)))
        let quorum = Quorum(session: Council.session(present: [1, 2, 3]), members: [first, last, open], requiredPercent: 80)
        #expect(quorum.members == 3)
        #expect(quorum.present == 3)
    }

    @Test func noMembersIsNoQuorum() {
        let quorum = Quorum(session: Council.session(present: [1]), members: [], requiredPercent: 80)
        #expect(!quorum.isReached)
        #expect(quorum.explanation.vi == "0/0 có mặt = 0\u{00A0}%; cần ≥ 80\u{00A0}%")
    }

    @Test func theCouncilsOwnPercentage() {
        let session = Council.session(present: 1...7)
        #expect(Quorum(session: session, members: Council.members(14), requiredPercent: 50).isReached)
        #expect(!Quorum(session: session, members: Council.members(14), requiredPercent: 50.1).isReached)
        #expect(Quorum(session: session, members: Council.members(14), requiredPercent: 50).explanation.vi
                == "7/14 có mặt = 50\u{00A0}%; cần ≥ 50\u{00A0}%")
    }
}

@Suite("Council sessions: conflicts of interest")
struct ConflictOfInterestTests {
    @Test func theMemberIsTheNominee() {
        let conflict = ConflictOfInterest.between(Council.member(1, person: "P-1"), and: Ward.person("P-1"),
                                                  householdOf: Ward.householdOf)
        #expect(conflict == .isTheNominee)
        // Also when the member has no household at all.
        #expect(ConflictOfInterest.between(Council.member(5, person: "P-5"), and: Ward.person("P-5"), householdOf: Ward.householdOf)
                == .isTheNominee)
    }

    @Test func theMemberBelongsToTheNominatedHousehold() {
        #expect(ConflictOfInterest.between(Council.member(2, person: "P-2"), and: Ward.household("H-2"), householdOf: Ward.householdOf)
                == .ofTheNomineesHousehold)
        #expect(ConflictOfInterest.between(Council.member(2, person: "P-2"), and: Ward.household("H-1"), householdOf: Ward.householdOf)
                == nil)
    }

    @Test func theMemberLivesWithTheNominatedPerson() {
        #expect(ConflictOfInterest.between(Council.member(9, person: "P-9"), and: Ward.person("P-1"), householdOf: Ward.householdOf)
                == .sameHousehold(householdID: "H-1"))
        #expect(ConflictOfInterest.between(Council.member(1, person: "P-1"), and: Ward.person("P-9"), householdOf: Ward.householdOf)
                == .sameHousehold(householdID: "H-1"))
    }

    @Test func membersOfOtherHouseholdsAreNotConflicted() {
        #expect(ConflictOfInterest.between(Council.member(2, person: "P-2"), and: Ward.person("P-1"), householdOf: Ward.householdOf)
                == nil)
        #expect(ConflictOfInterest.between(Council.member(20, person: "P-20"), and: Ward.person("P-2"), householdOf: Ward.householdOf)
                == nil)
    }

    @Test func nobodyWithoutAHouseholdSharesOne() {
        // Neither P-5 nor P-6 has a known household: no conflict (nil is not a household).
        #expect(ConflictOfInterest.between(Council.member(5, person: "P-5"), and: Ward.person("P-6"), householdOf: Ward.householdOf)
                == nil)
        // The member has a household, the nominee none.
        #expect(ConflictOfInterest.between(Council.member(1, person: "P-1"), and: Ward.person("P-6"), householdOf: Ward.householdOf)
                == nil)
    }

    @Test func aMemberWithoutAPersonIDHasNoConflict() {
        var member = Council.member(13)
        member.personID = nil
        // Even a household lookup that would say "same household" for anybody is not asked.
        #expect(ConflictOfInterest.between(member, and: Ward.person("P-1"), householdOf: { _ in "H-1" }) == nil)
        #expect(ConflictOfInterest.between(member, and: Ward.household("H-1"), householdOf: { _ in "H-1" }) == nil)
    }

    @Test func collectivesAndResidentialGroupsBringNoHouseholdConflict() {
        let collective = Nominee.named(id: "H-1", type: .collective, name: "Trường THCS")
        let group = Nominee.named(id: "H-1", type: .residentialGroup, name: "Tổ dân phố 1")
        #expect(ConflictOfInterest.between(Council.member(1, person: "P-1"), and: collective, householdOf: Ward.householdOf) == nil)
        #expect(ConflictOfInterest.between(Council.member(1, person: "P-1"), and: group, householdOf: Ward.householdOf) == nil)
    }
}

@Suite("Council sessions: the ballot on one nomination")
struct NominationBallotTests {
    private let nomination = "2026-LDTT-0003"

    @Test func conflictedMembersAreLeftOut() {
        // P-1 is the nominee; P-9 lives with P-1.
        var members = Council.members(8)
        members.append(Council.member(9, person: "P-9"))
        let ballot = NominationBallot(session: Council.session(present: 1...9), nominationID: nomination, nominee: Ward.person("P-1"),
                                      members: members, rule: Council.majority, householdOf: Ward.householdOf)
        #expect(ballot.eligible.map(\.id) == [2, 3, 4, 5, 6, 7, 8])
        #expect(ballot.excluded.map(\.member.id) == [1, 9])
        #expect(ballot.excluded.map(\.conflict) == [.isTheNominee, .sameHousehold(householdID: "H-1")])
        #expect(ballot.record == nil)
        #expect(ballot.outcome == nil)
        #expect(ballot.problems.isEmpty)
    }

    @Test func membersOutOfTermAreNeitherEligibleNorExcluded() {
        var members = Council.members(4)
        members.append(Council.member(5, until: Fixtures.date(2026, 1, 1)))
        members.append(Council.member(6, person: "P-1", from: Fixtures.date(2027, 1, 1)))
        let ballot = NominationBallot(session: Council.session(present: 1...6), nominationID: nomination, nominee: Ward.person("P-1"),
                                      members: members, rule: Council.majority, householdOf: Ward.householdOf)
        #expect(ballot.eligible.map(\.id) == [2, 3, 4])
        #expect(ballot.excluded.map(\.member.id) == [1])
    }

    @Test func votesOfConflictedAndAbsentMembersAreDroppedAndReported() throws {
        // Members 1…6; 1 is the nominee; 2–4 present, 5 sent a written opinion, 6 absent.
        let votes: [Int: Vote] = [1: .agree, 2: .agree, 3: .agree, 4: .disagree, 5: .agree, 6: .agree]
        let session = Council.session(present: 1...4, written: [5], ballots: [nomination: .votes(votes)])
        let ballot = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-1"),
                                      members: Council.members(6), rule: Council.majority, householdOf: Ward.householdOf)
        #expect(ballot.problems == [.conflictedMemberVoted(1), .absentMemberVoted(6)])
        #expect(ballot.record == .votes([2: .agree, 3: .agree, 4: .disagree, 5: .agree]))
        #expect(ballot.record?.tally == Tally(agree: 3, disagree: 1, abstain: 0))
        let outcome = try #require(ballot.outcome)
        #expect(outcome.base == 4)
        #expect(outcome.tally == Tally(agree: 3, disagree: 1, abstain: 0))
        #expect(outcome.passed)
    }

    @Test func aWrittenOpinionIsAVote() {
        let session = Council.session(present: 1...3, written: [4], ballots: [nomination: .votes([2: .agree, 3: .agree, 4: .agree])])
        let ballot = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-40"),
                                      members: Council.members(4), rule: Council.majority, householdOf: Ward.householdOf)
        #expect(ballot.problems.isEmpty)
        #expect(ballot.record?.tally.agree == 3)
    }

    @Test func votesOfMembersOutOfTermAreDroppedAsAbsent() {
        var members = Council.members(3)
        members.append(Council.member(4, until: Fixtures.date(2026, 6, 30)))
        let session = Council.session(present: 1...4, ballots: [nomination: .votes([1: .agree, 2: .agree, 4: .agree])])
        let ballot = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-40"),
                                      members: members, rule: Council.majority, householdOf: Ward.householdOf)
        #expect(ballot.problems == [.absentMemberVoted(4)])
        #expect(ballot.record == .votes([1: .agree, 2: .agree]))
    }

    @Test func countsExceedingTheVotersAreAProblem() {
        // 5 members, the nominee among them, one absent: 3 voters.
        let session = Council.session(present: 1...4, ballots: [nomination: .counts(Tally(agree: 3, disagree: 1, abstain: 0))])
        let ballot = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-1"),
                                      members: Council.members(5), rule: Council.majority, householdOf: Ward.householdOf)
        #expect(ballot.problems == [.moreVotesThanVoters(votes: 4, voters: 3)])
        // The counts are kept as recorded (a secret ballot cannot be corrected by member).
        #expect(ballot.record == .counts(Tally(agree: 3, disagree: 1, abstain: 0)))
    }

    @Test func countsUpToTheVotersAreFine() {
        let session = Council.session(present: 1...4, written: [5],
                                      ballots: [nomination: .counts(Tally(agree: 3, disagree: 0, abstain: 1))])
        let ballot = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-1"),
                                      members: Council.members(5), rule: Council.majority, householdOf: Ward.householdOf)
        #expect(ballot.problems.isEmpty)
        #expect(ballot.outcome?.passed == true)
    }

    @Test func theOutcomeCountsAgainstTheEligibleMembers() throws {
        // 14 members, the nominee's housemate (P-31) among them: 13 may vote. 11 agreeing is
        // 84,6 % of 13 — enough — where 11 of 14 would not be.
        var members = Council.members(13)
        members.append(Council.member(14, person: "P-31"))
        let session = Council.session(present: 1...14, ballots: [nomination: .counts(Tally(agree: 11, disagree: 1, abstain: 1))])
        let ballot = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-30"),
                                      members: members, rule: Council.cstdcs, householdOf: Ward.householdOf)
        #expect(ballot.eligible.count == 13)
        #expect(ballot.excluded.map(\.conflict) == [.sameHousehold(householdID: "H-30")])
        #expect(ballot.problems.isEmpty)
        let outcome = try #require(ballot.outcome)
        #expect(outcome.base == 13)
        #expect(outcome.explanation.vi == "11/13 = 84,6\u{00A0}%; cần ≥ 80\u{00A0}%")
        #expect(outcome.passed)
    }

    @Test func theOutcomeCountsAgainstTheEligibleMembersNotTheWholeCouncil() {
        // 14 members; member 2 is the nominee (P-2): 13 may vote; 11 is 84,6 %.
        let session = Council.session(present: 1...14, ballots: [nomination: .counts(Tally(agree: 11, disagree: 2, abstain: 0))])
        let ballot = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-2"),
                                      members: Council.members(14), rule: Council.cstdcs, householdOf: Ward.householdOf)
        #expect(ballot.excluded.map(\.member.id) == [2])
        #expect(ballot.outcome?.base == 13)
        #expect(ballot.outcome?.explanation.vi == "11/13 = 84,6\u{00A0}%; cần ≥ 80\u{00A0}%")
        #expect(ballot.outcome?.passed == true)
        // Without the conflict the same votes fail: 11 of 14 is 78,6 %.
        let unconflicted = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-40"),
                                            members: Council.members(14), rule: Council.cstdcs, householdOf: Ward.householdOf)
        #expect(unconflicted.excluded.isEmpty)
        #expect(unconflicted.outcome?.base == 14)
        #expect(unconflicted.outcome?.passed == false)
    }

    @Test func noRuleNoOutcome() {
        let session = Council.session(present: 1...4, ballots: [nomination: .counts(Tally(agree: 4, disagree: 0, abstain: 0))])
        let ballot = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-40"),
                                      members: Council.members(4), rule: nil, householdOf: Ward.householdOf)
        #expect(ballot.record != nil)
        #expect(ballot.outcome == nil)
    }

    @Test func anotherNominationsBallotIsNotThisOne() {
        let session = Council.session(present: 1...4, ballots: ["2026-GK-0002": .counts(Tally(agree: 4, disagree: 0, abstain: 0))])
        let ballot = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-40"),
                                      members: Council.members(4), rule: Council.majority, householdOf: Ward.householdOf)
        #expect(ballot.record == nil)
        #expect(ballot.outcome == nil)
    }

    @Test func equalityLooksAtTheExcludedAndTheProblems() {
        let session = Council.session(present: 1...4)
        let a = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-1"),
                                 members: Council.members(4), rule: Council.majority, householdOf: Ward.householdOf)
        let b = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-1"),
                                 members: Council.members(4), rule: Council.majority, householdOf: Ward.householdOf)
        let c = NominationBallot(session: session, nominationID: nomination, nominee: Ward.person("P-2"),
                                 members: Council.members(4), rule: Council.majority, householdOf: Ward.householdOf)
        #expect(a == b)
        #expect(a != c)
    }
}
