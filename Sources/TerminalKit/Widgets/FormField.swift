/// One labelled field of a form: a text field or a choice among options.
public struct FormField: Hashable, Sendable {
    /// What a field holds and how it is edited.
    public enum Kind: Hashable, Sendable {
        /// Free text.
        case text(TextFieldState)
        /// One of `options`, stepped with ← → or Space.
        case choice(options: [String], selected: Int)
    }

    /// The caller's name for the field, to find it again ("personnummer").
    public var id: String
    /// Shown left of the field (the caller's words).
    public var label: String
    public var kind: Kind
    /// The validation message to show under the field, or nil when it is fine.
    public var message: String?

    public init(id: String, label: String, kind: Kind, message: String? = nil) {
        self.id = id; self.label = label; self.kind = kind; self.message = message
    }

    /// A text field.
    public static func text(_ id: String, label: String, text: String = "", maxLength: Int? = nil) -> FormField {
        FormField(id: id, label: label, kind: .text(TextFieldState(text: text, maxLength: maxLength)))
    }

    /// A choice field.
    public static func choice(_ id: String, label: String, options: [String], selected: Int = 0) -> FormField {
        FormField(id: id, label: label, kind: .choice(options: options, selected: max(0, min(selected, options.count - 1))))
    }

    /// The field's value as text: the text typed, or the chosen option.
    public var value: String {
        switch kind {
        case .text(let state): return state.text
        case .choice(let options, let selected): return options.indices.contains(selected) ? options[selected] : ""
        }
    }

    /// The index of the chosen option (nil for a text field).
    public var selectedOption: Int? {
        if case .choice(_, let selected) = kind { return selected }
        return nil
    }

    /// Lets the field edit itself with a key.
    /// - Returns: true when the key was used.
    public mutating func handle(_ key: Key) -> Bool {
        switch kind {
        case .text(var state):
            let used = state.handle(key)
            kind = .text(state)
            return used
        case .choice(let options, let selected):
            guard !options.isEmpty else { return false }
            switch key {
            case .right, .char(" "):
                kind = .choice(options: options, selected: (selected + 1) % options.count)
            case .left:
                kind = .choice(options: options, selected: (selected - 1 + options.count) % options.count)
            default:
                return false
            }
            return true
        }
    }

    /// Lets a text field take a paste; a choice field ignores it.
    public mutating func paste(_ text: String) -> Bool {
        guard case .text(var state) = kind else { return false }
        state.paste(text)
        kind = .text(state)
        return true
    }
}
