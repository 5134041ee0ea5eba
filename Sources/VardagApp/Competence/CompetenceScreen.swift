import TerminalKit

/// Kompetenstrappa: the competence grid of a unit, gaps (managers first), development
/// plans by quarter, the comparison across kommuner, titles with their requirements and
/// the five-step ladders.
///
/// A `TabHost` with one tab per view (`CompetenceGridTab` …), sharing the unit on show and
/// the grid's cursor (`CompetenceShared`). This wrapper keeps the tool's public name and
/// its opening arguments for the main menu and the benchmarks.
public struct CompetenceScreen: Screen {
    /// A message of the host: Tab / Shift-Tab, or an event for the tab on show.
    public struct Message: Sendable {
        let host: TabHost<CompetenceShared>.Message
    }

    var host: TabHost<CompetenceShared>

    /// Opens the screen.
    /// - Parameters:
    ///   - tab: the first view.
    ///   - enhetId: the unit to show first, if any.
    public init(tab: CompetenceTab = .grid, enhetId: Int64? = nil) {
        let shared = CompetenceShared(enhetId: enhetId)
        host = TabHost(
            titleKey: "competence.title", shared: shared,
            tabs: [
                CompetenceGridTab(shared: shared), CompetenceGapsTab(shared: shared), CompetencePlanTab(shared: shared),
                CompetenceComparisonTab(shared: shared), CompetenceTitlesTab(shared: shared), CompetenceLaddersTab(shared: shared),
            ],
            selected: tab.rawValue, tabKeyHelp: ("competence.key.tab", "competence.key.prevTab"))
    }

    /// The view on show.
    public var tab: CompetenceTab { CompetenceTab(rawValue: host.selected) ?? .grid }

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
}
