import TerminalKit

/// Kunskapsspridning for a unit, opened from the grid or the plan (`S`) over the Kompetenstrappa:
/// a screen of its own with the one view `CompetenceSpreadingTab`, so the tool's tab bar keeps
/// fitting 80 columns. Esc goes back to the view it was opened from, which reloads.
enum CompetenceSpreadingScreen {
    /// The screen for the unit on show.
    /// - Parameter shared: the Kompetenstrappa's shared state (the unit, its filters).
    static func make(_ shared: CompetenceShared) -> TabScreen<CompetenceShared> {
        TabScreen(TabHost(titleKey: "competence.spreading.title", shared: shared, tabs: [CompetenceSpreadingTab(shared: shared)]))
    }
}
