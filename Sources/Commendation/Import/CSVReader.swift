import Foundation
import VietnameseText

/// A CSV table as residential groups and units send it: comma, semicolon (Excel in a
/// Vietnamese locale) or tab between fields, fields quoted with double quotes (doubled inside),
/// records ended by LF or CRLF, the first record the headers.
public struct CSVTable: Sendable, Hashable {
    /// One record: its line in the file (from 1) and its fields.
    public struct Record: Sendable, Hashable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// The field separator found.
    public var separator: Character
    /// The header record.
    public var headers: [String]
    /// The data records (blank lines left out).
    public var records: [Record]
}

/// Why a text is not CSV: where (line and column, from 1) and what.
public struct CSVError: Error, Sendable, Hashable {
    public var line: Int
    public var column: Int
    public var message: LocalizedText
}

/// Reads CSV text. Never crashes on any input: malformed text gives a `CSVError` with its
/// line and column.
public enum CSVReader {
    /// The table in `text` (NFC; a byte-order mark at the start is ignored).
    public static func read(_ text: String) throws -> CSVTable {
        var parser = CSVParser()
        var records: [CSVTable.Record] = []
        try parser.feed(text) { records.append($0) }
        try parser.finish { records.append($0) }
        guard let first = records.first else { throw CSVParser.emptyFile }
        let headers = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        return CSVTable(separator: parser.separator ?? ",", headers: headers, records: Array(records.dropFirst()))
    }

    /// The separator of the first line: the most frequent of ";", ",", tab outside quotes.
    static func guessSeparator(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes, character == "\n" || character == "\r\n" || character == "\r" { break }
            if !inQuotes, counts[character] != nil { counts[character]! += 1 }
        }
        let best = counts.max { ($0.value, $0.key == "," ? 1 : 0) < ($1.value, $1.key == "," ? 1 : 0) }!
        return best.value == 0 ? "," : best.key
    }
}

/// CSV read a piece at a time: a file too large to hold is fed in pieces, each cut after a
/// line feed (so that no character and no CRLF is split), and each record is handed out as
/// soon as it ends. The header record is handed out first, like any other.
public struct CSVParser: Sendable {
    /// The separator, guessed from the first piece's first line.
    public private(set) var separator: Character?
    private var fields: [String] = []
    private var field = ""
    private var inQuotes = false
    private var quoteLine = 1, quoteColumn = 1
    private var line = 1, column = 0
    private var recordLine = 1
    private var afterQuote = false
    /// A closing or doubled quote at the very end of a piece: decided by the next character.
    private var quoteAtEnd = false
    private var started = false

    /// A parser at the start of a file.
    public init() {}

    /// The error for a file with no record at all.
    public static let emptyFile = CSVError(line: 1, column: 1, message: LocalizedText(vi: "tệp trống: không có dòng tiêu đề",
                                                                                      en: "empty file: no header row"))

    /// Reads `piece` (the next text of the file, normalised here to NFC), handing each record
    /// that ends in it to `record`.
    /// - Throws: `CSVError` for text after a closing quote; whatever `record` throws.
    public mutating func feed(_ piece: String, record: (CSVTable.Record) throws -> Void) throws {
        var text = piece.nfc
        if !started {
            started = true
            if text.first == "\u{FEFF}" { text.removeFirst() }
            separator = CSVReader.guessSeparator(text)
        }
        let separator = self.separator ?? ","
        var iterator = text.makeIterator()
        var pending: Character? = nil
        if quoteAtEnd {
            // The quote that ended the last piece is read again, now that what follows it is
            // here (its column was counted then).
            quoteAtEnd = false
            pending = "\""
            column -= 1
        }
        while let character = pending ?? iterator.next() {
            pending = nil
            column += 1
            if inQuotes {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.append("\"")
                            column += 1
                        } else {
                            inQuotes = false
                            afterQuote = true
                            pending = next
                        }
                    } else {
                        quoteAtEnd = true
                    }
                } else {
                    field.append(character)
                    if character == "\n" || character == "\r\n" { line += 1; column = 0 }
                }
                continue
            }
            switch character {
            case "\"" where field.trimmingCharacters(in: .whitespaces).isEmpty && !afterQuote:
                field = ""
                inQuotes = true
                quoteLine = line
                quoteColumn = column
            case separator:
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n", "\r":
                try endRecord(record)
                line += 1
                column = 0
                recordLine = line
                afterQuote = false
            default:
                if afterQuote, !character.isWhitespace {
                    throw CSVError(line: line, column: column,
                                   message: LocalizedText(vi: "có chữ sau dấu ngoặc kép đóng (thiếu dấu phân cách?)",
                                                          en: "text after a closing quote (a separator missing?)"))
                }
                if !afterQuote { field.append(character) }
            }
        }
    }

    /// Ends the file: hands out the last record when it has no line feed after it.
    /// - Throws: `CSVError` for a quote never closed; whatever `record` throws.
    public mutating func finish(record: (CSVTable.Record) throws -> Void) throws {
        if quoteAtEnd {
            // The file ends with the quote that closes its last field.
            quoteAtEnd = false
            inQuotes = false
        }
        if inQuotes {
            throw CSVError(line: quoteLine, column: quoteColumn,
                           message: LocalizedText(vi: "dấu ngoặc kép mở ở đây không được đóng", en: "a quote opened here is never closed"))
        }
        if !field.isEmpty || !fields.isEmpty { try endRecord(record) }
    }

    private mutating func endRecord(_ record: (CSVTable.Record) throws -> Void) throws {
        fields.append(field)
        let blank = fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty
        let done = CSVTable.Record(line: recordLine, fields: fields)
        fields = []
        field = ""
        if !blank { try record(done) }
    }
}
