import Commendation
@testable import CommendationStore
import Foundation
import Testing
import VietnameseText

/// The audit trail's snapshot of a nominee, written by hand, is the encoder's text byte for byte
/// (rows written before and after the change compare and verify alike).
@Suite struct NomineeSnapshotTests {
    @Test func theHandWrittenSnapshotIsTheEncodersText() throws {
        let name = PersonName(family: "Nguyễn", middle: "Thị \"Út\"", given: "Lan\\Anh")
        let nominees = [
            Nominee(id: "P-0001", type: .person, personName: name, name: name.fullName, sex: .female,
                    birthDate: CivilDate(year: 1984, month: 3, day: 9), personalID: "001084000001", phone: "0912345678",
                    position: "Tổ trưởng/tổ phó\ttạm\n", unitID: "C-01", groupID: "G-02"),
            Nominee(id: "H-0002", type: .household, name: "Hộ bà Trần Thị \u{1}Mai", sex: nil, groupID: "G-03",
                    head: PersonName(family: "Trần", middle: "Thị", given: "Mai"), memberCount: 4),
            Nominee(id: "C-01", type: .collective, name: "Trường Tiểu học Kim Đồng"),
            Nominee(id: "P-0003", type: .person, personName: nil, name: "", sex: .male, householdID: "H-0002"),
        ]
        for nominee in nominees {
            let snapshot = NomineeSnapshot(nominee)
            #expect(snapshot.json == Store.json(snapshot), "\(nominee.id)")
        }
    }
}
