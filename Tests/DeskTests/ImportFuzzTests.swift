import Commendation
import CommendationStore
import Foundation
import Testing
import WardServices

/// Import and check on broken files: 2 000 CSV and JSON files, valid ones mutated at random
/// (bytes lost, inserted, replaced, a letter's last byte cut off, control characters), go
/// through what `tdkt import --dry-run` does (`ImportFile.prepare` against the demo ward) and
/// what `tdkt check` does (`ExchangeFormat.read`, then the report). None crashes; a file that
/// is not UTF-8 is never accepted (every seed is UTF-8 with Vietnamese letters, so a mutated one
/// that is not UTF-8 is damaged, not a legacy encoding); every rejection names its line and its
/// column or byte — a problem of a whole header row its line alone.
@Suite struct ImportFuzzTests {
    static let seeds: [String] = [
        """
        STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Chức vụ,Danh hiệu,Năm,Ghi chú
        1,Nguyễn Thị Hồng Nhung,09/03/1984,Nữ,001184012345,Công chức Văn phòng – Thống kê,Lao động tiên tiến,2025,"ghi, chú"
        2,Trần Văn Ước,1990-01-02,Nam,,Cán bộ,Chiến sĩ thi đua cơ sở,2025,
        3,Đặng Quốc Khánh,30/04/1975,Nam,,,Lao động tiên tiến,2025,"nhiều ""dấu"" ngoặc"

        """,
        "STT;Họ và tên chủ hộ;Tổ dân phố;Số nhân khẩu\r\n1;Lê Văn Thắng;Khu phố Bình Minh;4\r\n2;Trần Thị Ước;Khu phố Tân Hải;3\r\n"
            + "3;Hoàng Thị Lan;Khu phố Lê Lợi;5\r\n",
        "\u{FEFF}Họ;Đệm;Tên;Ngày sinh\nPhạm;Thị Thu;Hương;01/01/1991\nVũ;;Đức;12/12/1988\n",
        """
        {"version": 1, "nominations": [
          {"id": "2025-LDTT-0101", "year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang", "movement": "Thi đua phát huy nội lực",
           "nominee": {"type": "person", "id": "P-9001", "familyName": "Nguyễn", "middleName": "Thị", "givenName": "Lan", "sex": "female",
                       "birthDate": "1984-03-09", "position": "Công chức Văn phòng – Thống kê", "unit": "UBND phường Đầm Hà"},
           "facts": {"rating": "tot", "pending": {"discipline": false, "investigation": false, "complaint": false},
                     "attested": ["law-abiding", "productive-worker", "emulation-spirit"]}, "note": "Đề nghị của tổ"},
          {"year": 2025, "award": "gia-dinh-van-hoa", "kind": "cong-trang",
           "nominee": {"type": "household", "name": "Hộ ông Lê Văn Thắng", "head": {"familyName": "Lê", "middleName": "Văn", "givenName": "Thắng"},
                       "group": "Khu phố Bình Minh"},
           "facts": {"exclusions": []}}
        ]}
        """,
    ]

    /// The bytes mutations insert or write over: separators, quotes, brackets, digits, line
    /// ends, control characters (NUL, BEL, ESC, C1 CSI as UTF-8), and bytes of 0x80 and up.
    static let noise: [[UInt8]] = Array(",;\"{}[]:0e-\\\n\r\t ".utf8).map { [$0] } + [[0x00], [0x07], [0x1B], [0xC2, 0x9B], [0xE2, 0x80, 0xAE]]
        + [[0x80], [0xA0], [0xC3], [0xC6], [0xE1], [0xBB], [0xFF], [0xFE], [0xED, 0xA0, 0x80]]

