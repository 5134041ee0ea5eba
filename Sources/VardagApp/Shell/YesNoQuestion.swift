import TerminalKit

/// A j/n question in a dialog ("Ta bort …? (j/n)"): its keys while open, and answering it.
protocol YesNoQuestion {
    /// Which button has focus.
    var state: ConfirmDialogState { get set }
    /// The dialog in the user's language.
    func dialog(_ s: Strings) -> ConfirmDialog
}

extension YesNoQuestion {
    /// Lets the dialog take a key.
    /// - Returns: nil while it stays open, true for yes, false for no or Esc.
    mutating func answer(_ key: Key, strings: Strings) -> Bool? {
        guard let outcome = dialog(strings).handle(key, state: &state) else { return nil }
        return outcome == .confirmed
    }

    /// The keys shown while the question is open: yes, and no or Esc, each sent on as typed
    /// (arrows and Enter on the buttons work too, as the dialog's own keys).
    static func keyMap<Message: Sendable>(
        title: String, yesHelp: String, noHelp: String, strings s: Strings, input: @escaping @Sendable (Event) -> Message
    ) -> KeyMap<Message> {
        let yes = s["form.discard.yesKey"].first ?? "j"
        return KeyMap(title: title, [
            KeyBinding([.char(yes)], yesHelp, label: String(yes), hint: true) { input(.key($0)) },
            KeyBinding([.char("n"), .escape], noHelp, label: "n/Esc", hint: true) { input(.key($0)) },
        ])
    }
}

extension RemoveQuestion: YesNoQuestion {}

extension Optional where Wrapped: YesNoQuestion {
    /// Passes a key to the open question and closes it when answered.
    /// - Returns: nil while it stays open (or when none is), else the answer.
    mutating func answer(_ event: Event, strings: Strings) -> Bool? {
        guard var question = self, case .key(let key) = event else { return nil }
        let answer = question.answer(key, strings: strings)
        self = answer == nil ? question : nil
        return answer
    }
}
