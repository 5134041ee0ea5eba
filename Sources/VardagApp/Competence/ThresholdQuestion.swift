import TerminalKit
import VardagDomain

/// The question before the small-group threshold changes: the threshold decides what
/// every cross-unit figure and export reveals, so a stray `-` or `+` must not change it.
struct ThresholdQuestion: YesNoQuestion {
    /// The threshold now.
    let from: Int
    /// The threshold asked for.
    let to: Int
    var state = ConfirmDialogState(confirmSelected: false)

    /// The dialog in the user's language (j/n in Swedish, y/n in English).
    func dialog(_ s: Strings) -> ConfirmDialog {
        ConfirmDialog(
            title: s["competence.threshold.title"],
            message: s.format("competence.threshold.question", from, to),
            confirmLabel: s["register.yesButton"], declineLabel: s["register.noButton"],
            confirmShortcut: s["form.discard.yesKey"].first ?? "j", declineShortcut: "n")
    }
}
