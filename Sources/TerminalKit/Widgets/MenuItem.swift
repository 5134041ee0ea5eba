/// One entry of a `Menu`: a shortcut, a title and an optional description line.
public struct MenuItem: Hashable, Sendable {
    /// The key that chooses the item directly, shown before the title ("1").
    public var shortcut: Character?
    public var title: String
    /// Shown dimmed on the line below the title.
    public var description: String?
    public var isEnabled: Bool

    public init(shortcut: Character? = nil, title: String, description: String? = nil, isEnabled: Bool = true) {
        self.shortcut = shortcut; self.title = title
        self.description = description; self.isEnabled = isEnabled
    }
}

/// What a key did to a `Menu`.
public enum MenuResponse: Hashable, Sendable {
    /// The key is not the menu's.
    case ignored
    /// The cursor moved (or stayed at an edge).
    case moved
    /// An item was chosen with Enter or its shortcut.
    case chosen(Int)
}
