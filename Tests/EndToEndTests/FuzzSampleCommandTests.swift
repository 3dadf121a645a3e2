import Foundation
import Testing

/// A sample of broken files through the built `tdkt import --dry-run` and `tdkt check` (the
/// 2 000 of ImportFuzzTests go through the same code in-process): no crash, no file that is
/// not UTF-8 accepted, every refusal naming its line and its column or byte.
@Suite final class FuzzSampleCommandTests {
    private let fixture: DemoStoreFolder

    init() throws {
        fixture = try DemoStoreFolder("fuzz-sample")
    }

    static let seeds = [
        "STT;Họ và tên chủ hộ;Tổ dân phố;Số nhân khẩu\n1;Lê Văn Thắng;Khu phố Bình Minh;4\n2;Trần Thị Ước;Khu phố Tân Hải;3\n",
        """
        {"version": 1, "nominations": [{"year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang",
          "nominee": {"type": "person", "familyName": "Nguyễn", "middleName": "Thị", "givenName": "Hồng Nhung", "sex": "female"},
          "facts": {"rating": "tot", "attested": ["law-abiding"]}}]}
        """,
    ]

    /// "dòng 3, cột 7", "dòng 2, byte 5 (0xC3)", or a header row's "dòng 1: không có cột …".
    static func isPlaced(_ text: String) -> Bool {
        text.range(of: #"dòng [0-9]+, (cột|byte) [0-9]+"#, options: .regularExpression) != nil
            || text.range(of: #"dòng 1: không có cột"#, options: .regularExpression) != nil
    }

    @Test func aSampleOfBrokenFilesThroughTheBuiltCommand() throws {
        var state: UInt64 = 2_026
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let noise: [UInt8] = [0x2C, 0x3B, 0x22, 0x7B, 0x7D, 0x3A, 0x0A, 0x00, 0x1B, 0x80, 0xC3, 0xE1, 0xFF]
        var refusedNotUTF8 = 0
        for index in 0..<24 {
            var bytes = Array(Self.seeds[index % 2].utf8)
            for _ in 0...random(3) {
                let at = random(bytes.count)
                switch random(3) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(noise[random(noise.count)], at: at)
                default: bytes[at] = noise[random(noise.count)]
                }
            }
            let path = fixture.folder + "/f\(index)" + (index % 2 == 0 ? ".csv" : ".json")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let utf8 = String(validating: bytes, as: UTF8.self) != nil
            let imported = try runCommand([fixture.tdkt, "import", path, "--dry-run", "--store", fixture.store])
            let checked = try runCommand([fixture.tdkt, "check", path])
            for (name, result, accepted) in [("import", imported, [0] as [Int32]), ("check", checked, [0, 1, 3])] {
                #expect(result.status == 2 || accepted.contains(result.status), "\(name) \(path): exit \(result.status) \(result.errors)")
                if accepted.contains(result.status) {
                    #expect(utf8, "\(name) accepted \(path), which is not UTF-8")
                } else {
                    #expect(Self.isPlaced(result.errors + result.output), "\(name) \(path): \(result.errors)\(result.output)")
                }
            }
            if !utf8, imported.status == 2, checked.status == 2 { refusedNotUTF8 += 1 }
        }
        #expect(refusedNotUTF8 > 2)
    }
}
