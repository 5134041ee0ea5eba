import TerminalKit
import VardagDomain
import VardagStore

/// Skuggning: the day view of a skuggningsteam's logs with the entry form, hypotheses,
/// the participants' path, the analysis, the task catalogue and the team's setup.
///
/// A `TabHost` with one tab per view, each a screen of its own (`ShadowingDayTab` …);
/// this gives the host a public name and the tool's entry point.
public typealias ShadowingScreen = TabScreen<ShadowingShared>

extension TabScreen where Shared == ShadowingShared {
    /// Opens Skuggning.
    /// - Parameters:
    ///   - tab: the tab shown first.
    ///   - date: the day the day tab shows; nil for today (within the team's period).
    public init(tab: ShadowingTab = .day, date: LocalDate? = nil) {
        self.init(Self.host(tab: tab, date: date, shared: ShadowingShared()))
    }

    /// Opens Skuggning on one team, with the cursor on one row (from Idag).
    /// - Parameters:
    ///   - tab: the tab shown first.
    ///   - teamId: the skuggningsteam.
    ///   - date: the day the day tab shows.
    ///   - focusRowId: the participant (day tab) or hypothesis (hypotheses tab) the cursor starts on.
    init(tab: ShadowingTab, teamId: Int64, date: LocalDate?, focusRowId: Int64?) {
        self.init(Self.host(tab: tab, date: date, shared: ShadowingShared(teamId: teamId, focusRowId: focusRowId)))
    }

    private static func host(tab: ShadowingTab, date: LocalDate?, shared: ShadowingShared) -> TabHost<ShadowingShared> {
        TabHost(titleKey: "shadowing.title", shared: shared, tabs: [
            ShadowingDayTab(date: date), ShadowingHypothesesTab(), ShadowingPathTab(), ShadowingAnalysisTab(),
            ShadowingCatalogueTab(), ShadowingTeamTab(), ShadowingSupervisorsTab(),
        ], selected: tab.rawValue, tabKeyHelp: ("shadowing.key.tab", "shadowing.key.prevTab"))
    }

    /// The tab on show.
    public var tab: ShadowingTab { ShadowingTab(rawValue: host.selected) ?? .day }

    /// Shows the team with this id on the tab on show, from its first day (the benchmark
    /// and tests pick a team directly).
    /// - Throws: a failed read.
    public mutating func selectTeam(id: Int64, context: AppContext) throws {
        host = Self.host(tab: tab, date: nil, shared: ShadowingShared(teamId: id))
        try host.reload(context: context)
    }
}
