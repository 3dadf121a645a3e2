import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing
import WardServices

/// A CSV file imported row by row (`StreamedImportFile`, what `tdkt import` does with a file
/// over 16 MB) reports and writes what the same file read whole (`ImportFile`) reports and
/// writes; a file that changed after its dry run, or a store written since, writes nothing;
/// a large file that is not UTF-8 is refused at its line and byte.
@Suite struct StreamedImportTests {
    static let rulebooks = Result { try Shipped.rulebooks() }
    static func rulebook(_ year: Int) -> Rulebook? { (try? rulebooks.get())?.rulebook(forYear: year) }

    /// A folder of its own with the demo ward's store in it.
    struct Ward {
        let folder: String
        let store: Store

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-streamed-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            store = try Store(path: folder + "/tdkt.sqlite", clock: FixedClock(CivilDate(year: 2026, month: 3, day: 15)!),
                              actor: Actor(osUser: "test", profile: "streamed"))
            try store.loadDemo(Shipped.demoWard(), rulebook: StreamedImportTests.rulebook, baseSalaries: try Shipped.baseSalaries())
        }

        func file(_ name: String, _ text: String) throws -> String {
            let path = folder + "/" + name
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// Files with duplicates, people already in the store, residential groups with and without
    /// accents, CRLF, a byte-order mark, quotes, a note over several lines, and problems.
    static let files: [(kind: ImportKind, text: String)] = [
        (.people, "STT;Họ và tên;Ngày sinh;Giới tính;Tổ dân phố;Ghi chú\n1;Nguyễn Văn An;01/02/1990;Nam;Khu phố Bình Minh;x\n"
            + "2;\"Trần Thị \"\"Bé\"\"\";03/04/1985;Nữ;khu pho tan hai;\n3;Nguyễn Văn An;01/02/1990;Nam;Khu phố Bình Minh;\n"
            + "4;Đỗ Mạnh Cường;03/11/1979;Nam;;\n5;Lê Văn C;32/13/2000;Nam;;\n6;Phạm D;;Nữ;Tổ Không Có;\n\n7;\"Hoàng\nE\";01/01/2001;;;\n"
            + "8;Vũ Thị Gấm;;Nữ;;\"ghi chú\nhai dòng\"\n"),
        (.people, "\u{FEFF}Họ;Đệm;Tên;Ngày sinh\r\nPhạm;Thị Thu;Hương;01/01/1991\r\nVũ;;Đức;12/12/1988\r\nPhạm;Thị Thu;Hương;01/01/1991\r\n"),
        (.households, "STT;Họ và tên chủ hộ;Tổ dân phố;Số nhân khẩu\r\n1;Lê Văn Thắng;Khu phố Bình Minh;4\r\n2;Trần Thị Ước;Khu phố Tân Hải;3\r\n"
            + "3;Lê Văn Thắng;Khu phố Bình Minh;4\r\n4;Hoàng Thị Lan;Khu phố Lê Lợi;0\r\n"),
        (.nominations, "STT,Họ và tên,Ngày sinh,Giới tính,Danh hiệu,Năm,Ghi chú\n"
            + "1,Nguyễn Thị Hồng Nhung,09/03/1984,Nữ,Lao động tiên tiến,2025,\"ghi, chú\"\n"
            + "2,Trần Văn Ước,1990-01-02,Nam,Chiến sĩ thi đua cơ sở,2025,\n3,Đỗ Mạnh Cường,03/11/1979,Nam,Lao động tiên tiến,2025,\n"
            + "4,Đặng Quốc Khánh,30/04/1975,Nam,Danh hiệu Lạ,2025,\n"),
    ]

    /// The same files without their problems, to be written.
    static let importable: [(kind: ImportKind, text: String)] = [
        (.people, "STT;Họ và tên;Ngày sinh;Giới tính;Tổ dân phố;Ghi chú\n1;Nguyễn Văn An;01/02/1990;Nam;Khu phố Bình Minh;x\n"
            + "2;\"Trần Thị \"\"Bé\"\"\";03/04/1985;Nữ;khu pho tan hai;\n3;Nguyễn Văn An;01/02/1990;Nam;Khu phố Bình Minh;\n"
            + "4;Đỗ Mạnh Cường;03/11/1979;Nam;;\n8;Vũ Thị Gấm;;Nữ;;\"ghi chú\nhai dòng\"\n"),
        files[1],
        (.households, "STT;Họ và tên chủ hộ;Tổ dân phố;Số nhân khẩu\r\n1;Lê Văn Thắng;Khu phố Bình Minh;4\r\n2;Trần Thị Ước;Khu phố Tân Hải;3\r\n"
            + "3;Lê Văn Thắng;Khu phố Bình Minh;4\r\n"),
        (.people, "Họ và tên;Số CCCD;Chức vụ\nLý Thị Căn;001184012345;\nMa Văn Vụ;;Công chức Tư pháp – Hộ tịch\nHà Thị Cả;001184012346;Cán bộ\n"),
        (.nominations, "STT,Họ và tên,Ngày sinh,Giới tính,Danh hiệu,Năm\n1,Nguyễn Thị Hồng Nhung,09/03/1984,Nữ,Lao động tiên tiến,2025\n"
            + "2,Trần Văn Ước,1990-01-02,Nam,Chiến sĩ thi đua cơ sở,2025\n3,Đỗ Mạnh Cường,03/11/1979,Nam,Lao động tiên tiến,2025\n"),
    ]

    /// A list of people larger than one piece the stream reads (a megabyte): its notes run
    /// over two lines, so that pieces are cut inside a quoted field, and every tenth row
    /// repeats the one before.
    static func longList(rows: Int) -> String {
        let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"], given = ["An", "Bình", "Cường", "Dũng", "Hương", "Lan", "Ước", "Ánh"]
        var text = "STT;Họ và tên;Ngày sinh;Giới tính;Tổ dân phố;Ghi chú\n"
        for row in 1...rows {
            let number = row % 10 == 0 ? row - 1 : row
            let name = "\(family[number % 8]) Văn \(given[(number / 8) % 8]) \(number)"
            let day = String(format: "%02d/%02d/%d", number % 28 + 1, number % 12 + 1, 1950 + number % 50)
            text += "\(row);\(name);\(day);Nam;\(row % 3 == 0 ? "Khu phố Bình Minh" : "");\"dòng một của ghi chú số \(row)\ndòng hai\"\n"
        }
        return text
    }

    func wholeReport(_ path: String, _ ward: Ward, kind: ImportKind) throws -> [String] {
        let prepared = try ImportFile.prepare(path: path, store: ward.store, rulebook: Self.rulebook, kind: kind, year: 2025)
        return try ImportFile.report(prepared, store: ward.store, rulebook: Self.rulebook, language: .vi)
    }

    func streamedReport(_ path: String, _ ward: Ward, kind: ImportKind) throws -> (lines: [String], checked: StreamedImportFile.Checked) {
        var lines: [String] = []
        let checked = try StreamedImportFile.check(path: path, store: ward.store, rulebook: Self.rulebook, kind: kind, year: 2025,
                                                   language: .vi) { lines.append($0) }
        return (lines, checked)
    }

    @Test func theDryRunReportsWhatTheWholeFileReports() throws {
        let ward = try Ward()
        defer { ward.remove() }
        for (index, file) in (Self.files + [(.people, Self.longList(rows: 16_000))]).enumerated() {
            let path = try ward.file("f\(index).csv", file.text)
            let whole = try wholeReport(path, ward, kind: file.kind)
            let (streamed, checked) = try streamedReport(path, ward, kind: file.kind)
            #expect(streamed == whole, "file \(index)")
            #expect(whole.count > 2)
            let prepared = try ImportFile.prepare(path: path, store: ward.store, rulebook: Self.rulebook, kind: file.kind, year: 2025)
            #expect(checked.count.newNominees == prepared.plan.newNominees && checked.count.newNominations == prepared.plan.newNominations
                    && checked.count.skipped == prepared.plan.skipped.count && checked.count.problems == prepared.plan.problems.count,
                    "file \(index)")
        }
        // The first file's problems are reported, in the file's order.
        let (first, _) = try streamedReport(try ward.file("p.csv", Self.files[0].text), ward, kind: .people)
        #expect(first.filter { $0.hasPrefix("  LỖI") }.map { $0.prefix(13) } == ["  LỖI dòng 6,", "  LỖI dòng 7,", "  LỖI dòng 9,"])
    }

