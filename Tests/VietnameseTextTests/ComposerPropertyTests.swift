import Testing
import VietnameseText

/// SplitMix64: a small deterministic generator, so that a failing case can be found again.
private struct ComposerTestRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }

    mutating func string(from alphabet: [Character], length: ClosedRange<Int>) -> String {
        let count = Int.random(in: length, using: &self)
        return String((0..<count).map { _ in pick(alphabet) })
    }
}

/// A rhyme (vowel group and final) with the index of the letter that carries the tone, in the
/// traditional and the modern style.
private struct Rhyme {
    let text: String
    let tone: Int
    let modernTone: Int
    /// Ends in p, t, c or ch: only sắc and nặng.
    let stop: Bool

    init(_ text: String, _ tone: Int, modern: Int? = nil) {
        self.text = text
        self.tone = tone
        self.modernTone = modern ?? tone
        self.stop = ["p", "t", "c", "h"].contains(text.last!) && !text.hasSuffix("nh")
    }
}

@Suite("Composer properties")
struct ComposerPropertyTests {
    private static let composers: [VietnameseComposer] = [
        VietnameseComposer(.telex), VietnameseComposer(.vni),
        VietnameseComposer(.telex, modernTones: true), VietnameseComposer(.vni, modernTones: true),
    ]

    private static let printableASCII: [Character] = (0x20...0x7E).map { Character(Unicode.Scalar($0)!) }

