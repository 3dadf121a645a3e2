import Foundation
import Testing
import Commendation

@Suite("Vocabulary")
struct VocabularyTests {
    @Test func ratingsAreOrderedBestLast() {
        #expect(TaskRating.khongHoanThanh < .hoanThanh)
        #expect(TaskRating.hoanThanh < .tot)
        #expect(TaskRating.tot < .xuatSac)
        #expect(TaskRating.tot >= .tot)
        #expect(!(TaskRating.xuatSac < .tot))
        #expect(TaskRating.allCases.sorted() == [.khongHoanThanh, .hoanThanh, .tot, .xuatSac])
    }

    @Test func codesMatchTheExchangeFormat() {
        #expect(TaskRating.allCases.map(\.rawValue).sorted() == ["hoan-thanh", "khong-hoan-thanh", "tot", "xuat-sac"])
        #expect(AwardKind.allCases.map(\.rawValue).sorted() == ["chuyen-de", "cong-trang", "dot-xuat"])
        #expect(NomineeType.allCases.map(\.rawValue).sorted() == ["collective", "household", "person", "residential-group"])
        #expect(Eligibility.notEligible.rawValue == "not-eligible")
        #expect(Eligibility.notAssessed.rawValue == "not-assessed")
    }

    @Test func onlyPersonsAndCollectivesHaveTaskRatings() {
        #expect(NomineeType.person.hasTaskRating)
        #expect(NomineeType.collective.hasTaskRating)
        #expect(!NomineeType.household.hasTaskRating)
        #expect(!NomineeType.residentialGroup.hasTaskRating)
    }

    @Test func pendingStatuses() {
        #expect(NominationStatus.draft.isPending)
        #expect(NominationStatus.onAgenda.isPending)
        #expect(NominationStatus.submitted.isPending)
        #expect(!NominationStatus.decided.isPending)
        #expect(!NominationStatus.provinceApproved.isPending)
        #expect(!NominationStatus.revoked.isPending)
        #expect(!NominationStatus.notRecommended.isPending)
    }

    @Test func localizedText() {
        let text = LocalizedText(vi: "Giấy khen", en: "Certificate of Merit")
        #expect(text(.vi) == "Giấy khen")
        #expect(text(.en) == "Certificate of Merit")
        #expect(LocalizedText.verbatim("GK") == LocalizedText(vi: "GK", en: "GK"))
    }
}
