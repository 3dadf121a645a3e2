import VietnameseText

extension Localizer {
    /// The table with every `{key:action}` or `{key:context.action}` in its texts replaced
    /// by the name of the first key `keymap` gives that action (in that context, or in the
    /// first binding of the action), so that a hint ("F2 để lưu") names the key the clerk
    /// has, rebound or not. A placeholder the table cannot resolve is left as it is.
    public func withKeyNames(from keymap: Keymap) -> Localizer {
        func name(_ reference: Substring) -> String? {
            let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
            let action = Action(rawValue: parts.last ?? "")
            let binding = parts.count == 2
                ? keymap.bindings.first { $0.action == action && $0.context.rawValue == parts[0] }
                : keymap.bindings.first { $0.action == action }
            return binding?.keys.first?.displayName
        }
        var resolved: [String: String] = [:]
        for key in keys {
            guard let template = template(key), template.contains("{key:") else { continue }
            var result = ""
            var rest = Substring(template)
            while let open = rest.range(of: "{key:") {
                result += rest[..<open.lowerBound]
                guard let close = rest[open.upperBound...].firstIndex(of: "}"), let keyName = name(rest[open.upperBound..<close]) else {
                    result += rest[open]
                    rest = rest[open.upperBound...]
                    continue
                }
                result += keyName
                rest = rest[rest.index(after: close)...]
            }
            resolved[key] = result + rest
        }
        return replacing(resolved)
    }
}
