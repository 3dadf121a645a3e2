import Foundation
import Testing

/// `tdkt document` and `tdkt pending` on the demo ward, as a script calls them: names with or
/// without accents, formats, files and folders, exit codes and messages.
@Suite final class CommandLineDocumentTests {
    private let fixture: DemoStoreFolder
    private var folder: String { fixture.folder }
    private var store: String { fixture.store }
    private var tdkt: String { fixture.tdkt }

    init() throws {
        fixture = try DemoStoreFolder("doc")
    }

    private func tdkt(_ arguments: String...) throws -> CommandResult {
        try runCommand([tdkt] + arguments + ["--store", store], environment: ["LANG": "C.UTF-8"])
    }

    @Test func theMinutesWithAccentsOrWithout() throws {
        let accented = try tdkt("document", "biên-bản", "--session", "PH-2026-01", "--format", "txt")
        let plain = try tdkt("document", "bien-ban", "--session", "PH-2026-01", "--format", "txt")
        #expect(accented.status == 0, "\(accented.errors)")
        #expect(accented.output == plain.output)
        #expect(accented.output.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(accented.output.contains("Đầm Hà, ngày 10 tháng 11 năm 2026"))
        #expect(accented.output.contains("BIÊN BẢN"))
        #expect(accented.output.contains("12/14 có mặt = 85,7 %; cần ≥ 80 %"))
    }

    @Test func theDecisionDraftAndAnIssuedDecision() throws {
        let draft = try tdkt("document", "quyết-định", "--session", "PH-2026-01")
        #expect(draft.status == 0, "\(draft.errors)")
        #expect(draft.output.contains("Số:\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/QĐ-UBND"))
        #expect(draft.output.contains("Hai triệu năm trăm ba mươi nghìn đồng"))
        let issued = try tdkt("document", "quyet-dinh", "--decision", "436/QĐ-UBND", "--format", "csv")
        #expect(issued.status == 0, "\(issued.errors)")
        #expect(issued.output.contains("\r\n"))
        let missing = try tdkt("document", "quyet-dinh", "--decision", "999/QĐ-UBND")
        #expect(missing.status == 2)
        #expect(missing.errors.contains("Không có quyết định số 999/QĐ-UBND."))
    }

    @Test func filesAndFoldersAreWrittenButNeverReplacedSilently() throws {
        let out = folder + "/van-ban/"
        let first = try tdkt("document", "danh-sach", "--session", "PH-2026-01", "--format", "csv", "--output", out)
        #expect(first.status == 0, "\(first.errors)")
        let path = out + "danh-sach-PH-2026-01.csv"
        #expect(first.errors.contains("Đã ghi " + path))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))  // spreadsheets read it as UTF-8
        let again = try tdkt("document", "danh-sach", "--session", "PH-2026-01", "--format", "csv", "--output", out)
        #expect(again.status == 5)
        #expect(again.errors.contains("đã có; thêm --force để ghi đè"))
        let forced = try tdkt("document", "danh-sach", "--session", "PH-2026-01", "--format", "csv", "--output", out, "--force")
        #expect(forced.status == 0)
        // Whatever the umask, the file is the clerk's alone; replaced, it still is.
        let loose = try runCommand(["/bin/sh", "-c", "umask 000; exec \"$0\" \"$@\"", tdkt, "document", "quyet-dinh", "--decision",
                                    "436/QĐ-UBND", "--format", "docx", "--output", out, "--store", store])
        #expect(loose.status == 0, "\(loose.errors)")
        let word = out + "quyet-dinh-436-QD-UBND.docx"
        #expect((try FileManager.default.attributesOfItem(atPath: word)[.posixPermissions] as? Int) == 0o600)
        let replaced = try runCommand(["/bin/sh", "-c", "umask 000; exec \"$0\" \"$@\"", tdkt, "document", "quyet-dinh", "--decision",
                                       "436/QĐ-UBND", "--format", "docx", "--output", out, "--store", store, "--force"])
        #expect(replaced.status == 0, "\(replaced.errors)")
        #expect((try FileManager.default.attributesOfItem(atPath: word)[.posixPermissions] as? Int) == 0o600)
    }

