/// A vowel quality mark: the hat of â ê ô, the breve of ă, the horn of ơ ư.
enum VowelMark: Hashable, Sendable {
    case circumflex, breve, horn

    var combining: Character {
        switch self {
        case .circumflex: return "\u{0302}"
        case .breve: return "\u{0306}"
        case .horn: return "\u{031B}"
        }
    }
}

/// The five tones written as marks (the sixth, ngang, has none).
public enum ToneMark: Int, Hashable, Sendable, CaseIterable {
    /// Huyền (grave).
    case huyen
    /// Hỏi (hook above).
    case hoi
    /// Ngã (tilde).
    case nga
    /// Sắc (acute).
    case sac
    /// Nặng (dot below).
    case nang

    var combining: Character {
        switch self {
        case .huyen: return "\u{0300}"
        case .hoi: return "\u{0309}"
        case .nga: return "\u{0303}"
        case .sac: return "\u{0301}"
        case .nang: return "\u{0323}"
        }
    }

    init?(combining scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0300: self = .huyen
        case 0x0309: self = .hoi
        case 0x0303: self = .nga
        case 0x0301: self = .sac
        case 0x0323: self = .nang
        default: return nil
        }
    }
}

/// One letter of a word being composed: a base letter (lower case ASCII, or đ), its case, and
/// its vowel mark.
struct ComposedLetter: Hashable, Sendable {
    var base: Character
    var upper: Bool
    var mark: VowelMark?
    /// True for an ư that a lone "w" (Telex) or "7" produced, so that repeating the key undoes it.
    var standalone = false

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    var isVowel: Bool { Self.vowels.contains(base) }

    /// The letter with an optional tone, NFC.
    func rendered(tone: ToneMark?) -> String {
        var text = String(upper ? Character(String(base).uppercased()) : base)
        if mark == nil, tone == nil { return text }  // already NFC
        if let mark { text.append(mark.combining) }
        if let tone { text.append(tone.combining) }
        return text.nfc
    }

    /// Reads a letter back from a grapheme: base, case, mark and tone; nil for anything that
    /// is not a Latin letter Vietnamese writes.
    static func read(_ character: Character) -> (ComposedLetter, ToneMark?)? {
        var base: Character?
        var mark: VowelMark?
        var tone: ToneMark?
        for scalar in String(character).nfd.unicodeScalars {
            switch scalar.value {
            case 0x0302: mark = .circumflex
            case 0x0306: mark = .breve
            case 0x031B: mark = .horn
            case 0x0300, 0x0309, 0x0303, 0x0301, 0x0323: tone = ToneMark(combining: scalar)
            default:
                guard base == nil else { return nil }
                base = Character(scalar)
            }
        }
        guard var letter = base else { return nil }
        let upper = letter.isUppercase
        if letter == "Đ" || letter == "đ" { letter = "đ" } else { letter = Character(letter.lowercased()) }
        guard letter == "đ" || (letter.isASCII && letter.isLetter) else { return nil }
        return (ComposedLetter(base: letter, upper: upper, mark: mark), tone)
    }
}
