/// Something the person can ask for, independent of the key that asks for it.
public struct Action: Hashable, Sendable, RawRepresentable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Stable identifier, also used in key configuration files ("save", "quit").
    public let rawValue: String
    /// Creates an action from its identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates an action from a literal identifier.
    public init(stringLiteral value: String) { rawValue = value }
    /// The identifier.
    public var description: String { rawValue }
}

/// Where a binding applies: a kind of widget or screen ("list", "form") or everywhere ("global").
public struct KeyContext: Hashable, Sendable, RawRepresentable, ExpressibleByStringLiteral {
    /// Stable identifier.
    public let rawValue: String
    /// Creates a context from its identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a context from a literal identifier.
    public init(stringLiteral value: String) { rawValue = value }
    /// Bindings that apply on every screen.
    public static let global: KeyContext = "global"
}

/// One row of the key table: an action, its keys, and the words that explain it.
public struct KeyBinding: Hashable, Sendable {
    /// What the keys do.
    public var action: Action
    /// The keys that do it; the first is the one shown in the status bar.
    public var keys: [KeyEvent]
    /// Where the binding applies.
    public var context: KeyContext
    /// String-table key of the short label for the status bar ("Lưu").
    public var label: String
    /// String-table key of the sentence shown in the F1 help.
    public var help: String
    /// Whether the status bar shows this binding.
    public var inStatusBar: Bool

    /// Creates a binding.
    public init(_ action: Action, _ keys: [KeyEvent], context: KeyContext = .global,
                label: String, help: String, inStatusBar: Bool = false) {
        self.action = action
        self.keys = keys
        self.context = context
        self.label = label
        self.help = help
        self.inStatusBar = inStatusBar
    }
}

/// The key table: the single place where keys get their meaning. The status bar and the help
/// screen are generated from it.
public struct Keymap: Sendable {
    /// All bindings, in the order the help screen lists them.
    public private(set) var bindings: [KeyBinding]

    /// A key table from its rows.
    public init(_ bindings: [KeyBinding]) { self.bindings = bindings }

    /// The action `key` asks for in the given contexts, most specific context first; the
    /// global context is always consulted last.
    public func action(for key: KeyEvent, in contexts: [KeyContext]) -> Action? {
        for context in contexts + [.global] {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.action
            }
        }
        return nil
    }

    /// The bindings in force in `contexts` (plus the global ones), each action once, specific
    /// contexts first; a binding whose keys a more specific context already took is left out
    /// (it would never fire).
    public func bindings(in contexts: [KeyContext]) -> [KeyBinding] {
        var seen = Set<Action>()
        var claimed = Set<KeyEvent>()
        var result: [KeyBinding] = []
        for context in contexts + [.global] {
            for binding in bindings where binding.context == context && !seen.contains(binding.action) {
                guard binding.keys.isEmpty || binding.keys.contains(where: { !claimed.contains($0) }) else { continue }
                seen.insert(binding.action)
                claimed.formUnion(binding.keys)
                result.append(binding)
            }
        }
        return result
    }

    /// The first key bound to `action` in any of `contexts` (or globally).
    public func key(for action: Action, in contexts: [KeyContext] = []) -> KeyEvent? {
        bindings(in: contexts).first(where: { $0.action == action })?.keys.first
    }

    /// Replaces the keys of `action` in `context`. Returns false when no such binding exists.
    @discardableResult
    public mutating func rebind(_ action: Action, in context: KeyContext, to keys: [KeyEvent]) -> Bool {
        guard let index = bindings.firstIndex(where: { $0.action == action && $0.context == context }) else {
            return false
        }
        bindings[index].keys = keys
        return true
    }
}