    @Test func mistakesAreNamed() throws {
        let kind = try tdkt("document", "báo-cáo")
        #expect(kind.status == 2)
        #expect(kind.errors.contains("không có loại văn bản «báo-cáo»"))
        let format = try tdkt("document", "bien-ban", "--format", "pdf")
        #expect(format.status == 2)
        #expect(format.errors.contains("--format: «pdf»"))
        let word = try tdkt("document", "bien-ban", "--format", "docx")
        #expect(word.status == 2)
        #expect(word.errors.contains("--format docx ghi ra tệp"))
        let sheet = try tdkt("document", "to-trinh", "--format", "xlsx", "--output", folder + "/x/")
        #expect(sheet.status == 2)
        #expect(sheet.errors.contains("tờ trình không phải danh sách"))
        let date = try tdkt("document", "to-trinh", "--session", "PH-2026-01", "--date", "31/02/2026")
        #expect(date.status == 2)
        #expect(date.errors.contains("--date: «31/02/2026» không phải là ngày"))
        let nothing = try tdkt("document", "to-trinh", "--session", "PH-2026-02")
        #expect(nothing.status == 2)
        #expect(nothing.errors.contains("Phiên họp PH-2026-02 chưa đề nghị khen thưởng hồ sơ nào"))
        let english = try runCommand([tdkt, "document", "posting", "--year", "2031", "--store", store, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.errors.contains("No household is proposed for Gia đình văn hóa in 2031"))
    }

    /// A decision of 06/12/2026 pays Đặng Văn Quý's higher title once at 2 530 000 đ (NĐ
    /// 161/2026); dated 30/06/2026, at the base before (NĐ 73/2024). The payment list agrees.
    @Test func theDecisionsDateSetsItsMoney() throws {
        let december = try tdkt("document", "quyet-dinh", "--session", "PH-2026-01", "--date", "06/12/2026")
        let june = try tdkt("document", "quyet-dinh", "--session", "PH-2026-01", "--date", "30/06/2026")
        #expect(december.status == 0 && june.status == 0, "\(december.errors) \(june.errors)")
        #expect(december.output.contains("tổng số tiền: 2.530.000 đồng"), "\(december.output)")
        #expect(june.output.contains("tổng số tiền: 2.340.000 đồng"), "\(june.output)")
        for output in [december.output, june.output] {
            // The LĐTT of the same person and year is listed without money, and says why.
            #expect(output.contains("Không chi tiền thưởng: cùng năm được thưởng theo danh hiệu Chiến sĩ thi đua cơ sở"))
            #expect(!output.contains("710.000") && !output.contains("760.000"))
        }
        let payments = try tdkt("document", "chi-tiền", "--session", "PH-2026-01", "--date", "06/12/2026", "--format", "txt")
        #expect(payments.status == 0, "\(payments.errors)")
        #expect(payments.output.contains("DANH SÁCH CHI TIỀN THƯỞNG"))
        #expect(payments.output.contains("Ký nhận"))
        #expect(payments.output.contains("Tổng số tiền: 2.530.000 đồng (Bằng chữ: Hai triệu năm trăm ba mươi nghìn đồng)."))
        #expect(payments.output.contains("Mức lương cơ sở dùng để tính: 2.530.000 đồng/tháng (NĐ 161/2026/NĐ-CP"))
    }

    @Test func pendingShowsTheGroupsOnTheCommandLine() throws {
        let table = try tdkt("pending", "--on", "29/11/2026")
        #expect(table.status == 0, "\(table.errors)")
        #expect(table.output.contains("Quá hạn (2)"), "\(table.output)")
        #expect(table.output.contains("quá 4 ngày"))
        let json = try tdkt("pending", "--on", "29/11/2026", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let groups = try #require(object["groups"] as? [[String: Any]])
        let counts = Dictionary(uniqueKeysWithValues: groups.compactMap { group in
            (group["group"] as? String).map { ($0, group["count"] as? Int ?? -1) }
        })
        #expect(counts == ["overdue": 2, "missing-information": 2, "not-received": 1, "awaiting-council": 6,
                           "awaiting-decision": 1, "submitted": 1])
        #expect(object["count"] as? Int == 13)
    }
}
