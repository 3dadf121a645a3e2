/// The built-in input methods for terminals without one: Telex and VNI.
public enum InputMethodKind: String, Sendable, Hashable, CaseIterable {
    /// Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw/w ư, dd đ; tones s f r x j, z removes.
    case telex
    /// VNI: 6 â ê ô, 7 ơ ư, 8 ă, 9 đ; tones 1 sắc 2 huyền 3 hỏi 4 ngã 5 nặng, 0 removes.
    case vni
}

/// Turns the keys typed for one word into Vietnamese, as Telex or VNI does. As in Unikey with
/// free marking (its default), a tone may be typed anywhere after the first vowel and a vowel
/// mark anywhere after its vowel, the final consonant included (`cuwfu`, `cuuwf`, `cuufw` and
/// `cuwuf` are all cừu); repeating a key undoes it (`ass` → `as`, `ddd` → `dd`); `w` alone
/// gives `ư`; `gi` and `qu` are consonants; `ươ` and `uơ` are both reached, and `ưo` with
/// letters after it completes to `ươ`. A word that cannot be Vietnamese is left as typed.
///
///     VietnameseComposer(.telex).compose("Nguyeenx")   // "Nguyễn"
///     VietnameseComposer(.vni).compose("Nguye6n4")      // "Nguyễn"
public struct VietnameseComposer: Sendable, Hashable {
    /// Telex or VNI.
    public let kind: InputMethodKind
    /// Modern tone placement (hoà, thuý) instead of the traditional one (hòa, thúy).
    public let modernTones: Bool

    /// A composer for `kind`; traditional tone placement unless `modernTones`.
    public init(_ kind: InputMethodKind, modernTones: Bool = false) {
        self.kind = kind
        self.modernTones = modernTones
    }

    /// Whether `key` belongs to a word being typed: ASCII letters, and for VNI also digits once
    /// the word has begun.
    public func isWordKey(_ key: Character, wordStarted: Bool) -> Bool {
        guard key.isASCII else { return false }
        if key.isLetter { return true }
        return kind == .vni && wordStarted && key.isNumber
    }

    /// The word the keys compose, NFC; the keys as typed when they cannot be Vietnamese.
    public func compose(_ keys: String) -> String {
        composition(keys) ?? keys
    }

    /// The word the keys compose, NFC, or nil when they cannot be a Vietnamese word (then
    /// they are left as typed).
    public func composition(_ keys: String) -> String? {
        var state = State()
        for key in keys { apply(key, to: &state) }
        let syllable = VietnameseSyllable(state.letters)
        // A word that cannot be Vietnamese stays as typed — unless the typist undid a mark by
        // repeating its key, which asks for exactly these letters.
        guard syllable.isValid || !state.locked.isEmpty else { return nil }
        return render(state.letters, tone: state.tone, syllable: syllable)
    }

    /// The keys that compose `word` (a word already in the text, to go on composing it), or
    /// nil when the word is not one this method would produce.
    public func keys(for word: String) -> String? {
        guard !word.isEmpty else { return "" }
        var keys = ""
        var tone: ToneMark?
        var previous: ComposedLetter?
        for character in word {
            guard let (letter, letterTone) = ComposedLetter.read(character) else { return nil }
            defer { previous = letter }
            if let letterTone {
                guard tone == nil else { return nil }
                tone = letterTone
            }
            let base = letter.base == "đ" ? "d" : String(letter.base)
            // Telex oo (xoong, soóc) is typed ooo: the third o takes the hat off the first.
            if kind == .telex, letter.base == "o", letter.mark == nil, let previous, previous.base == "o",
               previous.mark == nil {
                keys += previous.upper ? "O" : "o"
            }
            keys += letter.upper ? base.uppercased() : base
            if letter.base == "đ" { keys += kind == .telex ? "d" : "9" }
            switch (kind, letter.mark) {
            case (_, nil): break
            case (.telex, .circumflex?): keys += String(letter.base)
            case (.telex, _?): keys += "w"
            case (.vni, .circumflex?): keys += "6"
            case (.vni, .horn?): keys += "7"
            case (.vni, .breve?): keys += "8"
            }
        }
        if let tone {
            switch kind {
            case .telex: keys += ["f", "r", "x", "s", "j"][tone.rawValue]
            case .vni: keys += ["2", "3", "4", "1", "5"][tone.rawValue]
            }
        }
        // The composer may put the tone on another vowel than the text has (a word written in
        // the other style, or cut short by Backspace): the same letters and tone will do.
        guard let composed = composition(keys), Self.sameLettersAndTone(composed, word.nfc) else { return nil }
        return keys
    }

