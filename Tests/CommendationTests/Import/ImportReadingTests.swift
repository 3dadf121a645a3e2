import Commendation
import Testing
import VietnameseText

/// Columns recognised by their Vietnamese headers, names split, cells checked one by one.
@Suite struct ImportReadingTests {
    private func read(_ text: String, kind: ImportKind? = nil) throws -> ImportReading {
        let rulebook = try Fixtures.shippedRulebook()
        return ImportReading.read(try CSVReader.read(text), kind: kind, rulebook: { _ in rulebook }, defaultYear: 2026)
    }

    @Test(arguments: [
        ("Họ và tên", ImportField.fullName), ("HO VA TEN", .fullName), ("ho ten", .fullName), ("Chủ hộ", .head),
        ("Tổ dân phố", .group), ("THON, TO DAN PHO", .group), ("Ngày tháng năm sinh", .birthDate), ("Số CCCD", .personalID),
        ("SĐT", .phone), ("Danh hiệu đề nghị", .award), ("Xếp loại", .rating), ("Họ đệm", .familyAndMiddle), ("Tên", .givenName),
        ("Số nhân khẩu", .memberCount), ("STT", .number), ("Giới tính *", .sex),
    ])
    func headersAreRecognised(_ header: String, _ field: ImportField) {
        #expect(ImportField.recognise(header) == field)
    }

    @Test func aHouseholdListForGiaDinhVanHoa() throws {
        let reading = try read("STT;Họ và tên chủ hộ;Tổ dân phố;Số nhân khẩu;Màu áo\n1;Lê Văn Thắng;Khu phố Bình Minh;4;xanh\n")
        #expect(reading.kind == .households)
        #expect(reading.ignoredHeaders == ["Màu áo"])
        #expect(reading.problems == [])
        let row = try #require(reading.rows.first)
        #expect(row.name == PersonName(family: "Lê", middle: "Văn", given: "Thắng"))
        #expect(row.group == "Khu phố Bình Minh" && row.memberCount == 4)
        #expect(row.award == "gia-dinh-van-hoa" && row.year == 2026)
    }

    @Test func theAwardIsLookedUpInTheRulebookOfTheRowsYearWhereverTheYearColumnStands() throws {
        let rulebook = try Fixtures.shippedRulebook()
        // Only 2025 has a rulebook here; the award column comes before the year column.
        let reading = ImportReading.read(try CSVReader.read("Họ và tên;Danh hiệu;Năm\nNguyễn Văn An;Lao động tiên tiến;2025\n"),
                                         kind: .nominations, rulebook: { $0 == 2025 ? rulebook : nil }, defaultYear: 2026)
        #expect(reading.problems == [])
        #expect(reading.rows.map(\.award) == ["lao-dong-tien-tien"])
    }

    @Test func aLoneNIsNotTakenForASex() throws {
        let reading = try read("Họ và tên;Giới tính\nNguyễn Văn An;N\nLê Thị Ba;Nữ\n", kind: .people)
        #expect(reading.problems.map(\.line) == [2])
        #expect(reading.rows.last?.sex == .female)
    }

    @Test func nominationsWithAwardsByNameAndRatingsInWords() throws {
        let reading = try read("""
            Họ;Đệm;Tên;Ngày sinh;Danh hiệu;Năm;Xếp loại
            Nguyễn;Thị Hồng;Nhung;09/03/1984;Lao động tiên tiến;2025;Hoàn thành tốt nhiệm vụ
            Trần;;Bình;1990-01-02;CSTĐCS;2025;Hoàn thành xuất sắc nhiệm vụ
            """)
        #expect(reading.kind == .nominations)
        #expect(reading.problems == [])
        try #require(reading.rows.map(\.award) == ["lao-dong-tien-tien", "chien-si-thi-dua-co-so"])
        #expect(reading.rows.map(\.rating) == [.tot, .xuatSac])
        #expect(reading.rows[1].name.middle == "" && reading.rows[1].birthDate == Fixtures.date(1990, 1, 2))
    }

    @Test func everyBadCellIsNamedWithItsLineAndColumn() throws {
        let reading = try read("""
            Họ và tên,Giới tính,Ngày sinh,Số định danh,Danh hiệu,Năm
            Nguyễn Văn A,Nam,31/02/1990,001090012345,Lao động tiên tiến,2025
            Trần Thị B,Không rõ,01/01/1991,12345,Danh hiệu lạ,năm ngoái
            ,Nữ,,,,
            """)
        let texts = reading.problems.map { $0.text(.vi) }
        #expect(texts.contains("dòng 2, cột 3 (Ngày sinh): «31/02/1990» không phải là ngày (dd/mm/yyyy)"), "\(texts)")
        #expect(texts.contains("dòng 3, cột 2 (Giới tính): «Không rõ» không phải giới tính (Nam / Nữ)"))
        #expect(texts.contains("dòng 3, cột 4 (Số định danh): «12345» không phải số định danh (12 chữ số)"))
        #expect(texts.contains("dòng 3, cột 5 (Danh hiệu): không có danh hiệu «Danh hiệu lạ» trong quy định"))
        #expect(texts.contains("dòng 3, cột 6 (Năm): «năm ngoái» không phải là năm"))
        #expect(texts.contains("dòng 4, cột 1 (Họ và tên): thiếu họ tên"))
    }

    @Test func aFileWithoutTheNeededColumnsSaysWhich() throws {
        let households = try read("Chủ hộ\nLê Văn Thắng\n", kind: .households)
        #expect(households.problems.map { $0.text(.vi) }.contains("dòng 1: không có cột «Tổ dân phố»"))
        let people = try read("Ghi chú\nabc\n")
        #expect(people.problems.first?.text(.vi) == "dòng 1: không có cột «Họ và tên» (hoặc «Họ», «Đệm», «Tên»)")
    }
}
