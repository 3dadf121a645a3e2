import Foundation

/// The 8-bit Vietnamese encodings still found in old ward files (Word documents in the .VnTime
/// and VNI-Times fonts saved as text, spreadsheets exported from them), and their conversion to
/// Unicode.
///
/// - TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per letter; the precomposed letters are in
///   0xA1–0xFE. It has no upper-case letters with tone marks (documents used a separate upper-case
///   font), so those come out in lower case.
/// - VNI-Windows: a base letter followed by a mark byte ("a" 0xF9 is "á", "a" 0xE2 is "â",
///   "a" 0xE1 is "ấ"); ơ, ư, đ and some i, y forms are single bytes.
/// - Windows-1258 (what Excel on a Vietnamese Windows saves as "CSV"): Latin-1 with ă, đ, ơ,
///   ư, their capitals and ₫ in place of some letters, and the five tones as combining marks
///   (0xCC grave, 0xEC acute, 0xD2 hook above, 0xDE tilde, 0xF2 dot below) written after the
///   vowel they sit on; the text is composed to NFC.
public enum LegacyEncoding: String, Sendable, Hashable, CaseIterable {
    case tcvn3 = "TCVN3"
    case vniWindows = "VNI-Windows"
    case windows1258 = "Windows-1258"

    /// `bytes` decoded from this encoding into NFC text. Bytes TCVN3 and VNI do not define are
    /// read as Windows-1252, so nothing is lost; bytes Windows-1258 leaves undefined become
    /// U+FFFD.
    public func decode(_ bytes: [UInt8]) -> String {
        read(bytes).text
    }

    /// `bytes` decoded, and whether some byte only reads as text through the Windows-1252
    /// fallback although it is no punctuation: a byte from 0xA1 up that is no letter of TCVN3,
    /// or no letter or mark of VNI (a mark byte with no letter to sit on included). Windows-1258
    /// defines every byte from 0xA0 up; its undefined bytes show in the text as U+FFFD.
    func read(_ bytes: [UInt8]) -> (text: String, stray: Bool) {
        switch self {
        case .tcvn3: return Self.decodeTCVN3(bytes)
        case .vniWindows: return Self.decodeVNI(bytes)
        case .windows1258: return (Self.decodeWindows1258(bytes), false)
        }
    }

    // MARK: TCVN3

