/// One kommun's figure for one comparison criterion: group size, how many meet it, and the
/// share unless the group is too small to show.
public struct ComparisonCell: Hashable, Sendable {
    public var groupSize: Int
    public var met: Int
    /// Nil when suppressed: never show or export `met` or `groupSize` then.
    public var share: Double?

    public init(groupSize: Int, met: Int, suppression: SmallGroupSuppression) {
        self.groupSize = groupSize
        self.met = met
        self.share = suppression.share(met: met, groupSize: groupSize)
    }

    /// Whether the figure is hidden.
    public var isSuppressed: Bool { share == nil }

    /// The share as a whole percentage ("83 %"), or "–" when suppressed.
    public var text: String {
        guard let share else { return "–" }
        return "\(Int((share * 100).rounded())) %"
    }
}
