import Commendation
import CommendationStore
import Foundation
import GRDB
import Testing
import WardServices

/// An exchange file imported a nomination at a time (`StreamedExchangeImportFile`, what
/// `tdkt import` does with one over 16 MB) reports and writes what the same file read whole
/// (`ImportFile`) reports and writes; a file that changed after its dry run, or a store
/// written since, writes nothing.
@Suite struct StreamedExchangeImportTests {
    typealias Ward = StreamedImportTests.Ward
    static func rulebook(_ year: Int) -> Rulebook? { StreamedImportTests.rulebook(year) }

    /// A file that plans every way: a nominee without an id named twice (found the second time
    /// among those the import plans), a household, a person without a birth date named again
    /// without an id (new both times: a name alone finds only a person the store had before
    /// the import, never one it has just written), a nomination id given twice (the second is
    /// given a new one: the first, written by the import itself, is not "already in the
    /// store"), a new movement, a unit the file carries, and the file's own ids kept.
    static let mixed = #"""
    {"version": 1, "nominations": [
      {"id": "F-1", "year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang", "movement": "PT-MOI",
       "nominee": {"type": "person", "familyName": "Lưu", "middleName": "Thị", "givenName": "Mới", "birthDate": "1990-05-06",
                   "unitId": "U-9"}, "facts": {"rating": "tot"}},
      {"id": "F-2", "year": 2025, "award": "chien-si-thi-dua-co-so", "kind": "cong-trang",
       "nominee": {"type": "person", "familyName": "Lưu", "middleName": "Thị", "givenName": "Mới", "birthDate": "1990-05-06"},
       "facts": {"rating": "xuat-sac"}},
      {"year": 2025, "award": "gia-dinh-van-hoa", "kind": "cong-trang",
       "nominee": {"type": "household", "id": "H-77", "name": "Hộ Tạ Văn Hộ", "head": {"familyName": "Tạ", "middleName": "Văn", "givenName": "Hộ"},
                   "group": "Khu phố Bình Minh"}, "facts": {}},
      {"id": "F-4", "year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang",
       "nominee": {"type": "person", "id": "P-77", "familyName": "Lưu", "middleName": "Văn", "givenName": "Bốn"}, "facts": {}},
      {"id": "F-5", "year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang",
       "nominee": {"type": "person", "familyName": "Lưu", "middleName": "Văn", "givenName": "Bốn"}, "facts": {}},
      {"id": "F-2", "year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang",
       "nominee": {"type": "person", "familyName": "Đinh", "middleName": "Thị", "givenName": "Sáu", "birthDate": "1991-01-01"}, "facts": {}}
    ],
    "references": {"units": [{"id": "U-9", "name": "Trường Mầm non Hoa Mới"}],
                   "movements": [{"id": "PT-MOI", "name": "Phong trào mới của tệp", "kind": "yearly"}]}}
    """#

    /// The demo ward's own nominations as the exchange format (`tdkt export --format json`).
    static func wardExport(_ ward: Ward) throws -> String {
        let path = ward.folder + "/ward-export.json"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let sink = OutputSink(descriptor: descriptor, escaping: .json)
        _ = try ExportService.writeExchange(ward.store, filter: ExportFilter(), to: sink)
        close(descriptor)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func wholeReport(_ path: String, _ ward: Ward) throws -> [String] {
        let prepared = try ImportFile.prepare(path: path, store: ward.store, rulebook: Self.rulebook, kind: nil, year: 2025)
        return try ImportFile.report(prepared, store: ward.store, rulebook: Self.rulebook, language: .vi)
    }

    func streamedReport(_ path: String, _ ward: Ward, kept: Int = StreamedImportFile.keptLines)
        throws -> (lines: [String], checked: StreamedExchangeImportFile.Checked) {
        var lines: [String] = []
        let checked = try StreamedExchangeImportFile.check(path: path, store: ward.store, rulebook: Self.rulebook, language: .vi,
                                                           kept: kept) { lines.append($0) }
        return (lines, checked)
    }

    /// An empty store beside `ward`'s, for a file to be imported into nothing.
    static func empty(_ ward: Ward) throws -> Store {
        try Store(path: ward.folder + "/empty.sqlite", clock: FixedClock(CivilDate(year: 2026, month: 3, day: 15)!),
                  actor: Actor(osUser: "test", profile: "streamed"))
    }

    @Test func theDryRunReportsWhatTheWholeFileReports() throws {
        let ward = try Ward()
        defer { ward.remove() }
        let export = try Self.wardExport(ward)
        let empty = try Self.empty(ward)
        // Into the ward itself (every nomination already there), and into nothing.
        for (text, store) in [(Self.mixed, ward.store), (export, ward.store), (export, empty), (Self.mixed, empty)] {
            let target = Ward(folder: ward.folder, store: store)
            let path = try ward.file("f.json", text)
            let whole = try wholeReport(path, target)
            let (streamed, checked) = try streamedReport(path, target)
            #expect(streamed == whole)
            #expect(whole.count > 4)
            let plan = try ImportFile.prepare(path: path, store: store, rulebook: Self.rulebook, kind: nil, year: 2025).plan
            #expect(checked.count.newNominees == plan.newNominees && checked.count.newNominations == plan.newNominations
                    && checked.count.skipped == plan.skipped.count && checked.count.problems == plan.problems.count
                    && checked.count.newMovements == plan.newMovements.count)
        }
        // The mixed file plans every way into the ward: read from its report.
        let (mixed, _) = try streamedReport(try ward.file("m.json", Self.mixed), ward)
        #expect(mixed.contains("  phong trào mới: Phong trào mới của tệp"), "\(mixed)")
        #expect(mixed.contains { $0.hasPrefix("  kèm theo tệp: mới: Trường Mầm non Hoa Mới") }, "\(mixed)")
        #expect(mixed.contains("  dòng 5: mới, như dòng 2: Lưu Thị Mới → Chiến sĩ thi đua cơ sở 2025"), "\(mixed)")
        #expect(mixed.last == "Sẽ thêm 6 đối tượng, 6 đề nghị; bỏ qua 0 dòng trùng; 0 lỗi.", "\(mixed)")
        // A problem is placed at the line where its nomination begins.
        let broken = Self.mixed.replacingOccurrences(of: "\"group\": \"Khu phố Bình Minh\"", with: "\"group\": \"Tổ Không Có\"")
        let (lines, checked) = try streamedReport(try ward.file("b.json", broken), ward)
        #expect(checked.count.problems == 1)
        #expect(lines.contains { $0.hasPrefix("  LỖI dòng 8") && $0.contains("Tổ Không Có") }, "\(lines)")
        #expect(lines == (try wholeReport(try ward.file("b2.json", broken), ward)))
        // On one line, it is placed at its column, counted in characters (Vietnamese letters before it).
        let oneLine = broken.replacingOccurrences(of: "\n", with: " ")
        let (flat, _) = try streamedReport(try ward.file("b3.json", oneLine), ward)
        #expect(flat.contains { $0.hasPrefix("  LỖI dòng 1, cột ") }, "\(flat)")
        #expect(flat == (try wholeReport(try ward.file("b4.json", oneLine), ward)))
    }

    /// A nomination of a unit the file carries in its references says so, not "as line 0".
    @Test func aNominationOfAUnitTheFileCarriesSaysWhereItComesFrom() throws {
        let ward = try Ward()
        defer { ward.remove() }
        let text = #"""
        {"version": 1, "nominations": [
          {"id": "U-1", "year": 2025, "award": "tap-the-lao-dong-tien-tien", "kind": "cong-trang",
           "nominee": {"type": "collective", "id": "U-9", "name": "Trường Mầm non Hoa Mới"}, "facts": {}}
        ],
        "references": {"units": [{"id": "U-9", "name": "Trường Mầm non Hoa Mới"}]}}
        """#
        let empty = try Self.empty(ward)
        let target = Ward(folder: ward.folder, store: empty)
        let path = try ward.file("u.json", text)
        let whole = try wholeReport(path, target)
        let (streamed, _) = try streamedReport(path, target)
        #expect(streamed == whole)
        #expect(whole.contains { $0.hasPrefix("  kèm theo tệp: mới: Trường Mầm non Hoa Mới") }, "\(whole)")
        #expect(whole.contains { $0.hasPrefix("  dòng 2: mới, kèm theo tệp: Trường Mầm non Hoa Mới → ") }, "\(whole)")
        #expect(!whole.contains { $0.contains("như dòng 0") }, "\(whole)")
    }

    @Test func theImportWritesWhatTheWholeFileImportWrites() throws {
        let source = try Ward()
        defer { source.remove() }
        let export = try Self.wardExport(source)
        // The mixed file names the ward's residential groups: not into nothing.
        for (index, text) in [Self.mixed, export].enumerated() {
            for intoEmpty in index == 0 ? [false] : [false, true] {
                let whole = try Ward(), streamed = try Ward()
                defer { whole.remove(); streamed.remove() }
                let wholeStore = intoEmpty ? try Self.empty(whole) : whole.store
                let streamedStore = intoEmpty ? try Self.empty(streamed) : streamed.store
                let wholePath = try whole.file("f.json", text), streamedPath = try streamed.file("f.json", text)
                let prepared = try ImportFile.prepare(path: wholePath, store: wholeStore, rulebook: Self.rulebook, kind: nil, year: 2025)
                #expect(prepared.plan.problems.isEmpty, "file \(index): \(prepared.plan.problems.map { $0.text(.vi) })")
                let summary = try wholeStore.applyImport(prepared.plan, rulebook: Self.rulebook)
                let (_, checked) = try streamedReport(streamedPath, Ward(folder: streamed.folder, store: streamedStore))
                let written = try StreamedExchangeImportFile.apply(path: streamedPath, checked: checked, store: streamedStore,
                                                                   rulebook: Self.rulebook)
                #expect(written.nominees == summary.nominees.count && written.nominations == summary.nominations.count,
                        "file \(index), empty \(intoEmpty)")
                #expect(intoEmpty ? written.nominations > 40 : written.nominations == (index == 0 ? 6 : 0), "file \(index)")
                let file = intoEmpty ? "/empty.sqlite" : "/tdkt.sqlite"
                let expected = try StreamedImportTests().contents(wholeStore, whole.folder + file)
                #expect(try StreamedImportTests().contents(streamedStore, streamed.folder + file) == expected, "file \(index), empty \(intoEmpty)")
                // The ward's file into nothing and out again is the same file.
                if intoEmpty, index == 1 {
                    #expect(try Self.wardExport(Ward(folder: streamed.folder, store: streamedStore)) == export)
                }
            }
        }
    }

    @Test func aFileChangedAfterItsDryRunWritesNothing() throws {
        let ward = try Ward()
        defer { ward.remove() }
        let path = try ward.file("f.json", Self.mixed)
        let before = try StreamedImportTests().contents(ward.store, ward.folder + "/tdkt.sqlite")
        let (_, checked) = try streamedReport(path, ward)
        // A letter of a name, a nomination less (the same size, and a day later), and no longer JSON.
        let renamed = Self.mixed.replacingOccurrences(of: "Hộ Tạ Văn Hộ", with: "Hộ Tạ Văn Hồ")
        for changed in [renamed, String(Self.mixed.prefix(200))] {
            _ = try ward.file("f.json", changed)
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(86_400)], ofItemAtPath: path)
            #expect {
                _ = try StreamedExchangeImportFile.apply(path: path, checked: checked, store: ward.store, rulebook: Self.rulebook)
            } throws: { error in
                guard let failure = error as? ImportFile.Failure else { return false }
                return failure.code == 2 && failure.message.vi.contains("đã thay đổi sau khi chạy thử")
            }
        }
        #expect(try StreamedImportTests().contents(ward.store, ward.folder + "/tdkt.sqlite") == before)
    }

    @Test func aStoreWrittenAfterTheDryRunIsRefusedUntilCheckedAgain() throws {
        let ward = try Ward()
        defer { ward.remove() }
        let path = try ward.file("f.json", Self.mixed)
        let (_, checked) = try streamedReport(path, ward)
        try ward.store.setSetting("clock.province-deadline", to: "10/12")
        #expect(throws: StoreError.changedSincePlan(path: ward.store.path)) {
            _ = try StreamedExchangeImportFile.apply(path: path, checked: checked, store: ward.store, rulebook: Self.rulebook)
        }
        let (_, again) = try streamedReport(path, ward)
        let written = try StreamedExchangeImportFile.apply(path: path, checked: again, store: ward.store, rulebook: Self.rulebook)
        #expect(written.nominations == 6)
    }
}

extension StreamedImportTests.Ward {
    /// `store` in `folder`, for a store the test made beside the demo ward's.
    init(folder: String, store: Store) {
        self.folder = folder
        self.store = store
    }
}
