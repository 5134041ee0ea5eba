/// The grid's manager filter: everyone, managers (chef) only, or everyone but managers.
enum ManagerFilter: Int, CaseIterable, Sendable {
    case all, managers, others

    var titleKey: String {
        switch self {
        case .all: return "competence.filter.everyone"
        case .managers: return "competence.filter.managers"
        case .others: return "competence.filter.others"
        }
    }
}
