import TerminalKit

/// The question before something logged is removed ("Ta bort …? (j/n)"), holding what it
/// is about until the answer comes. Every tool's remove keys ask through it.
struct RemoveQuestion<Target> {
    /// What is removed on yes.
    let target: Target
    let title: String
    /// Says what goes (and what goes with it).
    let message: String
    /// Focus starts on "no": removing is the risky answer.
    var state = ConfirmDialogState(confirmSelected: false)

    /// The dialog in the user's language (j/n in Swedish, y/n in English).
    func dialog(_ s: Strings) -> ConfirmDialog {
        ConfirmDialog(title: title, message: message,
                      confirmLabel: s["register.yesButton"], declineLabel: s["register.noButton"],
                      confirmShortcut: s["form.discard.yesKey"].first ?? "j", declineShortcut: "n")
    }

    /// Lets the dialog take a key.
    /// - Returns: nil while it stays open, true for yes, false for no or Esc.
    mutating func answer(_ key: Key, strings: Strings) -> Bool? {
        guard let outcome = dialog(strings).handle(key, state: &state) else { return nil }
        return outcome == .confirmed
    }

    /// Draws the dialog over the screen.
    func render(into buffer: inout Buffer, area: Rect, strings: Strings) {
        dialog(strings).render(into: &buffer, area: area, state: state)
    }
}
