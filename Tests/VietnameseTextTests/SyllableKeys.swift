import VietnameseText

/// The keys a typist may press for a syllable of the inventory, in Telex or VNI, in each of the
/// orders the built-in method accepts. Built from the letters alone, never from the composer.
///
/// The orders (those Unikey accepts with free marking on, see `VietnameseComposer`): a vowel
/// mark typed right after its letter, after the whole vowel group, or at the end of the word;
/// the horn of ươ typed on each letter (uwow, u7o7) or once (uow, uo7; uwo, u7o); the stroke of
/// đ right after the d or at the end of the word; the tone at the end, before the marks left for
/// the end, right after the vowel letters (before or after their marks), or right after the
/// first vowel. Telex types oo (xoong) as ooo.
enum SyllableKeys {
    /// Where vowel marks are typed.
    enum MarkPlace: CaseIterable {
        /// Right after the letter (truwowngf, tru7o7ng2).
        case afterLetter
        /// Right after the letter, with one horn key for ươ (truowngf, truo7ng2).
        case afterLetterOneHorn
        /// Right after the letter, with one horn key for ươ on the u (truwongf, tru7ong2): Unikey
        /// completes ưo to ươ when more letters follow.
        case afterLetterHornOnU
        /// After the last vowel of the group (cuuwf, khuaan).
        case afterGroup
        /// At the end of the word (truongwf, nguyenex).
        case atEnd
    }

    /// Where the stroke of đ is typed.
    enum StrokePlace: CaseIterable {
        /// dd, d9.
        case afterLetter
        /// At the end of the word (dangd, dang9).
        case atEnd
    }

    /// Where the tone key is typed.
    enum TonePlace: CaseIterable {
        /// After everything.
        case atEnd
        /// Before the marks (and stroke) left for the end of the word (nguyenxe).
        case beforeEndMarks
        /// Right after the vowel letters, before their marks when those come after the group (cuufw).
        case afterVowelLetters
        /// After the vowel group and its marks, before the final consonant (cuuwf, hoasn).
        case afterGroup
        /// Right after the first vowel (and its mark when typed there): cuwfu, hofa.
        case afterFirstVowel
    }

    /// A letter of a syllable: base letter and its mark.
    private enum Mark { case hat, breve, horn, stroke }

    private static func split(_ letter: Character) -> (base: Character, mark: Mark?) {
        switch letter {
        case "â": return ("a", .hat)
        case "ê": return ("e", .hat)
        case "ô": return ("o", .hat)
        case "ă": return ("a", .breve)
        case "ơ": return ("o", .horn)
        case "ư": return ("u", .horn)
        case "đ": return ("d", .stroke)
        default: return (letter, nil)
        }
    }

    private static func key(for mark: Mark, base: Character, _ kind: InputMethodKind) -> String {
        switch (kind, mark) {
        case (.telex, .hat): return String(base)
        case (.telex, .breve), (.telex, .horn): return "w"
        case (.telex, .stroke): return "d"
        case (.vni, .hat): return "6"
        case (.vni, .horn): return "7"
        case (.vni, .breve): return "8"
        case (.vni, .stroke): return "9"
        }
    }

