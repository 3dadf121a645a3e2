import Foundation
import Testing
import Commendation

/// The rules of the council's ballots, as the rulebook ships them.
private enum Rules {
    /// CSTĐCS: at least 80 % of all council members (who may vote on the nomination).
    static let cstdcs = BallotRule(percent: 80, of: .members, atLeast: true, secret: true, basis: "Luật TĐKT 2022, Điều 23",
                                   certainty: .likely)
    /// Everything else: more than half of those who voted.
    static let majority = BallotRule(percent: 50, of: .voters, atLeast: false, secret: false, basis: "Quy chế Hội đồng",
                                     certainty: .likely)
    /// CSTĐ tỉnh at the province: at least 90 %.
    static let ninety = BallotRule(percent: 90, of: .members, atLeast: true, secret: true, basis: "Luật TĐKT 2022, Điều 22",
                                   certainty: .firm)
}

@Suite("Ballot rules")
struct BallotTests {
    private func tally(_ agree: Int, of total: Int) -> Tally {
        Tally(agree: agree, disagree: total - agree, abstain: 0)
    }

    // MARK: CSTĐCS: ≥ 80 % of members

    @Test func elevenOfFourteenFailsTheEightyPerCentRule() {
        let outcome = Rules.cstdcs.outcome(of: tally(11, of: 14), members: 14)
        #expect(!outcome.passed)
        #expect(outcome.base == 14)
        #expect(outcome.explanation.vi == "11/14 = 78,6\u{00A0}%; cần ≥ 80\u{00A0}%")
        #expect(outcome.explanation.en == "11/14 = 78.6\u{00A0}%; needs ≥ 80\u{00A0}%")
        #expect(abs(outcome.percent - 78.571_428) < 0.001)
    }

    @Test func twelveOfFourteenPasses() {
        let outcome = Rules.cstdcs.outcome(of: Tally(agree: 12, disagree: 1, abstain: 1), members: 14)
        #expect(outcome.passed)
        #expect(outcome.explanation.vi == "12/14 = 85,7\u{00A0}%; cần ≥ 80\u{00A0}%")
    }

    @Test func exactlyEightyPerCentPasses() {
        let outcome = Rules.cstdcs.outcome(of: tally(12, of: 15), members: 15)
        #expect(outcome.passed)
        #expect(outcome.percent == 80)
        #expect(outcome.explanation.vi == "12/15 = 80\u{00A0}%; cần ≥ 80\u{00A0}%")
        #expect(outcome.explanation.en == "12/15 = 80\u{00A0}%; needs ≥ 80\u{00A0}%")
    }

    @Test func eightOfTenPassesAndSevenOfTenFails() {
        #expect(Rules.cstdcs.outcome(of: tally(8, of: 10), members: 10).passed)
        let seven = Rules.cstdcs.outcome(of: tally(7, of: 10), members: 10)
        #expect(!seven.passed)
        #expect(seven.explanation.vi == "7/10 = 70\u{00A0}%; cần ≥ 80\u{00A0}%")
    }

    @Test(arguments: 1...40)
    func theEightyPerCentBoundaryForEverySize(_ members: Int) {
        for agree in 0...members {
            let outcome = Rules.cstdcs.outcome(of: tally(agree, of: members), members: members)
            // agree / members ≥ 4/5, in integers.
            #expect(outcome.passed == (agree * 5 >= members * 4), "\(agree)/\(members)")
        }
    }

    @Test func theBaseIsEveryMemberNotOnlyThoseWhoVoted() {
        // 12 agreeing votes and nobody against, but 16 members may vote: 75 %.
        let outcome = Rules.cstdcs.outcome(of: Tally(agree: 12, disagree: 0, abstain: 0), members: 16)
        #expect(outcome.base == 16)
        #expect(!outcome.passed)
        #expect(outcome.explanation.vi == "12/16 = 75\u{00A0}%; cần ≥ 80\u{00A0}%")
    }

