import Foundation
import Testing
@testable import Commendation

/// Every exchange-format error names its place in the file: malformed JSON (a key given twice,
/// an empty file, a number out of range) by its line and column, and a value the format
/// refuses by the line and column where it stands (or of the object that lacks it).
@Suite struct ExchangeErrorPlaceTests {
    @Test func aValueTheFormatRefusesIsPlaced() throws {
        let text = Exchange.file([Exchange.nomination(id: "A"), Exchange.nomination(id: "B", facts: "{\n  \"rating\": \"good\"}")])
        let error = try #require(Exchange.error(text))
        #expect(error.path == "facts.rating")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"good\"") }! + 1
        #expect(error.position == JSONPosition(line: line, column: 13, byte: 13))
        #expect(error.message(.vi).hasSuffix("gặp \"good\" (dòng \(line), cột 13)"))
        #expect(error.message(.en).hasSuffix("found \"good\" (line \(line), column 13)"))
    }

    @Test func aMissingKeyIsPlacedAtTheObjectThatLacksIt() throws {
        let nominee = #"{"type": "person", "familyName": "Lê"}"#
        let text = "{\"version\": 1, \"nominations\": [\n" + Exchange.nomination(nominee: nominee) + "]}"
        let error = try #require(Exchange.error(text))
        #expect(error.path == "nominee.givenName")
        let nomination = Exchange.nomination(nominee: nominee)
        let column = nomination.distance(from: nomination.startIndex, to: nomination.range(of: "{\"type\"")!.lowerBound) + 1
        #expect(error.position?.line == 2)
        #expect(error.position?.column == column)
    }

    @Test func theNominationsKeyTwiceIsAnError() throws {
        let text = "{\"version\": 1, \"nominations\": [" + Exchange.nomination() + "],\n\"nominations\": []}"
        let error = try #require(Exchange.error(text))
        let syntax = try #require(error.syntax)
        #expect(syntax.line == 2 && syntax.column == 1)
        #expect(error.message(.vi).hasPrefix("JSON không hợp lệ ở dòng 2, cột 1: khóa «nominations» lặp lại"))
        #expect(error.message(.en).hasPrefix("malformed JSON at line 2, column 1: the key «nominations» appears twice"))
    }

    @Test(arguments: [("", 1, 1), ("  \n", 2, 1), ("{\"version\": 1, \"nominations\": [{\"year\": 1e400}]}", 1, 41)])
    func emptyFilesAndHugeNumbersArePlaced(_ row: (String, Int, Int)) throws {
        let error = try #require(Exchange.error(row.0))
        let syntax = try #require(error.syntax)
        #expect(syntax.line == row.1 && syntax.column == row.2, "\(error.message(.en))")
        #expect(error.message(.vi).hasPrefix("JSON không hợp lệ ở dòng \(row.1), cột \(row.2)"))
    }
}
