/// The four lists of the register screen.
public enum RegisterTab: Int, CaseIterable, Sendable {
    case staff, kommun, enhet, team

    /// The catalogue key of the tab's title.
    var titleKey: String {
        switch self {
        case .staff: return "register.tab.staff"
        case .kommun: return "register.tab.kommun"
        case .enhet: return "register.tab.enhet"
        case .team: return "register.tab.team"
        }
    }
}
