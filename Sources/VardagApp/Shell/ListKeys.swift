import TerminalKit

/// The keys that move through a list or scroll it, as bindings that pass the key on:
/// "↑↓/jk" a row at a time, "PgUp/PgDn" a page (and Home/End to the first or last row).
///
/// `TableState.handle(_:rowCount:pageSize:)` reads every one of these keys, so a screen
/// binds them here and sends the key to its table, with no key switch of its own.
enum ListKeys {
    /// A row up or down.
    static let rowKeys: [Key] = [.up, .down, .char("j"), .char("k")]
    /// A page up or down, the first or the last row.
    static let pageKeys: [Key] = [.pageUp, .pageDown, .home, .end]

    /// The two bindings, each making its message from the key pressed.
    /// - Parameters:
    ///   - rowHelp: what a row step does ("flytta").
    ///   - pageHelp: what the page keys do ("sida upp/ned, först/sist").
    ///   - excluding: keys the screen binds to something else (`k` links on a tab, say);
    ///     the label leaves them out.
    ///   - make: the message for a key.
    static func bindings<Message: Sendable>(
        rowHelp: String, pageHelp: String, excluding: Set<Key> = [], make: @escaping @Sendable (Key) -> Message
    ) -> [KeyBinding<Message>] {
        let rows = rowKeys.filter { !excluding.contains($0) }
        let letters = rows.compactMap { key -> String? in
            if case .char(let c) = key { return String(c) }
            return nil
        }.joined()
        return [
            KeyBinding(rows, rowHelp, label: letters.isEmpty ? "↑↓" : "↑↓/" + letters, make: make),
            KeyBinding(pageKeys.filter { !excluding.contains($0) }, pageHelp, label: "PgUp/PgDn", make: make),
        ]
    }
}
