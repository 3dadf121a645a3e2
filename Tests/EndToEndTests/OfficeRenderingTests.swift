import Foundation
import Testing

/// Every Word and Excel file tdkt writes for the demo ward, opened by LibreOffice (headless,
/// converted to PDF) and read back with poppler: each page A4, the page counts a clerk expects,
/// and the words of the text rendering on the page, Vietnamese marks intact and in NFC. Skipped,
/// saying why, where LibreOffice or poppler is not installed (`.ci/run` installs them).
@Suite(.enabled(if: Office.available, "LibreOffice (soffice) or poppler (pdftotext, pdfinfo) is not installed: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation"))
final class OfficeRenderingTests {
    private let fixture: DemoStoreFolder
    private var folder: String { fixture.folder }

    init() throws {
        fixture = try DemoStoreFolder("office")
    }

    private func tdkt(_ arguments: [String]) throws -> CommandResult {
        try runCommand([fixture.tdkt] + arguments + ["--store", fixture.store],
                       environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": folder + "/config"])
    }

    /// A document: its command's arguments, the file written, the pages its PDF has (nil: any).
    private struct Paper {
        var arguments: [String]
        var file: String
        var pages: Int?
        /// The arguments that give the same document as 80-column text, to compare the words.
        var text: [String]?
    }

    private var papers: [Paper] {
        let out = folder + "/papers/"
        func document(_ kind: String, _ scope: [String], _ format: String, file: String, pages: Int?) -> Paper {
            Paper(arguments: ["document", kind] + scope + ["--format", format, "--output", out], file: out + file, pages: pages,
                  text: format == "docx" ? ["document", kind] + scope + ["--format", "txt"] : nil)
        }
        let session = ["--session", "PH-2026-01"], issued = ["--decision", "215/QĐ-UBND"]
        return [
            document("to-trinh", session, "docx", file: "to-trinh-PH-2026-01.docx", pages: 1),
            document("danh-sach", session, "docx", file: "danh-sach-PH-2026-01.docx", pages: 1),
            document("bien-ban", session, "docx", file: "bien-ban-PH-2026-01.docx", pages: nil),
            document("quyet-dinh", session, "docx", file: "quyet-dinh-PH-2026-01.docx", pages: 2),
            document("quyet-dinh", issued, "docx", file: "quyet-dinh-215-QD-UBND.docx", pages: 2),
            document("chi-tien", issued, "docx", file: "chi-tien-215-QD-UBND.docx", pages: 1),
            document("niem-yet", ["--year", "2026", "--from", "12/11/2026", "--read-only"], "docx", file: "niem-yet-2026.docx", pages: nil),
            document("danh-sach", session, "xlsx", file: "danh-sach-PH-2026-01.xlsx", pages: 1),
            document("bien-ban", session, "xlsx", file: "bien-ban-PH-2026-01.xlsx", pages: 1),
            document("quyet-dinh", issued, "xlsx", file: "quyet-dinh-215-QD-UBND.xlsx", pages: 1),
            document("chi-tien", issued, "xlsx", file: "chi-tien-215-QD-UBND.xlsx", pages: 1),
            document("niem-yet", ["--year", "2026", "--from", "12/11/2026", "--read-only"], "xlsx", file: "niem-yet-2026.xlsx", pages: 1),
            Paper(arguments: ["export", "--format", "xlsx", "--output", out + "de-nghi.xlsx"], file: out + "de-nghi.xlsx", pages: nil),
            Paper(arguments: ["report", "--year", "2025", "--output", out], file: out + "bao-cao-thong-ke-2025.xlsx", pages: 2),
            Paper(arguments: ["certificates", "--decision", "215/QĐ-UBND", "--output", out], file: out + "giay-khen-215-QD-UBND.docx",
                  pages: 4),
            Paper(arguments: ["certificates", "--calibrate", "--blank", "giay-khen", "--output", out], file: out + "can-chinh-giay-khen.docx",
                  pages: 1),
        ]
    }

    @Test func everyFileOpensInLibreOfficeAsA4WithTheTextOfTheTextRendering() throws {
        let papers = self.papers
        for paper in papers {
            let result = try tdkt(paper.arguments)
            #expect(result.status == 0, "\(paper.arguments): \(result.errors)")
        }
        // Word and Excel files of one document share a name: a folder of PDFs for each.
        var conversion = CommandResult(status: 0, output: "", errors: "")
        for ext in ["docx", "xlsx"] {
            conversion = try runCommand([Office.soffice, "-env:UserInstallation=file://\(folder)/libreoffice", "--headless",
                                         "--convert-to", "pdf", "--outdir", folder + "/pdf-" + ext]
                                        + papers.map(\.file).filter { $0.hasSuffix(ext) }, environment: ["HOME": folder])
            #expect(conversion.status == 0, "\(conversion.errors)")
        }
        let pdfs = folder + "/pdf-docx"
        for paper in papers {
            let pdf = folder + "/pdf-" + (paper.file as NSString).pathExtension + "/"
                + ((paper.file as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf"
            let info = try runCommand(["pdfinfo", "-f", "1", "-l", "999", pdf])
            #expect(info.status == 0, "\(paper.file) was not converted: \(conversion.output) \(conversion.errors)")
            let sizes = info.output.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }
            #expect(!sizes.isEmpty)
            for size in sizes {
                #expect(size.contains("(A4)"), "\(paper.file): \(size)")
            }
            if let pages = paper.pages { #expect(sizes.count == pages, "\(paper.file): \(sizes.count) pages") }
            let text = try runCommand(["pdftotext", "-enc", "UTF-8", pdf, "-"]).output
            #expect(!text.isEmpty)
            #expect(text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars), "\(paper.file) is not NFC")
            if let arguments = paper.text {
                let rendering = try tdkt(arguments).output
                let onPage = Set(words(text))
                let missing = words(rendering).filter { !onPage.contains($0) }
                #expect(missing.isEmpty, "\(paper.file): not on the page: \(missing.prefix(10))")
            }
        }
        // The certificates name each person of the decision; the payment list its total.
        let certificates = try runCommand(["pdftotext", "-enc", "UTF-8", pdfs + "/giay-khen-215-QD-UBND.pdf", "-"]).output
        #expect(certificates.contains("Bà Hoàng Thị Lan") && certificates.contains("Số sổ vàng: 1/2025"))
        #expect(certificates.contains("LAO ĐỘNG TIÊN TIẾN"))
    }

    /// The cells a spreadsheet holds: numbers for money, dates shown dd/mm/yyyy.
    @Test func theListsOpenInCalcWithTheRightCells() throws {
        let out = folder + "/lists/"
        #expect(try tdkt(["document", "chi-tien", "--decision", "215/QĐ-UBND", "--format", "xlsx", "--output", out]).status == 0)
        #expect(try tdkt(["export", "--format", "xlsx", "--year", "2025", "--output", out + "de-nghi.xlsx"]).status == 0)
        // Money as stored (raw values); the export as shown (formatted).
        for (file, shown) in [("chi-tien-215-QD-UBND.xlsx", "false"), ("de-nghi.xlsx", "true")] {
            let conversion = try runCommand([Office.soffice, "-env:UserInstallation=file://\(folder)/libreoffice", "--headless",
                                             "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,\(shown)",
                                             "--outdir", folder + "/csv", out + file], environment: ["HOME": folder])
            #expect(conversion.status == 0, "\(conversion.errors)")
        }
        let payments = try String(contentsOfFile: folder + "/csv/chi-tien-215-QD-UBND.csv", encoding: .utf8)
        #expect(payments.contains("1,Hoàng Thị Lan,Lao động tiên tiến,710000,"), "\(payments)")
        #expect(payments.contains("Tổng cộng,,2840000,"))
        let export = try String(contentsOfFile: folder + "/csv/de-nghi.csv", encoding: .utf8)
        #expect(export.contains(",Công trạng,") && export.contains(",Cá nhân,") && export.contains("Hoàn thành xuất sắc nhiệm vụ"))
        #expect(export.contains(",Lao động tiên tiến,"))
        #expect(export.contains("18/12/2025"))  // the decision's day, a date shown dd/mm/yyyy
        #expect(!export.contains("cong-trang") && !export.contains(",person,"))
    }

    /// The words of a text: letters and digits with their marks, without the frames of text
    /// tables and rules.
    private func words(_ text: String) -> [String] {
        text.precomposedStringWithCanonicalMapping
            .split(whereSeparator: { $0.isWhitespace || $0 == "|" || $0 == "\u{00A0}" })
            .map(String.init)
            .filter { $0.contains(where: { $0.isLetter }) && !$0.contains("─") && !$0.contains("═") && !$0.hasPrefix("+-") }
    }
}

/// Where LibreOffice and poppler are.
enum Office {
    static let soffice = which("soffice") ?? "soffice"
    static let available = which("soffice") != nil && which("pdftotext") != nil && which("pdfinfo") != nil

    private static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
