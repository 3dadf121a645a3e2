extension String {
    /// The string with leading and trailing whitespace removed and every inner run of
    /// whitespace (spaces, tabs, line breaks, no-break spaces…) replaced by one U+0020 space.
    var collapsingWhitespace: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