    @Test func ninetyPerCentAtTheBoundary() {
        #expect(Rules.ninety.outcome(of: tally(27, of: 30), members: 30).passed)
        #expect(!Rules.ninety.outcome(of: tally(26, of: 30), members: 30).passed)
        #expect(Rules.ninety.outcome(of: tally(9, of: 10), members: 10).explanation.vi == "9/10 = 90\u{00A0}%; cần ≥ 90\u{00A0}%")
    }

    // MARK: Majority: > 50 % of voters

    @Test func halfOfTheVotersIsNotAMajority() {
        let outcome = Rules.majority.outcome(of: tally(5, of: 10), members: 14)
        #expect(!outcome.passed)
        #expect(outcome.base == 10)
        #expect(outcome.explanation.vi == "5/10 = 50\u{00A0}%; cần > 50\u{00A0}%")
        #expect(outcome.explanation.en == "5/10 = 50\u{00A0}%; needs > 50\u{00A0}%")
    }

    @Test func sixOfTenIsAMajority() {
        let outcome = Rules.majority.outcome(of: tally(6, of: 10), members: 14)
        #expect(outcome.passed)
        #expect(outcome.explanation.vi == "6/10 = 60\u{00A0}%; cần > 50\u{00A0}%")
    }

    @Test func abstentionsCountAmongTheVoters() {
        let outcome = Rules.majority.outcome(of: Tally(agree: 5, disagree: 3, abstain: 2), members: 14)
        #expect(outcome.base == 10)
        #expect(!outcome.passed)
        #expect(Rules.majority.outcome(of: Tally(agree: 5, disagree: 3, abstain: 1), members: 14).passed)
    }

    @Test func theMembersDoNotMatterForAVotersRule() {
        let few = Rules.majority.outcome(of: tally(3, of: 4), members: 1)
        let many = Rules.majority.outcome(of: tally(3, of: 4), members: 100)
        #expect(few.passed && many.passed)
        #expect(few.base == 4 && many.base == 4)
    }

    @Test(arguments: 1...40)
    func theMajorityBoundaryForEverySize(_ voters: Int) {
        for agree in 0...voters {
            let outcome = Rules.majority.outcome(of: tally(agree, of: voters), members: 40)
            #expect(outcome.passed == (agree * 2 > voters), "\(agree)/\(voters)")
        }
    }

    @Test func nobodyVotedFails() {
        let outcome = Rules.majority.outcome(of: Tally(agree: 0, disagree: 0, abstain: 0), members: 14)
        #expect(!outcome.passed)
        #expect(outcome.base == 0)
        #expect(outcome.percent == 0)
        #expect(outcome.explanation.vi == "0/0 = 0\u{00A0}%; cần > 50\u{00A0}%")
        #expect(outcome.explanation.en == "0/0 = 0\u{00A0}%; needs > 50\u{00A0}%")
    }

    @Test func noMemberWhoMayVoteFails() {
        let outcome = Rules.cstdcs.outcome(of: Tally(agree: 0, disagree: 0, abstain: 0), members: 0)
        #expect(!outcome.passed)
        #expect(outcome.base == 0)
        #expect(outcome.percent == 0)
        #expect(outcome.explanation.vi == "0/0 = 0\u{00A0}%; cần ≥ 80\u{00A0}%")
    }

    @Test func aZeroPerCentRuleStillNeedsSomebody() {
        let anything = BallotRule(percent: 0, of: .voters, atLeast: true, secret: false, basis: "", certainty: .check)
        #expect(anything.outcome(of: tally(0, of: 3), members: 3).passed)
        #expect(!anything.outcome(of: tally(0, of: 0), members: 3).passed)
    }

