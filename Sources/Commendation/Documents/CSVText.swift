import Foundation
import VietnameseText

/// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field
/// quoted when it holds a comma, a double quote, CR or LF (its quotes doubled), or spaces at
/// its ends.
///
/// The text has no byte order mark. LibreOffice, Google Sheets, Python and most importers read
/// UTF-8 without one, while a BOM becomes part of the first header ("\u{FEFF}STT") for many of
/// them and for tools that compare headers. Excel on Windows opening a file by double click
/// needs it to recognise UTF-8: prepend `CSVText.byteOrderMark` when writing a file for Excel.
/// Cells are written as they are, but for one thing: a cell that begins with "=", "+", "-",
/// "@", a tab or a carriage return gets a "'" in front (OWASP's rule against CSV injection),
/// since a spreadsheet would run it as a formula — a name "=HYPERLINK(…)" or "-2+3" is shown as
/// typed, not computed. Whole numbers are plain digits (2340000), which spreadsheets read as
/// numbers whatever their locale. A share keeps the documents' decimal comma ("85,7"): a
/// Vietnamese spreadsheet reads it as a number, others as text.
public enum CSVText {
    /// U+FEFF, to prepend for Excel.
    public static let byteOrderMark = "\u{FEFF}"

    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// One field, neutralised if it would be read as a formula, quoted if it must be.
    public static func field(_ text: String) -> String {
        var text = text.nfc
        if let first = text.utf8.first, first < 0x80, formulaStarts.contains(Unicode.Scalar(first)) {
            // "=", "+", "-", "@", tab, CR: each a single byte.
            text = "'" + text
        }
        // Looked at as UTF-8 bytes first (an export writes millions of fields): every character
        // that asks for quotes is ASCII. Only a field that has one is looked at as characters.
        var mayNeedQuotes = text.utf8.first == 0x20 || text.utf8.last == 0x20
        if !mayNeedQuotes {
            for byte in text.utf8 where byte == 0x22 || byte == 0x2C || byte == 0x0D || byte == 0x0A {
                mayNeedQuotes = true
                break
            }
        }
        guard mayNeedQuotes else { return text }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in text.unicodeScalars {
            out.append(scalar)
            if scalar == "\"" { out.append("\"") }
        }
        out.append("\"")
        return String(out)
    }

    /// One record (without its line end).
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    /// Records, each ended by CRLF.
    public static func document(_ records: [[String]]) -> String {
        records.map { record($0) + "\r\n" }.joined()
    }
}
