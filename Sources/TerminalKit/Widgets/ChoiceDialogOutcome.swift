/// What the user answered in a `ChoiceDialog`.
public enum ChoiceDialogOutcome: Hashable, Sendable {
    /// The answer with this letter.
    case chosen(Character)
    /// Esc: none of them.
    case cancelled
}
