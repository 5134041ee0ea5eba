import TerminalKit
import VardagDomain

/// The question before a completed step is unmarked in the competence grid: the
/// completion date is history that a stray Enter must not erase.
struct UndoStepQuestion: YesNoQuestion {
    let medarbetareId: Int64
    let name: String
    let step: Int
    /// The day the step was marked done, shown so the user knows what she removes.
    let date: LocalDate?
    var state = ConfirmDialogState(confirmSelected: false)

    /// The dialog in the user's language (j/n in Swedish, y/n in English).
    func dialog(_ s: Strings) -> ConfirmDialog {
        ConfirmDialog(
            title: s["competence.undo.title"],
            message: s.format("competence.undo.question", name, step, date?.iso ?? "–"),
            confirmLabel: s["register.yesButton"], declineLabel: s["register.noButton"],
            confirmShortcut: s["form.discard.yesKey"].first ?? "j", declineShortcut: "n")
    }
}
