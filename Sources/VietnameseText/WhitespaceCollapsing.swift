extension String {
    /// The string with leading and trailing whitespace removed and every inner run of
    /// whitespace (spaces, tabs, line breaks, no-break spaces…) replaced by one U+0020 space.
    var collapsingWhitespace: String {
        if isCollapsed { return self }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether the string is already what `collapsingWhitespace` makes of it, told from its
    /// scalars alone: no White_Space scalar but single U+0020 spaces, none at either end, each
    /// followed by a scalar below U+0300 or a Latin Extended Additional letter (none of which is
    /// a mark). Names read back from the store are, and splitting them at
    /// `Character.isWhitespace` (a Unicode property look-up per letter) was a tenth of the cost
    /// of reading a page of nominees.
    private var isCollapsed: Bool {
        var afterSpace = true
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x20:
                if afterSpace { return false }
                afterSpace = true
            case 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return false
            default:
                // A mark after a space makes one character with it, which Swift counts as
                // whitespace: only letters that cannot be marks are taken on trust there.
                if afterSpace, scalar.value >= 0x300, !(0x1E00...0x1EFF).contains(scalar.value) { return false }
                afterSpace = false
            }
        }
        return !afterSpace || isEmpty
    }
}
