/// Whether a whole text reads as Vietnamese: what decides that a file is in a legacy
/// encoding. A file read in the wrong encoding, or a UTF-8 file with a damaged byte read as
/// one, shows letters Vietnamese does not have (Ã, Ä, Æ), two tones in one word ("Thỏằ"), a
/// capital in the middle of a word ("HoĂ"), a symbol between two letters ("Ă”ng"), or a
/// vowel group no Vietnamese word has.
enum VietnameseReading {
    /// Punctuation that Vietnamese text holds outside the ASCII range: no-break space, « » °
    /// ·, dashes, quotes, bullet, ellipsis, the đồng sign. Only the apostrophes may stand
    /// between two letters (H’Mông).
    static let punctuation: Set<Unicode.Scalar> = [
        "\u{00A0}", "\u{00AB}", "\u{00BB}", "\u{00B0}", "\u{00B7}", "\u{2013}", "\u{2014}", "\u{2018}", "\u{2019}", "\u{201C}",
        "\u{201D}", "\u{2022}", "\u{2026}", "\u{20AB}",
    ]
    static let apostrophes: Set<Unicode.Scalar> = ["\u{2018}", "\u{2019}"]

    /// How well `text` reads as Vietnamese: nil when some word or symbol cannot be Vietnamese,
    /// else the number of words that are whole Vietnamese syllables with marks (to choose
    /// between two encodings that both read). In TCVN3, which has no capital letters with
    /// marks, a marked letter counts as either case.
    static func score(_ text: String, marksAreCaseless: Bool) -> Int? {
        var syllables = 0
        var word: [Character] = []
        var afterLetter = false
        var pendingBetween = false
        func endWord() -> Bool {
            defer { word.removeAll(keepingCapacity: true) }
            guard !word.isEmpty, !word.allSatisfy(\.isASCII) else { return true }
            guard let whole = check(word, marksAreCaseless: marksAreCaseless) else { return false }
            if whole { syllables += 1 }
            return true
        }
        for character in text {
            if character.isLetter || character.unicodeScalars.first.map(isMark) == true {
                if pendingBetween { return nil }  // a symbol between two letters
                word.append(character)
                afterLetter = true
                continue
            }
            guard endWord() else { return nil }
            pendingBetween = false
            if character.isASCII {
                afterLetter = false
                continue
            }
            guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, punctuation.contains(scalar) else {
                return nil
            }
            if afterLetter, !apostrophes.contains(scalar), scalar != "\u{00A0}" { pendingBetween = true }
            afterLetter = false
        }
        guard endWord() else { return nil }
        return syllables
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// A word with a letter outside ASCII: nil when it cannot be Vietnamese; else whether it is
    /// a whole syllable (a ward file also has names of ethnic minorities, such as Đắk Lắk or
    /// Krông, whose consonants Vietnamese syllables do not have: those read, without counting).
    private static func check(_ word: [Character], marksAreCaseless: Bool) -> Bool? {
        var letters: [ComposedLetter] = []
        var tones = 0
        var previousLower = false
        for character in word {
            guard let (letter, tone) = ComposedLetter.read(character) else { return nil }
            let toneCount = String(character).nfd.unicodeScalars.filter { ToneMark(combining: $0) != nil }.count
            let vowelMarks = String(character).nfd.unicodeScalars.filter { [0x0302, 0x0306, 0x031B].contains($0.value) }.count
            if toneCount > 1 || vowelMarks > 1 { return nil }
            if tone != nil {
                tones += 1
                if !letter.isVowel { return nil }
            }
            if let mark = letter.mark {
                switch (letter.base, mark) {
                case ("a", _), ("e", .circumflex), ("o", .circumflex), ("o", .horn), ("u", .horn): break
                default: return nil
                }
            }
            let caseless = marksAreCaseless && (tone != nil || letter.mark != nil)
            if !caseless {
                if letter.upper, previousLower { return nil }
                previousLower = !letter.upper
            }
            letters.append(letter)
        }
        if tones > 1 { return nil }
        if letters.dropFirst().contains(where: { $0.base == "đ" }) { return nil }
        let syllable = VietnameseSyllable(letters)
        // One group of vowels, written as Vietnamese writes it.
        if letters[syllable.vowelEnd...].contains(where: \.isVowel) { return nil }
        let group = letters[syllable.vowelStart..<syllable.vowelEnd]
        if !group.isEmpty {
            guard VietnameseSyllable.vowelGroups.contains(String(group.map(\.base))) else { return nil }
            if group.contains(where: { $0.mark != nil }),
               !VietnameseSyllable.markedGroups.contains(group.map { $0.rendered(tone: nil).lowercased() }.joined()) {
                return nil
            }
        } else if tones > 0 {
            return nil
        }
        return syllable.isValid
    }
}
