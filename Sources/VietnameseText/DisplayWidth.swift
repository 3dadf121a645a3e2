/// How many terminal columns text occupies.
///
/// The rules follow what terminal emulators do with Unicode East Asian Width: ideographs,
/// kana, Hangul, fullwidth forms and emoji take two columns; combining marks, zero-width
/// characters and control characters take none; everything else (Latin, Vietnamese
/// letters with any number of marks, Cyrillic, punctuation…) takes one.
public enum DisplayWidth {
    /// Columns a grapheme cluster occupies in a terminal.
    ///
    /// - 0 for a cluster made only of combining marks, zero-width and format characters
    ///   (U+200B…U+200F, U+2060, U+FEFF…), variation selectors or control characters;
    /// - 2 for a cluster containing an East Asian Wide or Fullwidth character (CJK ideographs,
    ///   kana, Hangul, fullwidth forms, most emoji including U+1F300…U+1FAFF), a cluster
    ///   containing U+FE0F (emoji presentation), or a regional-indicator flag pair;
    /// - 1 otherwise. A Vietnamese letter is 1 whether it is precomposed or decomposed.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.value >= 0x20, only.value < 0x7F {
            return 1
        }
        var hasVisible = false
        var regionalIndicators = 0
        for scalar in scalars {
            if scalar.value == 0xFE0F { return 2 }
            if isZeroWidth(scalar) { continue }
            hasVisible = true
            if isWide(scalar.value) { return 2 }
            if (0x1F1E6...0x1F1FF).contains(scalar.value) { regionalIndicators += 1 }
        }
        if !hasVisible { return 0 }
        return regionalIndicators >= 2 ? 2 : 1
    }

    /// Whether a scalar takes no column by itself: nonspacing and enclosing marks (which
    /// include the variation selectors), format characters, controls, line and paragraph
    /// separators.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            true
        default:
            false
        }
    }

    /// Whether a code point is East Asian Wide or Fullwidth (two columns).
    static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Code points that terminals draw two columns wide, sorted and non-overlapping:
    /// the East Asian Wide (W) and Fullwidth (F) characters, with the whole
    /// U+1F300…U+1FAFF emoji area counted as wide.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x231A...0x231B,    // watch, hourglass
        0x2329...0x232A,    // angle brackets
        0x23E9...0x23EC,    // media buttons
        0x23F0...0x23F0,
        0x23F3...0x23F3,
        0x25FD...0x25FE,
        0x2614...0x2615,
        0x2648...0x2653,    // zodiac
        0x267F...0x267F,
        0x2693...0x2693,
        0x26A1...0x26A1,
        0x26AA...0x26AB,
        0x26BD...0x26BE,
        0x26C4...0x26C5,
        0x26CE...0x26CE,
        0x26D4...0x26D4,
        0x26EA...0x26EA,
        0x26F2...0x26F3,
        0x26F5...0x26F5,
        0x26FA...0x26FA,
        0x26FD...0x26FD,
        0x2705...0x2705,
        0x270A...0x270B,
        0x2728...0x2728,
        0x274C...0x274C,
        0x274E...0x274E,
        0x2753...0x2755,
        0x2757...0x2757,
        0x2795...0x2797,
        0x27B0...0x27B0,
        0x27BF...0x27BF,
        0x2B1B...0x2B1C,
        0x2B50...0x2B50,
        0x2B55...0x2B55,
        0x2E80...0x303E,    // CJK radicals, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,    // kana, bopomofo, Hangul compatibility jamo, enclosed CJK, CJK compatibility
        0x3400...0x4DBF,    // CJK extension A
        0x4E00...0x9FFF,    // CJK unified ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul Jamo extended A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x16FE4,
        0x16FF0...0x16FF1,
        0x17000...0x18CFF,  // Tangut, Khitan
        0x18D00...0x18D08,
        0x1AFF0...0x1B2FF,  // kana supplements, Nushu
        0x1F004...0x1F004,  // mahjong red dragon
        0x1F0CF...0x1F0CF,  // playing card black joker
        0x1F18E...0x1F18E,
        0x1F191...0x1F19A,  // squared words (CL, COOL, …)
        0x1F200...0x1F202,
        0x1F210...0x1F23B,
        0x1F240...0x1F248,
        0x1F250...0x1F251,
        0x1F260...0x1F265,
        0x1F300...0x1FAFF,  // emoji: pictographs, emoticons, transport, supplemental
        0x20000...0x2FFFD,  // CJK extensions B…F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G…
    ]
}

extension String {
    /// Columns the string occupies in a terminal: the sum of `DisplayWidth.of(_:)` over its
    /// grapheme clusters.
    public var displayWidth: Int {
        if let width = latinWidth { return width }
        var total = 0
        for character in self { total += DisplayWidth.of(character) }
        return total
    }

    /// The width of text made only of printable ASCII, Latin letters and signs (U+00A0–U+024F
    /// but the soft hyphen, U+1E00–U+1EFF: every Vietnamese letter) and the combining marks
    /// U+0300–U+036F, told from its scalars without breaking it into characters: one column
    /// per scalar but the marks (each of those characters is one such scalar and its marks).
    /// Nil for any other text. Tables measure every cell they draw.
    private var latinWidth: Int? {
        var width = 0
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x24F, 0x1E00...0x1EFF: width += 1
            case 0x300...0x36F: break
            default: return nil
            }
        }
        return width
    }
}
