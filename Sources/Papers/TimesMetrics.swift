import Foundation

/// How wide text is in Times New Roman, to size the short rules of a header and title and the
/// columns of a table. Advance widths per 1000 units of the em, for the printable ASCII
/// characters (the standard Times metrics, which Liberation Serif shares). A Vietnamese letter
/// is measured as its base letter (the marks take no width), "đ" as "d", "Đ" as "D".
enum TimesMetrics {
    private static let regular: [Int] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
        500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
        722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500,
        444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480,
        200, 480, 541,
    ]
    private static let bold: [Int] = [
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500,
        500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944,
        722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556,
        444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394,
        220, 394, 520,
    ]

    /// The width of `text` at `points` in twentieths of a point (twips).
    static func width(_ text: String, points: Double, bold: Bool = false) -> Int {
        let table = bold ? Self.bold : regular
        var units = 0
        for character in text {
            units += advance(character, table)
        }
        return Int((Double(units) * points * 20 / 1000).rounded())
    }

    private static func advance(_ character: Character, _ table: [Int]) -> Int {
        switch character {
        case "đ": return table[Int(("d" as Unicode.Scalar).value) - 32]
        case "Đ": return table[Int(("D" as Unicode.Scalar).value) - 32]
        case "–": return 500
        case "—": return 1000
        case "\u{00A0}": return table[0]
        default: break
        }
        guard let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first else { return 500 }
        let value = Int(base.value)
        guard value >= 32, value < 127 else { return 500 }
        return table[value - 32]
    }
}
