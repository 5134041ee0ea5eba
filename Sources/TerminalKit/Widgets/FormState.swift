/// The fields of a form, which one has focus, and the form-level message.
///
/// The caller validates (the form knows no rules) and writes the results into each
/// field's `message` and into `message`; the form shows them.
public struct FormState: Hashable, Sendable {
    public var fields: [FormField]
    /// Index of the focused field.
    public var focus: Int
    /// A message for the whole form ("3 fel"), shown below the fields, or nil.
    public var message: String?
    /// The question asked when Esc would throw typing away.
    public var discardGuard = DiscardGuard()
    /// Each field's value when the form opened (or was last marked unchanged).
    private var openingValues: [String]

    public init(fields: [FormField], focus: Int = 0, message: String? = nil) {
        self.fields = fields
        self.focus = max(0, min(focus, fields.count - 1))
        self.message = message
        openingValues = fields.map(\.value)
    }

    /// Whether any field differs from what it held when the form opened.
    public var isEdited: Bool { fields.map(\.value) != openingValues }

    /// Takes the current values as the unchanged state, for a caller that fills the
    /// form after building it.
    public mutating func markUnchanged() { openingValues = fields.map(\.value) }

    /// Lets the discard guard see an event first: Esc closes an untouched form and asks
    /// `dialog` on an edited one, whose answer closes the form or keeps it.
    /// - Returns: `.pass` when the event is the form's own (to `handle`), else what to do.
    public mutating func closeDecision(for event: Event, dialog: ConfirmDialog) -> DiscardGuard.Decision {
        discardGuard.decide(event, isEdited: isEdited, dialog: dialog)
    }

    /// Tab / ↓ move to the next field and Shift-Tab / ↑ to the previous (Tab and
    /// Shift-Tab wrap around); other keys go to the focused field.
    /// - Returns: true when the key was used; Enter and Esc are left to the caller.
    public mutating func handle(_ key: Key) -> Bool {
        guard !fields.isEmpty else { return false }
        switch key {
        case .tab: focus = (focus + 1) % fields.count
        case .backTab: focus = (focus - 1 + fields.count) % fields.count
        case .down: focus = min(fields.count - 1, focus + 1)
        case .up: focus = max(0, focus - 1)
        default: return fields[focus].handle(key)
        }
        return true
    }

    /// Handles a key event or a paste into the focused field.
    public mutating func handle(_ event: Event) -> Bool {
        switch event {
        case .key(let key): return handle(key)
        case .paste(let text): return fields.isEmpty ? false : fields[focus].paste(text)
        default: return false
        }
    }

    /// The index of the field with this id.
    public func index(of id: String) -> Int? { fields.firstIndex { $0.id == id } }

    /// The value of the field with this id ("" when there is none).
    public func value(of id: String) -> String {
        index(of: id).map { fields[$0].value } ?? ""
    }

    /// Sets (or clears, with nil) the validation message of the field with this id.
    public mutating func setMessage(_ message: String?, for id: String) {
        if let i = index(of: id) { fields[i].message = message }
    }

    /// Clears every field's message and the form message.
    public mutating func clearMessages() {
        for i in fields.indices { fields[i].message = nil }
        message = nil
    }
}
