import Foundation
import Testing
import Commendation
import VietnameseText

@Suite("Validating a nomination draft")
struct NominationDraftTests {
    static let today = Fixtures.date(2026, 3, 15)

    let rulebook: Rulebook

    init() throws {
        rulebook = try Fixtures.shippedRulebook()
    }

    static let lan = Nominee.person(id: "P-0142", name: PersonName(family: "Nguyễn", middle: "Thị", given: "Lan"), sex: .female)
    static let household = Nominee.named(id: "H-0007", type: .household, name: "Hộ ông Trần Văn Cường", groupID: "G-03",
                                         head: PersonName(family: "Trần", middle: "Văn", given: "Cường"), sex: .male)

    /// A draft that passes: LĐTT for an existing person, this year.
    static func validDraft() -> NominationDraft {
        var draft = NominationDraft(year: 2026)
        draft.nominee = .existing(lan)
        draft.award = "lao-dong-tien-tien"
        draft.kind = .congTrang
        return draft
    }

    static func newPerson(family: String = "Nguyễn", middle: String = "Thị", given: String = "Lan",
                          birth: String = "") -> NomineeDraft {
        var draft = NomineeDraft(type: .person)
        draft.familyName = family
        draft.middleName = middle
        draft.givenName = given
        draft.birthDate = birth
        draft.sex = .female
        return draft
    }

    func issues(_ draft: NominationDraft) -> [ValidationIssue] {
        draft.validate(rulebook: rulebook, today: Self.today)
    }

    func issues(with nominee: NomineeDraft) -> [ValidationIssue] {
        var draft = Self.validDraft()
        draft.nominee = .new(nominee)
        return issues(draft)
    }

    @Test func completeDraftHasNoIssues() {
        #expect(issues(Self.validDraft()) == [])
    }

    @Test func completeDraftWithNewPersonHasNoIssues() {
        #expect(issues(with: Self.newPerson(birth: "09/03/1984")) == [])
        #expect(issues(with: Self.newPerson(middle: "", birth: "9/3/1984")) == [])
    }

    @Test func emptyDraftNeedsNomineeAndAward() {
        let found = issues(NominationDraft(year: 2026))
        #expect(found == [ValidationIssue(.nominee, .required), ValidationIssue(.award, .required)])
    }

    @Test func missingKindIsRequired() {
        var draft = Self.validDraft()
        draft.kind = nil
        #expect(issues(draft) == [ValidationIssue(.kind, .required)])
    }

    @Test func newPersonNeedsFamilyAndGivenNames() {
        let found = issues(with: Self.newPerson(family: "  ", middle: "", given: ""))
        #expect(found.contains(ValidationIssue(.familyName, .required)))
        #expect(found.contains(ValidationIssue(.givenName, .required)))
        #expect(!found.contains { $0.field == .middleName })
        #expect(found.count == 2)
    }

    @Test(arguments: ["Nguyễn2", "L3", "Nguyễn_", "Trần@"])
    func familyNameWithDigitsOrSymbolsIsNotAName(_ family: String) {
        #expect(issues(with: Self.newPerson(family: family)) == [ValidationIssue(.familyName, .notAName)])
    }

    @Test func middleAndGivenNamesAreCheckedToo() {
        #expect(issues(with: Self.newPerson(middle: "Thị 2")) == [ValidationIssue(.middleName, .notAName)])
        #expect(issues(with: Self.newPerson(given: "Lan1")) == [ValidationIssue(.givenName, .notAName)])
    }

    @Test(arguments: ["Tôn Nữ", "H'Hen", "Nguyễn-Phạm", "Đặng"])
    func namesWithSpacesHyphensAndApostrophesAreAccepted(_ family: String) {
        #expect(issues(with: Self.newPerson(family: family)) == [])
    }

    @Test(arguments: ["31/02/1990", "29/02/1990", "1990-03-09", "15/13/1990", "abc", "01/01/1850"])
    func invalidBirthDate(_ birth: String) {
        #expect(issues(with: Self.newPerson(birth: birth)) == [ValidationIssue(.birthDate, .invalidDate)])
    }

    @Test func birthDateAfterTodayIsInTheFuture() {
        #expect(issues(with: Self.newPerson(birth: "16/03/2026")) == [ValidationIssue(.birthDate, .futureDate)])
        #expect(issues(with: Self.newPerson(birth: "01/01/2030")) == [ValidationIssue(.birthDate, .futureDate)])
        #expect(issues(with: Self.newPerson(birth: "15/03/2026")) == [])
        #expect(issues(with: Self.newPerson(birth: "29/02/2024")) == [])
    }

    @Test(arguments: ["1999", "20266", "2028", "abcd", "-2026", "26", "2026.0"])
    func yearOutOfRange(_ year: String) {
        var draft = Self.validDraft()
        draft.year = year
        #expect(issues(draft) == [ValidationIssue(.year, .yearOutOfRange)])
    }

