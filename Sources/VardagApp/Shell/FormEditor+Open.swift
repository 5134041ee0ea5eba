import TerminalKit

extension Optional where Wrapped: FormEditor {
    /// Passes a key or paste to the open form, and forgets the form once Esc closed it or
    /// a save worked, so a screen holds its form as an optional and needs no switch of its own.
    /// - Returns: what the save returned, when the event stored the form; else nil.
    mutating func edit(_ event: Event, context: AppContext) -> Wrapped.Saved? {
        guard var form = self else { return nil }
        switch form.handle(event, context: context) {
        case .open:
            self = form
            return nil
        case .closed:
            self = nil
            return nil
        case .saved(let value):
            self = nil
            return value
        }
    }
}
