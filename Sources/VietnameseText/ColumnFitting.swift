extension String {
    /// The longest prefix, by whole grapheme clusters, that fits in `width` terminal columns.
    ///
    /// A string that already fits is returned unchanged. A string that does not is cut and
    /// ends with "…" (one column); the result, ellipsis included, never exceeds `width`. A
    /// wide character is never split: if it does not fit whole it is left out.
    /// `width <= 0` gives "".
    ///
    ///     "Nguyễn Thị Hồng Nhung".truncated(toWidth: 10)  // "Nguyễn Th…"
    public func truncated(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        let budget = width - 1  // one column kept for the ellipsis
        var used = 0
        var end = startIndex
        for index in indices {
            let columns = DisplayWidth.of(self[index])
            if used + columns > budget { break }
            used += columns
            end = self.index(after: index)
        }
        return String(self[..<end]) + "…"
    }

    /// The string truncated to `width` columns as by `truncated(toWidth:)`, then padded on the
    /// right with spaces to exactly `width` columns. `width <= 0` gives "".
    public func padded(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        let fitted = truncated(toWidth: width)
        let missing = width - fitted.displayWidth
        return missing > 0 ? fitted + String(repeating: " ", count: missing) : fitted
    }
}
