import TerminalKit

/// The keys that move the cursor in a list or table, bound alike on every screen:
/// ↑ ↓ j k one row, PgUp PgDn a page, Home End to the ends (see `TableState.handle`).
enum ListKeys {
    /// One row up or down.
    static let rows: [Key] = [.up, .down, .char("k"), .char("j")]
    /// A page, or to either end.
    static let pages: [Key] = [.pageUp, .pageDown, .home, .end]

    /// The two bindings, each making its message from the key pressed.
    /// - Parameters:
    ///   - rowHelp: what a row step does, in words.
    ///   - pageHelp: what a page step does; nil binds the page keys under `rowHelp` too.
    ///   - make: the message for a movement key.
    static func bindings<Message: Sendable>(
        rowHelp: String, pageHelp: String?, make: @escaping @Sendable (Key) -> Message
    ) -> [KeyBinding<Message>] {
        guard let pageHelp else {
            return [KeyBinding(rows + pages, rowHelp, label: "↑↓", make: make)]
        }
        return [
            KeyBinding(rows, rowHelp, label: "↑↓", make: make),
            KeyBinding(pages, pageHelp, label: "PgUp/PgDn", make: make),
        ]
    }
}
