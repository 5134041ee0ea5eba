/// Why a suppression threshold was refused.
public enum StaffSuppressionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Outside `minimum`…`maximum` (a public document hides groups of 10 or fewer at least).
    case thresholdOutOfRange(Int, minimum: Int, maximum: Int)

    /// The catalogue key of the message (`{0}` the value, `{1}` the minimum, `{2}` the maximum).
    public var key: String { "staff.problem.thresholdOutOfRange" }

    public var description: String {
        switch self {
        case .thresholdOutOfRange(let value, let minimum, let maximum):
            return "threshold \(value) is outside \(minimum)–\(maximum)"
        }
    }
}
