import Foundation
import Testing

/// `tdkt check` as a script would call it: the built binary, files and standard input, exit
/// codes and JSON exactly as the exchange-format spec says.
@Suite final class CheckCommandTests {
    private let folder: String
    private let tdkt: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tdkt-check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        tdkt = try builtTDKT()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static let none = #""pending": {"discipline": false, "investigation": false, "complaint": false}"#

    private static func nomination(_ id: String, _ award: String, nominee: String = "P-1", year: Int = 2025,
                                   facts: String) -> String {
        """
        {"id": "\(id)", "year": \(year), "award": "\(award)", "kind": "cong-trang",
         "nominee": {"type": "person", "id": "\(nominee)", "familyName": "Nguyễn", "middleName": "Thị", "givenName": "Lan", "sex": "female"},
         "facts": {\(facts)}}
        """
    }

    private static func batch(_ items: String...) -> String {
        #"{"version": 1, "nominations": ["# + items.joined(separator: ",") + "]}"
    }

    private func check(_ input: String, _ extra: String...) throws -> CommandResult {
        try runCommand([tdkt, "check", "-"] + extra, input: input, environment: ["LANG": "C.UTF-8"])
    }

    private func statuses(_ json: String) throws -> [String: String] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let results = try #require(object?["results"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: results.map { ($0["id"] as? String ?? "?", $0["status"] as? String ?? "?") })
    }

    @Test func allEligibleExitsZeroAndTheJSONFollowsTheSpec() throws {
        let input = Self.batch(Self.nomination("A", "lao-dong-tien-tien", facts: #""rating": "tot", "attested": ["emulation-spirit"], "# + Self.none),
                               Self.nomination("B", "chien-si-thi-dua-co-so", facts: #""rating": "xuat-sac", "# + Self.none))
        let result = try check(input, "--format", "json")
        #expect(result.status == 0, "\(result.errors)")
        #expect(try statuses(result.output) == ["A": "eligible", "B": "eligible"])
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let first = try #require((object?["results"] as? [[String: Any]])?.first)
        let verdict = try #require((first["verdicts"] as? [[String: Any]])?.first)
        #expect(Set(verdict.keys).isSuperset(of: ["criterion", "outcome", "reason", "basis"]))
        #expect((verdict["basis"] as? String)?.hasPrefix("Luật TĐKT 2022") == true)
    }

    @Test func anyNotEligibleExitsOne() throws {
        let input = Self.batch(Self.nomination("A", "lao-dong-tien-tien", facts: #""rating": "tot", "attested": ["emulation-spirit"], "# + Self.none),
                               Self.nomination("B", "lao-dong-tien-tien", nominee: "P-2", facts: #""rating": "hoan-thanh", "attested": ["emulation-spirit"], "# + Self.none))
        let result = try check(input, "--format", "json")
        #expect(result.status == 1)
        #expect(try statuses(result.output) == ["A": "eligible", "B": "not-eligible"])
    }

    @Test func incompleteButNoneNotEligibleExitsThree() throws {
        let result = try check(Self.nomination("A", "lao-dong-tien-tien", facts: #""rating": "tot""#), "--format", "json")
        #expect(result.status == 3)
        #expect(try statuses(result.output) == ["A": "incomplete"])
    }

    @Test func invalidInputExitsTwoNamingNominationKeyAndExpectation() throws {
        let bad = try check(Self.nomination("A1", "lao-dong-tien-tien", facts: #""rating": "good""#))
        #expect(bad.status == 2)
        #expect(bad.errors.contains("A1"))
        #expect(bad.errors.contains("facts.rating"))
        #expect(bad.errors.contains("xuat-sac, tot, hoan-thanh, khong-hoan-thanh"))
        #expect(bad.errors.contains("\"good\""))
        let malformed = try check("{\n  \"version\": 1,\n  \"nominations\": [\n    {\"id\": \"x\", \"year\": 20x5}\n  ]\n}\n")
        #expect(malformed.status == 2)
        #expect(malformed.errors.contains("dòng 4"))
        let code = try check(Self.nomination("A2", "lao-dong", facts: ""), "--lang", "en")
        #expect(code.status == 2)
        #expect(code.errors.contains("key award: expected an award code of rulebook vn-2025-07"))
        let missing = try runCommand([tdkt, "check", folder + "/nope.json"])
        #expect(missing.status == 2)
    }

    @Test func theTableIsVietnameseByDefaultAndEnglishOnRequest() throws {
        let input = Self.nomination("A", "tap-the-lao-dong-tien-tien", facts: "")
            .replacingOccurrences(of: #""type": "person""#, with: #""type": "collective", "name": "Trường THCS""#)
            .replacingOccurrences(of: #""facts": {}"#, with: #""facts": {"rating": "tot", "# + Self.none
                                  + #", "attested": ["united"], "members": {"total": 20, "laoDongTienTien": 13, "disciplinedWarningOrAbove": 0}}"#)
        let vi = try check(input)
        #expect(vi.status == 1)
        #expect(vi.output.contains("KHÔNG ĐỦ ĐIỀU KIỆN"))
        #expect(vi.output.contains("13/20 thành viên (65\u{00A0}%) đạt Lao động tiên tiến; cần ít nhất 70\u{00A0}%"))
        let en = try check(input, "--lang", "en")
        #expect(en.output.contains("NOT ELIGIBLE"))
        #expect(en.output.contains("13/20 members (65\u{00A0}%) hold Advanced Worker; needs at least 70\u{00A0}%"))
    }

    @Test func theRulebookOfTheYearJudges() throws {
        let input = Self.batch(Self.nomination("Y2024", "lao-dong-tien-tien", year: 2024, facts: #""rating": "tot", "# + Self.none),
                               Self.nomination("Y2026", "lao-dong-tien-tien", nominee: "P-2", year: 2026, facts: #""rating": "tot", "# + Self.none))
        let result = try check(input, "--format", "json")
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let results = try #require(object?["results"] as? [[String: Any]])
        #expect(results.map { $0["rulebook"] as? String } == ["vn-2024-01", "vn-2025-07"])
        #expect(result.output.contains("NĐ 98/2023/NĐ-CP, Điều 4"))
        #expect(result.output.contains("NĐ 152/2025/NĐ-CP, Điều 4"))
    }

    @Test func withAStoreTheWardsHistoryCounts() throws {
        let store = folder + "/ward.sqlite"
        #expect(try runCommand([tdkt, "demo", "--store", store]).status == 0)
        // P-0030 holds Chiến sĩ thi đua cơ sở for 2024 and 2025 in the demo ward.
        let input = Self.nomination("BK", "bang-khen-tinh", nominee: "P-0030", year: 2025, facts: #""rating": "xuat-sac", "# + Self.none)
        let alone = try check(input, "--format", "json")
        #expect(try statuses(alone.output) == ["BK": "incomplete"])
        let withStore = try check(input, "--format", "json", "--store", store)
        #expect(withStore.status == 0, "\(withStore.output)")
        #expect(try statuses(withStore.output) == ["BK": "eligible"])
    }

    @Test func aReportThatCannotBeWrittenExitsSixSayingWhy() throws {
        let input = Self.batch(Self.nomination("A", "lao-dong-tien-tien", facts: #""rating": "tot", "attested": ["emulation-spirit"], "# + Self.none))
        for format in ["json", "table"] {
            let result = try runCommand([tdkt, "check", "-", "--format", format], input: input,
                                        environment: ["LANG": "C.UTF-8"], standardOutput: "/dev/full")
            #expect(result.status == 6, "\(format): \(result.errors)")
            #expect(result.errors.contains("không ghi được") && result.errors.contains("No space left on device"), "\(result.errors)")
        }
    }
}
