import Testing
import Commendation
import Papers

/// Every document of the Đầm Hà fixture in every format, against its golden file.
@Suite("Documents: goldens")
struct DocumentGoldenTests {
    @Test(arguments: DocumentFormat.allCases)
    func submission(_ format: DocumentFormat) {
        assertDocumentGolden(DamHa.submission.text(format),
                             named: "to-trinh.\(format.fileExtension)")
    }

    @Test(arguments: DocumentFormat.allCases)
    func nominationList(_ format: DocumentFormat) {
        assertDocumentGolden(DamHa.nominationList.text(format),
                             named: "danh-sach-de-nghi.\(format.fileExtension)")
    }

    @Test(arguments: DocumentFormat.allCases)
    func minutes(_ format: DocumentFormat) {
        assertDocumentGolden(DamHa.minutes.text(format),
                             named: "bien-ban.\(format.fileExtension)")
    }

    @Test(arguments: DocumentFormat.allCases)
    func decisionDraft(_ format: DocumentFormat) {
        assertDocumentGolden(DamHa.decision.text(format),
                             named: "quyet-dinh.\(format.fileExtension)")
    }

    @Test(arguments: DocumentFormat.allCases)
    func postingList(_ format: DocumentFormat) {
        assertDocumentGolden(DamHa.posting.text(format),
                             named: "niem-yet-gdvh.\(format.fileExtension)")
    }

    /// An unnumbered, undated draft: "Số:      /QĐ-UBND", "ngày      tháng      năm 2026".
    @Test(arguments: [DocumentFormat.markdown, .plainText])
    func unnumberedDraft(_ format: DocumentFormat) {
        var input = DamHa.decision
        input.header = DocumentHeader(parentBody: "Ủy ban nhân dân", issuingBody: "Phường Đầm Hà", number: nil,
                                      symbol: "QĐ-UBND", place: "Đầm Hà", date: nil, year: 2026)
        assertDocumentGolden(input.text(format),
                             named: "quyet-dinh-du-thao.\(format.fileExtension)")
    }
}
