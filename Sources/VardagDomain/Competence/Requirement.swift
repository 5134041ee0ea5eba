/// One thing a person is measured against: the title's education, its certificate, or a ladder step.
public enum Requirement: Hashable, Sendable, Comparable {
    /// The education kind and points of the title.
    case education
    /// The certificate of the title.
    case certificate
    /// A ladder step, 1–5.
    case step(Int)

    /// A short label for column headers: "Utb", "Bevis", "S1"… (Swedish; the UI has its own strings).
    public var code: String {
        switch self {
        case .education: return "utbildning"
        case .certificate: return "bevis"
        case .step(let n): return "steg\(n)"
        }
    }

    private var order: Int {
        switch self {
        case .education: return 0
        case .certificate: return 1
        case .step(let n): return 1 + n
        }
    }

    public static func < (lhs: Requirement, rhs: Requirement) -> Bool { lhs.order < rhs.order }

    /// All requirement columns: education, certificate, steps 1–5.
    public static let all: [Requirement] = [.education, .certificate] + (1...Ladder.stepCount).map { .step($0) }
}
