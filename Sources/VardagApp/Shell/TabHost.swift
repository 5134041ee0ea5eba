import TerminalKit

/// A screen made of tabs: owns Tab / Shift-Tab, the tab bar and which tab is shown,
/// and passes everything else to the tab on show, each tab being a screen of its own.
///
/// The host's key map is the shown tab's key map (forwarded) plus its own two keys (only
/// when there is another tab to go to), so the hint bar and the help overlay show exactly
/// what works on the tab now.
struct TabHost<Shared: Sendable>: Screen {
    enum Message: Sendable {
        case nextTab, previousTab
        /// An event for the tab on show, which turns it into its own message (typed text
        /// while the tab edits).
        case tab(Event)
        /// A message of the tab on show, found in its key map when the host's map was built:
        /// the key is not looked up in a second map built again for the same state.
        case tabMessage(any Sendable)
    }

    /// The catalogue key of the screen's title (the tool's name).
    let titleKey: String
    /// The tabs, in tab-bar order.
    private(set) var tabs: [any HostedTab<Shared>]
    /// The index of the tab on show.
    private(set) var selected: Int
    /// The value every tab sees (kept here between tabs).
    private(set) var shared: Shared
    /// The catalogue keys of the help for Tab and Shift-Tab ("nästa vy", say).
    let tabKeyHelp: (next: String, previous: String)
    /// Where Tab and Shift-Tab stand among the tab's keys in the hint bar and help; nil puts them last.
    let tabKeyPosition: Int?

    /// Makes the host.
    /// - Parameters:
    ///   - titleKey: the catalogue key of the screen's title.
    ///   - shared: the value the tabs share at first.
    ///   - tabs: the tabs; at least one.
    ///   - selected: the tab shown first.
    ///   - tabKeyHelp: the catalogue keys of the help for Tab and Shift-Tab.
    ///   - tabKeyPosition: where Tab and Shift-Tab stand among the tab's keys; nil puts them last.
    init(titleKey: String, shared: Shared, tabs: [any HostedTab<Shared>], selected: Int = 0,
         tabKeyHelp: (next: String, previous: String) = ("tabs.key.next", "tabs.key.previous"), tabKeyPosition: Int? = nil) {
        precondition(!tabs.isEmpty, "a tab host needs a tab")
        self.titleKey = titleKey
        self.shared = shared
        self.tabs = tabs
        self.tabKeyHelp = tabKeyHelp
        self.tabKeyPosition = tabKeyPosition
        self.selected = max(0, min(selected, tabs.count - 1))
    }

    /// The tab on show.
    var current: any HostedTab<Shared> { tabs[selected] }

    /// The area a tab draws its own rows in: all but the tab bar's row.
    static func body(of area: Rect) -> Rect { area.inset(top: 1) }

    func title(_ context: AppContext) -> String { context.strings[titleKey] }

    var isEditingText: Bool { current.isEditingText }

    func inputMessage(for event: Event) -> Message? { .tab(event) }

    func keyMap(_ context: AppContext) -> KeyMap<Message> {
        let s = context.strings
        var map = Self.forwarded(current, context)
        guard !current.isEditingText, tabs.count > 1 else { return map }
        let own: [KeyBinding<Message>] = [
            KeyBinding([.tab], s[tabKeyHelp.next], .nextTab, label: "Tab", hint: true),
            KeyBinding([.backTab], s[tabKeyHelp.previous], .previousTab, label: "Shift-Tab"),
        ]
        map.bindings.insert(contentsOf: own, at: min(tabKeyPosition ?? map.bindings.count, map.bindings.count))
        return map
    }

    /// The tab's bindings with its keys and words, each carrying the tab's own message.
    private static func forwarded<Tab: HostedTab>(_ tab: Tab, _ context: AppContext) -> KeyMap<Message> {
        tab.keyMap(context).map { .tabMessage($0) }
    }

    mutating func update(_ message: Message, context: AppContext) -> Effect {
        switch message {
        case .nextTab, .previousTab:
            let step = { if case .nextTab = message { return 1 } else { return -1 } }()
            selected = TabBar.step(selected, by: step, count: tabs.count)
            // The tab shows what is stored now: another tab may have changed it.
            return Effect.reloading(context.strings) {
                try withCurrent { tab in
                    tab.tabShown(context: context)
                    try tab.reload(context: context)
                }
            }
        case .tab(let event):
            return withCurrent { $0.handle(event, context: context) } ?? .none
        case .tabMessage(let message):
            return withCurrent { $0.update(forwarded: message, context: context) }
        }
    }

    mutating func reload(context: AppContext) throws {
        try withCurrent { try $0.reload(context: context) }
    }

    mutating func sizeChanged(context: AppContext) throws {
        try withCurrent { try $0.sizeChanged(context: context) }
    }

    /// Lets the tab on show do something with the shared value it had last: it gets the
    /// host's value first, and the host keeps what the tab made of it.
    private mutating func withCurrent<T>(_ body: (inout any HostedTab<Shared>) throws -> T) rethrows -> T {
        var tab = tabs[selected]
        tab.shared = shared
        defer {
            shared = tab.shared
            tabs[selected] = tab
        }
        return try body(&tab)
    }

    func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        var bar = TabBar(titles: tabs.map { $0.tabTitle(context) }, selected: selected)
        bar.selectedStyle = context.theme.selected
        bar.render(into: &buffer, area: Rect(x: area.x, y: area.y, width: area.width, height: 1).inset(left: 1))
        current.render(into: &buffer, area: area, context: context)
    }
}
