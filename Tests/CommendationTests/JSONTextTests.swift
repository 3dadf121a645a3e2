import Foundation
import Testing
@testable import Commendation

/// JSON written by hand is written as `JSONEncoder` writes it (pretty, sorted keys, slashes
/// kept), so that a streamed report is the report it replaces, byte for byte.
@Suite struct JSONTextTests {
    struct Sample: Encodable {
        var name: String
        var list: [Int]
        var nested: Inner
        var none: String?
        struct Inner: Encodable { var a: String; var b: [Inner2] }
        struct Inner2: Encodable { var x: Int }
    }

    static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test(arguments: ["", "plain", "Nguyễn Thị Hồng", "q\"uote\\back/slash", "\u{1}\u{1F}\n\r\t\u{8}\u{C}\u{7F}\u{2028}\u{202E}", "a\r\nb"])
    func stringsAreEscapedAsTheEncoderEscapesThem(_ text: String) throws {
        #expect(JSONText.quoted(text) == (try Self.encoded([text])).dropFirst(4).dropLast(2).description)
    }

    @Test func objectsAndArraysAreLaidOutAsTheEncoderLaysThemOut() throws {
        let sample = Sample(name: "n", list: [], nested: .init(a: "x", b: [.init(x: 1), .init(x: 2)]), none: nil)
        let inner = JSONText.object([("a", JSONText.quoted("x")),
                                     ("b", JSONText.array([JSONText.object([("x", "1")], level: 4), JSONText.object([("x", "2")], level: 4)],
                                                          level: 3))], level: 2)
        let written = JSONText.object([("list", JSONText.array([], level: 2)), ("name", JSONText.quoted("n")), ("nested", inner),
                                       ("none", nil)], level: 1)
        #expect(written == (try Self.encoded(sample)))
    }

    @Test(arguments: ["", "plain", "Nguyễn Thị Hồng", "q\"uote\\back/slash", "\u{1}\u{1F}\n\r\t\u{8}\u{C}\u{7F}\u{2028}\u{202E}", "a\r\nb",
                      "\"\"\\", "ends with a control\u{1B}"])
    func bytesAreTheQuotedString(_ text: String) {
        var out: [UInt8] = [0x2A]
        JSONText.appendQuoted(text, to: &out)
        #expect(out == [0x2A] + Array(JSONText.quoted(text).utf8))
    }

    @Test func numbersAreWrittenAsStringsWriteThem() {
        for value in [0, 7, 10, 99, 2026, 123_456_789, Int.max, -1, -2026, Int.min] {
            var out: [UInt8] = []
            JSONText.appendInteger(value, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(value))
        }
        for (value, width, written) in [(5, 2, "05"), (12, 2, "12"), (2026, 4, "2026"), (26, 4, "0026"), (12_345, 4, "12345"), (0, 1, "0")] {
            var out: [UInt8] = []
            JSONText.appendDigits(value, width: width, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == written)
        }
    }

    @Test func aMemberStartsOnItsOwnLine() {
        var out: [UInt8] = []
        JSONText.appendMemberStart("key", level: 2, to: &out)
        JSONText.appendQuoted("v", to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "\n" + JSONText.member("key", JSONText.quoted("v"), level: 2))
    }
}

