/// Hides aggregates of groups so small that a person could be singled out.
///
/// A group with fewer people than the threshold (5 by default) gives no figure at all:
/// it is shown as "–" and left out of every export. Swedish public statistics go further
/// (groups of 10 or fewer); the threshold is a setting.
public struct SmallGroupSuppression: Hashable, Sendable {
    /// The default threshold.
    public static let defaultThreshold = 5
    /// The smallest group size that is shown.
    public var threshold: Int

    /// Makes the rule.
    /// - Parameter threshold: the smallest group shown, 2–100.
    /// - Throws: `CompetenceError.thresholdOutOfRange`.
    public init(threshold: Int = SmallGroupSuppression.defaultThreshold) throws(CompetenceError) {
        guard (2...100).contains(threshold) else { throw .thresholdOutOfRange(threshold) }
        self.threshold = threshold
    }

    /// Whether a group of this size must be hidden.
    public func suppresses(groupSize: Int) -> Bool { groupSize < threshold }

    /// The share of a group that meets something, or nil when the group is too small (or empty).
    /// - Parameters:
    ///   - met: how many meet it.
    ///   - groupSize: how many are in the group.
    /// - Returns: 0…1, or nil when suppressed.
    public func share(met: Int, groupSize: Int) -> Double? {
        guard groupSize > 0, !suppresses(groupSize: groupSize) else { return nil }
        return Double(met) / Double(groupSize)
    }
}
