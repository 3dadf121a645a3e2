/// One choice of a choice field.
public struct FormOption: Hashable, Sendable {
    /// Identifier stored by the owner (a code such as "tot").
    public var id: String
    /// The text shown.
    public var label: String
    /// Creates an option.
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// What a form field holds and how it is edited.
public enum FormFieldValue: Hashable, Sendable {
    /// Free text, edited in place.
    case text(TextInput)
    /// One of a list: ←/→ or Space cycle, Enter opens the list to pick from.
    case choice(options: [FormOption], selected: String?)
    /// A button-like field: shows `text`; Enter asks the owner to act (pick a nominee…).
    case action(String)
    /// A section heading (not focusable).
    case heading
    /// Read-only text in a colour role (not focusable).
    case note(String, ColorRole)
}

/// A labelled row of a form, with the error that belongs next to it.
public struct FormField: Hashable, Sendable {
    /// Identifier the owner uses to read and write the field.
    public var id: String
    /// Label on the left (or the heading text).
    public var label: String
    /// Value and kind.
    public var value: FormFieldValue
    /// A validation message shown under the value, in the error colour; nil when valid.
    public var error: String?
    /// A hint shown dimmed after short values ("dd/mm/yyyy").
    public var hint: String?
    /// Marks the label with "*".
    public var required: Bool
    /// Widest the value box gets, in columns (text fields).
    public var width: Int?

    /// Creates a field.
    public init(id: String, label: String, value: FormFieldValue, error: String? = nil,
                hint: String? = nil, required: Bool = false, width: Int? = nil) {
        self.id = id
        self.label = label
        self.value = value
        self.error = error
        self.hint = hint
        self.required = required
        self.width = width
    }

    /// A text field; `maxLength` (in characters) stops typing past it.
    public static func text(_ id: String, _ label: String, _ text: String, required: Bool = false,
                            hint: String? = nil, width: Int? = nil, error: String? = nil, maxLength: Int? = nil) -> FormField {
        FormField(id: id, label: label, value: .text(TextInput(text, maxLength: maxLength)), error: error, hint: hint, required: required,
                  width: width)
    }

    /// A choice field.
    public static func choice(_ id: String, _ label: String, _ options: [FormOption], selected: String?,
                              required: Bool = false, error: String? = nil) -> FormField {
        FormField(id: id, label: label, value: .choice(options: options, selected: selected), error: error, required: required)
    }

    /// A section heading.
    public static func heading(_ id: String, _ text: String) -> FormField {
        FormField(id: id, label: text, value: .heading)
    }

    /// True for fields that can take the focus.
    public var isFocusable: Bool {
        switch value {
        case .heading, .note: return false
        default: return true
        }
    }
}
