/// Vietnamese alphabetical order (CLDR `vi`), as sort keys.
///
/// Order, from the first level that differs:
/// 1. **Primary** — the letters, ignoring tone and case. Whitespace < ASCII punctuation and
///    symbols (in ASCII order) < other punctuation and symbols (by code point) < digits
///    (any script's decimal digits by value) < the letters a ă â b c d đ e ê f g h i j k l
///    m n o ô ơ p q r s t u ư v w x y z < everything else (by lowercase code point). Latin
///    letters with marks that Vietnamese does not use fold to their base letter ("ç" is c).
/// 2. **Secondary** — the tones, letter by letter: none < huyền < hỏi < ngã < sắc < nặng;
///    other marks ("ü", "ç") sort after the unmarked letter.
/// 3. **Tertiary** — case, letter by letter: lowercase < uppercase.
///
/// Hence "an" < "anh" < "ân", "ba" < "bà" < "bả" < "bã" < "bá" < "bạ" < "bă", and "Đào"
/// after every "D…" and before every "E…".
///
/// The key is computed from the canonical decomposition, so NFC and NFD spellings give the
/// same key. Whitespace is collapsed and trimmed first ("Văn  An " keys as "Văn An");
/// control characters, format characters (zero-width space, BOM…) and variation selectors
/// are ignored, as are combining marks with no letter to attach to.
///
/// Byte layout: `primary 0x00 secondary 0x00 tertiary`. Byte 0x00 only ever separates the
/// levels and byte 0x01 never occurs (it is kept for callers that chain several keys into
/// one, as `PersonName.sortKey` does): every weight byte is 0x02 or more. Each character
/// contributes one primary weight (1 byte, or a lead byte 0x23/0xF0 followed by its code
/// point in three base-254 digits 0x02…0xFF), one secondary weight (a tone byte 0x02…0x07,
/// then 0x08 + three code-point digits per other mark) and one tertiary byte (0x02
/// lowercase or uncased, 0x03 uppercase). A key is never a proper prefix of another key,
/// so keys can be chained without changing their order.
public enum VietnameseCollation {
    /// Collation key for any text (names of collectives, movements, places, people…);
    /// compare the keys to sort the texts in Vietnamese order.
    public static func key(_ text: String) -> CollationKey {
        var builder = KeyBuilder()
        for scalar in text.nfd.unicodeScalars {
            builder.add(scalar)
        }
        return CollationKey(bytes: builder.finish())
    }

    /// Byte separating the primary, secondary and tertiary parts of a key.
    static let levelSeparator: UInt8 = 0x00
    /// Byte separating keys chained into one composite key; sorts below every weight.
    static let fieldSeparator: UInt8 = 0x01

    /// Primary weight of whitespace (any run of it counts as one space).
    static let spaceWeight: UInt8 = 0x02
    /// First primary weight of the ASCII punctuation and symbols, taken in ASCII order.
    static let asciiPunctuationBase: UInt8 = 0x03
    /// Lead byte of the primary weight of non-ASCII punctuation and symbols.
    static let otherPunctuationLead: UInt8 = 0x23
    /// Primary weight of the digit 0; digit n weighs `digitBase + n`.
    static let digitBase: UInt8 = 0x30
    /// Primary weight of the letter a; the letter at alphabet position n weighs `letterBase + n`.
    static let letterBase: UInt8 = 0x40
    /// Lead byte of the primary weight of every other character (after all letters).
    static let otherLead: UInt8 = 0xF0

    /// Secondary weight of a letter without tone; the tone of rank r weighs `noTone + r`.
    static let noTone: UInt8 = 0x02
    /// Lead byte of the secondary weight of a mark that is neither a tone nor part of the letter.
    static let otherMarkLead: UInt8 = 0x08

    /// Tertiary weight of lowercase and uncased characters.
    static let lowercase: UInt8 = 0x02
    /// Tertiary weight of uppercase characters.
    static let uppercase: UInt8 = 0x03

    /// The 32 ASCII punctuation and symbol characters (!"#…/ :;…@ [\…` {|}~), in ASCII order,
    /// which is also the order of their primary weights.
    static let asciiPunctuation: [UInt8] =
        Array(0x21...0x2F) + Array(0x3A...0x40) + Array(0x5B...0x60) + Array(0x7B...0x7E)

    /// A code point as three base-254 digits, each in 0x02…0xFF (so never a separator byte),
    /// most significant first; the order of the digit triples is the order of the code
    /// points (254³ > 0x10FFFF, so every code point fits).
    static func codePointDigits(_ value: UInt32) -> [UInt8] {
        let square: UInt32 = 254 * 254
        return [
            UInt8(value / square + 2),
            UInt8(value % square / 254 + 2),
            UInt8(value % 254 + 2),
        ]
    }

