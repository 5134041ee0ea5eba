/// What the cross-kommun comparison measures in one row: a title's education requirement,
/// a title's certificate, or a ladder step of an area.
public enum ComparisonCriterion: Hashable, Sendable, Comparable {
    /// Staff with this title who meet its education requirement.
    case titleEducation(title: String)
    /// Staff in this area who have completed this step.
    case step(omrade: Verksamhetsomrade, step: Int)
    /// Completed ladder steps (of staff in areas with a ladder) that were spread: a held
    /// kunskapsspridning activity of the same person for the same step.
    case spreadSteps

    private var sortKey: (Int, String, Int) {
        switch self {
        case .titleEducation(let title): return (0, title, 0)
        case .step(let omrade, let step): return (1, omrade.rawValue, step)
        case .spreadSteps: return (2, "", 0)
        }
    }

    public static func < (lhs: ComparisonCriterion, rhs: ComparisonCriterion) -> Bool { lhs.sortKey < rhs.sortKey }
}
