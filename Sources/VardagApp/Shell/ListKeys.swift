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
    /// Every moving key.
    static let all: [Key] = rowKeys + pageKeys
    /// The moving keys without k and j, for a list whose screen gives those letters another use.
    static let withoutLetters: [Key] = all.filter { $0 != .char("j") && $0 != .char("k") }

    /// Two bindings, rows and pages, each making its message from the key pressed.
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

    /// One binding for every moving key, shown as "↑↓" (where the help has one line for moving).
    /// - Parameters:
    ///   - help: what moving does, in words.
    ///   - keys: the keys (`all` unless a letter is taken).
    ///   - hint: whether the hint bar shows it.
    ///   - make: the message for a key.
    static func binding<Message: Sendable>(
        _ help: String, keys: [Key] = all, hint: Bool = false, make: @escaping @Sendable (Key) -> Message
    ) -> KeyBinding<Message> {
        KeyBinding(keys, help, label: "↑↓", hint: hint, make: make)
    }
}
