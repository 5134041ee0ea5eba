/// The views of the Kompetenstrappa screen.
public enum CompetenceTab: Int, CaseIterable, Sendable {
    case grid, gaps, plan, comparison, titles, ladders, certificate, progress

    /// The catalogue key of the tab's title.
    var titleKey: String {
        switch self {
        case .grid: return "competence.tab.grid"
        case .gaps: return "competence.tab.gaps"
        case .plan: return "competence.tab.plan"
        case .comparison: return "competence.tab.comparison"
        case .titles: return "competence.tab.titles"
        case .ladders: return "competence.tab.ladders"
        case .certificate: return "competence.tab.certificate"
        case .progress: return "competence.tab.progress"
        }
    }
}