    /// Whether two words have the same letters (with their marks and case) and the same
    /// tone, wherever the tone sits.
    static func sameLettersAndTone(_ a: String, _ b: String) -> Bool {
        func split(_ word: String) -> ([ComposedLetter], [ToneMark])? {
            var letters: [ComposedLetter] = []
            var tones: [ToneMark] = []
            for character in word {
                guard let (letter, tone) = ComposedLetter.read(character) else { return nil }
                letters.append(letter)
                if let tone { tones.append(tone) }
            }
            return (letters, tones)
        }
        guard let (lettersA, tonesA) = split(a), let (lettersB, tonesB) = split(b) else { return a == b }
        return lettersA == lettersB && tonesA == tonesB
    }

    // MARK: Composition

    struct State {
        var letters: [ComposedLetter] = []
        var tone: ToneMark?
        var locked = Set<Character>()
        /// The key that made the last change (a tone, a mark, đ): pressing it again right away
        /// undoes that change.
        var lastTransform: Character?
    }

    private func apply(_ key: Character, to state: inout State) {
        let lower = Character(key.lowercased())
        let repeated = state.lastTransform == lower
        state.lastTransform = nil
        if !state.locked.contains(lower) {
            if let tone = toneKey(lower), state.letters.contains(where: \.isVowel), state.tone != tone || repeated {
                if state.tone == tone {
                    state.tone = nil
                    undo(key, &state)
                } else {
                    state.tone = tone
                    state.lastTransform = lower
                }
                return
            }
            if isToneRemoval(lower), state.tone != nil {
                state.tone = nil
                return
            }
            let before = state
            if applyMark(lower, key, repeated: repeated, &state) {
                // A mark that would make the word impossible is a letter after all
                // ("ngoeo": the second o is not the hat of the first).
                if state.locked.contains(lower) || VietnameseSyllable(state.letters).isValid || !VietnameseSyllable(before.letters).isValid {
                    if !state.locked.contains(lower) { state.lastTransform = lower }
                    return
                }
                state = before
            }
        }
        state.letters.append(ComposedLetter(base: lower, upper: key.isUppercase, mark: nil))
    }

    /// Appends the key as a plain letter and locks it for the rest of the word.
    private func undo(_ key: Character, _ state: inout State) {
        let lower = Character(key.lowercased())
        state.locked.insert(lower)
        state.letters.append(ComposedLetter(base: lower, upper: key.isUppercase, mark: nil))
    }

    private func toneKey(_ key: Character) -> ToneMark? {
        switch (kind, key) {
        case (.telex, "s"), (.vni, "1"): return .sac
        case (.telex, "f"), (.vni, "2"): return .huyen
        case (.telex, "r"), (.vni, "3"): return .hoi
        case (.telex, "x"), (.vni, "4"): return .nga
        case (.telex, "j"), (.vni, "5"): return .nang
        default: return nil
        }
    }

    private func isToneRemoval(_ key: Character) -> Bool {
        (kind == .telex && key == "z") || (kind == .vni && key == "0")
    }

    /// Applies the key as a vowel mark or đ; false when it is an ordinary letter here.
    private func applyMark(_ lower: Character, _ key: Character, repeated: Bool, _ state: inout State) -> Bool {
        switch (kind, lower) {
        case (.telex, "d"), (.vni, "9"):
            guard let first = state.letters.first, first.base == "d" || (first.base == "đ" && repeated) else { return false }
            if first.base == "đ" {
                state.letters[0].base = "d"
                undo(key, &state)
            } else {
                state.letters[0].base = "đ"
            }
            return true
        case (.telex, "a"), (.telex, "e"), (.telex, "o"):
            return mark(.circumflex, on: [lower], key, repeated: repeated, &state)
        case (.vni, "6"):
            return mark(.circumflex, on: ["a", "e", "o"], key, repeated: repeated, &state)
        case (.vni, "8"):
            return mark(.breve, on: ["a"], key, repeated: repeated, &state)
        case (.telex, "w"), (.vni, "7"):
            return horn(key, repeated: repeated, &state)
        default:
            return false
        }
    }

    /// Puts `mark` on the last vowel of the group whose base is one of `bases`; pressed again
    /// right away, undoes it. A vowel that has the mark already takes the key as a letter.
    private func mark(_ mark: VowelMark, on bases: Set<Character>, _ key: Character, repeated: Bool, _ state: inout State) -> Bool {
        let syllable = VietnameseSyllable(state.letters)
        guard let index = (syllable.vowelStart..<syllable.vowelEnd).last(where: { bases.contains(state.letters[$0].base) }) else {
            return false
        }
        if state.letters[index].mark == mark {
            guard repeated else { return false }
            state.letters[index].mark = nil
            undo(key, &state)
        } else {
            state.letters[index].mark = mark
        }
        return true
    }

