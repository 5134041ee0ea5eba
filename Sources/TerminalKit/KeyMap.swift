/// One entry of a key map: the keys, what they do in words, and the action.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    /// How the keys are shown in help ("↑/k"); derived from `keys` when nil.
    public var keyLabel: String?
    /// What the binding does, in the UI's language.
    public var help: String
    public var action: Action
    /// Whether the short hint bar shows it (the full help always does).
    public var inHintBar: Bool

    public init(_ keys: [Key], _ help: String, _ action: Action, label: String? = nil, hint: Bool = false) {
        self.keys = keys; self.help = help; self.action = action
        self.keyLabel = label; self.inHintBar = hint
    }

    /// The label shown for the keys.
    public var label: String { keyLabel ?? keys.map(\.label).joined(separator: "/") }
}

/// The keys of one screen: it resolves key presses and produces both the hint bar
/// and the full help text, so help can never disagree with behaviour.
public struct KeyMap<Action: Sendable>: Sendable {
    public var title: String
    public var bindings: [KeyBinding<Action>]

    public init(title: String, _ bindings: [KeyBinding<Action>]) {
        self.title = title; self.bindings = bindings
    }

    /// The action bound to a key, if any.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// (keys, help) pairs for the hint bar.
    public var hints: [(key: String, help: String)] {
        bindings.filter(\.inHintBar).map { ($0.label, $0.help) }
    }

    /// (keys, help) pairs for the full help overlay.
    public var helpEntries: [(key: String, help: String)] {
        bindings.map { ($0.label, $0.help) }
    }
}
