import Commendation
import CommendationStore
import Foundation
import Testing

/// An import allocates each new nomination the next free number of its year and award, once
/// per series, and never a number already in the store.
@Suite struct ImportIDTests {
    @Test func newNominationsContinueEachSeries() throws {
        try withStore(demo: true) { store, _ in
            let books = try rulebooks()
            let rulebook: (Int) -> Rulebook? = { books.rulebook(forYear: $0) }
            let before = Set(try store.nominations(year: 2026, award: "lao-dong-tien-tien").map(\.nomination.id))
            let highest = try #require(before.compactMap(NominationID.number(of:)).max())
            let csv = """
                Họ và tên;Ngày sinh;Danh hiệu;Năm;Xếp loại
                Lý Thị Mai;01/02/1985;Lao động tiên tiến;2026;Hoàn thành tốt nhiệm vụ
                Hà Văn Sơn;03/04/1979;Lao động tiên tiến;2026;Hoàn thành tốt nhiệm vụ
                Mạc Thị Lan;05/06/1990;Lao động tiên tiến;2026;Hoàn thành tốt nhiệm vụ
                Vi Văn Tâm;07/08/1988;Giấy khen;2026;Hoàn thành tốt nhiệm vụ
                """
            let reading = ImportReading.read(try CSVReader.read(csv), kind: .nominations, rulebook: rulebook, defaultYear: 2026)
            let plan = try store.planImport(reading, rulebook: rulebook)
            #expect(plan.problems.isEmpty, "\(plan.problems)")
            let summary = try store.applyImport(plan, rulebook: rulebook)
            let expected = (1...3).map { NominationID.make(year: 2026, idCode: "LDTT", number: highest + $0) }
            #expect(Array(summary.nominations.prefix(3)) == expected)
            #expect(before.isDisjoint(with: summary.nominations))
            #expect(summary.nominations.count == 4)
            #expect(summary.nominations.last?.hasPrefix("2026-GK-") == true)
        }
    }
}
