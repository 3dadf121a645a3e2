import Commendation
import Testing

/// Numbers in words for the money lines, the names of documents on the command line, and the
/// ward's names in headers.
@Suite struct DocumentWordsTests {
    @Test(arguments: [
        (0, "không"), (5, "năm"), (10, "mười"), (11, "mười một"), (15, "mười lăm"), (21, "hai mươi mốt"),
        (24, "hai mươi tư"), (25, "hai mươi lăm"), (30, "ba mươi"), (105, "một trăm linh năm"), (110, "một trăm mười"),
        (1_005, "một nghìn không trăm linh năm"), (710_000, "bảy trăm mười nghìn"),
        (2_340_000, "hai triệu ba trăm bốn mươi nghìn"), (1_053_000, "một triệu không trăm năm mươi ba nghìn"),
        (1_000_000_000, "một tỷ"), (-15, "âm mười lăm"),
    ])
    func numbersInWords(_ number: Int, _ words: String) {
        #expect(VietnameseNumberWords.words(number) == words)
    }

    @Test func southernReadingAndMoney() {
        #expect(VietnameseNumberWords.words(105, zeroTens: .le) == "một trăm lẻ năm")
        #expect(VietnameseNumberWords.dong(4_820_000) == "Bốn triệu tám trăm hai mươi nghìn đồng")
        #expect(VietnameseNumberWords.figures(4_820_000) == "4.820.000")
        #expect(VietnameseNumberWords.figures(710) == "710")
    }

    @Test(arguments: [
        ("tờ-trình", DocumentKind.submission), ("to-trinh", .submission), ("TỜ TRÌNH", .submission), ("totrinh", .submission),
        ("danh-sách", .nominationList), ("danh_sach", .nominationList), ("biên-bản", .minutes), ("bienban", .minutes),
        ("minutes", .minutes), ("quyết-định", .decision), ("quyet-dinh", .decision), ("niêm-yết", .posting),
        ("niem-yet", .posting), ("posting", .posting),
    ])
    func documentKindsAcceptAccentsOrNot(_ argument: String, _ kind: DocumentKind) {
        #expect(DocumentKind(argument: argument) == kind)
        // Decomposed input (NFD from some keyboards) reads the same.
        #expect(DocumentKind(argument: argument.decomposedStringWithCanonicalMapping) == kind)
    }

    @Test func unknownKindsAndFileNames() {
        #expect(DocumentKind(argument: "báo-cáo") == nil)
        #expect(DocumentKind(argument: "") == nil)
        #expect(DocumentKind.minutes.fileName(scope: "PH-2026-02", format: .plainText) == "bien-ban-PH-2026-02.txt")
        #expect(DocumentKind.decision.fileName(scope: "125/QĐ-UBND", format: .markdown) == "quyet-dinh-125-QD-UBND.md")
    }

    @Test func wardNamesInHeaders() {
        let ward = WardIdentity(name: " Phường Đầm Hà ")
        #expect(ward.level == "phường" && ward.place == "Đầm Hà")
        #expect(ward.committee == "Ủy ban nhân dân phường Đầm Hà")
        #expect(ward.council == "Hội đồng Thi đua – Khen thưởng phường Đầm Hà")
        #expect(ward.committeeHeader(number: nil, symbol: "QĐ-UBND", date: nil, year: 2026).issuingBody == "Phường Đầm Hà")
        let town = WardIdentity(name: "Thị trấn Cái Rồng")
        #expect(town.level == "thị trấn" && town.place == "Cái Rồng")
        let bare = WardIdentity(name: "Quảng Lợi")
        #expect(bare.level == "xã" && bare.place == "Quảng Lợi")
    }
}
