import VietnameseText

/// Every written Vietnamese syllable, built from the phonology as test data: onsets × rhymes ×
/// tones, with the spelling rules that decide which combinations are written and how (c/k/qu,
/// g/gh, ng/ngh, gi, i/y after no onset, tones limited after -p, -t, -c, -ch).
///
/// Nothing here asks the composer: the words and the place of each tone come from the tables
/// below, so that the composer can be tested against them.
enum SyllableInventory {
    /// The written onsets, the empty one first.
    static let onsets: [String] = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
        "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]

    /// A rhyme as written after an ordinary onset: optional glide (o, u), vowel nucleus, final.
    struct Rhyme: Hashable {
        /// The rhyme with its vowel marks, NFC ("ương").
        let text: String
        /// Which letter of `text` carries the tone in the traditional style (hòa, thúy).
        let tone: Int
        /// Which letter carries it in the modern style (hoà, thuý).
        let modernTone: Int
        /// Begins with the glide /w/ written o or u (oa, oe, uy, uâ, uê, uơ, uyê…): after /k/ it is
        /// written qu, and labial onsets do not take it.
        let glide: Bool
        /// The onsets it is written after, when only some are (uơ: huơ, khuơ, thuở, quơ).
        let onlyAfter: Set<String>?

        init(_ text: String, _ tone: Int, modern: Int? = nil, glide: Bool = false, onlyAfter: Set<String>? = nil) {
            self.text = text
            self.tone = tone
            self.modernTone = modern ?? tone
            self.glide = glide
            self.onlyAfter = onlyAfter
        }

        /// Ends in -p, -t, -c or -ch: only sắc and nặng.
        var isChecked: Bool {
            ["p", "t", "c"].contains(text.last!) || text.hasSuffix("ch")
        }
    }

    static let rhymes: [Rhyme] = openRhymes + nasalRhymes + checkedRhymes

    /// Rhymes without a final consonant (ending in a vowel or a semivowel).
    static let openRhymes: [Rhyme] = [
        Rhyme("a", 0), Rhyme("e", 0), Rhyme("ê", 0), Rhyme("i", 0), Rhyme("y", 0), Rhyme("o", 0), Rhyme("ô", 0),
        Rhyme("ơ", 0), Rhyme("u", 0), Rhyme("ư", 0),
        Rhyme("ai", 0), Rhyme("ao", 0), Rhyme("au", 0), Rhyme("ay", 0), Rhyme("âu", 0), Rhyme("ây", 0),
        Rhyme("eo", 0), Rhyme("êu", 0), Rhyme("ia", 0), Rhyme("iu", 0), Rhyme("oi", 0), Rhyme("ôi", 0),
        Rhyme("ơi", 0), Rhyme("ui", 0), Rhyme("ưi", 0), Rhyme("ưu", 0), Rhyme("ua", 0), Rhyme("ưa", 0),
        Rhyme("iêu", 1), Rhyme("uôi", 1), Rhyme("ươi", 1), Rhyme("ươu", 1),
        // With the glide.
        Rhyme("oa", 0, modern: 1, glide: true), Rhyme("oe", 0, modern: 1, glide: true),
        Rhyme("uy", 0, modern: 1, glide: true), Rhyme("uê", 1, glide: true),
        Rhyme("uơ", 1, glide: true, onlyAfter: ["h", "kh", "th", "qu"]),
        Rhyme("oai", 1, glide: true), Rhyme("oay", 1, glide: true), Rhyme("oeo", 1, glide: true),
        Rhyme("uây", 1, glide: true), Rhyme("uya", 1, glide: true), Rhyme("uyu", 1, glide: true),
    ]