    /// TCVN3's letters above 0x7F.
    static let tcvn3Letters: [UInt8: Character] = {
        let letters: [(UInt8, String)] = [
            (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
            (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
            (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
            (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"),
            (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
            (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
            (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
            (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
            (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
            (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
            (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
            (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
            (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
            (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
        ]
        return Dictionary(uniqueKeysWithValues: letters.map { ($0.0, Character($0.1)) })
    }()

    private static func decodeTCVN3(_ bytes: [UInt8]) -> (String, Bool) {
        var out = String.UnicodeScalarView()
        var stray = false
        for byte in bytes {
            if byte < 0x80 {
                out.append(Unicode.Scalar(byte))
            } else if let letter = tcvn3Letters[byte] {
                for scalar in letter.unicodeScalars { out.append(scalar) }
            } else {
                if byte > 0xA0 { stray = true }
                out.append(windows1252(byte))
            }
        }
        return (String(out).nfc, stray)
    }

    // MARK: VNI-Windows

    /// Single-byte letters of VNI-Windows, as a base letter and combining marks.
    private static let vniLetters: [UInt8: String] = [
        0xF1: "đ", 0xD1: "Đ", 0xF4: "o\u{031B}", 0xD4: "O\u{031B}", 0xF6: "u\u{031B}", 0xD6: "U\u{031B}",
        0xEC: "i\u{0300}", 0xCC: "I\u{0300}", 0xED: "i\u{0301}", 0xCD: "I\u{0301}", 0xE6: "i\u{0309}", 0xC6: "I\u{0309}",
        0xF3: "i\u{0303}", 0xD3: "I\u{0303}", 0xF2: "i\u{0323}", 0xD2: "I\u{0323}", 0xEE: "y\u{0323}", 0xCE: "Y\u{0323}",
    ]

    /// VNI-Windows mark bytes (lower-case forms; upper-case ones are 0x20 lower) as combining
    /// marks: a tone, a vowel mark (circumflex, breve), or both.
    private static let vniMarks: [UInt8: String] = [
        0xF8: "\u{0300}", 0xF9: "\u{0301}", 0xFB: "\u{0309}", 0xF5: "\u{0303}", 0xEF: "\u{0323}",
        0xE2: "\u{0302}", 0xE0: "\u{0302}\u{0300}", 0xE1: "\u{0302}\u{0301}", 0xE5: "\u{0302}\u{0309}",
        0xE3: "\u{0302}\u{0303}", 0xE4: "\u{0302}\u{0323}",
        0xEA: "\u{0306}", 0xE8: "\u{0306}\u{0300}", 0xE9: "\u{0306}\u{0301}", 0xFA: "\u{0306}\u{0309}",
        0xFC: "\u{0306}\u{0303}", 0xEB: "\u{0306}\u{0323}",
    ]

    private static func vniMark(_ byte: UInt8) -> String? {
        vniMarks[byte] ?? (byte >= 0xC0 && byte < 0xE0 ? vniMarks[byte + 0x20] : nil)
    }

    /// Whether a mark may follow this base: tones on any vowel, the circumflex on a, e, o, the
    /// breve on a.
    private static func accepts(_ base: String, _ marks: String) -> Bool {
        guard let letter = base.unicodeScalars.first.map({ Character($0).lowercased() }) else { return false }
        let hornBase = base.unicodeScalars.contains("\u{031B}")
        if base.unicodeScalars.count > (hornBase ? 2 : 1) { return false }  // already has a tone
        let first = marks.unicodeScalars.first!
        switch first {
        case "\u{0302}": return !hornBase && ["a", "e", "o"].contains(letter)
        case "\u{0306}": return !hornBase && letter == "a"
        default: return ["a", "e", "i", "o", "u", "y"].contains(letter)
        }
    }

    private static func decodeVNI(_ bytes: [UInt8]) -> (String, Bool) {
        var pieces: [String] = []
        var stray = false
        for byte in bytes {
            if byte < 0x80 {
                pieces.append(String(Unicode.Scalar(byte)))
            } else if let marks = vniMark(byte), let last = pieces.last, accepts(last, marks) {
                pieces[pieces.count - 1] = last + marks
            } else if let letter = vniLetters[byte] {
                pieces.append(letter)
            } else {
                if byte > 0xA0 { stray = true }
                pieces.append(String(windows1252(byte)))
            }
        }
        return (pieces.joined().nfc, stray)
    }

    // MARK: Windows-1258

    /// The bytes where Windows-1258 differs from Windows-1252: letters of Vietnamese, the five
    /// tones as combining marks, the đồng sign; and the four letters of 1252 it leaves out.
    static let windows1258Changes: [UInt8: UInt32] = [
        0xC3: 0x0102, 0xCC: 0x0300, 0xD0: 0x0110, 0xD2: 0x0309, 0xD5: 0x01A0, 0xDD: 0x01AF, 0xDE: 0x0303,
        0xE3: 0x0103, 0xEC: 0x0301, 0xF0: 0x0111, 0xF2: 0x0323, 0xF5: 0x01A1, 0xFD: 0x01B0, 0xFE: 0x20AB,
        0x8A: 0xFFFD, 0x8E: 0xFFFD, 0x9A: 0xFFFD, 0x9E: 0xFFFD,
    ]

    private static func decodeWindows1258(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 {
                out.append(Unicode.Scalar(byte))
            } else if let value = windows1258Changes[byte] {
                out.append(Unicode.Scalar(value)!)
            } else {
                out.append(windows1252(byte))
            }
        }
        return String(out).nfc
    }

    // MARK: Windows-1252

    /// A byte read as Windows-1252 (0x80–0x9F as its punctuation; undefined bytes as U+FFFD).
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80, byte < 0xA0 { return Unicode.Scalar(windows1252High[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
