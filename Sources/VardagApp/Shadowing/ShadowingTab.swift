/// The tabs of the Skuggning screen, in order.
public enum ShadowingTab: Int, CaseIterable, Sendable {
    case day, hypotheses, path, analysis, catalogue, team, supervisors

    var titleKey: String {
        switch self {
        case .day: return "shadowing.tab.day"
        case .hypotheses: return "shadowing.tab.hypotheses"
        case .path: return "shadowing.tab.path"
        case .analysis: return "shadowing.tab.analysis"
        case .catalogue: return "shadowing.tab.catalogue"
        case .team: return "shadowing.tab.team"
        case .supervisors: return "shadowing.tab.supervisors"
        }
    }
}
