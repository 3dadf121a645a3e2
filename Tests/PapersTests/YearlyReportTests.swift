import Commendation
import Foundation
import Papers
import Testing

/// The yearly figures: movements by duration and method, commendations by nominee, women and
/// kind, and the workbook of the two forms.
@Suite struct YearlyReportTests {
    private let forms = StatisticsForms(
        circular: "Thông tư số 02/2023/TT-BNV", movementsForm: "0601.N/BNV-TĐKT", movementsTitle: "Số phong trào thi đua",
        awardsForm: "0603.N/BNV-TĐKT", awardsTitle: "Số lượng khen thưởng", receiveDay: "15/12", periodStartMonth: 12,
        periodStartDay: 1, recipient: "Sở Nội vụ", certainty: "likely", note: "")

    private var report: YearlyReportInput {
        YearlyReportInput(
            year: 2026, forms: forms, reportingUnit: "Ủy ban nhân dân phường Đầm Hà", receivingUnit: "Sở Nội vụ",
            movements: [Movement(id: "M-01", name: "Thi đua yêu nước", kind: .yearly, from: 2021, to: 2026),
                        Movement(id: "M-02", name: "Đời sống văn hóa", kind: .themed, from: 2026, to: 2026),
                        Movement(id: "M-03", name: "Chuyển đổi số", kind: .themed, from: 2025, to: 2027)],
            awards: [(code: "lao-dong-tien-tien", name: "Lao động tiên tiến"), (code: "gia-dinh-van-hoa", name: "Gia đình văn hóa")],
            granted: [.init(award: "lao-dong-tien-tien", awardName: "Lao động tiên tiến", kind: .congTrang, nomineeType: .person, female: true),
                      .init(award: "lao-dong-tien-tien", awardName: "Lao động tiên tiến", kind: .congTrang, nomineeType: .person, female: false),
                      .init(award: "gia-dinh-van-hoa", awardName: "Gia đình văn hóa", kind: .chuyenDe, nomineeType: .household, female: false)],
            dateLine: "Đầm Hà, ngày 10 tháng 12 năm 2026", signer: .inOwnName(title: "Chủ tịch", name: "Phạm Quang Khải"))
    }

    @Test func theReportingPeriodRunsFromDecember() {
        let period = forms.period(of: 2026)
        #expect(period.lowerBound == CivilDate(year: 2025, month: 12, day: 1))
        #expect(period.upperBound == CivilDate(year: 2026, month: 11, day: 30))
    }

    @Test func movementsByDurationAndMethod() {
        let rows = Dictionary(report.movementRows.filter { !$0.code.isEmpty }.map { ($0.code, $0.counts) }, uniquingKeysWith: { a, _ in a })
        #expect(rows["01"] == [3, 0, 0, 3])
        #expect(rows["07"]?.first == 1)  // 2026 only
        #expect(rows["09"]?.first == 1)  // 2025–2027
        #expect(rows["10"]?.first == 1)  // 2021–2026
        #expect(rows["11"]?.first == 2 && rows["12"]?.first == 1)
    }

    @Test func commendationsByNomineeWomenAndKind() {
        let rows = Dictionary(report.awardRows.filter { !$0.code.isEmpty }.map { ($0.code, $0.counts) }, uniquingKeysWith: { a, _ in a })
        #expect(rows["01"] == [3, 2, 1])
        #expect(rows["03"] == [1, 0, 1])  // households
        #expect(rows["04"] == [2, 2, 0])  // persons
        #expect(rows["05"] == [1, 1, 0])  // of which women
        #expect(rows["06"] == [2, 2, 0] && rows["07"] == [1, 0, 1] && rows["08"] == [0, 0, 0])
    }

    @Test func theWorkbookHasTheHeaderBlockAndBothForms() throws {
        let zip = try ZipReader(try SheetRenderer.workbook(report.papers))
        #expect(zip.names.contains("xl/worksheets/sheet2.xml"))
        let awards = try zip.text("xl/worksheets/sheet2.xml")
        let text = XML.text(awards, tag: "t")
        for phrase in ["Biểu số: 0603.N/BNV-TĐKT", "Đơn vị báo cáo: Ủy ban nhân dân phường Đầm Hà", "Đơn vị nhận báo cáo: Sở Nội vụ",
                       "Ngày nhận báo cáo: 15/12", "Chia ra", "Gia đình văn hóa", "NGƯỜI LẬP BIỂU", "CHỦ TỊCH", "Phạm Quang Khải"] {
            #expect(text.contains(phrase), "«\(phrase)»")
        }
        #expect(awards.contains("state=\"frozen\""))
    }
}