    static func key(for tone: SyllableInventory.Tone, _ kind: InputMethodKind) -> String {
        switch (kind, tone) {
        case (_, .ngang): return ""
        case (.telex, .huyen): return "f"
        case (.telex, .sac): return "s"
        case (.telex, .hoi): return "r"
        case (.telex, .nga): return "x"
        case (.telex, .nang): return "j"
        case (.vni, .sac): return "1"
        case (.vni, .huyen): return "2"
        case (.vni, .hoi): return "3"
        case (.vni, .nga): return "4"
        case (.vni, .nang): return "5"
        }
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// A syllable's letters as the keys see them, worked out once for all the orders.
    private struct Shape {
        let letters: [(base: Character, mark: Mark?)]
        let groupStart: Int
        let groupEnd: Int
        let hasStroke: Bool
        let groupMarks: Bool
        /// ươ: two horned vowels in a row.
        let bothHorned: Bool

        init(_ syllable: SyllableInventory.Syllable) {
            letters = syllable.letters.map(SyllableKeys.split)
            groupStart = syllable.onsetLength
            var end = groupStart
            while end < letters.count, vowels.contains(letters[end].base) { end += 1 }
            groupEnd = end
            hasStroke = letters.contains { $0.mark == .stroke }
            groupMarks = letters[groupStart..<groupEnd].contains { $0.mark != nil }
            let letters = letters
            bothHorned = end - groupStart >= 2
                && (groupStart..<end - 1).contains { letters[$0].mark == .horn && letters[$0 + 1].mark == .horn }
        }

        /// Telex writes oo as ooo (the third o undoes the hat).
        func plainOO(_ kind: InputMethodKind) -> Bool {
            kind == .telex && (groupStart..<max(groupStart, groupEnd - 1)).contains {
                letters[$0] == ("o", nil) && letters[$0 + 1] == ("o", nil)
            }
        }
    }

    /// One order of keys: where the marks, the stroke and the tone are typed.
    struct Order: CustomStringConvertible {
        let marks: MarkPlace
        let stroke: StrokePlace
        let tone: TonePlace
        var description: String { "\(marks)/\(stroke)/\(tone)" }

        static let all: [Order] = MarkPlace.allCases.flatMap { marks in
            StrokePlace.allCases.flatMap { stroke in TonePlace.allCases.map { Order(marks: marks, stroke: stroke, tone: $0) } }
        }
    }

    /// The keys for `syllable` in one order, lower case; nil when the order does not apply (it
    /// would repeat another, or the method has no such order for this word).
    static func keys(
        _ syllable: SyllableInventory.Syllable, _ kind: InputMethodKind,
        marks: MarkPlace, stroke: StrokePlace, tone: TonePlace
    ) -> String? {
        keys(Shape(syllable), syllable.tone, kind, Order(marks: marks, stroke: stroke, tone: tone))
    }

    private static func keys(_ shape: Shape, _ syllableTone: SyllableInventory.Tone, _ kind: InputMethodKind, _ order: Order) -> String? {
        let (marks, stroke, tone) = (order.marks, order.stroke, order.tone)
        let letters = shape.letters
        let (groupStart, groupEnd) = (shape.groupStart, shape.groupEnd)
        // Orders that would only repeat another one.
        if marks == .afterLetterOneHorn || marks == .afterLetterHornOnU, !shape.bothHorned { return nil }
        if marks != .afterLetter, !shape.groupMarks { return nil }
        if stroke == .atEnd, !shape.hasStroke { return nil }
        if syllableTone == .ngang, tone != .atEnd { return nil }
        let deferred = marks == .atEnd && shape.groupMarks || stroke == .atEnd
        if tone == .beforeEndMarks, !deferred { return nil }
        if tone == .afterVowelLetters, marks != .afterGroup { return nil }
        // No tone can sit inside Telex's ooo.
        let plainOO = shape.plainOO(kind)
        if plainOO, tone == .afterFirstVowel { return nil }

        let toneKey = key(for: syllableTone, kind)
        var typed = ""
        var endMarks = ""

        // The onset.
        for letter in letters[0..<groupStart] {
            typed.append(letter.base)
            if letter.mark == .stroke {
                let k = key(for: .stroke, base: "d", kind)
                if stroke == .afterLetter { typed += k } else { endMarks += k }
            }
        }
        // The vowel group.
        var groupMarkKeys = ""
        for index in groupStart..<groupEnd {
            let letter = letters[index]
            typed.append(letter.base)
            if plainOO, letter.base == "o", index + 1 < groupEnd, letters[index + 1].base == "o" {
                typed += "o"  // o, o → ô, o → oo
            }
            if let mark = letter.mark {
                var k = key(for: mark, base: letter.base, kind)
                if mark == .horn, shape.bothHorned, marks != .afterLetter {
                    // One horn key for ươ: after the o, after the u, or with the marks typed later.
                    let onU = index + 1 < groupEnd && letters[index + 1].mark == .horn
                    if marks == .afterLetterOneHorn { k = onU ? "" : k } else { k = onU ? k : "" }
                }
                switch marks {
                case .afterLetter, .afterLetterOneHorn, .afterLetterHornOnU: typed += k
                case .afterGroup: groupMarkKeys += k
                case .atEnd: endMarks += k
                }
            }
            if index == groupStart, tone == .afterFirstVowel { typed += toneKey }
        }
        if tone == .afterVowelLetters { typed += toneKey }
        typed += groupMarkKeys
        if tone == .afterGroup { typed += toneKey }
        // The final consonant.
        for letter in letters[groupEnd...] { typed.append(letter.base) }
        if tone == .beforeEndMarks { typed += toneKey }
        typed += endMarks
        if tone == .atEnd { typed += toneKey }
        return typed
    }

    /// Every distinct key sequence for `syllable` in `kind`, with its order.
    static func allOrders(_ syllable: SyllableInventory.Syllable, _ kind: InputMethodKind) -> [(order: Order, keys: String)] {
        let shape = Shape(syllable)
        var seen = Set<String>()
        var result: [(Order, String)] = []
        for order in Order.all {
            guard let keys = keys(shape, syllable.tone, kind, order), seen.insert(keys).inserted else { continue }
            result.append((order, keys))
        }
        return result
    }

    /// `allOrders` for every syllable of the inventory, in its order; worked out once per method.
    static func inventoryOrders(_ kind: InputMethodKind) -> [[(order: Order, keys: String)]] {
        kind == .telex ? telexOrders : vniOrders
    }

    private static let telexOrders = SyllableInventory.all.map { allOrders($0, .telex) }
    private static let vniOrders = SyllableInventory.all.map { allOrders($0, .vni) }
}
