import TerminalKit
import VardagDomain
import VardagStore

/// The form or question open over a register tab: the add/edit form, the question when
/// someone else changed the same fields, or the question before (de)activating a row.
struct RegisterModal {
    enum State {
        case editing(RegisterEditor)
        /// The form's save met someone else's change to the same fields: she chooses.
        case resolving(RegisterEditor, ConflictQuestion)
        case confirming(RegisterActivation, ConfirmDialogState)
    }

    /// What became of a key the modal handled.
    enum Outcome {
        case open
        /// Closed without storing anything.
        case closed
        /// Stored; select the row with this name and show the status.
        case stored(name: String?, status: String)
        /// Refused by the store; the modal is closed and the error is shown.
        case failed(String)
    }

    var state: State

    /// Opens the form.
    static func editing(_ editor: RegisterEditor) -> RegisterModal { RegisterModal(state: .editing(editor)) }

    /// Opens the question before (de)activating a row.
    static func confirming(_ activation: RegisterActivation) -> RegisterModal {
        RegisterModal(state: .confirming(activation, ConfirmDialogState()))
    }

    /// Handles a key or paste while the modal is open.
    mutating func handle(_ event: Event, context: AppContext) -> Outcome {
        let s = context.strings
        switch state {
        case .editing(var editor):
            let outcome = editor.handle(event, context: context)
            state = .editing(editor)
            return settle(outcome, editor, s)
        case .resolving(var editor, var question):
            guard case .key(let key) = event else { return .open }
            switch question.handle(key, strings: s) {
            case nil:
                state = .resolving(editor, question)
                return .open
            case .back?:
                state = .editing(editor)
                return .open
            case .save(let fields)?:
                editor.answer(keepingTheirs: fields)
                let outcome = editor.submit(context: context)
                state = .editing(editor)
                return settle(outcome, editor, s)
            }
        case .confirming(let activation, var dialogState):
            guard case .key(let key) = event else { return .open }
            guard let answer = activation.dialog(s).handle(key, state: &dialogState) else {
                state = .confirming(activation, dialogState)
                return .open
            }
            guard answer == .confirmed else { return .closed }
            do {
                return .stored(name: nil, status: try activation.carryOut(context: context))
            } catch {
                return .failed(s.couldNotSave(error))
            }
        }
    }

    /// Turns the form's outcome into the modal's: a conflict opens its question.
    private mutating func settle(_ outcome: EditorOutcome<RegisterSaveOutcome>, _ editor: RegisterEditor, _ s: Strings) -> Outcome {
        switch outcome {
        case .open: return .open
        case .closed: return .closed
        case .saved(.conflict(let question)):
            state = .resolving(editor, question)
            return .open
        case .saved(.saved(let name, let kept)):
            let status = kept.isEmpty ? s.format("register.saved", name)
                : s.format("form.conflict.savedKeeping", name, kept.joined(separator: ", "))
            return .stored(name: name, status: status)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        switch state {
        case .editing(let editor):
            editor.render(into: &buffer, area: area, context: context)
        case .resolving(let editor, let question):
            editor.render(into: &buffer, area: area, context: context)
            question.render(into: &buffer, area: area, context: context)
        case .confirming(let activation, let dialogState):
            activation.dialog(context.strings).render(into: &buffer, area: area, state: dialogState)
        }
    }
}
