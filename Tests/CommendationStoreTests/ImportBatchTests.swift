import Commendation
import CommendationStore
import Foundation
import Testing

/// An import inserts new nominees many to a statement: every one is stored, found by search and
/// audited, and a nomination finds its new nominee already stored.
@Suite struct ImportBatchTests {
    @Test func moreNomineesThanOneBatchAreAllStoredFoundAndAudited() throws {
        try withStore(demo: true) { store, _ in
            let books = try rulebooks()
            let rulebook: (Int) -> Rulebook? = { books.rulebook(forYear: $0) }
            let nomineesBefore = try store.nomineeCount()
            let auditBefore = try store.auditCount()
            // 1 203 new people: more than one batch of nominees (a full one of 1 000 and one of 203)
            // and of audit rows (twelve full ones of 100 and one of three).
            var people = "Họ;Đệm;Tên;Ngày sinh;Giới tính\n"
            for index in 0..<1_203 {
                people += "Lò;Văn;Khuê \(index);01/02/1985;Nam\n"
            }
            let reading = ImportReading.read(try CSVReader.read(people), kind: .people, rulebook: rulebook, defaultYear: 2026)
            let plan = try store.planImport(reading, rulebook: rulebook)
            #expect(plan.problems.isEmpty, "\(plan.problems.prefix(3))")
            let summary = try store.applyImport(plan, rulebook: rulebook)
            #expect(summary.nominees.count == 1_203)
            #expect(try store.nomineeCount() == nomineesBefore + 1_203)
            #expect(try store.nomineeCount(filter: "lo van khue") == 1_203)
            #expect(try store.nominees(filter: "khuê 1202", offset: 0, limit: 5).map(\.id) == [summary.nominees[1_202]])
            // New people proposed in a file of nominations: each waits for its nomination.
            let proposals = """
                Họ và tên;Ngày sinh;Danh hiệu;Năm;Xếp loại
                Mạc Thị Quyên;05/06/1990;Lao động tiên tiến;2026;Hoàn thành tốt nhiệm vụ
                Vi Văn Toản;07/08/1988;Lao động tiên tiến;2026;Hoàn thành tốt nhiệm vụ
                """
            let second = try store.planImport(ImportReading.read(try CSVReader.read(proposals), kind: .nominations, rulebook: rulebook,
                                                                 defaultYear: 2026), rulebook: rulebook)
            #expect(second.problems.isEmpty, "\(second.problems)")
            let proposed = try store.applyImport(second, rulebook: rulebook)
            #expect(proposed.nominees.count == 2)
            #expect(try proposed.nominations.map { try store.nomination(id: $0)?.nominee.name } == ["Mạc Thị Quyên", "Vi Văn Toản"])
            #expect(try store.auditCount() == auditBefore + 1_203 + 2 + 2)
            #expect(try store.firstBrokenAuditRow() == nil)
            let audited = try store.auditEntries(about: [summary.nominees[0], summary.nominees[1_202]])
            #expect(audited.count == 2)
        }
    }
}
