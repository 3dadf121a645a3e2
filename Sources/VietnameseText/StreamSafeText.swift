extension String {
    /// Most combining marks that may follow one another before a combining grapheme joiner is
    /// put between them (Unicode Standard Annex #15, "Stream-Safe Text Format").
    static let streamSafeMarkRun = 30

    /// The text in the Stream-Safe Text Format of UAX #15: after every 30 combining marks in a
    /// row (scalars of a non-zero canonical combining class) a U+034F COMBINING GRAPHEME
    /// JOINER is inserted, which blocks reordering across it.
    ///
    /// Normalisation sorts each run of marks by combining class, and Foundation's sort takes
    /// time in the square of the run's length: a letter followed by 100 000 marks took 10 s to
    /// normalise. Text a person writes never has more than a few marks on a letter and comes
    /// back unchanged; only such runs are cut, so that normalisation stays linear.
    var streamSafe: String {
        var run = 0
        var needsJoiners = false
        for scalar in unicodeScalars {
            if scalar.value < 0x300 || scalar.properties.canonicalCombiningClass == .notReordered {
                run = Self.trailingMarks(scalar)
            } else {
                run += 1
                if run > Self.streamSafeMarkRun { needsJoiners = true; break }
            }
        }
        guard needsJoiners else { return self }
        var safe = String.UnicodeScalarView()
        run = 0
        for scalar in unicodeScalars {
            if scalar.value < 0x300 || scalar.properties.canonicalCombiningClass == .notReordered {
                run = Self.trailingMarks(scalar)
            } else {
                run += 1
                if run > Self.streamSafeMarkRun {
                    safe.append("\u{034F}")
                    run = 1
                }
            }
            safe.append(scalar)
        }
        return String(safe)
    }

    /// The marks a starter brings with it when decomposed ("ạ" is "a" and a dot below: 1), which
    /// count towards the run of marks that follows it (UAX #15's trailing non-starters).
    static func trailingMarks(_ scalar: Unicode.Scalar) -> Int {
        guard !scalar.isASCII, let parts = LatinDecomposition.table[scalar.value] else { return 0 }
        return parts.reversed().prefix { $0.properties.canonicalCombiningClass != .notReordered }.count
    }
}
