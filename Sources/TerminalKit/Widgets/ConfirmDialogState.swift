/// What the user answered in a `ConfirmDialog`.
public enum ConfirmDialogOutcome: Hashable, Sendable {
    /// The first button (or its shortcut): "Ja".
    case confirmed
    /// The second button (or its shortcut): "Nej".
    case declined
    /// Esc: the dialog was closed without an answer.
    case cancelled
}

/// Which button of a `ConfirmDialog` has focus.
public struct ConfirmDialogState: Hashable, Sendable {
    /// 0 for the confirm button, 1 for the decline button.
    public var selected: Int

    /// - Parameter confirmSelected: whether focus starts on the confirm button;
    ///   risky actions start on decline.
    public init(confirmSelected: Bool = false) { selected = confirmSelected ? 0 : 1 }
}