    @Test func percentagesAreWrittenWithOneDecimal() {
        #expect(Rules.majority.outcome(of: tally(2, of: 3), members: 3).explanation.vi == "2/3 = 66,7\u{00A0}%; cần > 50\u{00A0}%")
        #expect(Rules.majority.outcome(of: tally(1, of: 3), members: 3).explanation.en == "1/3 = 33.3\u{00A0}%; needs > 50\u{00A0}%")
        #expect(Rules.majority.outcome(of: tally(13, of: 14), members: 14).explanation.vi == "13/14 = 92,9\u{00A0}%; cần > 50\u{00A0}%")
        #expect(Rules.majority.outcome(of: tally(14, of: 14), members: 14).explanation.vi == "14/14 = 100\u{00A0}%; cần > 50\u{00A0}%")
        let twoThirds = BallotRule(percent: 66.5, of: .voters, atLeast: true, secret: false, basis: "", certainty: .check)
        #expect(twoThirds.outcome(of: tally(2, of: 3), members: 3).explanation.vi == "2/3 = 66,7\u{00A0}%; cần ≥ 66,5\u{00A0}%")
        #expect(twoThirds.outcome(of: tally(2, of: 3), members: 3).explanation.en == "2/3 = 66.7\u{00A0}%; needs ≥ 66.5\u{00A0}%")
    }

    @Test func theOutcomeKeepsItsTallyAndRule() {
        let counted = Tally(agree: 12, disagree: 1, abstain: 1)
        let outcome = Rules.cstdcs.outcome(of: counted, members: 14)
        #expect(outcome.tally == counted)
        #expect(outcome.rule == Rules.cstdcs)
    }

    // MARK: Tally

    @Test func tallyOfPerMemberVotes() {
        let tally = Tally(votes: [Vote.agree, .agree, .disagree, .abstain, .agree])
        #expect(tally == Tally(agree: 3, disagree: 1, abstain: 1))
        #expect(tally.total == 5)
        #expect(Tally(votes: [Vote]()) == Tally(agree: 0, disagree: 0, abstain: 0))
        #expect(Tally(votes: [Vote]()).total == 0)
        #expect(Tally(votes: Array(repeating: Vote.disagree, count: 7)) == Tally(agree: 0, disagree: 7, abstain: 0))
    }

    @Test func ballotRecordsGiveTheirTally() {
        #expect(BallotRecord.counts(Tally(agree: 9, disagree: 2, abstain: 1)).tally == Tally(agree: 9, disagree: 2, abstain: 1))
        let votes = BallotRecord.votes([1: .agree, 2: .agree, 3: .abstain, 7: .disagree])
        #expect(votes.tally == Tally(agree: 2, disagree: 1, abstain: 1))
        #expect(BallotRecord.votes([:]).tally.total == 0)
    }

    // MARK: Coding

    @Test func ruleDecodesFromTheRulebooksJSON() throws {
        let rule = try Fixtures.decode(BallotRule.self, """
            {"percent": 80, "of": "members", "atLeast": true, "secret": true, "basis": "Điều 23", "certainty": "likely"}
            """)
        #expect(rule == BallotRule(percent: 80, of: .members, atLeast: true, secret: true, basis: "Điều 23", certainty: .likely))
        let voters = try Fixtures.decode(BallotRule.self, """
            {"percent": 50, "of": "voters", "atLeast": false, "secret": false, "basis": "", "certainty": "check"}
            """)
        #expect(voters.of == .voters)
        #expect(!voters.atLeast)
        #expect(throws: DecodingError.self) {
            _ = try Fixtures.decode(BallotRule.self, """
                {"percent": 50, "of": "everyone", "atLeast": false, "secret": false, "basis": "", "certainty": "check"}
                """)
        }
    }

    @Test func tallyAndRecordsRoundTripThroughJSON() throws {
        let record = BallotRecord.votes([3: .agree, 11: .abstain])
        let data = try JSONEncoder().encode(record)
        #expect(try JSONDecoder().decode(BallotRecord.self, from: data) == record)
        let counts = BallotRecord.counts(Tally(agree: 11, disagree: 3, abstain: 0))
        #expect(try JSONDecoder().decode(BallotRecord.self, from: JSONEncoder().encode(counts)) == counts)
    }
}
