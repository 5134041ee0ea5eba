import TerminalKit

/// Kompetenstrappa: the competence grid of a unit, gaps (managers first), development
/// plans by quarter, the comparison across kommuner, titles with their requirements and
/// the five-step ladders, the undersköterskor without the certificate, and each step's
/// share quarter by quarter.
///
/// A `TabHost` with one tab per view (`CompetenceGridTab` …), sharing the unit on show and
/// the grid's cursor (`CompetenceShared`).
public typealias CompetenceScreen = TabScreen<CompetenceShared>

extension TabScreen where Shared == CompetenceShared {
    /// Opens the screen.
    /// - Parameters:
    ///   - tab: the first view.
    ///   - enhetId: the unit to show first, if any.
    public init(tab: CompetenceTab = .grid, enhetId: Int64? = nil) {
        self.init(tab: tab, enhetId: enhetId, focusPersonId: nil, focusPlanItemId: nil)
    }

    /// Opens the screen on a unit with the cursor on a person (grid) or a plan item (plan), from Idag.
    init(tab: CompetenceTab, enhetId: Int64?, focusPersonId: Int64?, focusPlanItemId: Int64?) {
        var shared = CompetenceShared(enhetId: enhetId)
        shared.focusPersonId = focusPersonId
        shared.focusPlanItemId = focusPlanItemId
        self.init(TabHost(
            titleKey: "competence.title", shared: shared,
            tabs: [
                CompetenceGridTab(shared: shared), CompetenceGapsTab(shared: shared), CompetencePlanTab(shared: shared),
                CompetenceComparisonTab(shared: shared), CompetenceTitlesTab(shared: shared), CompetenceLaddersTab(shared: shared),
                CompetenceCertificateTab(shared: shared), CompetenceProgressTab(shared: shared),
            ],
            selected: tab.rawValue, tabKeyHelp: ("competence.key.tab", "competence.key.prevTab")))
    }

    /// The view on show.
    public var tab: CompetenceTab { CompetenceTab(rawValue: host.selected) ?? .grid }
}
