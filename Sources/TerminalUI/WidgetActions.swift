extension KeyContext {
    /// Bindings of a text field with the focus (the cursor and deleting keys).
    public static let textField: KeyContext = "text-field"
    /// Bindings of a choice field with the focus (the previous / next option).
    public static let choice: KeyContext = "choice"
    /// Bindings of a button-like field with the focus.
    public static let button: KeyContext = "button"
}

extension Action {
    /// In a text field: the cursor one letter left / right.
    public static let cursorLeft: Action = "cursor-left"
    public static let cursorRight: Action = "cursor-right"
    /// In a text field: the cursor to the start / end of the text.
    public static let lineStart: Action = "line-start"
    public static let lineEnd: Action = "line-end"
    /// In a text field: delete the letter before / under the cursor.
    public static let deleteBackward: Action = "delete-backward"
    public static let deleteForward: Action = "delete-forward"
    /// In a text field: delete from the start to the cursor / from the cursor to the end.
    public static let deleteToStart: Action = "delete-to-start"
    public static let deleteToEnd: Action = "delete-to-end"
    /// In a choice field: the previous / next option.
    public static let previousOption: Action = "previous-option"
    public static let nextOption: Action = "next-option"
}

extension TextInput {
    /// The editing actions a text field carries out.
    public static let editingActions: Set<Action> = [
        .cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteBackward, .deleteForward, .deleteToStart, .deleteToEnd,
    ]

    /// Carries out an editing action from the key table, whatever key asked for it; false for
    /// any other action. (Typing goes through `handle(_:composer:)` with the typed character.)
    public mutating func perform(_ action: Action) -> Bool {
        let key: KeyEvent
        switch action {
        case .cursorLeft: key = .left
        case .cursorRight: key = .right
        case .lineStart: key = .home
        case .lineEnd: key = .end
        case .deleteBackward: key = .backspace
        case .deleteForward: key = .delete
        case .deleteToStart: key = .control("u")
        case .deleteToEnd: key = .control("k")
        default: return false
        }
        return handle(key)
    }
}
