extension String {
    /// Where `query` (folded, as by `foldedForSearch`) first occurs in this text when both are
    /// folded: the range of graphemes of this text to highlight. Nil when it does not occur.
    ///
    ///     "Nguyễn Thị Hồng Nhung".graphemeRange(matching: "hong")  // 11..<15 ("Hồng")
    public func graphemeRange(matching query: String) -> Range<Int>? {
        guard !query.isEmpty else { return nil }
        var folded: [Character] = []
        var owner: [Int] = []
        for (index, grapheme) in enumerated() {
            let piece: String
            if grapheme.isWhitespace {
                piece = " "
            } else {
                piece = String(grapheme).foldedForSearch
            }
            for character in piece {
                folded.append(character)
                owner.append(index)
            }
        }
        let needle = Array(query)
        guard needle.count <= folded.count else { return nil }
        for start in 0...(folded.count - needle.count) where folded[start..<(start + needle.count)].elementsEqual(needle) {
            return owner[start]..<(owner[start + needle.count - 1] + 1)
        }
        return nil
    }
}
