import TerminalKit

/// Delaktighetsmodellen's main screen: slingor (per unit), the guide pool, exchanges of
/// bought guide services per kommun pair, yearly targets per unit, and the per-kommun
/// report; one tab each on a `TabHost`.
public typealias DialogueScreen = TabScreen<DialogueShared>

/// What the main screen's tabs share: the year the guide pool, exchanges, targets and
/// report show, so that a year chosen on one tab holds on the others.
public struct DialogueShared: Sendable {
    /// The year shown; nil for the current year.
    var year: Int?

    /// The year shown.
    func shownYear(_ context: AppContext) -> Int { year ?? context.today.year }
}

extension TabScreen where Shared == DialogueShared {
    /// The main screen on one of its tabs.
    public init(tab: DialogueTab = .loops) {
        self.init(TabHost(
            titleKey: "dialogue.title", shared: DialogueShared(),
            tabs: [DialogueLoopsTab(), DialogueGuidesTab(), DialogueExchangesTab(), DialogueTargetsTab(), DialogueReportTab()],
            selected: tab.rawValue, tabKeyHelp: ("dialogue.key.tab", "dialogue.key.prevTab")))
    }
}
