import Testing
import VietnameseText

/// The built-in Telex and VNI over the whole syllable inventory (`SyllableInventory`): every
/// onset × rhyme × tone, typed in every order the method accepts (`SyllableKeys`), must compose
/// to the syllable, NFC, in the traditional and the modern tone style.
@Suite("Composer over the syllable inventory")
struct SyllableInventoryTests {
    private static let composers: [VietnameseComposer] = [
        VietnameseComposer(.telex), VietnameseComposer(.telex, modernTones: true),
        VietnameseComposer(.vni), VietnameseComposer(.vni, modernTones: true),
    ]

    @Test("The inventory is the size the phonology gives, with the words it must have")
    func inventoryShape() {
        let all = SyllableInventory.all
        let words = Set(all.map { $0.word(modern: false) })
        // Words everyone writes, one for each spelling rule.
        for word in ["cừu", "hưu", "mưu", "bưu", "điện", "quốc", "quyền", "giếng", "gì", "gìn", "nghiêng", "ghế",
                     "kìa", "yên", "yêu", "thuở", "huơ", "hòa", "khỏe", "thúy", "xoong", "rượu", "khuỷu", "ngoằn",
                     "quân", "khuya", "uyên", "oách", "huỳnh", "giữa", "giường", "kỹ", "cá", "quá"] {
            #expect(words.contains(word), "\(word) is missing from the inventory")
        }
        // Spellings the rules forbid: c/k, g/gh, ng/ngh, qu for /k/ + glide, no glide after labials,
        // yê with no onset, uơ only after h, kh, th, qu, no huyền, hỏi, ngã on a checked rhyme.
        for word in ["ce", "ci", "ka", "ko", "ge", "gha", "ghu", "nge", "nghu", "coa", "koa", "boa", "muy", "iên",
                     "iêu", "luơ", "tàc", "tảc", "tãc"] {
            #expect(!words.contains(word.nfc), "\(word) should not be in the inventory")
        }
        // 28 onsets, 150 rhymes, 6 tones (2 on checked rhymes), as the spelling rules combine them;
        // each syllable written one way, and no two alike.
        #expect(SyllableInventory.onsets.count == 28 && SyllableInventory.rhymes.count == 150)
        #expect(all.count == 15_344)
        #expect(words.count == all.count)
    }

    @Test("Every syllable, typed in every accepted order, composes to the syllable", arguments: composers)
    func everySyllableEveryOrder(composer: VietnameseComposer) {
        var failures: [String] = []
        var typed = 0
        for (syllable, orders) in zip(SyllableInventory.all, SyllableKeys.inventoryOrders(composer.kind)) {
            let word = syllable.word(modern: composer.modernTones)
            for (order, keys) in orders {
                typed += 1
                let composed = composer.compose(keys)
                if composed != word || Array(composed.unicodeScalars) != Array(word.nfc.unicodeScalars) {
                    failures.append("\(syllable) \(order): \(keys) → \(composed), not \(word)")
                }
            }
        }
        #expect(typed > 50_000, "only \(typed) key sequences")
        #expect(failures.isEmpty, "\(failures.count) of \(typed) fail, e.g.\n\(failures.prefix(40).joined(separator: "\n"))")
    }

    /// Case does not depend on the tone style: the traditional composers only.
    @Test("Capitalised and upper-case keys give the capitalised and upper-case syllable",
          arguments: [VietnameseComposer(.telex), VietnameseComposer(.vni)])
    func everySyllableInCapitals(composer: VietnameseComposer) {
        var failures: [String] = []
        for syllable in SyllableInventory.all {
            let word = syllable.word(modern: composer.modernTones)
            guard let keys = SyllableKeys.keys(syllable, composer.kind, marks: .afterLetter, stroke: .afterLetter,
                                               tone: .atEnd) else { continue }
            let title = keys.prefix(1).uppercased() + keys.dropFirst()
            let titleWord = word.prefix(1).uppercased() + word.dropFirst()
            if composer.compose(title) != titleWord { failures.append("\(title) → \(composer.compose(title))") }
            if composer.compose(keys.uppercased()) != word.uppercased() {
                failures.append("\(keys.uppercased()) → \(composer.compose(keys.uppercased()))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) fail, e.g. \(failures.prefix(20))")
    }

    @Test("The keys the composer gives for each syllable compose it again", arguments: composers)
    func everySyllableRoundTrips(composer: VietnameseComposer) {
        var failures: [String] = []
        for syllable in SyllableInventory.all {
            let word = syllable.word(modern: composer.modernTones)
            guard let keys = composer.keys(for: word) else {
                failures.append("no keys for \(word)")
                continue
            }
            if composer.compose(keys) != word { failures.append("\(word) → \(keys) → \(composer.compose(keys))") }
        }
        #expect(failures.isEmpty, "\(failures.count) fail, e.g. \(failures.prefix(20))")
    }
}