    @Test("Any ASCII string composes without a crash to a non-empty NFC word of sane width")
    func randomASCII() {
        var random = ComposerTestRandom(seed: 0x7D47_2026)
        // Letters, the mark and tone keys of both methods, more often than the rest.
        let keyish = Array("aeiouydwsfrxjzAEIOUYDWSFRXJZ0123456789nghctmpNGHCTMP")
        for iteration in 0..<6000 {
            let alphabet = iteration.isMultiple(of: 2) ? Self.printableASCII : keyish
            let keys = random.string(from: alphabet, length: 1...18)
            for composer in Self.composers {
                let word = composer.compose(keys)
                #expect(!word.isEmpty, "\(composer.kind) \(keys.debugDescription) gave nothing")
                #expect(Array(word.unicodeScalars) == Array(word.nfc.unicodeScalars),
                        "\(composer.kind) \(keys.debugDescription) gave non-NFC \(word.debugDescription)")
                #expect(word.displayWidth == word.count,
                        "\(composer.kind) \(keys.debugDescription) gave \(word.debugDescription)")
                #expect(word.count >= 1 && word.count <= keys.count,
                        "\(composer.kind) \(keys.debugDescription) gave \(word.debugDescription)")
            }
        }
    }

    @Test("Case follows the keys: composing upper- or lower-cased keys cases the word alike")
    func caseFollowsKeys() {
        var random = ComposerTestRandom(seed: 0xCA5E)
        let alphabet = Array("aeiouydwsfrxjzngthcmAEIOUYDWSFRXJZ0126789")
        var failures: [String] = []
        for _ in 0..<4000 {
            let keys = random.string(from: alphabet, length: 1...10)
            for composer in Self.composers {
                let word = composer.compose(keys)
                if composer.compose(keys.lowercased()) != word.lowercased() {
                    failures.append("\(composer.kind) lower \(keys) → \(word) vs \(composer.compose(keys.lowercased()))")
                }
                if composer.compose(keys.uppercased()) != word.uppercased() {
                    failures.append("\(composer.kind) upper \(keys) → \(word) vs \(composer.compose(keys.uppercased()))")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
    }

    @Test("Keys without letters come back unchanged")
    func noLetters() {
        var random = ComposerTestRandom(seed: 0xD161_7000)
        let alphabet = Self.printableASCII.filter { !$0.isLetter }
        for _ in 0..<3000 {
            let keys = random.string(from: alphabet, length: 1...12)
            for composer in Self.composers {
                // VNI 7 is a lone ư even without letters (see VNITests.sevenWithoutVowel).
                if composer.kind == .vni, keys.contains("7") { continue }
                #expect(composer.compose(keys) == keys, "\(composer.kind) \(keys.debugDescription)")
            }
        }
    }

    @Test("Consonants that modify nothing come back unchanged")
    func plainConsonants() {
        var random = ComposerTestRandom(seed: 0xC0_4503)
        // Telex: no vowels, no d (đ), no w (ư); the tone keys do nothing without a vowel.
        let telexPlain = Array("bcghklmnpqtvBCGHKLMNPQTV")
        let telexWithToneKeys = Array("bcghklmnpqtvsfrxjzBCGHKLMNPQTVSFRXJZ")
        // VNI: no letter is a key; digits other than 7 (a lone ư) and 9 after d do nothing
        // without a vowel.
        let vniPlain = Array("bcdghklmnpqrstvwxzBCDGHKLMNPQRSTVWXZ")
        let vniWithDigits = Array("bcghklmnpqrstvwxzBCGHKLMNPQRSTVWXZ01234568")
        for _ in 0..<3000 {
            for (alphabet, kinds) in [
                (telexPlain, [InputMethodKind.telex, .vni]), (telexWithToneKeys, [.telex]),
                (vniPlain, [.vni]), (vniWithDigits, [.vni]),
            ] {
                let keys = random.string(from: alphabet, length: 1...12)
                for kind in kinds {
                    for modern in [false, true] {
                        let composed = VietnameseComposer(kind, modernTones: modern).compose(keys)
                        #expect(composed == keys, "\(kind) \(keys) → \(composed)")
                    }
                }
            }
        }
    }

    // MARK: Generated syllables

    private static let initials = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "ph", "r", "s",
        "t", "th", "tr", "v", "x",
    ]

    private static let rhymes: [Rhyme] = [
        // Open.
        Rhyme("a", 0), Rhyme("e", 0), Rhyme("ê", 0), Rhyme("i", 0), Rhyme("o", 0), Rhyme("ô", 0), Rhyme("ơ", 0),
        Rhyme("u", 0), Rhyme("ư", 0), Rhyme("y", 0),
        Rhyme("ai", 0), Rhyme("ao", 0), Rhyme("au", 0), Rhyme("ay", 0), Rhyme("âu", 0), Rhyme("ây", 0),
        Rhyme("eo", 0), Rhyme("êu", 0), Rhyme("ia", 0), Rhyme("iu", 0), Rhyme("oi", 0), Rhyme("ôi", 0),
        Rhyme("ơi", 0), Rhyme("ui", 0), Rhyme("ưi", 0), Rhyme("ưu", 0), Rhyme("ua", 0), Rhyme("ưa", 0),
        Rhyme("oa", 0, modern: 1), Rhyme("oe", 0, modern: 1), Rhyme("uy", 0, modern: 1), Rhyme("uê", 1),
        Rhyme("iêu", 1), Rhyme("yêu", 1), Rhyme("oai", 1), Rhyme("oay", 1), Rhyme("oeo", 1), Rhyme("uây", 1),
        Rhyme("uôi", 1), Rhyme("ươi", 1), Rhyme("ươu", 1), Rhyme("uya", 1), Rhyme("uyu", 1),
        // n, ng, nh, m.
        Rhyme("an", 0), Rhyme("ăn", 0), Rhyme("ân", 0), Rhyme("en", 0), Rhyme("ên", 0), Rhyme("in", 0),
        Rhyme("on", 0), Rhyme("ôn", 0), Rhyme("ơn", 0), Rhyme("un", 0), Rhyme("ưn", 0),
        Rhyme("oan", 1), Rhyme("oăn", 1), Rhyme("uân", 1), Rhyme("uôn", 1), Rhyme("ươn", 1), Rhyme("iên", 1),
        Rhyme("yên", 1), Rhyme("uyên", 2), Rhyme("oen", 1),
        Rhyme("ang", 0), Rhyme("ăng", 0), Rhyme("âng", 0), Rhyme("eng", 0), Rhyme("ong", 0), Rhyme("ông", 0),
        Rhyme("ung", 0), Rhyme("ưng", 0), Rhyme("oang", 1), Rhyme("oăng", 1), Rhyme("uông", 1), Rhyme("ương", 1),
        Rhyme("iêng", 1), Rhyme("anh", 0), Rhyme("ênh", 0), Rhyme("inh", 0), Rhyme("oanh", 1), Rhyme("uynh", 1),
        Rhyme("am", 0), Rhyme("ăm", 0), Rhyme("âm", 0), Rhyme("em", 0), Rhyme("êm", 0), Rhyme("im", 0),
        Rhyme("om", 0), Rhyme("ôm", 0), Rhyme("ơm", 0), Rhyme("um", 0), Rhyme("ươm", 1), Rhyme("iêm", 1),
        Rhyme("yêm", 1),
        // p, t, c, ch.
        Rhyme("at", 0), Rhyme("ăt", 0), Rhyme("ât", 0), Rhyme("et", 0), Rhyme("êt", 0), Rhyme("it", 0),
        Rhyme("ot", 0), Rhyme("ôt", 0), Rhyme("ơt", 0), Rhyme("ut", 0), Rhyme("ưt", 0), Rhyme("oat", 1),
        Rhyme("oăt", 1), Rhyme("uât", 1), Rhyme("uôt", 1), Rhyme("ươt", 1), Rhyme("iêt", 1), Rhyme("uyêt", 2),
        Rhyme("oet", 1), Rhyme("ac", 0), Rhyme("ăc", 0), Rhyme("âc", 0), Rhyme("oc", 0), Rhyme("ôc", 0),
        Rhyme("uc", 0), Rhyme("ưc", 0), Rhyme("uôc", 1), Rhyme("ươc", 1), Rhyme("iêc", 1), Rhyme("oac", 1),
        Rhyme("oăc", 1), Rhyme("ach", 0), Rhyme("êch", 0), Rhyme("ich", 0), Rhyme("oach", 1), Rhyme("uych", 1),
        Rhyme("ap", 0), Rhyme("ăp", 0), Rhyme("âp", 0), Rhyme("ep", 0), Rhyme("êp", 0), Rhyme("ip", 0),
        Rhyme("op", 0), Rhyme("ôp", 0), Rhyme("ơp", 0), Rhyme("up", 0), Rhyme("ươp", 1), Rhyme("iêp", 1),
    ]

    /// U+0300 huyền, U+0309 hỏi, U+0303 ngã, U+0301 sắc, U+0323 nặng.
    private static let toneMarks: [String] = ["\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"]

    /// A syllable: initial, rhyme, tone (nil for ngang), written in the given style and case.
    private static func syllable(_ initial: String, _ rhyme: Rhyme, tone: String?, modern: Bool, casing: Int) -> String {
        var letters = Array(rhyme.text).map(String.init)
        if let tone {
            let at = modern ? rhyme.modernTone : rhyme.tone
            letters[at] = (letters[at] + tone).nfc
        }
        let word = (initial + letters.joined()).nfc
        switch casing {
        case 1: return word.prefix(1).uppercased() + word.dropFirst()
        case 2: return word.uppercased()
        default: return word
        }
    }

    @Test("Every generated syllable has keys, and they compose it again, in both methods and styles")
    func generatedSyllablesRoundTrip() {
        var random = ComposerTestRandom(seed: 0x5E_11AB1E)
        var failures: [String: String] = [:]
        for _ in 0..<5000 {
            let rhyme = random.pick(Self.rhymes)
            var initial = random.pick(Self.initials)
            // g before i is the consonant gi, a different syllable structure.
            if initial == "g", rhyme.text.hasPrefix("i") { initial = "gh" }
            let tones: [String?] = rhyme.stop ? [nil, Self.toneMarks[3], Self.toneMarks[4]] : [nil] + Self.toneMarks
            let tone = random.pick(tones)
            let casing = Int.random(in: 0...2, using: &random)
            for composer in Self.composers {
                let word = Self.syllable(initial, rhyme, tone: tone, modern: composer.modernTones, casing: casing)
                guard let keys = composer.keys(for: word) else {
                    failures["\(composer.kind) \(rhyme.text)"] = "no keys for \(word)"
                    continue
                }
                let again = composer.compose(keys)
                if again != word { failures["\(composer.kind) \(rhyme.text)"] = "\(word) → \(keys) → \(again)" }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) rhymes fail: \(failures.sorted { $0.key < $1.key })")
    }

    @Test("Typed key by key, each generated syllable composes at every step without a crash and ends as the word")
    func generatedSyllablesByPrefix() {
        var random = ComposerTestRandom(seed: 0xB17_B17)
        let telex = VietnameseComposer(.telex)
        for _ in 0..<2000 {
            let rhyme = random.pick(Self.rhymes)
            let initial = random.pick(Self.initials.filter { $0 != "g" })
            let word = Self.syllable(initial, rhyme, tone: nil, modern: false, casing: 0)
            guard let keys = telex.keys(for: word) else { continue }
            var typed = ""
            for key in keys {
                typed.append(key)
                let partial = telex.compose(typed)
                #expect(!partial.isEmpty)
                #expect(partial.count <= typed.count)
            }
            #expect(telex.compose(typed) == word)
        }
    }
}
