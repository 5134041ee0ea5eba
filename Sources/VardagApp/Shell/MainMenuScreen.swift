import TerminalKit
import VardagStore

/// The main menu: the four tools, the register and Rapport, opened by number or Enter; `i` opens Idag.
public struct MainMenuScreen: Screen {
    public enum Message: Sendable {
        /// A key for the menu widget: a move, Enter or an item's number.
        case menuKey(Key)
        case openAudit
        case openToday
    }

    /// One entry of the menu: its name and description keys in the catalogue, and the
    /// screen it opens for the person working.
    struct Item: Sendable {
        let nameKey: String
        let descriptionKey: String
        let open: @Sendable (AppContext) -> any Screen
    }

    static let items: [Item] = [
        Item(nameKey: "menu.workload", descriptionKey: "menu.workload.desc") { WorkloadScreen.entry(for: $0) },
        Item(nameKey: "menu.dialogue", descriptionKey: "menu.dialogue.desc") { _ in DialogueScreen() },
        Item(nameKey: "menu.shadowing", descriptionKey: "menu.shadowing.desc") { _ in ShadowingScreen() },
        Item(nameKey: "menu.competence", descriptionKey: "menu.competence.desc") { _ in CompetenceScreen() },
        Item(nameKey: "menu.register", descriptionKey: "menu.register.desc") { _ in RegisterScreen() },
        Item(nameKey: "menu.report", descriptionKey: "menu.report.desc") { _ in ReportScreen() },
    ]

    public private(set) var state = ListState()
    /// The register's size, shown under the menu; nil until loaded.
    var counts: RegisterCounts?

    public init() {}

    public func title(_ context: AppContext) -> String { context.strings["menu.title"] }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        return KeyMap(title: s["menu.title"], [
            KeyBinding([.enter], s["menu.key.open"], .menuKey(.enter), label: "Enter", hint: true),
            KeyBinding([.up, .down, .char("k"), .char("j"), .home, .end], s["menu.key.move"], label: "↑↓") { .menuKey($0) },
            KeyBinding.digits(1...Self.items.count, s["menu.key.number"], hint: true) { .menuKey(.char(Character(String($0)))) },
            KeyBinding([.char("g")], s["audit.key.open"], .openAudit, label: "g"),
            // Idag is where a login with a person starts; the data's owner has no list of her own.
            KeyBinding([.char("i")], s["menu.key.today"], .openToday, label: "i", hint: context.viewer.personId != nil),
        ])
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
            case .chosen(let index): return .push(Self.items[index].open(context))
            case .moved, .ignored: return .none
            }
        case .openAudit: return .push(AuditScreen())
        case .openToday: return .push(TodayScreen())
        }
    }

    public mutating func reload(context: AppContext) throws {
        counts = try context.store.counts()
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
