import TerminalKit

/// The keys that move a list's cursor, as one binding: ↑↓ (and k/j) a row, PgUp/PgDn a
/// page, Home/End to either end. Shown as "↑↓", as before they were bindings.
enum ListKeys {
    /// Every moving key.
    static let all: [Key] = [.up, .down, .char("k"), .char("j"), .pageUp, .pageDown, .home, .end]
    /// The moving keys without k and j, for a list whose screen gives those letters another use.
    static let withoutLetters: [Key] = [.up, .down, .pageUp, .pageDown, .home, .end]

    /// The binding that sends each moving key on as `make(key)`.
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
