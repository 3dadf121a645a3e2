/// The Vietnamese alphabet and its diacritics, as the collation sees them.
///
/// A Vietnamese letter may carry two kinds of marks. A *vowel-quality* mark (breve,
/// circumflex, horn) makes a different letter: ă, â, ê, ô, ơ, ư are letters of their own,
/// as is đ. A *tone* mark (huyền, hỏi, ngã, sắc, nặng) does not change the letter and only
/// matters when the letters are all equal.
enum VietnameseAlphabet {
    /// The 33 letters in alphabetical order: a ă â b c d đ e ê f g h i j k l m n o ô ơ p q
    /// r s t u ư v w x y z (lowercase, precomposed).
    static let letters: [Unicode.Scalar] = Array(
        "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz".unicodeScalars)

    /// Combining breve U+0306 (ă).
    static let breve: Unicode.Scalar = "\u{0306}"
    /// Combining circumflex U+0302 (â, ê, ô).
    static let circumflex: Unicode.Scalar = "\u{0302}"
    /// Combining horn U+031B (ơ, ư).
    static let horn: Unicode.Scalar = "\u{031B}"

    /// The tone marks in collation order, from rank 1: huyền (grave U+0300), hỏi (hook
    /// above U+0309), ngã (tilde U+0303), sắc (acute U+0301), nặng (dot below U+0323).
    /// No tone at all is rank 0 and sorts first.
    static let toneMarks: [Unicode.Scalar] = ["\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"]

    /// The alphabet position (0 = a … 32 = z) of a lowercase base letter carrying `mark`
    /// (nil for none), or nil when the pair is not a Vietnamese letter.
    static func position(of base: Unicode.Scalar, with mark: Unicode.Scalar?) -> Int? {
        let letter: Unicode.Scalar
        switch (base, mark) {
        case (_, nil): letter = base
        case ("a", breve): letter = "ă"
        case ("a", circumflex): letter = "â"
        case ("e", circumflex): letter = "ê"
        case ("o", circumflex): letter = "ô"
        case ("o", horn): letter = "ơ"
        case ("u", horn): letter = "ư"
        default: return nil
        }
        return letters.firstIndex(of: letter)
    }

    /// The collation rank (1…5) of a tone mark, or nil if `mark` is not one.
    static func toneRank(of mark: Unicode.Scalar) -> Int? {
        toneMarks.firstIndex(of: mark).map { $0 + 1 }
    }
}
