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
public enum LegacyEncoding: String, Sendable, Hashable, CaseIterable {
    case tcvn3 = "TCVN3"
    case vniWindows = "VNI-Windows"

    /// `bytes` decoded from this encoding into NFC text. Bytes the encoding does not define are
    /// read as Windows-1252, so nothing is lost.
    public func decode(_ bytes: [UInt8]) -> String {
        switch self {
        case .tcvn3: return Self.decodeTCVN3(bytes)
        case .vniWindows: return Self.decodeVNI(bytes)
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

    private static func decodeTCVN3(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 {
                out.append(Unicode.Scalar(byte))
            } else if let letter = tcvn3Letters[byte] {
                out.append(contentsOf: letter.unicodeScalars)
            } else {
                out.append(windows1252(byte))
            }
        }
        return String(out).nfc
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

    private static func decodeVNI(_ bytes: [UInt8]) -> String {
        var pieces: [String] = []
        for byte in bytes {
            if byte < 0x80 {
                pieces.append(String(Unicode.Scalar(byte)))
            } else if let marks = vniMark(byte), let last = pieces.last, accepts(last, marks) {
                pieces[pieces.count - 1] = last + marks
            } else if let letter = vniLetters[byte] {
                pieces.append(letter)
            } else {
                pieces.append(String(windows1252(byte)))
            }
        }
        return pieces.joined().nfc
    }

    // MARK: Windows-1252

    /// A byte read as Windows-1252 (0x80–0x9F as its punctuation; undefined bytes as U+FFFD).
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let high: [UInt32] = [0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
                              0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
                              0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178]
        if byte >= 0x80, byte < 0xA0 { return Unicode.Scalar(high[Int(byte - 0x80)])! }
        return Unicode.Scalar(byte)
    }
}

/// Reading a text file: UTF-16 with a byte-order mark, UTF-8 (with or without one), else the
/// legacy Vietnamese encoding (TCVN3, VNI) under which the text reads as Vietnamese best.
public enum TextFileDecoding {
    /// How a file was read.
    public enum Source: Sendable, Hashable {
        case utf8
        /// UTF-16 with its byte-order mark (a spreadsheet's "Unicode text").
        case utf16
        case legacy(LegacyEncoding)
    }

    /// The text of `data` and how it was read.
    public static func decode(_ data: Data) -> (text: String, source: Source) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { index -> UInt16 in
                let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                return UInt16(high) << 8 | UInt16(low)
            }
            return (String(decoding: units, as: UTF16.self).nfc, .utf16)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text.nfc, .utf8) }
        let candidates = LegacyEncoding.allCases.map { encoding in (encoding, encoding.decode(bytes)) }
        let best = candidates.max { plausibility($0.1) < plausibility($1.1) }!
        return (best.1, .legacy(best.0))
    }

    /// The share of words that read as Vietnamese: only letters Vietnamese uses, no capital
    /// after a small letter, at most one tone mark. A wrong guess at the encoding leaves
    /// stray symbols, capitals in mid-word or two tones in a word.
    public static func plausibility(_ text: String) -> Double {
        let words = text.split { !$0.isLetter && !isStray($0) }
        guard !words.isEmpty else { return 0 }
        var good = 0
        for word in words {
            var clean = true
            var previousLower = false
            var tones = 0
            for character in word {
                if isStray(character) || !isVietnameseLetter(character) { clean = false; break }
                if character.isUppercase, previousLower { clean = false; break }
                previousLower = character.isLowercase
                tones += character.unicodeScalars.first.map { String($0).nfd.unicodeScalars.filter(isTone).count } ?? 0
            }
            if clean, tones <= 1 { good += 1 }
        }
        return Double(good) / Double(words.count)
    }

    private static func isTone(_ scalar: Unicode.Scalar) -> Bool {
        ["\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"].contains(scalar)
    }

    private static func isStray(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.value >= 0x80 && !$0.properties.isAlphabetic }
    }

    /// ASCII letters and the letters of Vietnamese (with their marks).
    private static func isVietnameseLetter(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        if scalar.isASCII { return scalar.properties.isAlphabetic }
        let base = String(character).nfd.unicodeScalars.first!
        guard base.isASCII || ["đ", "Đ"].contains(Character(base)) else { return false }
        return true
    }
}