    static func mutate(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var mutated = bytes
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            guard !mutated.isEmpty else { break }
            let index = Int.random(in: 0..<mutated.count, using: &generator)
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: mutated.remove(at: index)
            case 1: mutated.insert(contentsOf: noise.randomElement(using: &generator)!, at: index)
            case 2: mutated.replaceSubrange(index...index, with: noise.randomElement(using: &generator)!)
            case 3:
                // The last byte of a letter written in UTF-8 lost (a cut or a bad copy).
                if let continuation = mutated[index...].firstIndex(where: { $0 & 0xC0 == 0x80 }) { mutated.remove(at: continuation) }
            default:
                // A line repeated (a key given twice, a row twice).
                let lines = mutated.split(separator: 0x0A, omittingEmptySubsequences: false)
                let line = Int.random(in: 0..<lines.count, using: &generator)
                mutated = Array(Array(lines[...line] + [lines[line]] + lines[(line + 1)...]).joined(separator: [0x0A]))
            }
        }
        return mutated
    }

    /// Whether `bytes` are UTF-8 (after a byte-order mark).
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self) != nil
    }

    @Test func mutatedFilesAreAcceptedOnlyWhenReadableAndRefusedWithAPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-fuzz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rulebooks = try Shipped.rulebooks()
        let rulebook: (Int) -> Rulebook? = { rulebooks.rulebook(forYear: $0) }
        let store = try Store(path: folder + "/tdkt.sqlite", clock: FixedClock(CivilDate(year: 2026, month: 3, day: 15)!),
                              actor: Actor(osUser: "test", profile: "fuzz"))
        try store.loadDemo(Shipped.demoWard(), rulebook: rulebook, baseSalaries: try Shipped.baseSalaries())
        for seed in Self.seeds {
            let prepared = try ImportFile.prepare(Data(seed.utf8), name: "seed", store: store, rulebook: rulebook, kind: nil, year: 2025)
            #expect(prepared.plan.problems.isEmpty, "\(prepared.plan.problems.map { $0.text(.vi) })")
        }
        var generator = SeededGenerator(seed: 2_026_0315)
        var files = 0, accepted = 0, refused = 0, rowProblems = 0, notUTF8 = 0, checked = 0
        // The check report is written where `tdkt check` writes it, through a sink (to nowhere).
        let nullDevice = open("/dev/null", O_WRONLY)
        defer { close(nullDevice) }
        let nowhere = OutputSink(descriptor: nullDevice)
        for round in 0..<500 {
            for seed in Self.seeds {
                let bytes = Self.mutate(Array(seed.utf8), using: &generator)
                let utf8 = Self.isUTF8(bytes)
                if !utf8 { notUTF8 += 1 }
                files += 1
                let label = "round \(round), \(bytes.count) bytes: \(String(decoding: bytes.prefix(80), as: UTF8.self))"
                // tdkt import --dry-run
                do {
                    let prepared = try ImportFile.prepare(Data(bytes), name: "f", store: store, rulebook: rulebook, kind: nil, year: 2025)
                    #expect(utf8, "accepted a file that is not UTF-8 (\(String(describing: prepared.legacyEncoding))): \(label)")
                    if prepared.plan.problems.isEmpty { accepted += 1 } else { rowProblems += 1 }
                    for problem in prepared.plan.problems {
                        #expect(problem.line >= 1 && (problem.column != nil || problem.line == 1), "\(problem.text(.vi)) — \(label)")
                    }
                    _ = try ImportFile.report(prepared, store: store, rulebook: rulebook, language: .vi)
                } catch let failure as ImportFile.Failure {
                    refused += 1
                    #expect(failure.code == 2, "\(failure.message.vi)")
                    #expect((failure.line ?? 0) >= 1 && (failure.column != nil || failure.byte != nil), "\(failure.message.vi) — \(label)")
                }
                // tdkt check
                do {
                    let file = try ExchangeFormat.read(Data(bytes), rulebook: rulebook)
                    #expect(utf8, "check read a file that is not UTF-8: \(label)")
                    try CheckReport(file: file, rulebook: rulebook).writeJSON(language: .vi, to: nowhere)
                    checked += 1
                } catch let error as ExchangeError {
                    let place = error.syntax.map { ($0.line, $0.column) } ?? error.position.map { ($0.line, $0.column) }
                    #expect(place.map { $0.0 >= 1 && $0.1 >= 1 } == true, "\(error.message(.vi)) — \(label)")
                }
            }
        }
        #expect(files == 2_000)
        // The mutations reach every path: files accepted, rows refused, files refused, files not UTF-8.
        #expect(accepted > 100 && rowProblems > 100 && refused > 300 && notUTF8 > 300 && checked > 20,
                "accepted \(accepted), with row problems \(rowProblems), refused \(refused), not UTF-8 \(notUTF8), checked \(checked)")
    }
}

/// A small deterministic generator (splitmix64), so that a failing file can be made again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