    /// Accumulates the three levels of a key while the decomposed scalars stream in.
    struct KeyBuilder {
        /// Primary weights so far.
        var primary: [UInt8] = []
        /// Secondary weights so far.
        var secondary: [UInt8] = []
        /// Tertiary weights so far.
        var tertiary: [UInt8] = []

        /// The base character waiting for its combining marks, if any.
        var pendingBase: Unicode.Scalar?
        /// The combining marks seen after `pendingBase`.
        var pendingMarks: [Unicode.Scalar] = []
        /// Whether whitespace was seen since the last character.
        var pendingSpace = false

        /// Feeds the next scalar of the decomposed text.
        mutating func add(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                // Without the Unicode property tables: the same whitespace and controls.
                switch scalar.value {
                case 0x09...0x0D, 0x20:
                    flushBase()
                    pendingSpace = true
                    return
                case 0x00...0x1F, 0x7F:
                    return
                default:
                    break
                }
            } else {
                if scalar.properties.isWhitespace {
                    flushBase()
                    pendingSpace = true
                    return
                }
                switch scalar.properties.generalCategory {
                case .control, .format:
                    return
                case .nonspacingMark, .enclosingMark:
                    if scalar.properties.isVariationSelector { return }
                    // A mark after whitespace or at the very start has nothing to attach to.
                    if pendingBase != nil { pendingMarks.append(scalar) }
                    return
                default:
                    break
                }
            }
            flushBase()
            if pendingSpace {
                if !primary.isEmpty {
                    primary.append(spaceWeight)
                    secondary.append(noTone)
                    tertiary.append(lowercase)
                }
                pendingSpace = false
            }
            pendingBase = scalar
        }

        /// The finished key bytes (trailing whitespace is dropped).
        mutating func finish() -> [UInt8] {
            flushBase()
            return primary + [levelSeparator] + secondary + [levelSeparator] + tertiary
        }

        /// Emits the weights of the pending base character and its marks.
        mutating func flushBase() {
            guard let base = pendingBase else { return }
            defer {
                pendingBase = nil
                pendingMarks.removeAll(keepingCapacity: true)
            }
            let lowered = base.lowercasedSingle
            let capital = base.isASCII ? (0x41...0x5A).contains(base.value) : base.properties.changesWhenLowercased
            tertiary.append(capital ? uppercase : lowercase)

            var marks = pendingMarks
            var letterPosition: Int?
            if lowered.isDWithStroke {
                letterPosition = VietnameseAlphabet.position(of: "đ", with: nil)
            } else if lowered.isASCII {
                // A vowel-quality mark that makes a Vietnamese letter belongs to the letter.
                if let index = marks.firstIndex(where: {
                    VietnameseAlphabet.position(of: lowered, with: $0) != nil
                }) {
                    letterPosition = VietnameseAlphabet.position(of: lowered, with: marks[index])
                    marks.remove(at: index)
                } else {
                    letterPosition = VietnameseAlphabet.position(of: lowered, with: nil)
                }
            }

            if let letterPosition {
                primary.append(letterBase + UInt8(letterPosition))
            } else {
                primary.append(contentsOf: Self.primaryWeight(ofNonLetter: lowered))
            }

            var tone: UInt8 = noTone
            if let index = marks.firstIndex(where: { VietnameseAlphabet.toneRank(of: $0) != nil }),
                let rank = VietnameseAlphabet.toneRank(of: marks[index])
            {
                tone = noTone + UInt8(rank)
                marks.remove(at: index)
            }
            secondary.append(tone)
            for mark in marks {
                secondary.append(otherMarkLead)
                secondary.append(contentsOf: codePointDigits(mark.value))
            }
        }

        /// The primary weight of a (lowercased) character that is not a Vietnamese letter.
        static func primaryWeight(ofNonLetter scalar: Unicode.Scalar) -> [UInt8] {
            if scalar.isASCII, let index = asciiPunctuation.firstIndex(of: UInt8(scalar.value)) {
                return [asciiPunctuationBase + UInt8(index)]
            }
            let properties = scalar.properties
            if properties.numericType == .decimal, let value = properties.numericValue,
                value >= 0, value <= 9
            {
                return [digitBase + UInt8(value)]
            }
            switch properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation,
                .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                return [otherPunctuationLead] + codePointDigits(scalar.value)
            default:
                return [otherLead] + codePointDigits(scalar.value)
            }
        }
    }
}

extension Unicode.Scalar {
    /// The scalar's simple lowercase form when that is a single scalar; otherwise itself.
    var lowercasedSingle: Unicode.Scalar {
        if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(UInt8(value + 0x20)) }
        if isASCII { return self }
        let mapped = properties.lowercaseMapping.unicodeScalars
        if mapped.count == 1, let only = mapped.first { return only }
        return self
    }
}