    @Test func rowsLeftOutAndProblemsBeyondTheKeptAreCounted() throws {
        let ward = try Ward()
        defer { ward.remove() }
        var text = "Họ và tên;Ngày sinh\n"
        for row in 0..<6 { text += "Nguyễn Văn Lặp;01/01/1990\nNguyễn Văn Sai \(row);32/01/1990\n" }
        let path = try ward.file("lap.csv", text)
        var lines: [String] = []
        let checked = try StreamedImportFile.check(path: path, store: ward.store, rulebook: Self.rulebook, kind: .people, year: 2025,
                                                   language: .vi, kept: 3) { lines.append($0) }
        #expect(lines.filter { $0.contains(": bỏ qua, trùng với dòng 2") }.count == 3, "\(lines)")
        #expect(lines.contains("  … và 2 dòng bỏ qua khác"), "\(lines)")
        #expect(lines.filter { $0.hasPrefix("  LỖI") }.count == 3)
        #expect(lines.contains("  … và 3 lỗi khác"), "\(lines)")
        #expect(lines.last == "Sẽ thêm 1 đối tượng, 0 đề nghị; bỏ qua 5 dòng trùng; 6 lỗi.")
        #expect(checked.count.skipped == 5 && checked.count.problems == 6)
    }

    /// Every nominee and nomination row, and the audit rows' actions and entities.
    func contents(_ store: Store, _ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT id || '|' || type || '|' || name || '|' || IFNULL(birth_date, '') || '|' || IFNULL(group_id, '') || '|'
                       || IFNULL(personal_id, '') || '|' || IFNULL(member_count, '') || '|' || sort_key || '|' || search_key FROM nominee
                UNION ALL SELECT id || '|' || nominee_id || '|' || year || '|' || award || '|' || status FROM nomination
                UNION ALL SELECT action || '|' || entity || '|' || entity_id FROM audit
                ORDER BY 1
                """)
        }
    }

    @Test func theImportWritesWhatTheWholeFileImportWrites() throws {
        for (index, file) in (Self.importable + [(.people, Self.longList(rows: 3_000))]).enumerated() {
            let whole = try Ward(), streamed = try Ward()
            defer { whole.remove(); streamed.remove() }
            let wholePath = try whole.file("f.csv", file.text), streamedPath = try streamed.file("f.csv", file.text)
            let prepared = try ImportFile.prepare(path: wholePath, store: whole.store, rulebook: Self.rulebook, kind: file.kind, year: 2025)
            #expect(prepared.plan.problems.isEmpty, "file \(index): \(prepared.plan.problems.map { $0.text(.vi) })")
            let summary = try whole.store.applyImport(prepared.plan, rulebook: Self.rulebook)
            let (_, checked) = try streamedReport(streamedPath, streamed, kind: file.kind)
            let written = try StreamedImportFile.apply(path: streamedPath, checked: checked, store: streamed.store, rulebook: Self.rulebook,
                                                       year: 2025)
            #expect(written.nominees == summary.nominees.count && written.nominations == summary.nominations.count, "file \(index)")
            #expect(written.nominees + written.nominations > 0, "file \(index)")
            let expected = try contents(whole.store, whole.folder + "/tdkt.sqlite")
            #expect(try contents(streamed.store, streamed.folder + "/tdkt.sqlite") == expected, "file \(index)")
            // Each new nominee's search key, folded by the plan or not, is the nominee's own.
            let queue = try DatabaseQueue(path: streamed.folder + "/tdkt.sqlite")
            let keys = try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT id, search_key FROM nominee ORDER BY id DESC LIMIT ?", arguments: [written.nominees])
            }
            for row in keys {
                let id: String = row["id"], key: String = row["search_key"]
                #expect(try streamed.store.nominee(id: id)?.searchKey == key, "\(id)")
            }
        }
    }

    @Test func aFileChangedAfterItsDryRunWritesNothing() throws {
        let ward = try Ward()
        defer { ward.remove() }
        let text = Self.importable[0].text
        let path = try ward.file("f.csv", text)
        let before = try contents(ward.store, path.replacingOccurrences(of: "f.csv", with: "tdkt.sqlite"))
        let (_, checked) = try streamedReport(path, ward, kind: .people)
        // A row added, a row's residential group that the store lacks, the headers changed, and
        // a letter of a name changed (the same counts: only the file's bytes tell).
        for changed in [text + "9;Mai Văn Mới;;Nam;;\n", text.replacingOccurrences(of: "khu pho tan hai", with: "Tổ Không Có"),
                        text.replacingOccurrences(of: "Ngày sinh", with: "Sinh ngày"),
                        text.replacingOccurrences(of: "Vũ Thị Gấm", with: "Vũ Thị Gấn")] {
            _ = try ward.file("f.csv", changed)
            #expect {
                _ = try StreamedImportFile.apply(path: path, checked: checked, store: ward.store, rulebook: Self.rulebook, year: 2025)
            } throws: { error in
                guard let failure = error as? ImportFile.Failure else { return false }
                return failure.code == 2 && failure.message.vi.contains("đã thay đổi sau khi chạy thử")
            }
        }
        #expect(try contents(ward.store, path.replacingOccurrences(of: "f.csv", with: "tdkt.sqlite")) == before)
    }

    @Test func aStoreWrittenAfterTheDryRunIsRefusedUntilCheckedAgain() throws {
        let ward = try Ward()
        defer { ward.remove() }
        let path = try ward.file("f.csv", Self.importable[0].text)
        let (_, checked) = try streamedReport(path, ward, kind: .people)
        try ward.store.setSetting("clock.province-deadline", to: "10/12")
        #expect(throws: StoreError.changedSincePlan(path: ward.store.path)) {
            _ = try StreamedImportFile.apply(path: path, checked: checked, store: ward.store, rulebook: Self.rulebook, year: 2025)
        }
        let (_, again) = try streamedReport(path, ward, kind: .people)
        let written = try StreamedImportFile.apply(path: path, checked: again, store: ward.store, rulebook: Self.rulebook, year: 2025)
        #expect(written.nominees == 3)
    }

    @Test func aFileNotUTF8IsRefusedAtItsLineAndByte() throws {
        let ward = try Ward()
        defer { ward.remove() }
        // The damaged byte in the second megabyte: lines are counted across pieces.
        var bytes = Array(Self.longList(rows: 16_000).utf8)
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let target = lines.count - 10  // a line (from 1) near the end
        let start = lines[..<(target - 1)].reduce(0) { $0 + $1.count + 1 }
        #expect(start > 1 << 20)
        bytes.insert(0xC3, at: start + 3)
        bytes.insert(0x28, at: start + 4)
        let path = ward.folder + "/bad.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try streamedReport(path, ward, kind: .people)
        } throws: { error in
            guard let failure = error as? ImportFile.Failure else { return false }
            return failure.code == 2 && failure.line == target && failure.byte == 4 && failure.message.vi.contains("không phải UTF-8")
        }
        // UTF-16 is refused by name.
        let utf16 = ward.folder + "/utf16.csv"
        try (Data([0xFF, 0xFE]) + "Họ và tên\nAn\n".data(using: .utf16LittleEndian)!).write(to: URL(fileURLWithPath: utf16))
        #expect {
            _ = try streamedReport(utf16, ward, kind: .people)
        } throws: { error in (error as? ImportFile.Failure)?.message.vi.contains("UTF-16") == true }
        // A quote never closed is placed where it opens.
        let open = try ward.file("open.csv", "Họ và tên;Ghi chú\nAn;\"không đóng\nBình;x\n")
        #expect {
            _ = try streamedReport(open, ward, kind: .people)
        } throws: { error in
            guard let failure = error as? ImportFile.Failure else { return false }
            return failure.line == 2 && failure.column == 4
        }
    }

    @Test func largeCSVFilesAreStreamedUnlessTheyAreJSONOrALegacyEncodingUnderTheLimit() throws {
        let ward = try Ward()
        defer { ward.remove() }
        let small = try ward.file("small.csv", Self.files[1].text)
        #expect(!StreamedImportFile.suits(path: small))
        // Over 4 MB: UTF-8 streams (a letter cut at each megabyte read is waited for), a legacy
        // encoding and UTF-16 are read whole, the exchange format too.
        let row = Array("Nguyễn Thị Ánh Dương;01/02/1990\n".utf8)
        var utf8 = Array("Họ và tên;Ngày sinh\n".utf8)
        while utf8.count <= StreamedImportFile.streamedAboveBytes { utf8 += row }
        var legacy = utf8
        legacy[legacy.count - 10] = 0xE0  // a TCVN3 letter: not UTF-8
        var utf16 = Data([0xFF, 0xFE])
        utf16.append("Họ và tên\n".data(using: .utf16LittleEndian)!)
        utf16.append(Data(repeating: 0x41, count: StreamedImportFile.streamedAboveBytes))
        let json = Data("{\"version\": 1, \"nominations\": [".utf8) + Data(repeating: 0x20, count: StreamedImportFile.streamedAboveBytes) + Data("]}".utf8)
        for (name, bytes, streamed) in [("utf8.csv", Data(utf8), true), ("legacy.csv", Data(legacy), false), ("utf16.csv", utf16, false),
                                        ("batch.json", json, false)] {
            let path = ward.folder + "/" + name
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(StreamedImportFile.suits(path: path) == streamed, "\(name)")
        }
        // Over 16 MB every CSV file streams (and is refused there when it is not UTF-8).
        for (name, first) in [("large.csv", "Họ và tên\n"), ("large.json", "  {\"version\": 1")] {
            let path = ward.folder + "/" + name
            #expect(FileManager.default.createFile(atPath: path, contents: Data(first.utf8)))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: UInt64(InputFile.maximumBytes + 1))
            try handle.close()
            #expect(StreamedImportFile.suits(path: path) == (name == "large.csv"), "\(name)")
        }
    }
}

/// CSV fed in pieces gives the records of the whole text.
@Suite struct CSVParserTests {
    static let texts = [
        "STT,Họ và tên,Ghi chú\r\n1,Nguyễn Văn A,\"có dấu phẩy, và \"\"ngoặc\"\"\"\r\n2,B,\"x\ny\nz\"\r\n",
        "\u{FEFF}Họ tên;Ngày sinh\n\nTrần Thị B;01/02/1990\n\"\"\"\";\"a\n\"\n",
        "a\tb\n1\t2",
        "a,b\n\"dòng một\ndòng hai\",x\ny,z\n\"cuối\"",
        "Ho\u{0323} te\u{0302}n\nNguye\u{0302}\u{0303}n\n",
    ]

    @Test func piecesCutAfterAnyLineFeedGiveTheWholeTextsRecords() throws {
        for text in Self.texts {
            let whole = try CSVReader.read(text)
            let bytes = Array(text.utf8)
            let cuts = bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
            // Every way of cutting at one line feed, and at all of them.
            for pieces in cuts.map({ [$0] }) + [cuts] {
                var parser = CSVParser()
                var records: [CSVTable.Record] = []
                var start = 0
                for cut in pieces + [bytes.count] where cut >= start {
                    try parser.feed(String(decoding: bytes[start..<cut], as: UTF8.self)) { records.append($0) }
                    start = cut
                }
                try parser.finish { records.append($0) }
                #expect(records.first?.fields.map { $0.trimmingCharacters(in: .whitespaces) } == whole.headers, "\(pieces) \(text)")
                #expect(Array(records.dropFirst()) == whole.records, "\(pieces) \(text)")
                #expect(parser.separator == whole.separator)
            }
        }
    }

    @Test func errorsArePlacedAsInTheWholeText() throws {
        for text in ["a,b\n1,\"không đóng\n2,3\n", "a,b\n\"x\"y,2\n"] {
            var wholeError: CSVError?
            do { _ = try CSVReader.read(text) } catch let error as CSVError { wholeError = error }
            var parser = CSVParser()
            var pieceError: CSVError?
            do {
                for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                    try parser.feed(String(line) + "\n") { _ in }
                }
                try parser.finish { _ in }
            } catch let error as CSVError { pieceError = error }
            #expect(wholeError != nil && pieceError == wholeError, "\(text)")
        }
    }
}