    /// Rhymes ending in -m, -n, -ng, -nh.
    static let nasalRhymes: [Rhyme] = [
        Rhyme("am", 0), Rhyme("an", 0), Rhyme("ang", 0), Rhyme("anh", 0),
        Rhyme("ăm", 0), Rhyme("ăn", 0), Rhyme("ăng", 0),
        Rhyme("âm", 0), Rhyme("ân", 0), Rhyme("âng", 0),
        Rhyme("em", 0), Rhyme("en", 0), Rhyme("eng", 0),
        Rhyme("êm", 0), Rhyme("ên", 0), Rhyme("ênh", 0),
        Rhyme("im", 0), Rhyme("in", 0), Rhyme("inh", 0),
        Rhyme("om", 0), Rhyme("on", 0), Rhyme("ong", 0),
        Rhyme("ôm", 0), Rhyme("ôn", 0), Rhyme("ông", 0),
        Rhyme("ơm", 0), Rhyme("ơn", 0),
        Rhyme("um", 0), Rhyme("un", 0), Rhyme("ung", 0),
        Rhyme("ưng", 0),
        Rhyme("iêm", 1), Rhyme("iên", 1), Rhyme("iêng", 1),
        Rhyme("uôm", 1), Rhyme("uôn", 1), Rhyme("uông", 1),
        Rhyme("ươm", 1), Rhyme("ươn", 1), Rhyme("ương", 1),
        Rhyme("oong", 1),
        // With the glide.
        Rhyme("oam", 1, glide: true), Rhyme("oan", 1, glide: true), Rhyme("oang", 1, glide: true),
        Rhyme("oanh", 1, glide: true), Rhyme("oăm", 1, glide: true), Rhyme("oăn", 1, glide: true),
        Rhyme("oăng", 1, glide: true), Rhyme("oen", 1, glide: true), Rhyme("uân", 1, glide: true),
        Rhyme("uâng", 1, glide: true), Rhyme("uênh", 1, glide: true), Rhyme("uynh", 1, glide: true),
        Rhyme("uyên", 2, glide: true),
    ]

    /// Rhymes ending in -p, -t, -c, -ch.
    static let checkedRhymes: [Rhyme] = [
        Rhyme("ap", 0), Rhyme("at", 0), Rhyme("ac", 0), Rhyme("ach", 0),
        Rhyme("ăp", 0), Rhyme("ăt", 0), Rhyme("ăc", 0),
        Rhyme("âp", 0), Rhyme("ât", 0), Rhyme("âc", 0),
        Rhyme("ep", 0), Rhyme("et", 0), Rhyme("ec", 0),
        Rhyme("êp", 0), Rhyme("êt", 0), Rhyme("êch", 0),
        Rhyme("ip", 0), Rhyme("it", 0), Rhyme("ich", 0),
        Rhyme("op", 0), Rhyme("ot", 0), Rhyme("oc", 0),
        Rhyme("ôp", 0), Rhyme("ôt", 0), Rhyme("ôc", 0),
        Rhyme("ơp", 0), Rhyme("ơt", 0),
        Rhyme("up", 0), Rhyme("ut", 0), Rhyme("uc", 0),
        Rhyme("ưt", 0), Rhyme("ưc", 0),
        Rhyme("iêp", 1), Rhyme("iêt", 1), Rhyme("iêc", 1),
        Rhyme("uôt", 1), Rhyme("uôc", 1),
        Rhyme("ươp", 1), Rhyme("ươt", 1), Rhyme("ươc", 1),
        Rhyme("ooc", 1),
        // With the glide.
        Rhyme("oap", 1, glide: true), Rhyme("oat", 1, glide: true), Rhyme("oac", 1, glide: true),
        Rhyme("oach", 1, glide: true), Rhyme("oăt", 1, glide: true), Rhyme("oăc", 1, glide: true),
        Rhyme("oet", 1, glide: true), Rhyme("uât", 1, glide: true), Rhyme("uêch", 1, glide: true),
        Rhyme("uyt", 1, glide: true), Rhyme("uych", 1, glide: true), Rhyme("uyêt", 2, glide: true),
    ]

    /// The six tones; nil is ngang (no mark). U+0300 huyền, U+0301 sắc, U+0309 hỏi, U+0303 ngã,
    /// U+0323 nặng.
    enum Tone: CaseIterable {
        case ngang, huyen, sac, hoi, nga, nang

        var combining: String? {
            switch self {
            case .ngang: return nil
            case .huyen: return "\u{0300}"
            case .sac: return "\u{0301}"
            case .hoi: return "\u{0309}"
            case .nga: return "\u{0303}"
            case .nang: return "\u{0323}"
            }
        }
    }

