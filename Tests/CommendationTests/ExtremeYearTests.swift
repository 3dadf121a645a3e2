import Foundation
import Testing
import Commendation

/// Evaluator promises "no input makes it crash". Years far outside the calendar are judged
/// in a child process (an exit test), so that a trap is reported instead of ending the run.
enum ExtremeYears {
    /// Judges every award for every nominee type and kind in `year`, alone and in a round.
    static func judgeEverything(in year: Int) {
        guard let rulebook = try? Fixtures.shippedRulebook(), let set = try? Fixtures.shippedSet() else { exit(3) }
        let facts = Facts(rating: .xuatSac, pending: Fixtures.nothingPending, discipline: [], initiatives: [Initiative(id: "SK", level: "tinh", year: year)],
                          research: [], history: [PastAward(award: "chien-si-thi-dua-co-so", year: year)], attestations: Attestations(list: []),
                          members: MemberCounts(total: 1, laoDongTienTien: 1), exclusions: [], monthsWorked: 12, ratingHistory: [year: .tot])
        var entries: [RoundEntry] = []
        for award in rulebook.awards {
            for type in NomineeType.allCases {
                for kind in AwardKind.allCases {
                    let subject = EvaluationSubject(award: award.code, kind: kind, nomineeType: type, year: year, hasMovement: true, facts: facts)
                    _ = Evaluator(rulebook: rulebook).evaluate(subject)
                    entries.append(RoundEntry(id: "\(entries.count)", nomineeID: "P-1", subject: subject))
                }
            }
        }
        _ = RoundEvaluator(entries: entries, rulebooks: set).evaluateAll()
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
