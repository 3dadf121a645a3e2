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
            // A grapheme of one byte (ASCII) folds without a string of its own (most of a
            // table's cells, drawn at every keystroke of a search): the general path's answer.
            if grapheme.utf8.count == 1, let byte = grapheme.utf8.first {
                switch byte {
                case 0x09...0x0D, 0x20: folded.append(" ")
                case 0x00...0x1F, 0x7F: continue
                case 0x41...0x5A: folded.append(Character(Unicode.Scalar(byte | 0x20)))
                default: folded.append(grapheme)
                }
                owner.append(index)
                continue
            }
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
