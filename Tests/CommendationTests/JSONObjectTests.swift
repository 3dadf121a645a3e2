import Foundation
import Testing
@testable import Commendation

/// A JSON object's members: kept in the order written, found by key, compared in any order,
/// and a key given twice still refused with the place of its first time.
@Suite struct JSONObjectTests {
    @Test func membersKeepTheirOrderAndAreFoundByKey() throws {
        let value = try JSONValue.parse(Data(#"{"b": 1, "a": "x", "c": null}"#.utf8))
        guard case .object(let object) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(object.keys == ["b", "a", "c"])
        #expect(object.map(\.key) == ["b", "a", "c"])
        #expect(object["a"] == .string("x"))
        #expect(object["c"] == .null)
        #expect(object["d"] == nil)
        #expect(object.count == 3)
    }

    @Test func equalityAndHashIgnoreOrder() {
        let one: JSONObject = ["a": .integer(1), "b": .string("x")]
        let other: JSONObject = ["b": .string("x"), "a": .integer(1)]
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(one != ["a": .integer(1), "b": .string("y")])
        #expect(one != ["a": .integer(1)])
        #expect(one != ["a": .integer(1), "c": .string("x")])
    }

    @Test func settingAndRemovingKeys() {
        var object: JSONObject = ["a": .integer(1)]
        object["b"] = .bool(true)
        object["a"] = .integer(2)
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == .integer(2))
        object["a"] = nil
        #expect(object.keys == ["b"])
        #expect(object["a"] == nil)
    }

    /// Past `indexedFrom` members an object is found through its index; every key, removing one
    /// and adding others, still gives its own value.
    @Test func aLargeObjectIsFoundByIndex() throws {
        let count = JSONObject.indexedFrom * 3
        let text = "{" + (0..<count).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
        guard case .object(var object) = try JSONValue.parse(Data(text.utf8)) else {
            Issue.record("not an object")
            return
        }
        #expect(object.count == count)
        #expect((0..<count).allSatisfy { object["k\($0)"] == .integer($0) })
        object["k5"] = nil
        object["new"] = .integer(-1)
        #expect(object["k5"] == nil && object["new"] == .integer(-1) && object["k6"] == .integer(6))
        #expect((0..<count).filter { $0 != 5 }.allSatisfy { object["k\($0)"] == .integer($0) })
        #expect(object.keys.last == "new" && object.count == count)
    }

    /// A repeated key names the line and column of its first time, in a nested object, in one
    /// past the size where an index is kept, and after a nested object with keys of its own.
    @Test func aRepeatedKeyNamesItsFirstPlace() {
        let nested = JSONParserTests.error("{\"a\": {\"x\": 1,\n  \"y\": {\"x\": 2},\n  \"x\": 3}}")
        #expect(nested?.line == 3 && nested?.column == 3)
        #expect(nested?.reason.en.contains("«x» appears twice") == true && nested?.reason.en.contains("line 1, column 8") == true)
        let count = JSONObject.indexedFrom + 4
        let keys = (0..<count).map { "\"k\($0)\": \($0)" }.joined(separator: ",\n")
        let large = JSONParserTests.error("{\n" + keys + ",\n\"k\(count - 2)\": 0}")
        #expect(large?.line == count + 2 && large?.column == 1)
        #expect(large?.reason.en.contains("line \(count), column 1") == true)
    }
}
