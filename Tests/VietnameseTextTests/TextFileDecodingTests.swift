import Foundation
import Testing
@testable import VietnameseText

/// Which files are read in a legacy encoding, and which are refused: only a file that reads as
/// Vietnamese throughout is taken as TCVN3, VNI-Windows or Windows-1258; a UTF-8 file with a
/// damaged byte, or text in some other encoding, is refused with the line and byte where it
/// stops being UTF-8.
@Suite struct TextFileDecodingTests {
    /// The names of LegacyEncodingTests in Windows-1258 as Excel writes them (bytes from the
    /// system's iconv, CP1258): precomposed letters where Latin-1 has them, else the base letter
    /// and a combining tone byte.
    static let windows1258Lines: [([UInt8], String)] = [
        ([0x4E, 0x67, 0x75, 0x79, 0xEA, 0xDE, 0x6E, 0x20, 0x56, 0xE3, 0x6E, 0x20, 0x48, 0xF9, 0x6E, 0x67], "Nguyễn Văn Hùng"),
        ([0x54, 0x72, 0xE2, 0xCC, 0x6E, 0x20, 0x54, 0x68, 0x69, 0xF2, 0x20, 0xDD, 0xF5, 0xEC, 0x63], "Trần Thị Ước"),
        ([0xD0, 0xE3, 0xF2, 0x6E, 0x67, 0x20, 0x51, 0x75, 0xF4, 0xEC, 0x63, 0x20, 0x4B, 0x68, 0xE1, 0x6E, 0x68], "Đặng Quốc Khánh"),
        ([0x54, 0xF4, 0xD2, 0x20, 0x64, 0xE2, 0x6E, 0x20, 0x70, 0x68, 0xF4, 0xEC], "Tổ dân phố"),
        ([0x4B, 0x68, 0x75, 0x20, 0x70, 0x68, 0xF4, 0xEC, 0x20, 0x42, 0x69, 0xCC, 0x6E, 0x68, 0x20, 0x4D, 0x69, 0x6E, 0x68], "Khu phố Bình Minh"),
    ]

    static func failure(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> TextFileDecoding.Failure? {
        do {
            let (text, source) = try TextFileDecoding.decode(Data(bytes))
            Issue.record("read as \(source): \(text)", sourceLocation: sourceLocation)
        } catch let failure as TextFileDecoding.Failure {
            return failure
        } catch {
            Issue.record("\(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    @Test func windows1258IsReadAndComposed() throws {
        for (bytes, text) in Self.windows1258Lines {
            #expect(LegacyEncoding.windows1258.decode(bytes) == text)
            #expect(Array(LegacyEncoding.windows1258.decode(bytes).unicodeScalars) == Array(text.unicodeScalars))
        }
        let file = Data(Self.windows1258Lines.map(\.0).joined(separator: [0x0D, 0x0A]))
        let (text, source) = try TextFileDecoding.decode(file)
        #expect(source == .legacy(.windows1258))
        #expect(text == Self.windows1258Lines.map(\.1).joined(separator: "\r\n"))
        // The đồng sign, and the four letters of Windows-1252 it does not have.
        #expect(LegacyEncoding.windows1258.decode([0x35, 0xFE]) == "5₫")
        #expect(LegacyEncoding.windows1258.decode([0x8A, 0x9E]) == "\u{FFFD}\u{FFFD}")
    }

    @Test func aDamagedUTF8FileIsRefusedAtItsLineAndByte() throws {
        // "Họ và tên\nHoàng Thị Hồng\n" with the second byte of "à" in "Hoàng" lost.
        var bytes = Array("Họ và tên\nHoàng Thị Hồng\n".utf8)
        let second = bytes.firstIndex(of: 0x0A)! + 4
        #expect(bytes[second - 1] == 0xC3 && bytes[second] == 0xA0)
        bytes.remove(at: second)
        let failure = try #require(Self.failure(bytes))
        #expect(failure.line == 2 && failure.byte == 3 && failure.value == 0xC3 && failure.damagedUTF8)
        #expect(failure.message.vi.contains("dòng 2, byte 3 (0xC3)") && failure.message.vi.contains("UTF-8"))
        #expect(failure.message.en.contains("line 2, byte 3 (0xC3)"))
        // A byte changed rather than lost, and a stray byte at the end.
        #expect(Self.failure(Array("Nguyễn Văn".utf8).enumerated().map { $0.offset == 6 ? 0x41 : $0.element })?.damagedUTF8 == true)
        #expect(Self.failure(Array("Trần Thị".utf8) + [0xE1])?.line == 1)
    }

    @Test func textInAnotherEncodingIsRefused() throws {
        // Latin-1 French and German, and bytes that mean nothing.
        let french = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x52, 0x65, 0x6E, 0xE9, 0x65] as [UInt8]  // "Café Renée"
        let german = [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x20, 0x53, 0x74, 0x72, 0x61, 0xDF, 0x65] as [UInt8]  // "Müller Straße"
        for bytes in [french, german, [0x41, 0x80, 0x81, 0x82], [0x4C, 0x61, 0x6E, 0x0A, 0x48, 0xFF, 0xFE]] {
            let failure = try #require(Self.failure(bytes), "\(bytes)")
            #expect(!failure.damagedUTF8)
            #expect(failure.message.vi.contains("không phải UTF-8") && failure.message.vi.contains("Windows-1258"))
        }
        // Every letter of the whole file counts: one TCVN3 line among UTF-8-looking garbage is not enough.
        let mixed = LegacyEncodingTests.tcvn3Lines[0].0 + [0x0A, 0x48, 0x6F, 0xC3, 0x20, 0x6E, 0x67]
        #expect(Self.failure(mixed) != nil)
    }

    @Test func legacyFilesAsWardsWriteThemStillRead() throws {
        // TCVN3 headings in capitals (the capital font has no toned capitals: they come out
        // small), an ethnic place name whose consonants are not Vietnamese, typographic quotes.
        var tcvn3: [UInt8] = Array("NGUY".utf8) + [0xD4] + Array("N V".utf8) + [0xA8] + Array("N H".utf8) + [0xEF] + Array("NG\n".utf8)
        tcvn3 += [0xA7, 0xBE] + Array("k L".utf8) + [0xBE] + Array("k, ".utf8) + [0x93] + Array("Kr".utf8) + [0xAB] + Array("ng".utf8) + [0x94]
        let (text, source) = try TextFileDecoding.decode(Data(tcvn3))
        #expect(source == .legacy(.tcvn3))
        #expect(text == "NGUYễN VăN HùNG\nĐắk Lắk, “Krông”")
        for (bytes, expected) in LegacyEncodingTests.vniLines {
            let (read, vni) = try TextFileDecoding.decode(Data(bytes))
            #expect(vni == .legacy(.vniWindows) && read == expected, "\(read)")
        }
        for (bytes, expected) in Self.windows1258Lines {
            let (read, encoding) = try TextFileDecoding.decode(Data(bytes))
            #expect(encoding == .legacy(.windows1258) && read == expected, "\(read)")
        }
    }

    @Test func aLoneSurrogateInUTF16IsRefused() throws {
        let units: [UInt16] = [0x0041, 0x000A, 0x0042, 0xD800, 0x0043]
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let failure = try #require(Self.failure(bytes))
        #expect(failure.line == 2 && failure.byte == 3)
    }
}