    /// Telex w / VNI 7: uo → ươ; ua → ưa; otherwise the last a (ă, Telex only), o (ơ) or u (ư);
    /// alone, ư.
    private func horn(_ key: Character, repeated: Bool, _ state: inout State) -> Bool {
        let syllable = VietnameseSyllable(state.letters)
        let group = Array(syllable.vowelStart..<syllable.vowelEnd)
        let bases = group.map { state.letters[$0].base }
        if repeated, let last = state.letters.last, last.standalone, syllable.vowelEnd == state.letters.count {
            // A second w after a lone ư: back to the letter w, in the case of the first.
            state.letters.removeLast()
            state.locked.insert(Character(key.lowercased()))
            state.letters.append(ComposedLetter(base: Character(key.lowercased()), upper: last.upper, mark: nil))
            return true
        }
        if let u = zip(group, bases).first(where: { $0.1 == "u" })?.0, group.contains(u + 1), state.letters[u + 1].base == "o" {
            if state.letters[u].mark == .horn && state.letters[u + 1].mark == .horn {
                guard repeated else { return false }
                state.letters[u].mark = nil
                state.letters[u + 1].mark = nil
                undo(key, &state)
            } else {
                state.letters[u].mark = .horn
                state.letters[u + 1].mark = .horn
            }
            return true
        }
        if let u = zip(group, bases).first(where: { $0.1 == "u" })?.0, group.contains(u + 1), state.letters[u + 1].base == "a",
           state.letters[u].mark == nil {
            state.letters[u].mark = .horn
            return true
        }
        let candidates: Set<Character> = kind == .telex ? ["a", "o", "u"] : ["o", "u"]
        let takers = group.filter { candidates.contains(state.letters[$0].base) }
        // The last vowel that can take it, unless that makes a group Vietnamese does not write
        // and an earlier one does not: uu + w is ưu, not uư (cừu, hưu, bưu).
        let writable = takers.last { index in
            var letters = state.letters
            letters[index].mark = letters[index].base == "a" ? .breve : .horn
            return VietnameseSyllable.writesGroup(letters[syllable.vowelStart..<syllable.vowelEnd])
        }
        if let index = writable ?? takers.last {
            let wanted: VowelMark = state.letters[index].base == "a" ? .breve : .horn
            if state.letters[index].mark == wanted {
                guard repeated else { return false }
                state.letters[index].mark = nil
                undo(key, &state)
            } else {
                state.letters[index].mark = wanted
            }
            return true
        }
        guard kind == .telex, group.isEmpty, !(state.letters.last?.isVowel ?? false) else { return false }
        var letter = ComposedLetter(base: "u", upper: key.isUppercase, mark: .horn)
        letter.standalone = true
        state.letters.append(letter)
        return true
    }

    // MARK: Rendering

    private func render(_ letters: [ComposedLetter], tone: ToneMark?, syllable: VietnameseSyllable) -> String {
        var letters = letters
        // ư then o with anything after them is ươ: the horn typed once, on the u (truwongf,
        // nguwoif), completes itself as in Unikey.
        if let u = (syllable.vowelStart..<max(syllable.vowelStart, syllable.vowelEnd - 1)).first(where: {
            letters[$0].base == "u" && letters[$0].mark == .horn && letters[$0 + 1].base == "o" && letters[$0 + 1].mark == nil
        }), u + 2 < letters.count {
            letters[u + 1].mark = .horn
        }
        // ươ with nothing after it, after h, kh or th, is written uơ (huơ, khuơ, thuở).
        if syllable.vowelEnd - syllable.vowelStart == 2, syllable.vowelEnd == letters.count,
           letters[syllable.vowelStart].base == "u", letters[syllable.vowelStart].mark == .horn,
           letters[syllable.vowelStart + 1].mark == .horn {
            let initial = String(letters[0..<syllable.vowelStart].map(\.base))
            if ["h", "kh", "th"].contains(initial) { letters[syllable.vowelStart].mark = nil }
        }
        let toneAt = tone == nil ? nil : syllable.toneIndex(letters, modern: modernTones)
        var output = ""
        for (index, letter) in letters.enumerated() {
            output += letter.rendered(tone: index == toneAt ? tone : nil)
        }
        return output
    }
}
