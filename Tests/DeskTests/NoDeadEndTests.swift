import Commendation
import CommendationStore
@testable import Desk
import Testing
import TerminalUI

/// No dead ends, no silent loss (issue 18), at 80×24: a name nobody has is one Enter away in
/// the nominee picker; choosing another nominee asks before dropping what was typed and keeps
/// what still applies; a decision's number can be typed alone; a new nomination can be kept
/// as a draft.
@Suite struct NoDeadEndTests {
    @Test func aNameNobodyHasIsOfferedAsANewNomineeSplitIntoItsParts() throws {
        let pilot = try Pilot("dead-end-picker")
        pilot.type("1")
        pilot.press(.enter)
        pilot.type("Trần Thị Mai Hoa")
        // Nobody matches: the new entries stay, with the name.
        let personRow = try #require(pilot.screen.split(separator: "\n").first { $0.contains("+ Cá nhân mới «Trần Thị Mai Hoa»") })
        #expect(personRow.contains("họ Trần, đệm Thị Mai, tên Hoa"), "\(pilot.screen)")
        #expect(pilot.dialogText.contains("+ Hộ gia đình mới «Trần Thị Mai Hoa»"))
        #expect(pilot.dialogText.contains("+ Tập thể mới «Trần Thị Mai Hoa»"))
        pilot.press(.enter)
        #expect(pilot.dialogText.isEmpty)
        #expect(pilot.screen.contains("Cá nhân mới ▸"))
        #expect(pilot.screen.contains("Họ *                 Trần"), "\(pilot.screen)")
        #expect(pilot.screen.contains("Đệm                  Thị Mai"))
        #expect(pilot.screen.contains("Tên *                Hoa"))
    }

    @Test func aTypedNameThatLooksLikeAHouseholdOrAPlaceOffersThatFirst() throws {
        let pilot = try Pilot("dead-end-guess")
        pilot.type("1")
        pilot.press(.enter)
        pilot.type("Hộ bà Phan Thị Gấm")
        let rows = pilot.screen.split(separator: "\n").filter { $0.contains(" mới «") }
        #expect(rows.first?.contains("+ Hộ gia đình mới «Phan Thị Gấm»") == true, "\(rows)")
        pilot.press(.enter)
        #expect(pilot.screen.contains("Hộ gia đình mới ▸"))
        #expect(pilot.screen.contains("Phan"))
        #expect(pilot.screen.contains("Gấm"))
        #expect(NomineePickerSource.likelyTypes(of: "Trường Tiểu học Đầm Hà").first == .collective)
        #expect(NomineePickerSource.likelyTypes(of: "Khu phố 7").first == .residentialGroup)
        #expect(NomineePickerSource.likelyTypes(of: "Nguyễn An").first == .person)
    }

    /// A new person with a birth date and an ID typed, and Lao động tiên tiến chosen.
    private func typedPerson(_ pilot: Pilot) {
        pilot.type("1")
        pilot.press(.enter)
        pilot.type("Lê Văn Tám")
        pilot.press(.enter)  // + new person «Lê Văn Tám»; the focus on the sex
        pilot.focus(field: "Ngày sinh")
        pilot.type("02/09/1985")
        pilot.focus(field: "Số định danh (CCCD)")
        pilot.type("022085001234")
        pilot.focus(field: "Danh hiệu")
        pilot.press(.right)
        #expect(pilot.screen.contains("Lao động tiên tiến"), "\(pilot.screen)")
    }

