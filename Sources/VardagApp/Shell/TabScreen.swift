import TerminalKit

/// A `TabHost` as a screen with a title of its own, which callers outside the app module
/// can hold: a tool's public entry point (`DialogueScreen(tab: .report)`), or a tabbed
/// screen whose title comes from what its tabs share ("Slinga i LSS-boende Björken").
///
/// It forwards everything to the host; its `Message` wraps the host's, so its key map
/// is the host's key map and nothing else.
public struct TabScreen<Shared: Sendable>: Screen {
    /// A message of the host.
    public struct Message: Sendable {
        let host: TabHost<Shared>.Message
    }

    /// The tabs and the tab bar.
    var host: TabHost<Shared>
    /// The title from the shared value; nil uses the host's (the tool's name).
    private let sharedTitle: ((Shared, AppContext) -> String)?

    /// Makes the screen.
    /// - Parameters:
    ///   - host: the tab host.
    ///   - title: the title line's text from the tabs' shared value; nil for the host's title.
    init(_ host: TabHost<Shared>, title: ((Shared, AppContext) -> String)? = nil) {
        self.host = host
        self.sharedTitle = title
    }

    public func title(_ context: AppContext) -> String {
        sharedTitle?(host.shared, context) ?? host.title(context)
    }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        host.keyMap(context).map { Message(host: $0) }
    }

    public var isEditingText: Bool { host.isEditingText }

    public func inputMessage(for event: Event) -> Message? {
        host.inputMessage(for: event).map { Message(host: $0) }
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        host.update(message.host, context: context)
    }

    public mutating func reload(context: AppContext) throws {
        try host.reload(context: context)
    }

    public mutating func sizeChanged(context: AppContext) throws {
        try host.sizeChanged(context: context)
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        host.render(into: &buffer, area: area, context: context)
    }
}
