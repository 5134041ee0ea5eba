/// What the cross-kommun comparison measures in one row: a title's education requirement,
/// a title's certificate, or a ladder step of an area.
public enum ComparisonCriterion: Hashable, Sendable, Comparable {
    /// Staff with this title who meet its education requirement.
    case titleEducation(title: String)
    /// Staff in this area who have completed this step.
    case step(omrade: Verksamhetsomrade, step: Int)

    private var sortKey: (Int, String, Int) {
        switch self {
        case .titleEducation(let title): return (0, title, 0)
        case .step(let omrade, let step): return (1, omrade.rawValue, step)
        }
    }

    public static func < (lhs: ComparisonCriterion, rhs: ComparisonCriterion) -> Bool { lhs.sortKey < rhs.sortKey }
}
