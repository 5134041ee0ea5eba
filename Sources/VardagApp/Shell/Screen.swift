import TerminalKit

/// What a screen asks the app to do after it handled a message.
public enum Effect {
    case none
    /// Open another screen on top of this one.
    case push(any Screen)
    /// Close this screen and return to the one below (which reloads its data).
    case pop
    /// Leave the app.
    case quit
    /// Show a short message in the status line (cleared by the next key).
    case status(String)
    /// Show an error in the status line.
    case error(String)
    /// Several effects in order.
    indirect case batch([Effect])
}

/// One screen of the app: state, messages, an update function and a pure render.
///
/// The app turns each terminal event into the screen's `Message` (through its key map,
/// or `message(for:)` when it takes text input), calls `update`, and draws with
/// `render`. Writes go through `context.store` inside `update`, one transaction each,
/// so every change is stored before the next frame.
public protocol Screen {
    associatedtype Message: Sendable

    /// The screen's name, shown in the title line.
    func title(_ context: AppContext) -> String

    /// The keys of this screen; drives key handling, the hint bar and the help overlay.
    func keyMap(_ context: AppContext) -> KeyMap<Message>

    /// Turns an event into a message; the default looks the key up in `keyMap`.
    func message(for event: Event, context: AppContext) -> Message?

    /// Applies a message to the state.
    mutating func update(_ message: Message, context: AppContext) -> Effect

    /// Draws the screen into its area of the buffer; reads state only.
    func render(into buffer: inout Buffer, area: Rect, context: AppContext)

    /// True while the screen takes typed text (a focused field), so that global
    /// keys such as `?` and `q` reach the field instead.
    var isEditingText: Bool { get }

    /// Reloads data from the store: when first shown and when a screen above it closes.
    mutating func reload(context: AppContext)

    /// The window changed size (`context.screenArea` is the new area): a screen that holds
    /// rows for one page, or a scroll position for one page size, fits them to the new one.
    mutating func sizeChanged(context: AppContext)
}

extension Screen {
    public func message(for event: Event, context: AppContext) -> Message? {
        guard case .key(let key) = event else { return nil }
        return keyMap(context).action(for: key)
    }

    public var isEditingText: Bool { false }

    public mutating func reload(context: AppContext) {}

    /// Most screens measure their area in `render` and need nothing here.
    public mutating func sizeChanged(context: AppContext) {}

    /// Handles one event: message lookup then update. Nil when the screen ignored it.
    public mutating func handle(_ event: Event, context: AppContext) -> Effect? {
        guard let message = message(for: event, context: context) else { return nil }
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
