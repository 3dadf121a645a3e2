import Commendation
import Foundation
import Testing

/// The exchange-format reader on broken input: a valid file mutated at random (bytes deleted,
/// inserted, replaced) is read or rejected, never crashes, and every rejection names where: the
/// line and column of malformed JSON, or the nomination, the key and the line and column of its value.
@Suite struct ExchangeFuzzTests {
    static let valid = """
        {"version": 1, "nominations": [
          {"id": "2025-LDTT-0001", "year": 2025, "award": "lao-dong-tien-tien", "kind": "cong-trang",
           "nominee": {"type": "person", "id": "P-1", "familyName": "Nguyễn", "middleName": "Thị", "givenName": "Lan", "sex": "female"},
           "facts": {"rating": "tot", "pending": {"discipline": false, "investigation": false, "complaint": false},
                     "attested": ["law-abiding", "productive-worker", "emulation-spirit"]}},
          {"year": 2025, "award": "gia-dinh-van-hoa", "kind": "cong-trang",
           "nominee": {"type": "household", "name": "Hộ ông Lê Văn Thắng", "head": {"familyName": "Lê", "middleName": "Văn", "givenName": "Thắng"},
                       "group": "Khu phố Bình Minh"},
           "facts": {"exclusions": []}}
        ]}
        """

    @Test func mutatedFilesAreReadOrRejectedWithAPlace() throws {
        let rulebook = try Fixtures.shippedRulebook()
        let bytes = Array(Self.valid.utf8)
        #expect(try ExchangeFormat.read(Data(bytes), rulebook: { _ in rulebook }).nominations.count == 2)
        let lineCount = Self.valid.split(separator: "\n", omittingEmptySubsequences: false).count
        var generator = SeededGenerator(seed: 2026)
        let noise: [UInt8] = Array("{}[]\",:0 -e\\\n\u{1}".utf8) + [0xC3, 0xFF]
        var accepted = 0, rejected = 0
        for _ in 0..<1500 {
            var mutated = bytes
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let index = Int.random(in: 0..<mutated.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: mutated.remove(at: index)
                case 1: mutated.insert(noise.randomElement(using: &generator)!, at: index)
                default: mutated[index] = noise.randomElement(using: &generator)!
                }
            }
            do {
                _ = try ExchangeFormat.read(Data(mutated), rulebook: { _ in rulebook })
                accepted += 1
            } catch let error as ExchangeError {
                rejected += 1
                if let syntax = error.syntax {
                    #expect(syntax.line >= 1 && syntax.line <= lineCount + 1, "\(error.message(.vi))")
                    #expect(syntax.column >= 1 && syntax.byte >= syntax.column, "\(error.message(.vi))")
                } else {
                    // A file that parses but breaks the format says what was expected, and where.
                    #expect(!error.expected.vi.isEmpty, "\(error.message(.vi))")
                    let position = try #require(error.position, "\(error.message(.vi))")
                    #expect(position.line >= 1 && position.line <= lineCount && position.column >= 1, "\(error.message(.vi))")
                    #expect(error.message(.vi).contains("dòng \(position.line), cột \(position.column)"))
                }
            } catch {
                Issue.record("not an ExchangeError: \(error)")
            }
        }
        #expect(rejected > 500 && accepted > 10, "accepted \(accepted), rejected \(rejected)")
    }
}
