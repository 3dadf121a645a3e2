extension String {
    /// Replaces each numbered placeholder `{n}` by `arguments[n]`, in one pass, so that an
    /// argument which itself looks like a placeholder is inserted as it is. Placeholders
    /// without a matching argument stay as written. Used by user-interface strings and by
    /// the rulebook's explanation templates.
    ///
    ///     "{0}/{1} đối tượng".fillingPlaceholders(["3", "122"])  // "3/122 đối tượng"
    public func fillingPlaceholders(_ arguments: [String]) -> String {
        // Braces are looked for among the UTF-8 bytes (an ASCII byte is never part of another
        // letter): walking the text letter by letter was a good part of drawing a table's rows.
        var result = ""
        var rest = self[...]
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            result += rest[..<open]
            let afterOpen = rest.utf8.index(after: open)
            if let close = rest.utf8[afterOpen...].firstIndex(of: UInt8(ascii: "}")), let index = Int(rest[afterOpen..<close]),
               arguments.indices.contains(index) {
                result += arguments[index]
                rest = rest[rest.utf8.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
