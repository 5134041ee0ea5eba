/// Asks before typed changes are thrown away: Esc on an edited form opens a yes/no
/// question instead of closing it, Esc on an untouched form closes it at once.
///
/// The guard only keeps the question's state; the caller says whether the form is
/// edited and which dialog asks, and draws the dialog while `isAsking`.
public struct DiscardGuard: Hashable, Sendable {
    /// What the caller does with an event after the guard has seen it.
    public enum Decision: Hashable, Sendable {
        /// Not about closing: the form handles the event as usual.
        case pass
        /// The guard used the event (it opened, moved or was answered no): the form stays open.
        case stay
        /// Close the form: Esc on an untouched form, or yes to throwing the changes away.
        case close
    }

    /// The open question's button focus; nil while nothing is asked.
    public private(set) var question: ConfirmDialogState?

    public init() {}

    /// Whether the question is open (and takes every key).
    public var isAsking: Bool { question != nil }

    /// Looks at one event before the form does.
    /// - Parameters:
    ///   - event: the key or paste.
    ///   - isEdited: whether the form holds typing that would be lost.
    ///   - dialog: the question, whose shortcuts answer it.
    /// - Returns: whether to pass the event on, keep the form, or close it.
    public mutating func decide(_ event: Event, isEdited: Bool, dialog: ConfirmDialog) -> Decision {
        if var state = question {
            guard case .key(let key) = event else { return .stay }
            switch dialog.handle(key, state: &state) {
            case nil:
                question = state
                return .stay
            case .confirmed?:
                question = nil
                return .close
            case .declined?, .cancelled?:
                question = nil
                return .stay
            }
        }
        guard case .key(.escape) = event else { return .pass }
        guard isEdited else { return .close }
        // Focus starts on "no": throwing typing away is the risky answer.
        question = ConfirmDialogState(confirmSelected: false)
        return .stay
    }
}
