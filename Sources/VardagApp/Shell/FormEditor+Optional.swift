import TerminalKit

extension Optional where Wrapped: FormEditor {
    /// Gives a key or paste to the open editor, if any: it stays while the form is open and
    /// is gone once Esc closed it or Enter saved it.
    /// - Returns: what the save returned, when this event saved the form; else nil.
    mutating func handle(_ event: Event, context: AppContext) -> Wrapped.Saved? {
        guard var editor = self else { return nil }
        switch editor.handle(event, context: context) {
        case .open:
            self = editor
            return nil
        case .closed:
            self = nil
            return nil
        case .saved(let saved):
            self = nil
            return saved
        }
    }
}
