extension String {
    /// Replaces each numbered placeholder `{n}` by `arguments[n]`, in one pass, so that an
    /// argument which itself looks like a placeholder is inserted as it is. Placeholders
    /// without a matching argument stay as written. Used by user-interface strings and by
    /// the rulebook's explanation templates.
    ///
    ///     "{0}/{1} đối tượng".fillingPlaceholders(["3", "122"])  // "3/122 đối tượng"
    public func fillingPlaceholders(_ arguments: [String]) -> String {
        var result = ""
        var rest = Substring(self)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]),
               arguments.indices.contains(index) {
                result += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
