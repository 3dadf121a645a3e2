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

    /// One field, neutralised if it would be read as a formula, quoted if it must be.
    public static func field(_ text: String) -> String {
        var out: [UInt8] = []
        appendField(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One record (without its line end).
    public static func record(_ fields: [String]) -> String {
        var out: [UInt8] = []
        appendRecord(fields, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `record(fields)` to `out`: what an export of a million rows
    /// writes each row with, no string made for it.
    public static func appendRecord(_ fields: [String], to out: inout [UInt8]) {
        for (index, text) in fields.enumerated() {
            if index > 0 { out.append(0x2C) }
            appendField(text, to: &out)
        }
    }

    /// Appends the UTF-8 bytes of `field(text)` to `out`. The text is put in NFC (a text of
    /// printable ASCII and precomposed letters, nearly every one, is looked at once), then
    /// looked at as bytes: every character that starts a formula or asks for quotes is ASCII,
    /// and a comma or a quote followed by a combining mark is still a comma or a quote to a
    /// reader of CSV.
    public static func appendField(_ text: String, to out: inout [UInt8]) {
        var text = text.isPlainNFC ? text : text.nfc
        text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return }
            // "=", "+", "-", "@", tab, CR.
            let formula = first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
            var quoted = first == 0x20 || last == 0x20
            if !quoted {
                for byte in bytes where byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A {
                    quoted = true
                    break
                }
            }
            if quoted { out.append(0x22) }
            if formula { out.append(0x27) }
            if quoted {
                for byte in bytes {
                    out.append(byte)
                    if byte == 0x22 { out.append(0x22) }
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }

    /// Records, each ended by CRLF.
    public static func document(_ records: [[String]]) -> String {
        records.map { record($0) + "\r\n" }.joined()
    }
}
