import Foundation

extension String {
    /// The string in Unicode Normalization Form C (canonical composition).
    ///
    /// Vietnamese text arrives both precomposed ("ễ" as one scalar) and decomposed
    /// ("e" + U+0302 + U+0303), depending on the keyboard, the operating system and the file it
    /// came from. Storing and comparing the NFC form makes both spellings the same string
    /// byte for byte. Pure ASCII strings are returned unchanged without calling Foundation.
    public var nfc: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        if unicodeScalars.allSatisfy({ $0.isASCII || LatinDecomposition.isPrecomposed($0.value) }) { return self }
        return streamSafe.precomposedStringWithCanonicalMapping
    }

    /// The string in NFC without leading and trailing white space and line breaks: how names,
    /// numbers and titles typed by the clerk are kept.
    public var nfcTrimmed: String {
        // Foundation's trimming bridges the string each time; most text has nothing to trim.
        if let first = unicodeScalars.first, let last = unicodeScalars.last, first.isKeptByTrimming, last.isKeptByTrimming { return nfc }
        return nfc.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the text is kept as it is by `nfcTrimmed` and holds no control character, told
    /// in one pass over its bytes: printable ASCII and precomposed Latin letters only, and
    /// neither end a space. Most names and codes are; a text that is not may still be kept
    /// as it is.
    public var isPlainNFC: Bool {
        var text = self
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            if first == 0x20 || last == 0x20 { return false }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard byte >= 0x20, byte != 0x7F else { return false }
                    index += 1
                    continue
                }
                // A Swift string is well-formed UTF-8; every precomposed letter is 2 or 3 bytes.
                let value: UInt32
                if byte & 0xE0 == 0xC0 {
                    value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if byte & 0xF0 == 0xE0 {
                    value = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    return false
                }
                guard value < 0x2000, LatinDecomposition.isPrecomposed(value) else { return false }
            }
            return true
        }
    }

    /// The text with its first letter in capitals ("trả lại để bổ sung" → "Trả lại để bổ sung").
    public var capitalizedFirst: String {
        guard let first = first else { return self }
        return String(first).uppercased() + dropFirst()
    }

    /// The string in Unicode Normalization Form D (canonical decomposition): every
    /// precomposed letter split into its base letter followed by its combining marks,
    /// the marks in canonical order. Takes time in proportion to the length of the text (see
    /// `streamSafe` for text with long runs of marks).
    public var nfd: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        var decomposed = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar.isASCII {
                decomposed.append(scalar)
            } else if let parts = LatinDecomposition.table[scalar.value] {
                // One scalar at a time: appending a collection to the view copied the whole
                // text each time (an import of a 1 MB movement spent 53 s here).
                for part in parts { decomposed.append(part) }
            } else {
                return streamSafe.decomposedStringWithCanonicalMapping
            }
        }
        return String(decomposed)
    }
}

/// The canonical decompositions of the precomposed Latin letters (Latin-1, Extended-A and B,
/// Extended Additional: every Vietnamese letter), worked out once with Foundation.
///
/// A string made only of ASCII and these letters is already in NFC (each is a stable starter
/// and no two of them compose), and its NFD is the concatenation of their decompositions, each
/// already in canonical order. Names and search keys are such strings, and normalizing them
/// through Foundation one at a time was the larger part of an import's cost.
enum LatinDecomposition {
    static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for value in Array(UInt32(0xC0)...0x24F) + Array(UInt32(0x1E00)...0x1EFF) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic,
                  scalar.properties.canonicalCombiningClass == .notReordered else { continue }
            let text = String(scalar)
            guard text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]) else { continue }
            let parts = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
            guard parts.first?.properties.canonicalCombiningClass == .notReordered else { continue }
            table[value] = parts
        }
        return table
    }()

    /// The scalars of `table` as bits, the bit of U+nnnn at `nnnn` (every one is below U+2000):
    /// asked of each letter of every name read, where a look-up in `table` hashed it.
    static let precomposedBits: [UInt64] = {
        var bits = Array(repeating: UInt64(0), count: 0x2000 / 64)
        for value in table.keys where value < 0x2000 { bits[Int(value) / 64] |= 1 << UInt64(value % 64) }
        return bits
    }()

    /// Whether `value` is a scalar of `table`.
    static func isPrecomposed(_ value: UInt32) -> Bool {
        guard value < 0x2000 else { return table[value] != nil }
        return precomposedBits[Int(value) / 64] & (1 << UInt64(value % 64)) != 0
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is certainly kept by trimming whitespace: a letter or a digit (the
    /// set Foundation trims differs between platforms, U+200B among them on Linux, so the
    /// fast path of `nfcTrimmed` takes only these on trust).
    var isKeptByTrimming: Bool {
        if isASCII { return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        // Vietnamese letters are precomposed letters, each alphabetic, found by a bit.
        return LatinDecomposition.isPrecomposed(value) || properties.isAlphabetic
    }
}
