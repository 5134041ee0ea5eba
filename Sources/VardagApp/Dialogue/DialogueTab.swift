/// The tabs of the dialogue tool's main screen.
public enum DialogueTab: Int, CaseIterable, Sendable {
    case loops, guides, exchanges, targets, report

    var titleKey: String {
        switch self {
        case .loops: return "dialogue.tab.loops"
        case .guides: return "dialogue.tab.guides"
        case .exchanges: return "dialogue.tab.exchanges"
        case .targets: return "dialogue.tab.targets"
        case .report: return "dialogue.tab.report"
        }
    }
}
