import Foundation
import Testing
@testable import Commendation

/// A batch's nominations are read one at a time as the parser meets them (never a tree of the
/// whole file), and the file reads as it did whole: the same nominations, the same warnings in
/// the same order, the same first error when several things are wrong.
@Suite struct ExchangeBatchReadingTests {
    @Test func theParserHandsOutTheTopLevelArrayElementByElement() throws {
        let text = #"{"version": 1, "nominations": [{"a": 1}, [2, 3], "x"], "other": {"nominations": [4]}}"#
        var seen: [(Int, JSONValue)] = []
        let root = try JSONParser.parse(Data(text.utf8), streamingArray: "nominations") { seen.append(($0, $1)) }
        #expect(seen.map(\.0) == [0, 1, 2])
        #expect(seen.map(\.1) == [.object(["a": .integer(1)]), .array([.integer(2), .integer(3)]), .string("x")])
        // The streamed array is empty in the tree; an array under the same key deeper down is kept.
        #expect(root == .object(["version": .integer(1), "nominations": .array([]),
                                 "other": .object(["nominations": .array([.integer(4)])])]))
        // The tree read whole has everything.
        let whole = try JSONValue.parse(Data(text.utf8))
        guard case .object(let members) = whole, case .array(let list)? = members["nominations"] else {
            Issue.record("no nominations in \(whole)")
            return
        }
        #expect(list.count == 3)
    }

    @Test func aSyntaxErrorAfterTheListIsStillTheErrorReported() throws {
        let text = Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B", year: "\"năm\"")]) + " ]"
        let error = try #require(Exchange.error(text))
        #expect(error.syntax != nil, "\(error.message(.en))")
    }

    @Test func theFilesVersionIsCheckedBeforeItsNominations() throws {
        let text = Exchange.file([Exchange.nomination(id: "A", year: "\"năm\"")], version: "2")
        let error = try #require(Exchange.error(text))
        #expect(error.path == "version", "\(error.message(.en))")
    }

    @Test func theFirstNominationThatFailsIsReported() throws {
        let text = Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B", year: "\"năm\""),
                                  Exchange.nomination(id: "C", kind: "\"khong-co\"")])
        let error = try #require(Exchange.error(text))
        #expect(error.nomination?.hasPrefix("B") == true && error.path == "year", "\(error.message(.en))")
    }

    @Test func warningsKeepTheirOrderFileFirstThenEachNomination() throws {
        let text = "{\n\"extra\": true,\n\"nominations\": [\n" + Exchange.nomination(id: "A", extra: #", "zeta": 1"#) + ",\n"
            + Exchange.nomination(id: "B", extra: #", "alpha": 2"#) + "\n]\n}"
        let file = try Exchange.read(text)
        #expect(file.nominations.map(\.id) == ["A", "B"])
        #expect(file.warnings.map(\.path) == ["version", "extra", "nominations[0].zeta", "nominations[1].alpha"], "\(file.warnings.map(\.path))")
    }

    @Test func aFileOfOneNominationIsReadAsBefore() throws {
        let file = try Exchange.read(Exchange.nomination(id: "ONE"))
        #expect(file.nominations.map(\.id) == ["ONE"])
    }
}