    @Test(arguments: ["", "   "])
    func emptyYearIsRequired(_ year: String) {
        var draft = Self.validDraft()
        draft.year = year
        #expect(issues(draft) == [ValidationIssue(.year, .required)])
    }

    @Test(arguments: ["2027", "2026", "2000", " 2025 "])
    func yearsUpToNextYearAreAccepted(_ year: String) {
        var draft = Self.validDraft()
        draft.year = year
        #expect(issues(draft) == [])
    }

    @Test func yearValue() {
        var draft = Self.validDraft()
        draft.year = " 2025 "
        #expect(draft.yearValue == 2025)
        draft.year = "năm"
        #expect(draft.yearValue == nil)
    }

    @Test func awardNotForTheNomineeType() {
        var draft = Self.validDraft()
        draft.nominee = .existing(Self.household)
        #expect(issues(draft) == [ValidationIssue(.award, .awardNotForNominee)])
        draft.award = "giay-khen"
        #expect(issues(draft) == [])
    }

    @Test func unknownAwardCodeIsReported() {
        var draft = Self.validDraft()
        draft.award = "huan-chuong"
        #expect(issues(draft) == [ValidationIssue(.award, .required)])
    }

    @Test func kindNotAllowedForTheAward() {
        var draft = Self.validDraft()
        draft.kind = .dotXuat
        #expect(issues(draft) == [ValidationIssue(.kind, .kindNotAllowed)])
    }

    @Test func thematicAwardNeedsAMovement() {
        var draft = Self.validDraft()
        draft.award = "giay-khen"
        draft.kind = .chuyenDe
        #expect(issues(draft) == [ValidationIssue(.movement, .movementRequired)])
        draft.movementID = "M-02"
        #expect(issues(draft) == [])
    }

    @Test func newHouseholdNeedsItsGroup() {
        var household = NomineeDraft(type: .household)
        household.familyName = "Trần"
        household.middleName = "Văn"
        household.givenName = "Cường"
        var draft = Self.validDraft()
        draft.award = "giay-khen"
        draft.nominee = .new(household)
        #expect(issues(draft) == [ValidationIssue(.group, .required)])
        household.groupID = "G-03"
        draft.nominee = .new(household)
        #expect(issues(draft) == [])
    }

    @Test func newCollectiveNeedsAName() {
        var draft = Self.validDraft()
        draft.award = "giay-khen"
        draft.nominee = .new(NomineeDraft(type: .collective))
        #expect(issues(draft) == [ValidationIssue(.name, .required)])
        var named = NomineeDraft(type: .collective)
        named.name = "Văn phòng HĐND và UBND"
        draft.nominee = .new(named)
        #expect(issues(draft) == [])
    }

    @Test func issuesComeInFormOrder() {
        var draft = NominationDraft(year: 1990)
        draft.nominee = .new(Self.newPerson(family: "", given: "", birth: "31/02/1990"))
        draft.award = "lao-dong-tien-tien"
        draft.kind = .chuyenDe
        #expect(issues(draft) == [
            ValidationIssue(.familyName, .required),
            ValidationIssue(.givenName, .required),
            ValidationIssue(.birthDate, .invalidDate),
            ValidationIssue(.kind, .kindNotAllowed),
            ValidationIssue(.year, .yearOutOfRange),
            ValidationIssue(.movement, .movementRequired),
        ])
    }

    @Test func nomineeChoiceType() {
        #expect(NomineeChoice.existing(Self.household).type == .household)
        #expect(NomineeChoice.new(NomineeDraft(type: .residentialGroup)).type == .residentialGroup)
    }

    @Test func editingDraftCopiesTheNomination() {
        let nomination = Nomination(id: "2025-GK-0004", year: 2025, award: "giay-khen", kind: .chuyenDe,
                                    nomineeID: Self.lan.id, movementID: "M-02", status: .returned,
                                    facts: Facts(rating: .tot), note: "xem lại")
        let draft = NominationDraft(editing: nomination, nominee: Self.lan)
        #expect(draft.id == "2025-GK-0004")
        #expect(draft.year == "2025")
        #expect(draft.award == "giay-khen")
        #expect(draft.kind == .chuyenDe)
        #expect(draft.movementID == "M-02")
        #expect(draft.status == .returned)
        #expect(draft.note == "xem lại")
        #expect(draft.facts == Facts(rating: .tot))
        #expect(draft.nominee == .existing(Self.lan))
        #expect(issues(draft) == [])
    }

    @Test func nomineeDraftPersonName() {
        let draft = Self.newPerson(family: " Nguyễn ", middle: "Thị  Hồng", given: "Nhung")
        #expect(draft.personName.fullName == "Nguyễn Thị Hồng Nhung")
    }
}