    /// One syllable of the inventory: its letters (without tone) and where the tone goes.
    struct Syllable: CustomStringConvertible {
        let onset: String
        let rhyme: Rhyme
        let tone: Tone
        /// The letters as written, NFC, without the tone ("qua", "giêng", "yên").
        let letters: String
        /// How many letters of `letters` the onset takes before the vowels (gi before i: only g).
        let onsetLength: Int
        /// The letter carrying the tone in each style.
        let toneAt: Int
        let modernToneAt: Int

        /// The syllable with its tone, NFC, in the traditional or the modern style.
        func word(modern: Bool) -> String {
            var characters = letters.map(String.init)
            if let mark = tone.combining {
                let at = modern ? modernToneAt : toneAt
                characters[at] = (characters[at] + mark).nfc
            }
            return characters.joined().nfc
        }

        var description: String { "\(onset.isEmpty ? "∅" : onset)+\(rhyme.text) \(tone)" }
    }

    /// Whether `onset` is written before `rhyme` (the spelling rules, and the gaps of the system).
    static func writes(_ onset: String, before rhyme: Rhyme) -> Bool {
        if let only = rhyme.onlyAfter, !only.contains(onset) { return false }
        let first = rhyme.text.first!
        let front = ["i", "e", "ê", "y"].contains(first)  // k, gh, ngh come before these
        switch onset {
        case "c": return !rhyme.glide && !front
        case "k": return !rhyme.glide && front
        // /k/ + glide is qu; and quốc.
        case "qu": return (rhyme.glide && !["uya", "uyu"].contains(rhyme.text)) || rhyme.text == "ôc"
        case "g", "ng": return !front
        case "gh", "ngh": return !rhyme.glide && front && first != "y"
        // gi + i… merges with the onset's i: gi + iê is written giê (giết), so gi + ê would be the
        // same word; gi + ia / iu would be read as gi + a / u.
        case "gi": return !rhyme.glide && first != "y" && first != "ê" && !["ia", "iu"].contains(rhyme.text)
        case "b", "m", "p", "ph", "v": return !rhyme.glide
        case "": return true
        default: return true
        }
    }

    /// The syllable onset + rhyme + tone as written, or nil when the tone cannot go on this rhyme.
    static func syllable(_ onset: String, _ rhyme: Rhyme, _ tone: Tone) -> Syllable? {
        if rhyme.isChecked, ![.sac, .nang].contains(tone) { return nil }
        var rhymeLetters = Array(rhyme.text).map(String.init)
        var tone1 = rhyme.tone
        var tone2 = rhyme.modernTone
        let onsetLetters = Array(onset).map(String.init)
        switch onset {
        case "qu":
            if rhyme.glide {
                // The glide is the u of qu: qua, quy, quyên; a tone on the glide moves on.
                rhymeLetters.removeFirst()
                tone1 = max(tone1 - 1, 0)
                tone2 = max(tone2 - 1, 0)
            }
        case "gi":
            if rhymeLetters.first == "i" {
                // gì, gìn, giếng: the onset's i is the rhyme's, and may carry the tone.
                return Syllable(onset: onset, rhyme: rhyme, tone: tone, letters: "g" + rhyme.text, onsetLength: 1,
                                toneAt: 1 + tone1, modernToneAt: 1 + tone2)
            }
        case "":
            // iê with no onset is written yê: yên, yêu, yếm.
            if rhyme.text.hasPrefix("iê") { rhymeLetters[0] = "y" }
        default:
            break
        }
        let letters = (onsetLetters + rhymeLetters).joined()
        return Syllable(onset: onset, rhyme: rhyme, tone: tone, letters: letters, onsetLength: onsetLetters.count,
                        toneAt: onsetLetters.count + tone1, modernToneAt: onsetLetters.count + tone2)
    }

    /// The whole inventory: every onset, rhyme and tone the rules allow.
    static let all: [Syllable] = {
        var result: [Syllable] = []
        for onset in onsets {
            for rhyme in rhymes where writes(onset, before: rhyme) {
                for tone in Tone.allCases {
                    if let syllable = syllable(onset, rhyme, tone) { result.append(syllable) }
                }
            }
        }
        return result
    }()
}
