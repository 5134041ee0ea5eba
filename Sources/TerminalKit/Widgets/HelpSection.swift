/// A titled group of key help lines, usually from one `KeyMap`.
public struct HelpSection: Sendable {
    public var title: String
    public var entries: [(key: String, help: String)]

    public init(title: String, entries: [(key: String, help: String)]) {
        self.title = title; self.entries = entries
    }

    /// The full help of a key map, under its title.
    public init<Action>(_ keyMap: KeyMap<Action>) {
        self.init(title: keyMap.title, entries: keyMap.helpEntries)
    }
}
