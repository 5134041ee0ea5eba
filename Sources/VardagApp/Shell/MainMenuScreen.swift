import TerminalKit
import VardagStore

/// The first screen: the four tools and the register, opened by number or Enter.
public struct MainMenuScreen: Screen {
    public enum Message: Sendable {
        case menuKey(Key)
    }

    /// One entry of the menu: its name and description keys in the catalogue.
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

    public private(set) var state = ListState()
    /// The register's size, shown under the menu; nil until loaded.
    var counts: RegisterCounts?

    public init() {}

    public func title(_ context: AppContext) -> String { context.strings["menu.title"] }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        let numbers = (1...Self.items.count).map { Key.char(Character(String($0))) }
        return KeyMap(title: s["menu.title"], [
            KeyBinding([.enter], s["menu.key.open"], .menuKey(.enter), label: "Enter", hint: true),
            KeyBinding([.up, .down, .char("k"), .char("j")], s["menu.key.move"], .menuKey(.down), label: "↑↓"),
            KeyBinding(numbers, s["menu.key.number"], .menuKey(.char("1")), label: "1–\(Self.items.count)", hint: true),
        ])
    }

    public func message(for event: Event, context: AppContext) -> Message? {
        guard case .key(let key) = event else { return nil }
        // Every key goes to the menu widget, which knows movement and shortcuts.
        switch key {
        case .char("q"), .char("?"), .escape: return nil
        default: return .menuKey(key)
        }
    }

    func menu(_ context: AppContext) -> Menu {
        var menu = Menu(items: Self.items.enumerated().map { i, item in
            MenuItem(
                shortcut: Character(String(i + 1)), title: context.strings[item.nameKey],
                description: context.strings[item.descriptionKey])
        })
        menu.selectedStyle = context.theme.selected
        menu.shortcutStyle = context.theme.hintKey
        menu.descriptionStyle = context.theme.dim
        return menu
    }

    public mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .menuKey(let key):
            switch menu(context).handle(key, state: &state) {
            case .chosen(let index): return open(index)
            case .moved, .ignored: return .none
            }
        }
    }

    private func open(_ index: Int) -> Effect {
        let item = Self.items[index]
        switch item.nameKey {
        case "menu.register": return .push(RegisterScreen())
        case "menu.dialogue": return .push(DialogueScreen())
        case "menu.shadowing": return .push(ShadowingScreen())
        case "menu.workload": return .push(WorkloadScreen())
        case "menu.competence": return .push(CompetenceScreen())
        default: return .push(ComingSoonScreen(toolNameKey: item.nameKey))
        }
    }

    public mutating func reload(context: AppContext) {
        counts = try? context.store.counts()
    }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        let s = context.strings
        let inner = area.inset(top: 1, left: 2, bottom: 0, right: 2)
        buffer.put(s["menu.heading"], x: inner.x, y: inner.y, maxWidth: inner.width, style: context.theme.title)
        let menuArea = Rect(x: inner.x, y: inner.y + 2, width: min(inner.width, 90), height: inner.height - 4)
        menu(context).render(into: &buffer, area: menuArea, state: state, focused: true)
        if let counts {
            buffer.put(
                s.format("menu.counts", counts.kommuner, counts.enheter, counts.teams, counts.activeMedarbetare),
                x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: context.theme.dim)
        }
    }
}
