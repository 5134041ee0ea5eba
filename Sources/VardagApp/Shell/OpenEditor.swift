import TerminalKit

extension Optional where Wrapped: FormEditor {
    /// Passes a key or paste to the editor held here, if one is open: it stays open,
    /// or closes (becomes nil) on Esc or after a save. One place for what every screen
    /// that holds a form in an optional does with the editor's outcome.
    /// - Returns: what the save returned, when the editor stored; else nil.
    mutating func handleEditor(_ event: Event, context: AppContext) -> Wrapped.Saved? {
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
