import TerminalKit

/// The question before a report replaces a file that is already there ("Skriv över …? (j/n)").
struct OverwriteQuestion: YesNoQuestion {
    /// The file, as shown.
    let path: String
    /// Focus starts on "no": replacing a file is the risky answer.
    var state = ConfirmDialogState(confirmSelected: false)

    /// The dialog in the user's language (j/n in Swedish, y/n in English).
    func dialog(_ s: Strings) -> ConfirmDialog {
        ConfirmDialog(
            title: s["rapport.overwrite.title"], message: s.format("rapport.overwrite.question", path),
            confirmLabel: s["register.yesButton"], declineLabel: s["register.noButton"],
            confirmShortcut: s["form.discard.yesKey"].first ?? "j", declineShortcut: "n")
    }
}