    @Test func choosingAnotherNomineeAsksBeforeDroppingWhatWasTyped() throws {
        let pilot = try Pilot("dead-end-replace")
        typedPerson(pilot)
        // Back to the nominee field, and a household instead.
        pilot.focus(field: "Đối tượng")
        pilot.press(.enter)
        pilot.press(.down, .down, .enter)  // + Tạo mới: Hộ gia đình
        // Asked first, naming what would go: the birth date and the ID, not the name.
        #expect(pilot.dialogText.contains("Đổi đối tượng?") || pilot.screen.contains("Đổi đối tượng?"), "\(pilot.screen)")
        #expect(pilot.dialogText.contains("Ngày sinh: 02/09/1985"))
        #expect(pilot.dialogText.contains("022085001234"))
        #expect(!pilot.dialogText.contains("Họ và tên: Lê Văn Tám"))
        // Staying keeps everything.
        pilot.press(.enter)
        #expect(pilot.screen.contains("Cá nhân mới ▸"))
        #expect(pilot.screen.contains("02/09/1985"))
        // Going on: the name becomes the head's; the award (not for households) is cleared, and said so.
        pilot.press(.enter, .down, .down, .enter)
        pilot.press(.right, .enter)
        #expect(pilot.screen.contains("Hộ gia đình mới ▸"))
        #expect(pilot.screen.contains("Họ chủ hộ *"))
        #expect(pilot.screen.contains("Tám"))
        #expect(!pilot.screen.contains("02/09/1985"))
        #expect(pilot.statusBar.contains("Lao động tiên tiến không dành cho hộ gia đình"), "\(pilot.statusBar)")
    }

    @Test func nothingTypedMeansNothingAsked() throws {
        let pilot = try Pilot("dead-end-nothing-typed")
        pilot.type("1")
        pilot.press(.enter, .enter)  // + new person
        pilot.focus(field: "Đối tượng")
        pilot.press(.enter)
        pilot.type("Đặng Văn Quý")
        pilot.press(.enter)  // the one in the store
        #expect(!pilot.screen.contains("Đổi đối tượng?"))
        #expect(pilot.screen.contains("Đặng Văn Quý · Cá nhân"), "\(pilot.screen)")
    }

    @Test func aDecisionNumberTypedAloneGetsItsSymbol() throws {
        #expect(WorkflowDialogs.decisionNumber("230") == "230/QĐ-UBND")
        #expect(WorkflowDialogs.decisionNumber(" 231 ") == "231/QĐ-UBND")
        #expect(WorkflowDialogs.decisionNumber("12/QĐ-CT") == "12/QĐ-CT")
        let pilot = try Pilot("dead-end-decision")
        pilot.type("3")
        pilot.press(.character("/"))
        pilot.type("2026-LDTT-0002")
        pilot.press(.enter, .function(5))
        pilot.type("ra quyet")
        pilot.press(.enter)
        // The number field starts empty: what is typed is the number, not "/QĐ-UBND230".
        #expect(pilot.screen.contains("125 → 125/QĐ-UBND"), "\(pilot.screen)")
        pilot.type("230")
        pilot.press(.function(2))
        #expect(pilot.statusBar.contains("230/QĐ-UBND"), "\(pilot.statusBar)")
        #expect(try pilot.store.decisions().contains { $0.number == "230/QĐ-UBND" })
    }

    @Test func aNewNominationCanBeKeptAsADraft() throws {
        let pilot = try Pilot("dead-end-draft")
        pilot.type("2")
        pilot.type("dang van quy")
        pilot.press(.enter)  // a nomination for him
        pilot.press(.right)  // Lao động tiên tiến
        pilot.focus(field: "Khi lưu")
        pilot.press(.right)
        #expect(pilot.screen.contains("Chỉ lưu nháp, chưa tiếp nhận"))
        pilot.press(.function(2))
        #expect(pilot.statusBar.contains("Đã lưu nháp"), "\(pilot.statusBar)")
        let id = try #require(pilot.titleBar.split(separator: " ").last.map(String.init))
        let saved = try #require(try pilot.store.nomination(id: id))
        #expect(saved.nomination.status == .draft)
        #expect(saved.nomination.receivedOn == nil)
        // Saved: the choice is gone (receiving is a step of the pending review).
        #expect(!pilot.screen.contains("Khi lưu"))
    }
}
