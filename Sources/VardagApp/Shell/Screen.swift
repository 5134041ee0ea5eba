import TerminalKit

/// One screen of the app: state, messages, an update function and a pure render.
///
/// The app turns each terminal event into the screen's `Message` through its key map,
/// so the key map alone decides what a key does and the hint bar and help show exactly
/// those keys; while a form or dialog is open (`isEditingText`), every key and paste
/// goes to `inputMessage(for:)` instead. It calls `update` and draws with `render`. Writes go through `context.store` inside `update`, one transaction each,
/// so every change is stored before the next frame.
public protocol Screen {
    associatedtype Message: Sendable

    /// The screen's name, shown in the title line.
    func title(_ context: AppContext) -> String

    /// The keys of this screen; drives key handling, the hint bar and the help overlay.
    func keyMap(_ context: AppContext) -> KeyMap<Message>

    /// Turns an event into a message: the open form's input, or the key map's message.
    func message(for event: Event, context: AppContext) -> Message?

    /// The message for a key or paste while a form or dialog is open; nil ignores it.
    func inputMessage(for event: Event) -> Message?

    /// Applies a message to the state.
    mutating func update(_ message: Message, context: AppContext) -> Effect

    /// Draws the screen into its area of the buffer; reads state only.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext)

    /// True while a form or dialog is open and takes every key (through
    /// `inputMessage(for:)`), so that global keys such as `?` and `q` reach it instead.
    var isEditingText: Bool { get }

    /// Reloads data from the store: when first shown, when a screen above it closes
    /// and when the day changes.
    /// - Throws: a failed read, which the app shows in words in the status line
    ///   (what the screen kept loading stays on it).
    mutating func reload(context: AppContext) throws

    /// The window changed size (`context.screenArea` is the new area): a screen that holds
    /// rows for one page, or a scroll position for one page size, fits them to the new one.
    /// - Throws: a failed read of the rows that now show, shown in words like `reload`'s.
    mutating func sizeChanged(context: AppContext) throws
}

extension Screen {
    public func message(for event: Event, context: AppContext) -> Message? {
        if isEditingText {
            switch event {
            case .key, .paste: return inputMessage(for: event)
            default: return nil
            }
        }
        guard case .key(let key) = event else { return nil }
        return keyMap(context).action(for: key)
    }

    public func inputMessage(for event: Event) -> Message? { nil }

    public var isEditingText: Bool { false }

    public mutating func reload(context: AppContext) throws {}

    /// Most screens measure their area in `render` and need nothing here.
    public mutating func sizeChanged(context: AppContext) throws {}

    /// Handles one event: message lookup then update. Nil when the screen ignored it.
    public mutating func handle(_ event: Event, context: AppContext) -> Effect? {
        guard let message = message(for: event, context: context) else { return nil }
        return update(message, context: context)
    }

    /// Handles one event as `handle(_:context:)` does, taking the key map from `memo`
    /// (built once per state of the screen) instead of building it again.
    /// - Parameters:
    ///   - event: the event.
    ///   - context: the app's context.
    ///   - memo: the memo made for this screen's current state.
    /// - Returns: the effect, or nil when the screen ignored the event.
    mutating func handle(_ event: Event, context: AppContext, keyMap memo: KeyMapMemo) -> Effect? {
        let message: Message?
        if !isEditingText, case .key(let key) = event {
            message = memo.keyMap(of: self, context).action(for: key)
        } else {
            message = self.message(for: event, context: context)
        }
        guard let message else { return nil }
        return update(message, context: context)
    }

    /// The (keys, help) pairs for the hint bar.
    public func hints(_ context: AppContext) -> [(key: String, help: String)] {
        keyMap(context).hints
    }

    /// The key map's title and entries, for the help overlay.
    public func helpSection(_ context: AppContext) -> HelpSection {
        HelpSection(keyMap(context))
    }
}
