import Foundation
import Testing
@testable import VietnameseText

/// TCVN3 and VNI-Windows to Unicode, from bytes written with the published character tables,
/// and the guess of which one a file is in.
@Suite struct LegacyEncodingTests {
    /// "Nguyễn Văn Hùng", "Trần Thị Ước", "Đặng Quốc Khánh", "Tổ dân phố" in TCVN3, byte by byte.
    static let tcvn3Lines: [([UInt8], String)] = [
        ([0x4E, 0x67, 0x75, 0x79, 0xD4, 0x6E, 0x20, 0x56, 0xA8, 0x6E, 0x20, 0x48, 0xEF, 0x6E, 0x67], "Nguyễn Văn Hùng"),
        ([0x54, 0x72, 0xC7, 0x6E, 0x20, 0x54, 0x68, 0xDE, 0x20, 0xA6, 0xED, 0x63], "Trần Thị Ước"),
        ([0xA7, 0xC6, 0x6E, 0x67, 0x20, 0x51, 0x75, 0xE8, 0x63, 0x20, 0x4B, 0x68, 0xB8, 0x6E, 0x68], "Đặng Quốc Khánh"),
        ([0x54, 0xE6, 0x20, 0x64, 0xA9, 0x6E, 0x20, 0x70, 0x68, 0xE8], "Tổ dân phố"),
    ]

    /// The same names in VNI-Windows: base letters followed by mark bytes.
    static let vniLines: [([UInt8], String)] = [
        ([0x4E, 0x67, 0x75, 0x79, 0x65, 0xE3, 0x6E, 0x20, 0x56, 0x61, 0xEA, 0x6E, 0x20, 0x48, 0x75, 0xF8, 0x6E, 0x67], "Nguyễn Văn Hùng"),
        ([0x54, 0x72, 0x61, 0xE0, 0x6E, 0x20, 0x54, 0x68, 0xF2, 0x20, 0xD6, 0xF4, 0xF9, 0x63], "Trần Thị Ước"),
        ([0xD1, 0x61, 0xEB, 0x6E, 0x67, 0x20, 0x51, 0x75, 0x6F, 0xE1, 0x63, 0x20, 0x4B, 0x68, 0x61, 0xF9, 0x6E, 0x68], "Đặng Quốc Khánh"),
        ([0x54, 0x6F, 0xE5, 0x20, 0x64, 0x61, 0xE2, 0x6E, 0x20, 0x70, 0x68, 0x6F, 0xE1], "Tổ dân phố"),
    ]

    @Test func tcvn3Decodes() {
        for (bytes, text) in Self.tcvn3Lines {
            #expect(LegacyEncoding.tcvn3.decode(bytes) == text)
            #expect(Array(LegacyEncoding.tcvn3.decode(bytes).unicodeScalars) == Array(text.nfc.unicodeScalars))
        }
    }

    @Test func vniDecodes() {
        for (bytes, text) in Self.vniLines {
            #expect(LegacyEncoding.vniWindows.decode(bytes) == text)
        }
    }

    /// Every letter of Vietnamese: TCVN3 has each small letter at one byte; the table is onto.
    @Test func tcvn3HasEveryLetter() {
        let letters = "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
        let decoded = Set(LegacyEncoding.tcvn3Letters.values)
        for letter in letters where !letter.isASCII {
            #expect(decoded.contains(letter), "\(letter)")
        }
        #expect(LegacyEncoding.tcvn3Letters.count == 67 + 7)
    }

    @Test func whichEncodingAFileIsInIsGuessed() throws {
        let tcvn3 = Data(Self.tcvn3Lines.map(\.0).joined(separator: [0x0A]))
        let vni = Data(Self.vniLines.map(\.0).joined(separator: [0x0A]))
        let expected = Self.tcvn3Lines.map(\.1).joined(separator: "\n")
        let (fromTCVN3, source3) = try TextFileDecoding.decode(tcvn3)
        #expect(source3 == .legacy(.tcvn3))
        #expect(fromTCVN3 == expected)
        let (fromVNI, sourceVNI) = try TextFileDecoding.decode(vni)
        #expect(sourceVNI == .legacy(.vniWindows))
        #expect(fromVNI == expected)
        let utf8 = Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(expected.utf8))
        let (fromUTF8, sourceUTF8) = try TextFileDecoding.decode(utf8)
        #expect(sourceUTF8 == .utf8 && fromUTF8 == expected)
        // A spreadsheet's "Unicode text": UTF-16 little-endian (or big-endian) after its mark.
        let little = Data(([0xFF, 0xFE] as [UInt8]) + expected.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let big = Data(([0xFE, 0xFF] as [UInt8]) + expected.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        for data in [little, big] {
            let (text, source) = try TextFileDecoding.decode(data)
            #expect(source == .utf16)
            #expect(text == expected)
        }
    }

    @Test func bytesNeitherDefinesAreKeptAsWindows1252() {
        #expect(LegacyEncoding.tcvn3.decode([0x80, 0x41]) == "€A")
        #expect(LegacyEncoding.vniWindows.decode([0x78, 0xF9]) == "xù")  // a mark after a consonant stays a symbol
    }
}
