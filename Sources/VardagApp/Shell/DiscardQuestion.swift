import TerminalKit

/// "Kasta ändringarna? (j/n)": the one question every form asks when Esc would throw
/// typing away, so all tools' forms close alike.
enum DiscardQuestion {
    /// The dialog in the user's language; its yes-letter is j in Swedish, y in English.
    static func dialog(_ s: Strings) -> ConfirmDialog {
        ConfirmDialog(
            title: s["form.discard.title"], message: s["form.discard.question"],
            confirmLabel: s["register.yesButton"], declineLabel: s["register.noButton"],
            confirmShortcut: s["form.discard.yesKey"].first ?? "j", declineShortcut: "n")
    }

    /// Draws the question over the form while the guard asks it.
    static func render(_ discardGuard: DiscardGuard, into buffer: inout Buffer, area: Rect, context: AppContext) {
        guard let state = discardGuard.question else { return }
        var dialog = dialog(context.strings)
        dialog.style = context.theme.normal
        dialog.selectedButtonStyle = context.theme.selected
        dialog.render(into: &buffer, area: area, state: state)
    }
}

extension FormState {
    /// Lets the discard question see an event before the form: Esc closes an untouched
    /// form and asks "Kasta ändringarna? (j/n)" on an edited one.
    /// - Returns: `.pass` when the event is the form's own, else stay or close.
    mutating func closeDecision(for event: Event, strings: Strings) -> DiscardGuard.Decision {
        closeDecision(for: event, dialog: DiscardQuestion.dialog(strings))
    }
}
