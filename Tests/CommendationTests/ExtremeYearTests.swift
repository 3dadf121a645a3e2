import Foundation
import Testing
import Commendation

/// Evaluator promises "no input makes it crash". Years far outside the calendar are judged
/// in a child process (an exit test), so that a trap is reported instead of ending the run;
/// such a year is refused (criterion "year"), and does not disturb the rest of its round.
enum ExtremeYears {
    /// Judges every award for every nominee type and kind in `year`, alone and in a round.
    static func judgeEverything(in year: Int) {
        guard let rulebook = try? Fixtures.shippedRulebook(), let set = try? Fixtures.shippedSet() else { exit(3) }
        let facts = Facts(rating: .xuatSac, pending: Fixtures.nothingPending, discipline: [], initiatives: [Initiative(id: "SK", level: "tinh", year: year)],
                          research: [], history: [PastAward(award: "chien-si-thi-dua-co-so", year: year)], attestations: Attestations(list: []),
                          members: MemberCounts(total: 1, laoDongTienTien: 1), exclusions: [], monthsWorked: 12, ratingHistory: [year: .tot])
        var cstdcs = Eligible.cstdcs
        cstdcs.history = nil
        // Ordinary nominations of the same nominee, whose checks across records look at the whole round.
        var entries: [RoundEntry] = [
            RoundEntry(id: "CS", nomineeID: "P-1", subject: EvaluationSubject(award: "chien-si-thi-dua-co-so", kind: .congTrang, nomineeType: .person,
                                                                             year: 2025, hasMovement: false, facts: cstdcs)),
            RoundEntry(id: "LD", nomineeID: "P-1", subject: EvaluationSubject(award: "lao-dong-tien-tien", kind: .congTrang, nomineeType: .person,
                                                                             year: 2025, hasMovement: false, facts: Eligible.ldtt)),
        ]
        for award in rulebook.awards {
            for type in NomineeType.allCases {
                for kind in AwardKind.allCases {
                    let subject = EvaluationSubject(award: award.code, kind: kind, nomineeType: type, year: year, hasMovement: true, facts: facts)
                    _ = Evaluator(rulebook: rulebook).evaluate(subject)
                    entries.append(RoundEntry(id: "\(entries.count)", nomineeID: "P-1", subject: subject))
                }
            }
        }
        let all = RoundEvaluator(entries: entries, rulebooks: set).evaluateAll()
        // The ordinary nominations are judged as usual, the others refused for their year.
        guard all.count == entries.count, all[0].eligibility == .eligible, all[1].eligibility == .eligible,
              all.dropFirst(2).allSatisfy({ $0.eligibility == .notEligible && $0.verdicts.map(\.criterionID) == ["year"] }) else { exit(4) }
    }
}

@Suite("Years at the edges of Int")
struct ExtremeYearTests {
    @Test func theEarliestIntYearDoesNotCrash() async {
        await #expect(processExitsWith: .success) {
            ExtremeYears.judgeEverything(in: Int.min)
        }
    }

    @Test func aYearJustAboveTheEarliestDoesNotCrash() async {
        await #expect(processExitsWith: .success) {
            ExtremeYears.judgeEverything(in: Int.min + 1)
        }
    }

    @Test func theLatestIntYearDoesNotCrash() async {
        await #expect(processExitsWith: .success) {
            ExtremeYears.judgeEverything(in: Int.max)
        }
    }

    @Test func yearZeroAndNegativeYearsDoNotCrash() async {
        await #expect(processExitsWith: .success) {
            ExtremeYears.judgeEverything(in: 0)
            ExtremeYears.judgeEverything(in: -2025)
        }
    }
}
