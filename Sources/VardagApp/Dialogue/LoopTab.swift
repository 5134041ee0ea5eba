/// The tabs of the loop screen.
enum LoopTab: Int, CaseIterable, Sendable {
    case meetings, questions, actions, theme

    var titleKey: String {
        switch self {
        case .meetings: return "dialogue.loopTab.meetings"
        case .questions: return "dialogue.loopTab.questions"
        case .actions: return "dialogue.loopTab.actions"
        case .theme: return "dialogue.loopTab.theme"
        }
    }
}
