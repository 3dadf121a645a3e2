/// The structure of a written Vietnamese syllable: initial consonant, vowel group, final
/// consonant. Used to decide where a typed mark or tone goes and whether a word can be
/// Vietnamese at all (if not, the keys are left as typed).
struct VietnameseSyllable {
    /// Index of the first vowel of the vowel group (after the initial).
    let vowelStart: Int
    /// One past the last vowel of the group.
    let vowelEnd: Int
    /// Whether the letters form a Vietnamese syllable, or the beginning of one.
    let isValid: Bool

    static let initials: Set<String> = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
        "q", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]
    /// Vowel groups by their base letters (marks aside), including those still being typed.
    static let vowelGroups: Set<String> = [
        "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua",
        "ue", "ui", "uo", "uu", "uy", "ye", "ieu", "oai", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye", "uyu", "yeu",
    ]
    /// Vowel groups that end the syllable: no final consonant may follow.
    static let closedGroups: Set<String> = [
        "ai", "ao", "au", "ay", "eo", "eu", "ia", "iu", "oi", "ui", "uu", "ieu", "oai", "oay", "oeo", "uay", "uoi", "uou",
        "uya", "uyu", "yeu",
    ]
    static let finals: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    /// Vowel groups as written with their marks, and the in-between states met while typing
    /// them (ưo before the second horn of ươ).
    static let markedGroups: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua",
        "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
        "iêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
        "ưo", "ưoi", "ưou",
    ]

    /// Whether a vowel group, with its marks, is one Vietnamese writes (or one met on the way
    /// to it while typing).
    static func writesGroup(_ group: ArraySlice<ComposedLetter>) -> Bool {
        var key = ""
        for letter in group { append(letter, to: &key) }
        return markedGroupKeys.contains(key)
    }

    /// `markedGroups` spelt as `writesGroup` looks them up (ư is "u+", â "a^", ă "a("), so that
    /// a group is found without normalising it to NFC on every key.
    private static let markedGroupKeys: Set<String> = Set(markedGroups.map { group in
        var key = ""
        for character in group {
            if let (letter, _) = ComposedLetter.read(character) { append(letter, to: &key) }
        }
        return key
    })

    private static func append(_ letter: ComposedLetter, to key: inout String) {
        key.append(letter.base)
        switch letter.mark {
        case .circumflex?: key.append("^")
        case .breve?: key.append("(")
        case .horn?: key.append("+")
        case nil: break
        }
    }

    init(_ letters: [ComposedLetter]) {
        var index = 0
        while index < letters.count, !letters[index].isVowel { index += 1 }
        var initialEnd = index
        let bases = letters.map(\.base)
        // "gi" and "qu" are consonants when a vowel follows them.
        if initialEnd == 1, bases[0] == "g", letters.count > 2, bases[1] == "i", letters[2].isVowel {
            initialEnd = 2
        } else if initialEnd == 1, bases[0] == "q", letters.count > 1, bases[1] == "u" {
            initialEnd = 2
        }
        var end = initialEnd
        while end < letters.count, letters[end].isVowel { end += 1 }
        vowelStart = initialEnd
        vowelEnd = end
        let initial = String(bases[0..<initialEnd])
        let group = String(bases[initialEnd..<end])
        let final = String(bases[end...])
        var valid = Self.initials.contains(initial)
        if group.isEmpty {
            valid = valid && final.isEmpty
        } else {
            valid = valid && Self.vowelGroups.contains(group) && Self.finals.contains(final)
            if !final.isEmpty, Self.closedGroups.contains(group) { valid = false }
        }
        // đ only begins a word; marks only sit on the vowels that take them.
        if letters.dropFirst().contains(where: { $0.base == "đ" }) { valid = false }
        for letter in letters where letter.mark != nil {
            switch (letter.base, letter.mark) {
            case ("a", _), ("e", .circumflex?), ("o", .circumflex?), ("o", .horn?), ("u", .horn?): break
            default: valid = false
            }
        }
        // A group with marks must be one Vietnamese writes (or one on the way to it).
        if letters[initialEnd..<end].contains(where: { $0.mark != nil }) {
            if !Self.writesGroup(letters[initialEnd..<end]) { valid = false }
        }
        isValid = valid
    }

    /// Which vowel of the group carries the tone: the one with a vowel mark (the second of
    /// ươ); with a final consonant, the last vowel; three vowels, the middle one; two without a
    /// final, the first — except oa, oe, uy, which take it on the second in the modern style
    /// (hoà, thuý) and on the first in the traditional one (hòa, thúy).
    func toneIndex(_ letters: [ComposedLetter], modern: Bool) -> Int? {
        guard vowelStart < vowelEnd else { return nil }
        if let marked = (vowelStart..<vowelEnd).last(where: { letters[$0].mark != nil }) { return marked }
        let count = vowelEnd - vowelStart
        if count == 1 { return vowelStart }
        if vowelEnd < letters.count { return vowelEnd - 1 }
        if count >= 3 { return vowelStart + 1 }
        let pair = String(letters[vowelStart..<vowelEnd].map(\.base))
        if ["oa", "oe", "uy"].contains(pair) { return modern ? vowelStart + 1 : vowelStart }
        return vowelStart
    }
}
