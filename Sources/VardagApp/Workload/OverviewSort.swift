/// How the team leader's overview is ordered.
enum OverviewSort: CaseIterable {
    /// Highest load first.
    case load
    /// Swedish alphabetical order.
    case name
    /// Flagged first, then highest load.
    case flag

    var key: String {
        switch self {
        case .load: return "workload.sort.load"
        case .name: return "workload.sort.name"
        case .flag: return "workload.sort.flag"
        }
    }
}
