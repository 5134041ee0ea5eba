import TerminalKit

/// The keys that move a table's cursor, as bindings that pass the key on to
/// `TableState.handle(_:rowCount:pageSize:)`, so every table lists and moves alike.
enum TableKeys {
    /// ↑ ↓ k j: one row up or down.
    static let rows: [Key] = [.up, .down, .char("k"), .char("j")]
    /// PgUp PgDn Home End: a page, or the first or last row.
    static let pages: [Key] = [.pageUp, .pageDown, .home, .end]

    /// The row keys ("↑↓") and the page keys ("PgUp/PgDn"), shown in the full help only.
    /// - Parameters:
    ///   - moveHelp: what the row keys do, in words ("flytta").
    ///   - pageHelp: what the page keys do ("sida upp/ned, först/sist").
    ///   - make: the message for a key, typically `.move(key)`.
    static func bindings<Message: Sendable>(
        move moveHelp: String, page pageHelp: String, _ make: @escaping @Sendable (Key) -> Message
    ) -> [KeyBinding<Message>] {
        [
            KeyBinding(rows, moveHelp, label: "↑↓", make: make),
            KeyBinding(pages, pageHelp, label: "PgUp/PgDn", make: make),
        ]
    }
}
