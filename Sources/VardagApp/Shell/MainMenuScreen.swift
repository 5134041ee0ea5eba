import TerminalKit

/// The first screen: the four tools and the register, opened by number or Enter.
public struct MainMenuScreen: Screen {
    public enum Message: Sendable {
        case up, down, open, openNumber(Int), quit
    }

    /// One entry of the menu.
    struct Item {
        let nameKey: String
        let descriptionKey: String
    }

    static let items: [Item] = [
        Item(nameKey: "menu.workload", descriptionKey: "menu.workload.desc"),
        Item(nameKey: "menu.dialogue", descriptionKey: "menu.dialogue.desc"),
        Item(nameKey: "menu.shadowing", descriptionKey: "menu.shadowing.desc"),
        Item(nameKey: "menu.competence", descriptionKey: "menu.competence.desc"),
        Item(nameKey: "menu.register", descriptionKey: "menu.register.desc"),
    ]

    public private(set) var selected = 0
    /// The register's size, shown under the menu; nil until loaded.
    var counts: (kommuner: Int, enheter: Int, teams: Int, activeStaff: Int)?

    public init() {}

    public func title(_ context: AppContext) -> String { context.strings["menu.title"] }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        var bindings: [KeyBinding<Message>] = [
            KeyBinding([.enter, .right], s["menu.key.open"], .open, label: "Enter", hint: true),
            KeyBinding([.up, .char("k")], s["menu.key.move"], .up, label: "↑↓"),
            KeyBinding([.down, .char("j")], s["menu.key.move"], .down, label: "↓"),
        ]
        bindings.append(KeyBinding(
            (1...Self.items.count).map { Key.char(Character(String($0))) },
            s["menu.key.number"], .openNumber(0), label: "1–\(Self.items.count)", hint: true))
        bindings.append(KeyBinding([.char("q")], s["menu.key.quit"], .quit))
        return KeyMap(title: s["menu.title"], bindings)
    }

    public func message(for event: Event, context: AppContext) -> Message? {
        if case .key(.char(let c)) = event, let n = c.wholeNumberValue, (1...Self.items.count).contains(n) {
            return .openNumber(n)
        }
        guard case .key(let key) = event else { return nil }
        return keyMap(context).action(for: key)
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .up: selected = (selected + Self.items.count - 1) % Self.items.count
        case .down: selected = (selected + 1) % Self.items.count
        case .open: return open(selected)
        case .openNumber(let n):
            selected = n - 1
            return open(selected)
        case .quit: return .quit
        }
        return .none
    }

    private func open(_ index: Int) -> Effect {
        let item = Self.items[index]
        switch item.nameKey {
        case "menu.register": return .push(RegisterScreen())
        default: return .push(ComingSoonScreen(toolNameKey: item.nameKey))
        }
    }

    public mutating func reload(context: AppContext) {
        if let c = try? context.store.registerCounts() {
            counts = (c.kommuner, c.enheter, c.teams, c.activeStaff)
        }
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let theme = context.theme
        let inner = area.inset(top: 1, left: 2, bottom: 0, right: 2)
        buffer.put(s["menu.heading"], x: inner.x, y: inner.y, maxWidth: inner.width, style: theme.title)
        // Two rows an item plus a blank row, as long as the window has room for it.
        let spacious = inner.height >= 2 + Self.items.count * 3 + 2
        var y = inner.y + 2
        for (i, item) in Self.items.enumerated() {
            let row = Rect(x: inner.x, y: y, width: min(inner.width, 76), height: 1)
            let style = i == selected ? theme.selected : theme.normal.merged(with: Style(bold: true))
            buffer.putPadded(" \(i + 1)  \(s[item.nameKey])", in: row, style: style)
            buffer.put(s[item.descriptionKey], x: inner.x + 5, y: y + 1, maxWidth: inner.width - 5, style: theme.dim)
            y += spacious ? 3 : 2
        }
        if let counts, y + 1 < inner.maxY {
            buffer.put(
                s.format("menu.counts", counts.kommuner, counts.enheter, counts.teams, counts.activeStaff),
                x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: theme.dim)
        }
    }
}
