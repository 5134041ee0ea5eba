import TerminalKit
import VardagDomain
import VardagStore

/// Skuggning: the day view of a skuggningsteam's logs with the entry form, hypotheses,
/// the participants' path, the analysis, the task catalogue and the team's setup.
///
/// A `TabHost` with one tab per view, each a screen of its own (`ShadowingDayTab` …);
/// this type only gives the host a public name and the tool's entry point.
public struct ShadowingScreen: Screen {
    /// A message for the host: a tab change, or an event for the tab on show.
    public struct Message: Sendable {
        let host: TabHost<ShadowingShared>.Message
    }

    private var host: TabHost<ShadowingShared>

    /// Opens Skuggning.
    /// - Parameters:
    ///   - tab: the tab shown first.
    ///   - date: the day the day tab shows; nil for today (within the team's period).
    public init(tab: ShadowingTab = .day, date: LocalDate? = nil) {
        host = Self.host(tab: tab, date: date, shared: ShadowingShared())
    }

    private static func host(tab: ShadowingTab, date: LocalDate?, shared: ShadowingShared) -> TabHost<ShadowingShared> {
        TabHost(titleKey: "shadowing.title", shared: shared, tabs: [
            ShadowingDayTab(date: date), ShadowingHypothesesTab(), ShadowingPathTab(), ShadowingAnalysisTab(),
            ShadowingCatalogueTab(), ShadowingTeamTab(),
        ], selected: tab.rawValue, tabKeyHelp: ("shadowing.key.tab", "shadowing.key.prevTab"))
    }

    /// The tab on show.
    public var tab: ShadowingTab { ShadowingTab(rawValue: host.selected) ?? .day }

    public func title(_ context: AppContext) -> String { host.title(context) }

    public func keyMap(_ context: AppContext) -> KeyMap<Message> { host.keyMap(context).map { Message(host: $0) } }

    public func inputMessage(for event: Event) -> Message? { host.inputMessage(for: event).map { Message(host: $0) } }

    public var isEditingText: Bool { host.isEditingText }

    public mutating func update(_ message: Message, context: AppContext) -> Effect { host.update(message.host, context: context) }

    public mutating func reload(context: AppContext) throws { try host.reload(context: context) }

    public mutating func sizeChanged(context: AppContext) throws { try host.sizeChanged(context: context) }

    public func render(into buffer: inout Buffer, area: Rect, context: AppContext) {
        host.render(into: &buffer, area: area, context: context)
    }

    /// Shows the team with this id on the tab on show, from its first day (the benchmark
    /// and tests pick a team directly).
    /// - Throws: a failed read.
    public mutating func selectTeam(id: Int64, context: AppContext) throws {
        host = Self.host(tab: tab, date: nil, shared: ShadowingShared(teamId: id))
        try host.reload(context: context)
    }
}
