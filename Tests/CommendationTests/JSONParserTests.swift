import Foundation
import Testing
@testable import Commendation

/// tdkt's JSON reader: what it reads, and the place and words of every error.
@Suite struct JSONParserTests {
    static func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

    /// The syntax error reading `bytes` throws; records an issue when it reads.
    static func error(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> JSONSyntaxError? {
        do {
            let value = try JSONValue.parse(Data(bytes))
            Issue.record("read \(value) without an error", sourceLocation: sourceLocation)
        } catch let error as JSONSyntaxError {
            return error
        } catch {
            Issue.record("threw \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    static func error(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONSyntaxError? {
        error(Array(text.utf8), sourceLocation: sourceLocation)
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try Self.parse(#"{"a": [1, -2, 3.5, 1e2, 12345678901234567890, true, false, null, "x\n\u00e9\ud83d\ude00"], "b": {}}"#)
        #expect(value == .object(["a": .array([.integer(1), .integer(-2), .number(3.5), .number(100), .number(12345678901234567890),
                                               .bool(true), .bool(false), .null, .string("x\né😀")]), "b": .object([:])]))
        #expect(try Self.parse("\u{FEFF}[]") == .array([]))
        #expect(try Self.parse(" \"Nguyễn\" ") == .string("Nguyễn"))
    }

    @Test func aKeyGivenTwiceIsAnErrorAtTheSecond() throws {
        let error = try #require(Self.error("{\"version\": 1,\n \"nominations\": [{\"id\": \"A\"}],\n \"nominations\": []}"))
        #expect(error.line == 3 && error.column == 2)
        #expect(error.reason.vi.contains("khóa «nominations» lặp lại") && error.reason.vi.contains("dòng 2, cột 2"))
        #expect(error.reason.en.contains("«nominations» appears twice") && error.reason.en.contains("line 2, column 2"))
        // Inside a nomination too, and keys that differ only in how a letter is encoded.
        let nested = try #require(Self.error(#"[{"nominee": {"familyName": "Lê", "familyName": "Trần"}}]"#))
        #expect(nested.line == 1 && nested.column == 35)
        #expect(Self.error("{\"t\u{00EA}n\": 1, \"te\u{0302}n\": 2}") != nil)
        // The same key in two objects is fine.
        #expect(try Self.parse(#"[{"a": 1}, {"a": 2}]"#) == .array([.object(["a": .integer(1)]), .object(["a": .integer(2)])]))
    }

    @Test func anEmptyFileIsAnErrorAtItsEnd() throws {
        let empty = try #require(Self.error(""))
        #expect(empty.line == 1 && empty.column == 1)
        #expect(empty.reason.vi.contains("tệp trống"))
        let blank = try #require(Self.error("\n\n   "))
        #expect(blank.line == 3 && blank.column == 4)
    }

    @Test func aNumberTooLargeIsAnErrorAtTheNumber() throws {
        let error = try #require(Self.error("{\n  \"year\": 1e400}"))
        #expect(error.line == 2 && error.column == 11)
        #expect(error.reason.vi.contains("1e400") && error.reason.en.contains("too large"))
        #expect(Self.error("-1e400") != nil)
        for bad in ["012", "1.", ".5", "-", "1e", "+1", "NaN", "Infinity"] {
            let error = try #require(Self.error("[\(bad)]"), "\(bad)")
            #expect(error.line == 1 && error.column == 2, "\(bad): \(error)")
        }
    }

    @Test func aByteThatIsNotUTF8IsAnErrorAtItsLineAndByte() throws {
        // "Hoàng" with its second byte lost: C3 then "n".
        let bytes: [UInt8] = Array("{\n\"a\": \"Ho".utf8) + [0xC3] + Array("ng\"}".utf8)
        let error = try #require(Self.error(bytes))
        #expect(error.line == 2 && error.column == 9 && error.byte == 9)
        #expect(error.reason.vi.contains("0xC3") && error.reason.vi.contains("UTF-8"))
        // After a letter of two bytes, the column and the byte differ.
        let later = try #require(Self.error(Array("[\"é".utf8) + [0xFF] + Array("\"]".utf8)))
        #expect(later.line == 1 && later.column == 4 && later.byte == 5)
        // Overlong forms and encoded surrogates are not UTF-8 either.
        #expect(Self.error([0x22, 0xC0, 0x80, 0x22]) != nil)
        #expect(Self.error([0x22, 0xED, 0xA0, 0x80, 0x22]) != nil)
        #expect(Self.error([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]) != nil)
    }

    @Test(arguments: [
        ("[1 2]", 1, 4, "dấu phẩy"), ("{\"a\" 1}", 1, 6, "dấu hai chấm"), ("{\"a\": 1,}", 1, 9, "tên khóa"),
        ("[1,]", 1, 4, "một giá trị"), ("[tru]", 1, 2, "true"), ("\"a\\qb\"", 1, 3, "\\q"), ("\"\\ud800\"", 1, 2, "surrogate"),
        ("\"\\udc00x\"", 1, 2, "surrogate"), ("\"\\u12\"", 1, 2, "\\u"), ("\"abc", 1, 1, "không được đóng"), ("[1] [2]", 1, 5, "thừa"),
        ("{\"a\": [1, 2}", 1, 12, "dấu phẩy hoặc ]"), ("[\n\"x\u{1B}y\"]", 2, 3, "U+001B"),
    ])
    func malformedTextIsPlaced(_ row: (String, Int, Int, String)) throws {
        let error = try #require(Self.error(row.0))
        #expect(error.line == row.1 && error.column == row.2, "\(row.0): \(error)")
        #expect(error.reason.vi.contains(row.3), "\(error.reason.vi)")
        #expect(!error.reason.en.isEmpty && error.reason.en != error.reason.vi)
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let depth = 100_000
        let error = try #require(Self.error(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)))
        #expect(error.line == 1 && error.column == JSONParser.maximumDepth + 1)
        #expect(try Self.parse(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)) != .null)
    }

    @Test func positionsOfValuesByPath() throws {
        let text = "{\"version\": 1,\n \"nominations\": [\n  {\"id\": \"Đợt\", \"facts\": {\"rating\": \"tot\"}},\n  {\"id\": \"B\"}]}"
        let wanted: Set<[JSONPathComponent]> = [
            [], [.key("nominations"), .index(0)], [.key("nominations"), .index(1), .key("id")],
            JSONPathComponent.parse("nominations[0].facts.rating"), [.key("missing")],
        ]
        let found = try JSONParser.positions(of: wanted, in: Data(text.utf8))
        #expect(found[[]] == JSONPosition(line: 1, column: 1, byte: 1))
        #expect(found[[.key("nominations"), .index(0)]] == JSONPosition(line: 3, column: 3, byte: 3))
        #expect(found[[.key("nominations"), .index(1), .key("id")]] == JSONPosition(line: 4, column: 10, byte: 10))
        #expect(found[JSONPathComponent.parse("nominations[0].facts.rating")] == JSONPosition(line: 3, column: 37, byte: 40))
        #expect(found[[.key("missing")]] == nil)
        #expect(JSONPathComponent.parse("facts.history[0].year") == [.key("facts"), .key("history"), .index(0), .key("year")])
        // The elements of the top-level list let go as they are read: the same places, the
        // list's own among them.
        let list: Set<[JSONPathComponent]> = wanted.union([[.key("nominations")]])
        let streamed = try JSONParser.positions(of: list, in: Data(text.utf8), streamingArray: "nominations")
        #expect(streamed == (try JSONParser.positions(of: list, in: Data(text.utf8))))
        #expect(streamed[[.key("nominations")]] == JSONPosition(line: 2, column: 17, byte: 17))
        #expect(streamed.count == 5)
    }
}
