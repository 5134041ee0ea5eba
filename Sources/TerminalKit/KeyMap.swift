/// One entry of a key map: the keys, what they do in words, and how a key becomes an action.
///
/// The binding makes its action from the key pressed, so one binding can stand for
/// several keys that do related things (`↑↓←→` to `.move(key)`, `1–5` to `.overall(n)`)
/// and the key map alone decides what every key does.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    /// How the keys are shown in help ("↑/k"); derived from `keys` when nil.
    public var keyLabel: String?
    /// What the binding does, in the UI's language.
    public var help: String
    /// The action for one of `keys`.
    public var make: @Sendable (Key) -> Action
    /// Whether the short hint bar shows it (the full help always does).
    public var inHintBar: Bool

    /// A binding whose keys all do the same thing.
    public init(_ keys: [Key], _ help: String, _ action: Action, label: String? = nil, hint: Bool = false) {
        self.init(keys, help, label: label, hint: hint) { _ in action }
    }

    /// A binding that makes its action from the key pressed.
    public init(_ keys: [Key], _ help: String, label: String? = nil, hint: Bool = false,
                make: @escaping @Sendable (Key) -> Action) {
        self.keys = keys; self.help = help; self.make = make
        self.keyLabel = label; self.inHintBar = hint
    }

    /// The digit keys `range` (each 0–9), each making its own number's action.
    public static func digits(
        _ range: ClosedRange<Int>, _ help: String, hint: Bool = false, make: @escaping @Sendable (Int) -> Action
    ) -> KeyBinding {
        KeyBinding(range.map { Key.char(Character(String($0))) }, help,
                   label: "\(range.lowerBound)–\(range.upperBound)", hint: hint) { key in
            guard case .char(let c) = key, let n = c.wholeNumberValue else { return make(range.lowerBound) }
            return make(n)
        }
    }

    /// The label shown for the keys.
    public var label: String { keyLabel ?? keys.map(\.label).joined(separator: "/") }

    /// The same keys and words making another action type (a host forwarding to its part).
    public func map<Other: Sendable>(_ transform: @escaping @Sendable (Action) -> Other) -> KeyBinding<Other> {
        let make = self.make
        return KeyBinding<Other>(keys, help, label: keyLabel, hint: inHintBar) { transform(make($0)) }
    }
}

/// The keys of one screen: it resolves key presses and produces both the hint bar
/// and the full help text, so help can never disagree with behaviour.
public struct KeyMap<Action: Sendable>: Sendable {
    public var title: String
    public var bindings: [KeyBinding<Action>]

    public init(title: String, _ bindings: [KeyBinding<Action>]) {
        self.title = title; self.bindings = bindings
    }

    /// The action bound to a key, if any (the first binding holding the key wins).
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }.map { $0.make(key) }
    }

    /// Every key the map binds, in binding order.
    public var keys: [Key] { bindings.flatMap(\.keys) }

    /// (keys, help) pairs for the hint bar.
    public var hints: [(key: String, help: String)] {
        bindings.filter(\.inHintBar).map { ($0.label, $0.help) }
    }

    /// (keys, help) pairs for the full help overlay.
    public var helpEntries: [(key: String, help: String)] {
        bindings.map { ($0.label, $0.help) }
    }

    /// The same map making another action type.
    public func map<Other: Sendable>(_ transform: @escaping @Sendable (Action) -> Other) -> KeyMap<Other> {
        KeyMap<Other>(title: title, bindings.map { $0.map(transform) })
    }
}
